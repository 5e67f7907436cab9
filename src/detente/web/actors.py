"""Actor look-up for ``/api/actors``: the shipped country and IGO tables plus stored codes."""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

TABLES = ("countries.csv", "igos.csv")


@functools.cache
def actor_names() -> dict[str, str]:
    """``code -> name`` from the actor tables that exist (a missing table gives no names)."""
    out: dict[str, str] = {}
    folder = resources.files("detente.data").joinpath("actors")
    for table in TABLES:
        entry = folder.joinpath(table)
        if not entry.is_file():
            continue
        for row in csv.DictReader(io.StringIO(entry.read_text("utf-8"))):
            code, name = (row.get("code") or "").strip(), (row.get("name") or "").strip()
            if code and name:
                out.setdefault(code, name)
    return out


def table_codes() -> frozenset[str]:
    return frozenset(actor_names())


_COUNTS_SQL = """
SELECT a, count(*) AS n FROM (
    SELECT source_country AS a FROM events WHERE NOT negated AND NOT hypothetical
    UNION ALL SELECT target_country FROM events WHERE NOT negated AND NOT hypothetical
    UNION ALL SELECT source FROM events WHERE NOT negated AND NOT hypothetical
        AND source <> source_country
    UNION ALL SELECT target FROM events WHERE NOT negated AND NOT hypothetical
        AND target <> target_country
) WHERE a IS NOT NULL AND a <> '---' AND a <> 'IGO' GROUP BY a
"""


def search(con, q: str | None, *, limit: int) -> list[dict]:
    """Actors whose code or name contains ``q`` (all when empty), most events first.

    Each is ``{"code", "name", "events"}``; ``events`` counts the stored events (either side)
    that name the actor.
    """
    counts = dict(con.execute(_COUNTS_SQL).fetchall())
    names = actor_names()
    needle = (q or "").strip().lower()
    found = []
    for code in set(names) | set(counts):
        name = names.get(code, code)
        if needle and needle not in code.lower() and needle not in name.lower():
            continue
        exact = needle in (code.lower(), name.lower())
        found.append((not exact, -counts.get(code, 0), code, name))
    found.sort()
    return [
        {"code": code, "name": name, "events": -negative}
        for _, negative, code, name in found[:limit]
    ]
