"""Actor codes of imported events in our scheme: ``JPNGOV``, ``IGOWSTNAT``, ``---REB``.

GDELT's ``Actor1Code`` is already CAMEO-style; when it does not start with a country we know,
the country column and the first type code rebuild it. ICEWS names countries in words and
sectors in lists of words: countries resolve through the names and aliases of
``data/actors/countries.csv``, sectors through ``data/exchange/icews_sectors.csv`` (first
listed word that maps wins).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from detente.actors.tables import SECTORS, default_tables

NO_STATE = "---"
SECTORS_FILE = "icews_sectors.csv"


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.code for c in default_tables().countries)


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country name or alias -> code."""
    return {name.lower(): c.code for c in default_tables().countries for name in c.names}


@cache
def icews_sectors() -> dict[str, str]:
    source = resources.files("detente.data").joinpath("exchange").joinpath(SECTORS_FILE)
    with source.open(encoding="utf-8", newline="") as handle:
        return {row["word"].strip().lower(): row["sector"] for row in csv.DictReader(handle)}


def gdelt_actor(code: str, country: str, type_code: str) -> str | None:
    """Our code for a GDELT actor, or ``None`` when the row names no usable actor."""
    if code[:3] in country_codes() or code.startswith(("IGO", "NGO")):
        return code
    base = country if country in country_codes() else NO_STATE
    sector = next((c for c in (type_code, code[:3]) if c in SECTORS), "")
    if base == NO_STATE and not sector:
        return None
    return base + sector


def icews_actor(country: str, sectors: str) -> str | None:
    """Our code for an ICEWS actor from its country name and comma-separated sector words."""
    base = country_names().get(country.strip().lower(), NO_STATE)
    table = icews_sectors()
    words = [w.strip().lower() for w in sectors.split(",")]
    sector = next((table[w] for w in words if w in table), "")
    if base == NO_STATE and not sector:
        return None
    return base + sector


def reset_caches() -> None:
    for loader in (country_codes, country_names, icews_sectors):
        loader.cache_clear()
