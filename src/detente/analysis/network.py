"""The signed network of relations in a window, its unbalanced triads, and each actor's balance.

Edges join actors at country level (IGOs by their full code) and are undirected: events either
way count. An edge needs ``min_events`` counted events (evidence threshold); its sign comes from
net cooperation (see :func:`detente.analysis.signed.edge_sign`, ambivalent relations get sign 0
and take no part in triads) and its weight is the absolute net cooperation. A triad's weight is
its weakest edge's weight: a cross-pressure is only as strong as its least evident relation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import signed
from ._events import connection, counted_sql, previous_window, resolve_window, window_filter
from .dyads import ID_LIST
from .names import display_name, phrase, sentence_start

DEFAULT_MIN_EVENTS = 3
DEFAULT_MIN_MARGIN = 0.2


@dataclass(frozen=True, slots=True)
class Edge:
    """The relation of actors ``a < b`` in a window; ``event_ids`` most intense first."""

    a: str
    b: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    sign: int
    event_ids: tuple[str, ...]

    @property
    def net_cooperation(self) -> int:
        return self.cooperation - self.conflict

    @property
    def weight(self) -> int:
        return abs(self.net_cooperation)

    def to_dict(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "a_name": display_name(self.a),
            "b_name": display_name(self.b),
            "events": self.events,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "net_cooperation": self.net_cooperation,
            "goldstein_sum": self.goldstein_sum,
            "sign": self.sign,
            "weight": self.weight,
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class Network:
    since: dt.date
    until: dt.date
    min_events: int
    min_margin: float
    edges: tuple[Edge, ...]

    @property
    def nodes(self) -> tuple[str, ...]:
        return tuple(sorted({e.a for e in self.edges} | {e.b for e in self.edges}))

    def signs(self) -> dict[tuple[str, str], int]:
        return {(e.a, e.b): e.sign for e in self.edges}

    def edge(self, a: str, b: str) -> Edge | None:
        a, b = sorted((a, b))
        return next((e for e in self.edges if e.a == a and e.b == b), None)

    def to_networkx(self):
        """The network as a ``networkx.Graph`` with edge attributes ``sign`` and ``weight``."""
        import networkx as nx

        graph = nx.Graph()
        for e in self.edges:
            graph.add_edge(e.a, e.b, sign=e.sign, weight=e.weight, events=e.events)
        return graph

    def to_dict(self) -> dict:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "min_events": self.min_events,
            "min_margin": self.min_margin,
            "nodes": [{"code": n, "name": display_name(n)} for n in self.nodes],
            "edges": [e.to_dict() for e in self.edges],
        }


@dataclass(frozen=True, slots=True)
class Triad:
    """An unbalanced triad: its actors (sorted), its three edges, and what it means."""

    actors: tuple[str, str, str]
    edges: tuple[Edge, Edge, Edge]
    kind: str
    pivot: str | None

    @property
    def weight(self) -> int:
        return min(e.weight for e in self.edges)

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(sorted({i for e in self.edges for i in e.event_ids}))

    @property
    def sentence(self) -> str:
        if self.pivot is None:
            names = [phrase(a) for a in self.actors]
            return sentence_start(
                f"{names[0]}, {names[1]} and {names[2]} are all at odds with one another"
            )
        others = [phrase(a) for a in self.actors if a != self.pivot]
        return sentence_start(
            f"{phrase(self.pivot)} is cross-pressured between {others[0]} and {others[1]}"
        )

    def to_dict(self) -> dict:
        return {
            "actors": list(self.actors),
            "kind": self.kind,
            "pivot": self.pivot,
            "weight": self.weight,
            "sentence": self.sentence,
            "edges": [e.to_dict() for e in self.edges],
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class ActorBalance:
    """An actor's share of unbalanced triads now and in the previous window of equal length."""

    actor: str
    triads: int
    unbalanced: int
    previous_triads: int
    previous_unbalanced: int

    @property
    def share(self) -> float | None:
        return self.unbalanced / self.triads if self.triads else None

    @property
    def previous_share(self) -> float | None:
        return self.previous_unbalanced / self.previous_triads if self.previous_triads else None

    @property
    def change(self) -> float | None:
        if self.share is None or self.previous_share is None:
            return None
        return self.share - self.previous_share

    def to_dict(self) -> dict:
        return {
            "actor": self.actor,
            "name": display_name(self.actor),
            "triads": self.triads,
            "unbalanced": self.unbalanced,
            "share": self.share,
            "previous_triads": self.previous_triads,
            "previous_unbalanced": self.previous_unbalanced,
            "previous_share": self.previous_share,
            "change": self.change,
        }


_EDGES_SQL = """
WITH c AS ({counted})
SELECT least(a_src, a_tgt) AS x, greatest(a_src, a_tgt) AS y, count(*),
       count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),
       coalesce(sum(goldstein), 0), {ids}
FROM c WHERE a_src <> a_tgt
GROUP BY x, y HAVING count(*) >= ?
ORDER BY x, y
"""


def network(
    con,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = DEFAULT_MIN_EVENTS,
    min_margin: float = DEFAULT_MIN_MARGIN,
    ids: bool = True,
) -> Network:
    """The signed weighted network of relations in ``since``..``until`` (inclusive).

    A missing ``until`` is the latest event date, a missing ``since`` 30 days before it.
    ``ids=False`` leaves ``Edge.event_ids`` empty, several times faster on a large store.
    """
    con = connection(con)
    since, until = resolve_window(con, since, until)
    clauses, params = window_filter(since, until)
    sql = _EDGES_SQL.format(
        counted=counted_sql(clauses, "country", ids=ids), ids=ID_LIST if ids else "NULL"
    )
    rows = con.execute(sql, [*params, min_events]).fetchall()
    edges = tuple(
        Edge(
            x,
            y,
            n,
            coop,
            conf,
            float(gold),
            signed.edge_sign(coop, conf, min_margin=min_margin),
            tuple(event_ids or ()),
        )
        for x, y, n, coop, conf, gold, event_ids in rows
    )
    return Network(since, until, min_events, min_margin, edges)


def unbalanced_triads(net: Network) -> list[Triad]:
    """The unbalanced triads of a network, heaviest first."""
    signs = net.signs()
    by_pair = {(e.a, e.b): e for e in net.edges}
    out = []
    for triad in signed.triads(signs):
        found = signed.classify(triad, signs)
        if found is None:
            continue
        a, b, c = triad
        edges = (by_pair[a, b], by_pair[b, c], by_pair[a, c])
        out.append(Triad(triad, edges, found[0], found[1]))
    out.sort(key=lambda t: (-t.weight, -sum(e.weight for e in t.edges), t.actors))
    return out


def tensions(
    con,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = DEFAULT_MIN_EVENTS,
    min_margin: float = DEFAULT_MIN_MARGIN,
) -> list[Triad]:
    """Unbalanced triads of the window's network, ranked by weight (weakest edge), heaviest
    first; each names the cross-pressured actor, or says that all three are at odds."""
    net = network(con, since=since, until=until, min_events=min_events, min_margin=min_margin)
    return unbalanced_triads(net)


def balance(
    con,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = DEFAULT_MIN_EVENTS,
    min_margin: float = DEFAULT_MIN_MARGIN,
) -> list[ActorBalance]:
    """Each actor's share of unbalanced triads in the window and in the window before it.

    Sorted by share (highest first), then by number of unbalanced triads. Actors in no signed
    triad in either window are left out.
    """
    con = connection(con)
    since, until = resolve_window(con, since, until)
    before = previous_window(since, until)
    now = _triad_counts(
        network(
            con, since=since, until=until, min_events=min_events, min_margin=min_margin, ids=False
        )
    )
    then = _triad_counts(
        network(
            con,
            since=before[0],
            until=before[1],
            min_events=min_events,
            min_margin=min_margin,
            ids=False,
        )
    )
    out = [
        ActorBalance(actor, *now.get(actor, (0, 0)), *then.get(actor, (0, 0)))
        for actor in sorted(set(now) | set(then))
    ]
    out.sort(key=lambda b: (-(b.share or 0), -b.unbalanced, b.actor))
    return out


def _triad_counts(net: Network) -> dict[str, tuple[int, int]]:
    signs = net.signs()
    everything = list(signed.triads(signs))
    unbalanced = [t for t in everything if signed.classify(t, signs) is not None]
    return signed.actor_balance(everything, unbalanced)
