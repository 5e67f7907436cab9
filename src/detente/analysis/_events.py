"""The one definition of a *counted* event, as SQL every analysis starts from.

An event counts when it is neither negated nor hypothetical and has a date. Events of one story
(reposts share ``documents.story``, copied into ``events.story``) count once: among the events
sharing ``(story, source, target, code, date)`` the one with the smallest id stands for them all,
so its id (and sentence) is what an analysis cites. In undirected analyses the pair in that key
is unordered, so a mutual act coded in both directions counts once. An event without a story
counts alone.

Actors are read at one of two levels. ``country``: the first three letters of the code
(``JPNGOV`` -> ``JPN``), except that an IGO keeps its full code (``IGOWSTNAT``), and codes with no
state (``---REB``) are left out. ``sector``: the full code as coded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..errors import ConfigError

LEVELS = ("country", "sector")
GRAINS = ("day", "week", "month")
UNKNOWN_COUNTRY = "---"


def actor_filter(side: str, actor: str, level: str) -> tuple[str, list]:
    """SQL (and parameters) matching events whose ``side`` is ``actor`` at ``level``.

    The country column is tested first so that DuckDB can skip row groups by it.
    """
    check_level(level)
    if level == "sector":
        return f"({side}_country = ? AND {side} = ?)", [actor[:3], actor]
    if actor.startswith("IGO"):
        return f"({side}_country = 'IGO' AND {side} = ?)", [actor]
    return f"{side}_country = ?", [actor]


def counted_sql(
    where: Sequence[str] = (),
    level: str = "country",
    *,
    directed: bool = False,
    ids: bool = True,
) -> str:
    """A SELECT of counted events (see the module docstring) meeting every ``where`` clause.

    Columns: ``id`` (the smallest of the group), ``date``, ``source``, ``target``, ``code``,
    ``quad``, ``goldstein``, and ``a_src``/``a_tgt`` (the two actors at ``level``). Undirected
    (the default), the pair is unordered in the key, so a mutual act coded both ways ("A met
    B": A->B and B->A) counts once, and ``source``/``target`` are the pair's lesser and greater
    code rather than its direction. ``directed=True`` keeps both directions. Filters apply
    before de-duplication, so a narrow query stays cheap; the GROUP BY is one pass over them.
    ``ids=False`` leaves ``id`` NULL and never reads the id column, which is most of the cost
    of a query over millions of events (the ids are long random strings).
    """
    check_level(level)
    conditions = ["NOT negated", "NOT hypothetical", "date IS NOT NULL", *where]
    if level == "country":
        conditions += [
            f"source_country <> '{UNKNOWN_COUNTRY}'",
            f"target_country <> '{UNKNOWN_COUNTRY}'",
        ]
    # undirected, the pair in a fixed order: "source" is then the lesser code, not the actor
    pair = (
        ("source", "target") if directed else ("least(source, target)", "greatest(source, target)")
    )
    first = "id" if ids else "rowid"  # the group's representative: smallest id, or row
    inner = (
        f"SELECT {'min(id)' if ids else 'NULL::VARCHAR'} AS id, date, {pair[0]} AS source, "
        f"{pair[1]} AS target, code, min(quad) AS quad, arg_min(goldstein, {first}) AS goldstein "
        "FROM events WHERE " + " AND ".join(f"({c})" for c in conditions) + " "
        # an event without a story (the store always writes one) stands alone
        f"GROUP BY story, CASE WHEN story IS NULL THEN rowid END, {pair[0]}, {pair[1]}, code, date"
    )
    return (
        f"SELECT *, {_level_of('source', level)} AS a_src, {_level_of('target', level)} AS a_tgt "
        f"FROM ({inner})"
    )


def _level_of(column: str, level: str) -> str:
    """SQL for the actor at ``level`` computed from a code column alone."""
    if level == "sector":
        return column
    return f"CASE WHEN {column}[:3] = 'IGO' THEN {column} ELSE {column}[:3] END"


def window_filter(since: dt.date | None, until: dt.date | None) -> tuple[list[str], list]:
    """Clauses and parameters for ``since <= date <= until`` (both ends optional, inclusive)."""
    clauses, params = [], []
    if since is not None:
        clauses.append("date >= ?")
        params.append(since)
    if until is not None:
        clauses.append("date <= ?")
        params.append(until)
    return clauses, params


def as_date(value: dt.date | str | None, name: str = "date") -> dt.date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string or ``None``."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def resolve_window(
    con, since: dt.date | str | None, until: dt.date | str | None, *, default_days: int = 30
) -> tuple[dt.date, dt.date]:
    """Fill a missing window end: ``until`` defaults to the latest event date, ``since`` to
    ``default_days`` days before ``until``. Raises :class:`ConfigError` if ``since > until``."""
    since, until = as_date(since, "since"), as_date(until, "until")
    if until is None:
        latest = con.execute(
            "SELECT max(date) FROM events WHERE NOT negated AND NOT hypothetical"
        ).fetchall()[0][0]
        until = latest or dt.date.today()
    if since is None:
        since = until - dt.timedelta(days=default_days - 1)
    if since > until:
        raise ConfigError(f"since {since} is after until {until}")
    return since, until


def previous_window(since: dt.date, until: dt.date) -> tuple[dt.date, dt.date]:
    """The window of equal length that ends the day before ``since``."""
    length = until - since
    end = since - dt.timedelta(days=1)
    return end - length, end


def check_level(level: str) -> None:
    if level not in LEVELS:
        raise ConfigError(f"level {level!r}: expected one of {', '.join(LEVELS)}")


def check_grain(grain: str) -> None:
    if grain not in GRAINS:
        raise ConfigError(f"grain {grain!r}: expected one of {', '.join(GRAINS)}")


def bucket_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the bucket holding ``day``: itself, its week's Monday, its month's 1st."""
    check_grain(grain)
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    return day


def next_bucket(start: dt.date, grain: str) -> dt.date:
    """The first day of the bucket after the one starting at ``start``."""
    if grain == "week":
        return start + dt.timedelta(days=7)
    if grain == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def connection(con_or_store):
    """Accept a DuckDB connection or a :class:`~detente.store.Store`."""
    return getattr(con_or_store, "con", con_or_store)
