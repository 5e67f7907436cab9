"""Plain maths of signed graphs: edge signs, triads, structural balance.

A triad is balanced when the product of its three edge signs is positive ("the friend of my
friend is my friend", "the enemy of my enemy is my friend"). Two unbalanced kinds exist: two
positive edges and one negative (the actor on both positive edges is *cross-pressured* between
two partners that clash), and three negative edges (everyone at odds with everyone).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

CROSS_PRESSURE = "cross-pressure"
ALL_NEGATIVE = "all-negative"


def edge_sign(cooperation: int, conflict: int, *, min_margin: float) -> int:
    """+1, -1, or 0 (ambivalent) for a relation with these counts.

    The sign is that of net cooperation (``cooperation - conflict``), but only when the net is at
    least ``min_margin`` of all events; a relation closer to even than that has no sign.
    """
    total, net = cooperation + conflict, cooperation - conflict
    if net == 0 or abs(net) < min_margin * total:
        return 0
    return 1 if net > 0 else -1


def triads(signs: dict[tuple[str, str], int]) -> Iterable[tuple[str, str, str]]:
    """Every triple of actors joined pairwise by signed (non-zero) edges, each once, sorted.

    ``signs`` maps an (a, b) pair, in either order, to its sign; zero-signed pairs are ignored.
    """
    neighbours: dict[str, set[str]] = defaultdict(set)
    for (a, b), sign in signs.items():
        if sign and a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    for u in sorted(neighbours):
        later = sorted(v for v in neighbours[u] if v > u)
        for i, v in enumerate(later):
            for w in later[i + 1 :]:
                if w in neighbours[v]:
                    yield u, v, w


def sign_of(signs: dict[tuple[str, str], int], a: str, b: str) -> int:
    """The sign of the pair in whichever order it was stored."""
    return signs.get((a, b)) or signs.get((b, a)) or 0


def is_balanced(s1: int, s2: int, s3: int) -> bool:
    return s1 * s2 * s3 > 0


def classify(triad: tuple[str, str, str], signs: dict[tuple[str, str], int]):
    """``(kind, pivot)`` of an unbalanced triad, or ``None`` if it is balanced.

    kind is :data:`CROSS_PRESSURE` (pivot: the actor on both positive edges) or
    :data:`ALL_NEGATIVE` (pivot ``None``).
    """
    a, b, c = triad
    edges = {c: sign_of(signs, a, b), a: sign_of(signs, b, c), b: sign_of(signs, a, c)}
    if is_balanced(*edges.values()):
        return None
    if all(s < 0 for s in edges.values()):
        return ALL_NEGATIVE, None
    # The negative edge is the one opposite the pivot: the pivot is its only non-member.
    pivot = next(actor for actor, s in edges.items() if s < 0)
    return CROSS_PRESSURE, pivot


def actor_balance(
    all_triads: Iterable[tuple[str, str, str]], unbalanced: Iterable[tuple[str, str, str]]
) -> dict[str, tuple[int, int]]:
    """Per actor: (number of signed triads it is in, number of those that are unbalanced)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for triad in all_triads:
        for actor in triad:
            counts[actor][0] += 1
    for triad in unbalanced:
        for actor in triad:
            counts[actor][1] += 1
    return {actor: (n, k) for actor, (n, k) in counts.items()}
