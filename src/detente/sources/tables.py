"""Loaders for the small word and pattern lists in ``detente/data/sources``."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from detente.errors import DictionaryError


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``: one per line, ``#`` starts a comment line."""
    return frozenset(_entries(name))


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions of ``data/<name>.txt``, compiled case-insensitive."""
    out = []
    for line_no, entry in _numbered(name):
        try:
            out.append(re.compile(entry, re.IGNORECASE))
        except re.error as exc:
            raise DictionaryError(_path(name), line_no, f"bad pattern: {exc}") from exc
    return tuple(out)


def reset_caches() -> None:
    words.cache_clear()
    patterns.cache_clear()


def _path(name: str) -> str:
    return f"detente/data/sources/{name}.txt"


def _entries(name: str) -> list[str]:
    return [entry for _, entry in _numbered(name)]


def _numbered(name: str) -> list[tuple[int, str]]:
    text = files("detente.data").joinpath("sources").joinpath(f"{name}.txt").read_text("utf-8")
    rows = []
    for line_no, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            rows.append((line_no, entry))
    return rows
