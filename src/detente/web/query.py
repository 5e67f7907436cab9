"""The event query behind ``/api/events`` and the exports: filters, SQL, and cursor paging.

Filters become SQL with ``?`` parameters only; column names come from constants here, never from
the request. Pages are ordered by ``(date, id)`` (events without a date last) and continued with
an opaque cursor holding the last row's key (keyset paging), so a page costs the same however far
into the results it is.
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import functools
import io
import json
import re
from dataclasses import dataclass
from importlib import resources

from ..analysis._events import counted_sql, window_filter
from .errors import ApiError

ACTOR_RE = re.compile(r"^[A-Z0-9-]{3,15}$")
CODE_RE = re.compile(r"^[0-9]{2,4}$")
ROOT_RE = re.compile(r"^[0-9]{2}$")
ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
MAX_TEXT_QUERY = 200
NO_DATE = dt.date(1, 1, 1)  # undated events sort before every date: last when newest come first
BAD_CURSOR = "cursor: malformed; pass back the next_cursor of a previous page"
SORT_KEY = "coalesce(e.date, DATE '0001-01-01')"

EVENT_SELECT = (
    "e.id, e.date, e.source, e.target, e.source_country, e.target_country, e.code, e.root, "
    "e.goldstein, e.quad, e.plover, e.source_text, e.target_text, e.trigger_text, "
    "e.source_start, e.source_end, e.target_start, e.target_end, e.trigger_start, "
    "e.trigger_end, e.negated, e.hypothetical, e.confidence, e.coder_version, e.doc_id, "
    "e.sentence_index, e.story, s.text AS sentence, d.title, d.url, d.source AS outlet"
)
EVENT_FROM = (
    " FROM events e"
    " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index"
    " LEFT JOIN documents d ON d.id = e.doc_id"
)


@functools.cache
def cameo_codes() -> frozenset[str]:
    """Every event code of the shipped CAMEO codebook."""
    table = resources.files("detente.data").joinpath("cameo").joinpath("codes.csv")
    text = table.read_text("utf-8")
    return frozenset(row["code"] for row in csv.DictReader(io.StringIO(text)))


def actor_code(value: str, name: str = "actor") -> str:
    """An actor code as written in the store (upper case), or a 422 for a malformed one."""
    code = value.strip().upper()
    if not ACTOR_RE.match(code):
        raise ApiError(422, f"{name}: {value[:40]!r} is not an actor code (such as JPN, JPNGOV)")
    return code


def actor_clause(side: str, code: str) -> tuple[str, list]:
    """Events whose ``side`` is ``code``: a country (3 letters) by its country column, anything
    longer (``JPNGOV``, ``IGOUNO``) by its full code."""
    column = "source" if side == "source" else "target"
    if len(code) == 3:
        return f"e.{column}_country = ?", [code]
    return f"e.{column} = ?", [code]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Validated filters of an event query; every field is optional."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    root: str | None = None
    quad: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    q: str | None = None
    doc_id: str | None = None
    include_flagged: bool = False
    counted: bool = False

    def actors(self) -> set[str]:
        named = {self.actor, self.source, self.target, *(self.dyad or ())}
        return {a for a in named if a}

    def where(self) -> tuple[list[str], list]:
        """SQL conditions over ``events e`` / ``sentences s`` and their parameters."""
        clauses: list[str] = []
        params: list = []

        def add(clause: str, values: list) -> None:
            clauses.append(clause)
            params.extend(values)

        if self.actor:
            src, src_p = actor_clause("source", self.actor)
            tgt, tgt_p = actor_clause("target", self.actor)
            add(f"({src} OR {tgt})", src_p + tgt_p)
        if self.source:
            add(*actor_clause("source", self.source))
        if self.target:
            add(*actor_clause("target", self.target))
        if self.dyad:
            add(*_dyad_clause(*self.dyad))
        if self.code:
            add("e.code = ?", [self.code])
        if self.root:
            add("e.root = ?", [self.root])
        if self.quad:
            add("e.quad = ?", [self.quad])
        if self.since:
            add("e.date >= ?", [self.since])
        if self.until:
            add("e.date <= ?", [self.until])
        if self.q:
            add("s.text ILIKE ? ESCAPE '\\'", [_like(self.q)])
        if self.doc_id:
            add("e.doc_id = ?", [self.doc_id])
        if self.counted:
            # the analyses' own definition of a counted event, so a table agrees with a chart
            window, window_params = window_filter(self.since, self.until)
            add(f"e.id IN (SELECT id FROM ({counted_sql(window)}))", window_params)
        elif not self.include_flagged:
            add("NOT e.negated AND NOT e.hypothetical", [])
        return clauses, params


def _dyad_clause(a: str, b: str) -> tuple[str, list]:
    a_src, a_src_p = actor_clause("source", a)
    b_tgt, b_tgt_p = actor_clause("target", b)
    b_src, b_src_p = actor_clause("source", b)
    a_tgt, a_tgt_p = actor_clause("target", a)
    sql = f"(({a_src} AND {b_tgt}) OR ({b_src} AND {a_tgt}))"
    return sql, a_src_p + b_tgt_p + b_src_p + a_tgt_p


def make_filter(
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    dyad: str | None = None,
    code: str | None = None,
    root: str | None = None,
    quad: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: str | None = None,
    doc_id: str | None = None,
    include_flagged: bool = False,
    counted: bool = False,
) -> EventFilter:
    """Check raw request values and build the filter; a bad value is a 4xx :class:`ApiError`."""
    if since and until and since > until:
        raise ApiError(400, f"since {since} is after until {until}")
    if code is not None and not CODE_RE.match(code):
        raise ApiError(422, f"code: {code[:40]!r} is not a CAMEO event code (2 to 4 digits)")
    if code is not None and code not in cameo_codes():
        raise ApiError(400, f"code: {code} is not in the CAMEO codebook")
    if root is not None and not (ROOT_RE.match(root) and 1 <= int(root) <= 20):
        raise ApiError(422, f"root: {root[:40]!r} is not a CAMEO root code (01 to 20)")
    if q is not None and len(q) > MAX_TEXT_QUERY:
        raise ApiError(422, f"q: longer than {MAX_TEXT_QUERY} characters")
    if doc_id is not None and not ID_RE.match(doc_id):
        raise ApiError(422, "doc_id: not a document id")
    return EventFilter(
        actor=actor_code(actor) if actor else None,
        source=actor_code(source, "source") if source else None,
        target=actor_code(target, "target") if target else None,
        dyad=parse_dyad(dyad) if dyad else None,
        code=code,
        root=root,
        quad=quad,
        since=since,
        until=until,
        q=q or None,
        doc_id=doc_id,
        include_flagged=include_flagged,
        counted=counted,
    )


def parse_dyad(value: str) -> tuple[str, str]:
    """``"JPN,RUS"`` (or ``JPN-RUS`` for country codes) as a pair of actor codes."""
    parts = value.split(",") if "," in value else value.split("-") if len(value) == 7 else [value]
    if len(parts) != 2:
        raise ApiError(422, f"dyad: {value[:40]!r} is not two actor codes such as JPN,RUS")
    return actor_code(parts[0], "dyad"), actor_code(parts[1], "dyad")


def unknown_actors(con, actors: set[str]) -> list[str]:
    """The codes among ``actors`` that neither the actor tables nor any stored event know."""
    from .actors import table_codes

    missing = sorted(a for a in actors if a not in table_codes())
    if not missing:
        return []
    rows = con.execute(
        "SELECT DISTINCT a FROM (SELECT unnest(?::VARCHAR[]) AS a) "
        "WHERE EXISTS (SELECT 1 FROM events WHERE source_country = a OR target_country = a "
        "OR source = a OR target = a)",
        [missing],
    ).fetchall()
    seen = {r[0] for r in rows}
    return [a for a in missing if a not in seen]


def check_actors(con, flt: EventFilter) -> None:
    unknown = unknown_actors(con, flt.actors())
    if unknown:
        raise ApiError(404, f"unknown actor: {', '.join(unknown)}")


# -- cursor paging --------------------------------------------------------------------------
def encode_cursor(key: dt.date, event_id: str, descending: bool) -> str:
    raw = json.dumps([key.isoformat(), event_id, int(descending)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, descending: bool) -> tuple[dt.date, str]:
    """The ``(date key, id)`` a cursor holds; a 400 for anything this API did not hand out."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id, desc = json.loads(raw)
        key = dt.date.fromisoformat(day)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise ApiError(400, BAD_CURSOR) from None
    if not isinstance(event_id, str) or not ID_RE.match(event_id) or bool(desc) != descending:
        raise ApiError(400, BAD_CURSOR)
    return key, event_id


def page_sql(
    flt: EventFilter, *, limit: int, cursor: str | None, descending: bool
) -> tuple[str, list]:
    """One page of events (``limit + 1`` rows, to tell whether another page follows)."""
    clauses, params = flt.where()
    if cursor:
        key, last_id = decode_cursor(cursor, descending)
        op = "<" if descending else ">"
        clauses.append(f"({SORT_KEY} {op} ? OR ({SORT_KEY} = ? AND e.id {op} ?))")
        params += [key, key, last_id]
    order = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {EVENT_SELECT}{EVENT_FROM}"
        + (" WHERE " + " AND ".join(f"({c})" for c in clauses) if clauses else "")
        + f" ORDER BY {SORT_KEY} {order}, e.id {order} LIMIT ?"
    )
    return sql, [*params, limit + 1]


def row_dict(names: list[str], row: tuple) -> dict:
    out = dict(zip(names, row, strict=True))
    out["date"] = out["date"].isoformat() if out["date"] else None
    out["document"] = f"/documents/{out['doc_id']}"
    return out


def _fill_urls(con, rows: list[dict]) -> None:
    """A document stored without a URL is linked to where it was first seen, if anywhere."""
    missing = sorted({r["doc_id"] for r in rows if not r["url"]})
    if not missing:
        return
    seen = dict(
        con.execute(
            "SELECT doc_id, min(url) FROM sightings WHERE doc_id IN (SELECT unnest(?)) "
            "AND url IS NOT NULL GROUP BY doc_id",
            [missing],
        ).fetchall()
    )
    for row in rows:
        row["url"] = row["url"] or seen.get(row["doc_id"])


def events_page(
    con, flt: EventFilter, *, limit: int, cursor: str | None = None, descending: bool = False
) -> dict:
    """``{"events": [...], "next_cursor": str | None}`` for one page of the query."""
    sql, params = page_sql(flt, limit=limit, cursor=cursor, descending=descending)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    rows = [row_dict(names, r) for r in cur.fetchall()]
    more = len(rows) > limit
    rows = rows[:limit]
    _fill_urls(con, rows)
    next_cursor = None
    if more:
        last = rows[-1]
        key = dt.date.fromisoformat(last["date"]) if last["date"] else NO_DATE
        next_cursor = encode_cursor(key, last["id"], descending)
    return {"events": rows, "count": len(rows), "next_cursor": next_cursor}
