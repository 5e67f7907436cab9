"""Compose the brief: claims built from stored events, each with the sentences that back it.

Every claim is a sentence of ours filled in from counted events (template-based, extractive);
it is kept only if at least one of its events can be cited, that is its stored sentence really
holds the source and target actor texts at the coded spans. Sections: the main developments per
actor pair (ranked by volume, then by absolute Goldstein sum), the shifts (see
:mod:`detente.analysis.shifts`), and the cross-pressures (unbalanced triads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..analysis import (
    Alert,
    Bucket,
    Edge,
    Evidence,
    Network,
    Triad,
    alerts,
    dyad_series,
    event_evidence,
    network,
    unbalanced_triads,
)
from ..analysis._events import connection, previous_window, resolve_window
from ..analysis.names import phrase, sentence_start

DEFAULT_DAYS = 14
CITATIONS_PER_CLAIM = 3
CITE_SCAN = 64
MAX_SHIFTS = 8
MAX_CROSS_PRESSURES = 5


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of the brief, the actors it is about, and the sentences that back it."""

    text: str
    actors: tuple[str, ...]
    event_ids: tuple[str, ...]
    citations: tuple[Evidence, ...]

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "actors": list(self.actors),
            "event_ids": list(self.event_ids),
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True, slots=True)
class Brief:
    since: dt.date
    until: dt.date
    actor: str | None
    events: int
    developments: tuple[Claim, ...]
    shifts: tuple[Claim, ...]
    cross_pressures: tuple[Claim, ...]
    network: Network
    series: tuple[tuple[tuple[str, str], tuple[Bucket, ...]], ...] = field(default=())

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.developments + self.shifts + self.cross_pressures

    def to_dict(self) -> dict:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "actor": self.actor,
            "events": self.events,
            "developments": [c.to_dict() for c in self.developments],
            "shifts": [c.to_dict() for c in self.shifts],
            "cross_pressures": [c.to_dict() for c in self.cross_pressures],
            "network": self.network.to_dict(),
            "series": [
                {"a": a, "b": b, "buckets": [x.to_dict() for x in buckets]}
                for (a, b), buckets in self.series
            ],
        }


def build_brief(
    con,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    actor: str | None = None,
    developments: int = 6,
    min_events: int = 3,
) -> Brief:
    """Gather the brief's claims for ``since``..``until`` (inclusive; by default the 14 days
    up to the latest event), optionally only those involving ``actor`` (country level)."""
    con = connection(con)
    since, until = resolve_window(con, since, until, default_days=DEFAULT_DAYS)
    everything = network(con, since=since, until=until, min_events=1)
    signed = replace(
        everything,
        min_events=min_events,
        edges=tuple(e for e in everything.edges if e.events >= min_events),
    )
    relevant = [e for e in everything.edges if actor is None or actor in (e.a, e.b)]
    pairs = sorted(relevant, key=lambda e: (-e.events, -abs(e.goldstein_sum), e.a, e.b))
    pairs = pairs[:developments]
    before = network(
        con,
        since=previous_window(since, until)[0],
        until=previous_window(since, until)[1],
        min_events=1,
        ids=False,
    )
    previous = {(e.a, e.b): e for e in before.edges}
    grain = "day" if (until - since).days <= 31 else "week"
    return Brief(
        since=since,
        until=until,
        actor=actor,
        events=sum(e.events for e in relevant),
        developments=_kept(
            _development(con, e, previous.get((e.a, e.b)), since, until) for e in pairs
        ),
        shifts=_kept(_shift(con, a) for a in _alerts_of(con, since, until, actor)[:MAX_SHIFTS]),
        cross_pressures=_kept(
            _cross_pressure(con, t)
            for t in [t for t in unbalanced_triads(signed) if actor is None or actor in t.actors][
                :MAX_CROSS_PRESSURES
            ]
        ),
        network=signed,
        series=tuple(
            (
                (e.a, e.b),
                tuple(dyad_series(con, e.a, e.b, grain=grain, since=since, until=until, ids=False)),
            )
            for e in pairs[:3]
        ),
    )


def _kept(claims: Iterable[Claim | None]) -> tuple[Claim, ...]:
    return tuple(c for c in claims if c is not None)


def _alerts_of(con, since, until, actor) -> list[Alert]:
    found = alerts(con, since=since, until=until)
    return [a for a in found if actor is None or actor in (a.a, a.b)]


# -- claims --------------------------------------------------------------------------------


def _development(con, edge: Edge, before: Edge | None, since, until) -> Claim | None:
    cited = cite(con, edge.event_ids)
    if not cited:
        return None
    text = _development_text(edge, cited[0]) + " " + _trend_text(edge, before, since, until)
    return Claim(text, (edge.a, edge.b), edge.event_ids, cited)


def _trend_text(edge: Edge, before: Edge | None, since: dt.date, until: dt.date) -> str:
    """How net cooperation compares with the previous window of equal length."""
    days = (until - since).days + 1
    if before is None:
        return f"No event between them was counted in the previous {days} days."
    change = edge.net_cooperation - before.net_cooperation
    way = "up" if change > 0 else "down" if change < 0 else "unchanged"
    return (
        f"Net cooperation is {way} from {before.net_cooperation:+d} "
        f"({_events(before.events)}) in the previous {days} days."
    )


def _development_text(edge: Edge, strongest: Evidence) -> str:
    net = edge.net_cooperation
    tone = "mainly cooperative" if net > 0 else "mainly conflictual" if net < 0 else "mixed"
    counts = (
        f"{_events(edge.events)} ({edge.cooperation} cooperative, {edge.conflict} "
        f"conflictual; net cooperation {net:+d}, Goldstein sum {edge.goldstein_sum:+.1f})"
    )
    act = (
        f"the most intense was coded \u201c{code_name(strongest.code)}\u201d "
        f"(CAMEO {strongest.code}) from {phrase(_country(strongest.source))} to "
        f"{phrase(_country(strongest.target))} on {strongest.date.isoformat()}"
    )
    return sentence_start(
        f"relations between {phrase(edge.a)} and {phrase(edge.b)} were {tone}: {counts}; {act}."
    )


def _shift(con, alert: Alert) -> Claim | None:
    cited = cite(con, alert.event_ids)
    if not cited:
        return None
    return Claim(alert.sentence + ".", (alert.a, alert.b), alert.event_ids, cited)


def _cross_pressure(con, triad: Triad) -> Claim | None:
    edges = sorted(triad.edges, key=lambda e: -e.sign)  # the pivot's partners, then the clash
    cited = []
    for edge in edges:  # at least one citation per edge, or no claim
        found = cite(con, edge.event_ids, limit=1)
        if not found:
            return None
        cited.extend(found)
    relations = "; ".join(_relation_text(e) for e in edges)
    return Claim(f"{triad.sentence}: {relations}.", triad.actors, triad.event_ids, tuple(cited))


def _relation_text(edge: Edge) -> str:
    tone = "cooperative" if edge.sign > 0 else "conflictual"
    return (
        f"{phrase(edge.a)} and {phrase(edge.b)} {tone} "
        f"(net {edge.net_cooperation:+d} over {_events(edge.events)})"
    )


def _events(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


def _country(code: str) -> str:
    return code if code.startswith("IGO") else code[:3]


# -- citations -----------------------------------------------------------------------------


def cite(con, event_ids: Sequence[str], *, limit: int = CITATIONS_PER_CLAIM) -> tuple:
    """Up to ``limit`` citable events, most intense first, one per sentence.

    Only the first ``CITE_SCAN`` ids are considered: the analyses list ids most intense first,
    so these are the candidates, and looking them up stays cheap on a large store.
    """
    found = [e for e in event_evidence(con, event_ids[:CITE_SCAN]) if citable(e)]
    found.sort(key=lambda e: (-abs(e.goldstein), e.date, e.id))
    out, seen = [], set()
    for evidence in found:
        key = (evidence.doc_id, evidence.sentence)
        if key not in seen:
            seen.add(key)
            out.append(evidence)
    return tuple(out[:limit])


def citable(evidence: Evidence) -> bool:
    """True when the stored sentence holds the actor texts at the coded spans."""
    if not evidence.sentence or evidence.date is None:
        return False
    return all(
        text and span and evidence.sentence[span[0] : span[1]] == text
        for text, span in (
            (evidence.source_text, evidence.source_span),
            (evidence.target_text, evidence.target_span),
        )
    )


def code_name(code: str) -> str:
    """The codebook's short name of a CAMEO code, or the code itself."""
    from ..coding.ontology import codebook  # the codebook's one loader; no NLP imports

    info = codebook().get(code)
    return info.name if info else code
