"""Whether the actors of a sentence's acts stand on one side: the same actor named again, one
country, a state organ and its own bare country; how many sides a list of actors holds; the
sectors of a state's own organs and of those who dissent at home; and acts told of 'each
other', whose coordinated sides act on one another."""

from __future__ import annotations

from detente.coding.roles import Arg

# a state's own organs: the bare country, government, forces, police, spies, lawmakers, judges
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# those who stand against their own state at home: civilians, opposition, labour, rebels
DISSENT_SECTORS = frozenset({"CVL", "OPP", "LAB", "REB"})


def self_directed(source: Arg, target: Arg) -> bool:
    """The same actor, or a state organ and its own bare country ('UKRGOV' -> 'UKR'): almost
    always a role taken from the wrong phrase, since a state rarely acts on itself (a former
    leader, coded with the bare country, is the exception)."""
    if source.code == target.code:
        return True
    if source.code[:3] != target.code[:3] or source.code.startswith(("---", "IGO", "NGO")):
        return False
    short, other = sorted((source, target), key=lambda a: len(a.code))
    return len(short.code) == 3 and not short.former and other.code[3:6] in STATE_SECTORS


def same_actor(a: Arg, b: Arg) -> bool:
    """The same actor, or the same person named again by surname ('Sargsyan')."""
    last, other = a.text.split()[-1], b.text.split()[-1]
    return a.code == b.code or last == other and last[:1].isupper() and a.code[:3] == b.code[:3]


def same_side(source: Arg, arg: Arg) -> bool:
    """Of the source's own country (or the same IGO)."""
    if source.code.startswith(("IGO", "NGO")) or arg.code.startswith(("IGO", "NGO")):
        return source.code == arg.code
    return source.code[:3] == arg.code[:3]


def sides_of(args: list[Arg], places: bool = False) -> set[str] | int:
    """The countries (or IGOs) of ``args``; without ``places``, how many there are."""
    sides = {a.code if a.code.startswith(("IGO", "NGO")) else a.code[:3] for a in args}
    return sides if places else len(sides)


def each_other(verb) -> bool:
    """Whether the verb's object or a preposition's object is 'each other' / 'one another'."""
    nodes = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nodes += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for node in nodes:
        if node.lower_ == "other" and any(c.lower_ == "each" for c in node.children):
            return True
        pair = {node.lower_, *(c.lower_ for c in node.children)}
        if {"one", "another"} <= pair:  # parsed either way round
            return True
    return False
