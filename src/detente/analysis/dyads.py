"""Relations of one pair of actors over time, and the evidence behind each point.

Net cooperation of a set of events is the number of cooperation events (quad 1 and 2) minus the
number of conflict events (quad 3 and 4), each counted once per story (see ``_events``). It is a
count, so one strongly worded report weighs as much as one mild one; the Goldstein sum and mean
are given beside it for intensity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from ._events import (
    actor_filter,
    as_date,
    bucket_start,
    check_grain,
    connection,
    counted_sql,
    next_bucket,
    window_filter,
)

ID_LIST = "list(id ORDER BY abs(goldstein) DESC, id)"  # event ids, most intense first


@dataclass(frozen=True, slots=True)
class Bucket:
    """Counted events of a dyad in one period ``start``..``end`` (both inclusive)."""

    start: dt.date
    end: dt.date
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    goldstein_sum: float = 0.0
    event_ids: tuple[str, ...] = ()

    @property
    def events(self) -> int:
        return self.cooperation + self.conflict

    @property
    def cooperation(self) -> int:
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        return self.verbal_conflict + self.material_conflict

    @property
    def net_cooperation(self) -> int:
        return self.cooperation - self.conflict

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None

    def to_dict(self) -> dict:
        out = asdict(self)
        out.update(
            start=self.start.isoformat(),
            end=self.end.isoformat(),
            event_ids=list(self.event_ids),
            events=self.events,
            net_cooperation=self.net_cooperation,
            goldstein_mean=self.goldstein_mean,
        )
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """One counted event with where it was read: its sentence, spans, and document."""

    id: str
    date: dt.date | None
    source: str
    target: str
    code: str
    quad: int
    goldstein: float
    sentence: str | None
    source_text: str | None
    source_span: tuple[int, int] | None
    target_text: str | None
    target_span: tuple[int, int] | None
    trigger_text: str | None
    doc_id: str
    title: str | None
    url: str | None
    outlet: str | None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out


def dyad_series(
    con,
    a: str,
    b: str,
    *,
    grain: str = "week",
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    directed: bool = False,
    level: str = "country",
    ids: bool = True,
) -> list[Bucket]:
    """Per-period counts of the events between ``a`` and ``b``, oldest first; each period's
    event ids run from the most intense (highest absolute Goldstein value) down.

    con: a DuckDB connection or Store. a, b: actor codes at ``level`` (``JPN``, ``IGOWSTNAT``;
    ``JPNGOV`` with ``level="sector"``). grain: ``day``, ``week`` (ISO weeks, from Monday) or
    ``month``. directed: only events with ``a`` as source and ``b`` as target. Periods without
    events between the first and last (or ``since`` and ``until`` when given) are included, empty.
    ids: fill ``Bucket.event_ids``; ``False`` never reads the long id strings and answers about
    twice as fast on a large store.
    """
    check_grain(grain)
    since, until = as_date(since, "since"), as_date(until, "until")
    clauses, params = _pair_filter(a, b, level, directed)
    window, window_params = window_filter(since, until)
    sql = (
        f"WITH c AS ({counted_sql([clauses, *window], level, directed=directed, ids=ids)}) "
        f"SELECT CAST(date_trunc('{grain}', date) AS DATE) AS b, "
        "count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2), "
        "count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4), "
        f"coalesce(sum(goldstein), 0), {ID_LIST if ids else 'NULL'} "
        "FROM c GROUP BY b ORDER BY b"
    )
    rows = connection(con).execute(sql, params + window_params).fetchall()
    return _fill(rows, grain, since, until)


def _pair_filter(a: str, b: str, level: str, directed: bool) -> tuple[str, list]:
    a_src, a_src_p = actor_filter("source", a, level)
    b_tgt, b_tgt_p = actor_filter("target", b, level)
    forward = f"({a_src} AND {b_tgt})"
    if directed:
        return forward, a_src_p + b_tgt_p
    b_src, b_src_p = actor_filter("source", b, level)
    a_tgt, a_tgt_p = actor_filter("target", a, level)
    return f"({forward} OR ({b_src} AND {a_tgt}))", a_src_p + b_tgt_p + b_src_p + a_tgt_p


def _fill(rows: list[tuple], grain: str, since: dt.date | None, until: dt.date | None):
    found = {row[0]: row for row in rows}
    if not found and (since is None or until is None):
        return []
    first = bucket_start(since or min(found), grain)
    last = bucket_start(until or max(found), grain)
    out, start = [], first
    while start <= last:
        end = next_bucket(start, grain) - dt.timedelta(days=1)
        row = found.get(start)
        if row is None:
            out.append(Bucket(start, end))
        else:
            out.append(Bucket(start, end, *row[1:5], float(row[5]), tuple(row[6] or ())))
        start = next_bucket(start, grain)
    return out


_EVIDENCE_SQL = """
SELECT e.id, e.date, e.source, e.target, e.code, e.quad, e.goldstein, s.text,
       e.source_text, e.source_start, e.source_end, e.target_text, e.target_start, e.target_end,
       e.trigger_text, e.doc_id, d.title,
       coalesce(d.url, (SELECT min(g.url) FROM sightings g WHERE g.doc_id = e.doc_id)),
       d.source
FROM events e
LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index
LEFT JOIN documents d ON d.id = e.doc_id
WHERE e.id IN ({ids})
"""
SHORT_LIST = 64  # up to this many ids, an inline IN list lets DuckDB use the id index


def event_evidence(
    con, event_ids: Iterable[str], *, strongest: int | None = None
) -> list[Evidence]:
    """The events with these ids, each with its sentence text, document title and URL.

    Ordered by date, or with ``strongest=n`` only the n events of highest absolute Goldstein
    value, most intense first. Up to ``SHORT_LIST`` ids are looked up by the id index; a longer
    list costs a scan of the events table.
    """
    ids = list(event_ids)
    if not ids:
        return []
    if len(ids) <= SHORT_LIST:
        sql, params = _EVIDENCE_SQL.format(ids=", ".join("?" * len(ids))), ids
    else:
        sql, params = _EVIDENCE_SQL.format(ids="SELECT unnest(?)"), [ids]
    if strongest is None:
        sql += " ORDER BY e.date, e.id"
    else:
        sql += " ORDER BY abs(e.goldstein) DESC, e.date, e.id LIMIT ?"
        params = [*params, strongest]
    rows = connection(con).execute(sql, params).fetchall()
    return [_evidence(row) for row in rows]


def _evidence(row: tuple) -> Evidence:
    (
        eid,
        date,
        src,
        tgt,
        code,
        quad,
        gold,
        sentence,
        s_text,
        s0,
        s1,
        t_text,
        t0,
        t1,
        trigger,
        doc_id,
        title,
        url,
        outlet,
    ) = row
    return Evidence(
        id=eid,
        date=date,
        source=src,
        target=tgt,
        code=code,
        quad=quad,
        goldstein=gold,
        sentence=sentence,
        source_text=s_text,
        source_span=(s0, s1) if s0 is not None else None,
        target_text=t_text,
        target_span=(t0, t1) if t0 is not None else None,
        trigger_text=trigger,
        doc_id=doc_id,
        title=title,
        url=url,
        outlet=outlet,
    )


def bucket_events(con, bucket: Bucket | Iterable[str]) -> list[Evidence]:
    """The events of a bucket (or any list of event ids) with their provenance."""
    ids = bucket.event_ids if isinstance(bucket, Bucket) else bucket
    return event_evidence(con, ids)
