"""Stage 1 of actor finding: turn tokens into phrase matches, left to right, longest first.

A match gives way when a longer phrase starts inside it and ends after it.

Besides table phrases, this stage recognises a name written with its possessive apostrophe
lost ("Japans", "Tokyos": a one-word country or capital plus "s", as in text stripped of
quotes) and bare surnames (see :mod:`detente.actors.people`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.actors.lexicon import Entry, Lexicon, Match
from detente.actors.people import DocumentContext, OfficeIndex, Resolved
from detente.actors.tokens import Token

_GLUED_KINDS = frozenset({"country", "capital"})
_AFFIXES = frozenset({"pro", "anti"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A match plus what stage 1 learnt about it."""

    match: Match
    glued_possessive: bool = False
    resolved: Resolved | None = None

    @property
    def kind(self) -> str:
        return "surname" if self.resolved is not None else self.match.kind

    @property
    def i(self) -> int:
        return self.match.i

    @property
    def j(self) -> int:
        return self.match.j


def scan(
    tokens: list[Token],
    lexicon: Lexicon,
    offices: OfficeIndex,
    day: dt.date | None,
    context: DocumentContext | None,
) -> list[Hit]:
    """Non-overlapping hits over ``tokens``, in order."""
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        hit = _hit_at(tokens, i, lexicon, offices, day, context)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.j
    return hits


def _hit_at(tokens, i, lexicon, offices, day, context) -> Hit | None:
    match = lexicon.match_at(tokens, i)
    if match is not None:
        return None if _overtaken(tokens, match, lexicon) else Hit(match)
    tok = tokens[i]
    if tok.shape == 0:
        return None
    glued = _glued(tokens, i, lexicon)
    if glued is not None:
        return glued
    resolved = None if _in_compound(tokens, i) else _surname(tok.norm, offices, day, context)
    if resolved is not None:
        return Hit(
            Match(i, i + 1, (Entry("surname", (1,), country=resolved.country),)), resolved=resolved
        )
    return None


def _in_compound(tokens: list[Token], i: int) -> bool:
    """True for the last part of a hyphenated place or word ('Mazar-e-Sharif', 'Dar-es-Salaam'):
    glued to the word before it, it is no bare surname; 'pro-X' and 'anti-X' keep the name."""
    if i < 2:
        return False
    hyphen, before = tokens[i - 1], tokens[i - 2]
    glued = hyphen.norm == "-" and before.end == hyphen.start and hyphen.end == tokens[i].start
    return glued and before.norm not in _AFFIXES


def _overtaken(tokens: list[Token], match: Match, lexicon: Lexicon) -> bool:
    """True if a longer phrase starts inside ``match`` and runs past it: "the West Bank" is
    the place "West Bank", not the group "the West" followed by "Bank"."""
    for k in range(match.i + 1, match.j):
        later = lexicon.match_at(tokens, k)
        if later is not None and later.j > match.j and later.j - later.i >= match.j - match.i:
            return True
    return False


def _glued(tokens: list[Token], i: int, lexicon: Lexicon) -> Hit | None:
    norm = tokens[i].norm
    if len(norm) < 4 or not norm.endswith("s"):
        return None
    entries = [e for e in lexicon.lookup((norm[:-1],)) if e.kind in _GLUED_KINDS]
    if not entries:
        return None
    kind = entries[0].kind
    return Hit(Match(i, i + 1, tuple(e for e in entries if e.kind == kind)), glued_possessive=True)


def _surname(key, offices: OfficeIndex, day, context: DocumentContext | None) -> Resolved | None:
    if context is not None and key in context.names:
        known = context.names[key]
        return Resolved(known.code, known.country, known.sector, "surname")
    res = offices.by_surname_on(key, day)
    if res is None:
        return None
    return Resolved(res.code, res.country, res.sector, "surname")
