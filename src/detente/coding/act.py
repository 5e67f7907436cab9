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


def own_side(arg: Arg, sources: list[Arg]) -> bool:
    """The speaker's own actor, or its bare country (a rebel group's target may be its state);
    a former leader, coded with the bare country, is someone else."""
    return any(arg.code == s.code or arg.code == s.code[:3] and not arg.former for s in sources)


def prefix_lookup(table: dict, code: str) -> str | None:
    """The value for the longest prefix of ``code`` in ``table`` ('' matches any code)."""
    for size in range(len(code), -1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


# the phases of a visit an act is set in ('on the second day of a state visit')
_VISIT_PHASES = frozenset(
    {"start", "beginning", "end", "course", "outset", "close", "eve", "day", "leg", "stop", "part"}
)


def _phase_inner(noun):
    """The noun a phase noun is the phase of ('the start of a trip': 'trip'), else ``noun``."""
    while noun.lemma_.lower() in _VISIT_PHASES:
        nxt = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("of", "on")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if not nxt:
            return noun
        noun = nxt[0]
    return noun
