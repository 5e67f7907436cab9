"""Endpoints over the stored events: events, exports, documents, actors, dyads, summary."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from ..analysis._events import counted_sql, window_filter
from ..store import Store
from . import actors, exports
from .deps import AppLimits, Con, Filter, Since, Until, check_window
from .errors import ApiError
from .query import ID_RE, check_actors, events_page, make_filter

router = APIRouter(prefix="/api")


@router.get("/events", summary="Events with their provenance, filtered, paged by cursor")
def get_events(
    con: Con,
    flt: Filter,
    limits: AppLimits,
    limit: Annotated[int, Query(ge=1, description="Events per page.")] = 50,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
    order: Literal["asc", "desc"] = "asc",
) -> dict:
    if limit > limits.max_page:
        raise ApiError(400, f"limit: at most {limits.max_page} events a page")
    check_actors(con, flt)
    return events_page(con, flt, limit=limit, cursor=cursor, descending=order == "desc")


@router.get("/events/export", summary="Every event of a query as CSV, JSONL or Parquet")
def export_events(
    request: Request,
    con: Con,
    flt: Filter,
    limits: AppLimits,
    format: Literal["csv", "jsonl", "parquet"] = "csv",
    layout: Literal["native", "gdelt"] = "native",
) -> StreamingResponse:
    check_actors(con, flt)
    body = exports.stream(
        request.app.state.db.reader, flt, fmt=format, layout=layout, limit=limits.max_export
    )
    filename = f"events-{layout}.{format}"
    return StreamingResponse(
        body,
        media_type=exports.FORMATS[format],
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


_DOCUMENT_SQL = (
    "SELECT id, title, date, date_source, source, url, story, kind, language, text "
    "FROM documents WHERE id = ?"
)


@router.get("/documents/{doc_id}", summary="A document with its sentences, sightings, events")
def get_document(doc_id: str, con: Con) -> dict:
    if not ID_RE.match(doc_id):
        raise ApiError(422, "doc_id: not a document id")
    cur = con.execute(_DOCUMENT_SQL, [doc_id])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        raise ApiError(404, f"no document {doc_id}")
    doc = dict(zip(names, row, strict=True))
    doc["date"] = doc["date"].isoformat() if doc["date"] else None
    doc["sentences"] = [
        {"index": i, "start": s, "end": e, "text": t}
        for i, s, e, t in con.execute(
            "SELECT idx, start_char, end_char, text FROM sentences WHERE doc_id = ? ORDER BY idx",
            [doc_id],
        ).fetchall()
    ]
    doc["sightings"] = [
        {"origin": o, "source": s, "url": u}
        for o, s, u in con.execute(
            "SELECT origin, source, url FROM sightings WHERE doc_id = ? ORDER BY origin", [doc_id]
        ).fetchall()
    ]
    flt = make_filter(doc_id=doc_id, include_flagged=True)
    doc["events"] = events_page(con, flt, limit=10_000)["events"]
    return doc


@router.get("/actors", summary="Actors whose code or name contains q, most events first")
def get_actors(
    con: Con,
    q: Annotated[str | None, Query(max_length=80)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> dict:
    return {"actors": actors.search(con, q, limit=limit)}


_DYADS_SQL = """
WITH c AS ({counted})
SELECT least(a_src, a_tgt) AS x, greatest(a_src, a_tgt) AS y, count(*) AS n,
       count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),
       coalesce(sum(goldstein), 0)
FROM c WHERE a_src <> a_tgt
GROUP BY x, y ORDER BY n DESC, x, y LIMIT ?
"""


@router.get("/dyads", summary="The most active pairs of countries in a window")
def get_dyads(
    con: Con,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict:
    check_window(since, until)
    clauses, params = window_filter(since, until)
    rows = con.execute(_DYADS_SQL.format(counted=counted_sql(clauses)), [*params, limit])
    names = actors.actor_names()
    return {
        "dyads": [
            {
                "a": x,
                "b": y,
                "a_name": names.get(x, x),
                "b_name": names.get(y, y),
                "events": n,
                "cooperation": coop,
                "conflict": conf,
                "goldstein_sum": float(gold),
            }
            for x, y, n, coop, conf, gold in rows.fetchall()
        ]
    }


@router.get("/summary", summary="What the database holds: counts and the range of dates")
def get_summary(con: Con, request: Request) -> dict:
    first, last = con.execute(
        "SELECT min(date), max(date) FROM events WHERE NOT negated AND NOT hypothetical"
    ).fetchone()
    return {
        "counts": Store(con, "").counts(),
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
        "ingest": request.app.state.db.writable,
    }
