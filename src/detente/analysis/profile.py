"""One actor's strongest partners and rivals in a window, with the trend against the window
before it (of equal length)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._events import (
    actor_filter,
    connection,
    counted_sql,
    previous_window,
    resolve_window,
    window_filter,
)
from .names import display_name


@dataclass(frozen=True, slots=True)
class Relation:
    """The actor's relation with one partner: counts now and net cooperation before."""

    partner: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    previous_events: int
    previous_net: int

    @property
    def net_cooperation(self) -> int:
        return self.cooperation - self.conflict

    @property
    def trend(self) -> int:
        """Change in net cooperation from the previous window (positive: warmer)."""
        return self.net_cooperation - self.previous_net

    def to_dict(self) -> dict:
        return {
            "partner": self.partner,
            "name": display_name(self.partner),
            "events": self.events,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "net_cooperation": self.net_cooperation,
            "goldstein_sum": self.goldstein_sum,
            "previous_events": self.previous_events,
            "previous_net": self.previous_net,
            "trend": self.trend,
        }


@dataclass(frozen=True, slots=True)
class Profile:
    actor: str
    since: dt.date
    until: dt.date
    partners: tuple[Relation, ...]
    rivals: tuple[Relation, ...]

    def to_dict(self) -> dict:
        return {
            "actor": self.actor,
            "name": display_name(self.actor),
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "partners": [r.to_dict() for r in self.partners],
            "rivals": [r.to_dict() for r in self.rivals],
        }


_PARTNERS_SQL = """
WITH c AS ({counted})
SELECT CASE WHEN a_src = ? THEN a_tgt ELSE a_src END AS partner, count(*),
       count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),
       coalesce(sum(goldstein), 0)
FROM c WHERE a_src <> a_tgt GROUP BY partner
"""


def actor_profile(
    con,
    actor: str,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    limit: int = 5,
    level: str = "country",
) -> Profile:
    """The ``limit`` partners with the highest and the rivals with the lowest net cooperation.

    A partner has positive net cooperation in the window, a rival negative. Each carries its net
    cooperation in the previous window of equal length and the trend (the difference).
    """
    con = connection(con)
    since, until = resolve_window(con, since, until)
    now = _partners(con, actor, since, until, level)
    then = _partners(con, actor, *previous_window(since, until), level)
    relations = []
    for partner, (n, coop, conf, gold) in now.items():
        n_before, coop_before, conf_before, _ = then.get(partner, (0, 0, 0, 0.0))
        net_before = coop_before - conf_before
        relations.append(Relation(partner, n, coop, conf, gold, n_before, net_before))
    partners = sorted(
        (r for r in relations if r.net_cooperation > 0),
        key=lambda r: (-r.net_cooperation, -r.events, r.partner),
    )
    rivals = sorted(
        (r for r in relations if r.net_cooperation < 0),
        key=lambda r: (r.net_cooperation, -r.events, r.partner),
    )
    return Profile(actor, since, until, tuple(partners[:limit]), tuple(rivals[:limit]))


def _partners(con, actor: str, since: dt.date, until: dt.date, level: str) -> dict[str, tuple]:
    as_source, src_params = actor_filter("source", actor, level)
    as_target, tgt_params = actor_filter("target", actor, level)
    clauses, params = window_filter(since, until)
    counted = counted_sql([f"({as_source} OR {as_target})", *clauses], level)
    rows = con.execute(
        _PARTNERS_SQL.format(counted=counted),
        [*src_params, *tgt_params, *params, actor],
    ).fetchall()
    return {row[0]: (row[1], row[2], row[3], float(row[4])) for row in rows}
