"""Display names for actor codes, read from ``data/actors/countries.csv`` and ``igos.csv``.

The tables are read defensively: a missing file, or one without ``code`` and ``name`` columns,
gives no names, and a code without a name is shown as the code itself.
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources

# Words that make an English country name take "the" ("the United States", "the Philippines").
_DEFINITE_WORDS = frozenset(
    "United Republic Kingdom Federation Islands Emirates Netherlands Philippines States "
    "Bahamas Gambia Maldives Comoros Seychelles".split()
)


TABLES = ("countries.csv", "igos.csv")


@functools.cache
def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in TABLES:
        for code, name in _read(table):
            out.setdefault(code, name)
    return out


def _read(table: str) -> list[tuple[str, str]]:
    try:
        text = (resources.files("detente.data") / "actors" / table).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError, UnicodeDecodeError):
        return []
    return _rows(text)


def _rows(text: str) -> list[tuple[str, str]]:
    """``(code, name)`` pairs of a CSV text, or none if it lacks those columns."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"code", "name"} <= set(reader.fieldnames):
        return []
    rows = ((row.get("code") or "", row.get("name") or "") for row in reader)
    return [(code.strip(), name.strip()) for code, name in rows if code.strip() and name.strip()]


def display_name(code: str) -> str:
    """The country's name for a code (``JPN`` -> ``Japan``, ``JPNGOV`` -> ``Japan (GOV)``),
    else the code itself."""
    names = _names()
    if code in names:
        return names[code]
    if len(code) > 3 and not code.startswith("IGO") and code[:3] in names:
        return f"{names[code[:3]]} ({code[3:]})"
    return code


def phrase(code: str) -> str:
    """The name as used inside a sentence: "the United States", "Japan", "IGOWSTNAT"."""
    name = display_name(code)
    if name == code or name.lower().startswith("the "):
        return name
    if code.startswith("IGO"):  # "the European Union", but "NATO"
        return name if name.isupper() and " " not in name else f"the {name}"
    return f"the {name}" if _DEFINITE_WORDS & set(name.split()) else name


def sentence_start(text: str) -> str:
    """Capitalise the first letter only ("the United States ..." -> "The United States ...")."""
    return text[:1].upper() + text[1:]


def reset_caches() -> None:
    """Forget the loaded names (for tests that swap the table)."""
    _names.cache_clear()
