"""Request dependencies shared by the routers: a cursor, the limits, the event filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

import duckdb
from fastapi import Depends, Query, Request

from .errors import ApiError
from .query import EventFilter, make_filter


@dataclass(frozen=True, slots=True)
class Limits:
    max_page: int
    max_body: int
    max_export: int


def _reader(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    with request.app.state.db.reader() as con:
        yield con


def _limits(request: Request) -> Limits:
    return request.app.state.limits


Con = Annotated[duckdb.DuckDBPyConnection, Depends(_reader)]
AppLimits = Annotated[Limits, Depends(_limits)]
Since = Annotated[dt.date | None, Query(description="First day, inclusive (YYYY-MM-DD).")]
Until = Annotated[dt.date | None, Query(description="Last day, inclusive (YYYY-MM-DD).")]


def check_window(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise ApiError(400, f"since {since} is after until {until}")


def _event_filter(
    actor: Annotated[str | None, Query(max_length=40, description="Either side.")] = None,
    source: Annotated[str | None, Query(max_length=40)] = None,
    target: Annotated[str | None, Query(max_length=40)] = None,
    dyad: Annotated[
        str | None, Query(max_length=81, description="Two actors, either way: JPN,RUS.")
    ] = None,
    code: Annotated[str | None, Query(max_length=40, description="CAMEO code: 112.")] = None,
    root: Annotated[str | None, Query(max_length=40, description="CAMEO root: 11.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
    doc_id: Annotated[str | None, Query(max_length=128)] = None,
    include_flagged: Annotated[
        bool, Query(description="Also negated and hypothetical events.")
    ] = False,
    counted: Annotated[
        bool, Query(description="Only counted events, one per story, as the analyses count.")
    ] = False,
) -> EventFilter:
    return make_filter(
        actor=actor,
        source=source,
        target=target,
        dyad=dyad,
        code=code,
        root=root,
        quad=quad,
        since=since,
        until=until,
        q=q,
        doc_id=doc_id,
        include_flagged=include_flagged,
        counted=counted,
    )


Filter = Annotated[EventFilter, Depends(_event_filter)]
