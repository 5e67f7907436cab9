"""Aggregate endpoints: each calls one function of :mod:`detente.analysis` or the brief.

These answer with aggregates only; the events behind a point are fetched from ``/api/events``
with the matching filter (``dyad``, ``since``, ``until``, ``counted=true``). Lists of event ids
are left out unless ``ids=true`` is asked for.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from .. import analysis
from .deps import Con, Since, Until, check_window
from .errors import ApiError
from .query import actor_code, unknown_actors

router = APIRouter(prefix="/api")

Ids = Annotated[bool, Query(description="Include the ids of the events behind each item.")]
MinEvents = Annotated[int, Query(ge=1, le=10_000, description="Evidence threshold per edge.")]


def _without_ids(item: dict, keep: bool) -> dict:
    """``item`` without its (possibly long) ``event_ids`` lists, nested ones included."""
    if keep:
        return item
    out = {}
    for key, value in item.items():
        if key == "event_ids":
            continue
        if isinstance(value, list):
            value = [_without_ids(v, keep) if isinstance(v, dict) else v for v in value]
        out[key] = value
    return out


def _known_pair(con, a: str, b: str) -> tuple[str, str]:
    a, b = actor_code(a, "a"), actor_code(b, "b")
    unknown = unknown_actors(con, {a, b})
    if unknown:
        raise ApiError(404, f"unknown actor: {', '.join(unknown)}")
    return a, b


@router.get("/dyads/{a}/{b}/series", summary="A dyad's counts per period (quad classes)")
def get_series(
    con: Con,
    a: Annotated[str, Path(max_length=40)],
    b: Annotated[str, Path(max_length=40)],
    grain: Literal["day", "week", "month"] = "week",
    since: Since = None,
    until: Until = None,
    directed: bool = False,
    level: Literal["country", "sector"] = "country",
    ids: Ids = False,
) -> dict:
    check_window(since, until)
    a, b = _known_pair(con, a, b)
    buckets = analysis.dyad_series(
        con,
        a,
        b,
        grain=grain,
        since=since,
        until=until,
        directed=directed,
        level=level,
        ids=ids,
    )
    return {
        "a": a,
        "b": b,
        "a_name": analysis.display_name(a),
        "b_name": analysis.display_name(b),
        "grain": grain,
        "directed": directed,
        "level": level,
        "buckets": [_without_ids(bucket.to_dict(), ids) for bucket in buckets],
    }


@router.get("/network", summary="The signed network of a window and its unbalanced triads")
def get_network(
    con: Con,
    since: Since = None,
    until: Until = None,
    min_events: MinEvents = 3,
    ids: Ids = False,
) -> dict:
    check_window(since, until)
    net = analysis.network(con, since=since, until=until, min_events=min_events, ids=ids)
    out = _without_ids(net.to_dict(), ids)
    out["unbalanced_triads"] = [
        {"actors": list(t.actors), "kind": t.kind, "pivot": t.pivot, "weight": t.weight}
        for t in analysis.unbalanced_triads(net)
    ]
    return out


@router.get("/tensions", summary="Cross-pressures: unbalanced triads, heaviest first")
def get_tensions(
    con: Con,
    since: Since = None,
    until: Until = None,
    min_events: MinEvents = 3,
    ids: Ids = False,
) -> dict:
    check_window(since, until)
    triads = analysis.tensions(con, since=since, until=until, min_events=min_events)
    return {"tensions": [_without_ids(t.to_dict(), ids) for t in triads]}


@router.get("/alerts", summary="Dyads whose relations shifted, strongest first")
def get_alerts(
    con: Con,
    since: Since = None,
    until: Until = None,
    grain: Literal["day", "week", "month"] = "week",
    min_events: MinEvents = 3,
    ids: Ids = False,
) -> dict:
    check_window(since, until)
    found = analysis.alerts(con, grain=grain, since=since, until=until, min_events=min_events)
    return {"alerts": [_without_ids(a.to_dict(), ids) for a in found]}


BRIEF_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
# The HTML brief is one self-contained page (inline styles and SVG) that runs no script.
BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


@router.get("/brief", summary="The written brief of a window (JSON, Markdown or HTML)")
def get_brief(
    con: Con,
    since: Since = None,
    until: Until = None,
    actor: Annotated[str | None, Query(max_length=40)] = None,
    fmt: Literal["json", "md", "html"] = "json",
) -> Response:
    check_window(since, until)
    if actor:
        actor = actor_code(actor)
        if unknown_actors(con, {actor}):
            raise ApiError(404, f"unknown actor: {actor}")
    try:
        brief = importlib.import_module("detente.brief").brief
    except (ImportError, AttributeError):
        raise ApiError(501, "the brief is not available in this version") from None
    result = brief(con, since=since, until=until, actor=actor, fmt=fmt)
    if fmt == "json":
        return JSONResponse(result.to_dict() if hasattr(result, "to_dict") else result)
    return PlainTextResponse(
        str(result), media_type=BRIEF_TYPES[fmt], headers={"content-security-policy": BRIEF_CSP}
    )
