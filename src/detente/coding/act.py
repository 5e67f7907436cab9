"""The Act record (a matched trigger with its code and roles, before pairing) and helpers
that plain and frame acts share."""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.coding.lexicon import Pattern
from detente.coding.roles import Arg


@dataclass
class Act:
    """A matched trigger before roles are paired into events."""

    token: object
    pattern: Pattern
    code: str
    sources: list[Arg]
    targets: list[Arg]
    joint: bool
    confidence: float = 0.9
    consumed: set[int] = field(default_factory=set)


def _own_side(arg: Arg, sources: list[Arg]) -> bool:
    """The speaker's own actor, or its bare country (a rebel group's target may be its state);
    a former leader, coded with the bare country, is someone else."""
    return any(arg.code == s.code or arg.code == s.code[:3] and not arg.former for s in sources)


def prefix_lookup(table: dict, code: str) -> str | None:
    """The value for the longest prefix of ``code`` in ``table`` ('' matches any code)."""
    for size in range(len(code), -1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None
