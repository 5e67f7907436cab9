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
#: Arabic articles glued to a surname ("al-Sadr", "el-Sisi")
_ARTICLES = frozenset({"al", "el", "ul"})
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
        tok = tokens[i]
        if tok.shape == 0 and tok.norm not in _ARTICLES and not lexicon.starts(tok.norm):
            i += 1  # a lower-case word no phrase starts with: no hit (see _hit_at)
            continue
        free = i - 1 if i and (not hits or hits[-1].j < i) else None
        hit = _hit_at(tokens, i, lexicon, offices, day, context, free)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.j
    return hits


def _hit_at(tokens, i, lexicon, offices, day, context, free: int | None = None) -> Hit | None:
    """The hit starting at token ``i``; ``free`` is the index of the token before it when no
    earlier hit covers that token."""
    match = lexicon.match_at(tokens, i)
    if match is not None:
        if match.kind == "person" and _names_a_place(tokens, match.j):
            return None
        return None if _overtaken(tokens, match, lexicon) else Hit(match)
    tok = tokens[i]
    if tok.shape == 0 and not (tok.norm in _ARTICLES and _double_surname(tokens, i)):
        return None  # but 'al-Juwaili' may be a surname
    glued = _glued(tokens, i, lexicon)
    if glued is not None:
        return glued
    if _in_compound(tokens, i) or _names_a_place(tokens, i + 1):
        return None
    given = _given_name(tokens, free)
    end = i + 1
    key = tok.norm
    if _double_surname(tokens, i):
        # 'Martinez-Acha', 'Munkh-Orgil': the whole double name, never its first part
        end, key = i + 3, f"{tok.norm}-{tokens[i + 2].norm}"
    resolved = _surname(key, offices, day, context, given)
    if resolved is not None:
        return Hit(
            Match(i, end, (Entry("surname", (1,), country=resolved.country),)), resolved=resolved
        )
    return None


def echo_hits(tokens, hits: list[Hit], named: dict[str, tuple[int, str, Resolved]]) -> list[Hit]:
    """Surname hits on tokens no hit covers that repeat the surname of a person named earlier
    in the text: ``named`` maps a surname key to the end of that person's mention, their given
    name and resolution. A different given name before the surname ('Laura Bush' after
    'George Bush') or a place's word after it ('Mandela Foundation') names someone else."""
    covered = {k for hit in hits for k in range(hit.i, hit.j)}
    out = []
    for i, tok in enumerate(tokens):
        seen = named.get(tok.norm) if tok.shape == 1 and i not in covered else None
        if seen is None or i < seen[0] or _in_compound(tokens, i) or _names_a_place(tokens, i + 1):
            continue
        given = _given_name(tokens, i - 1) if i and i - 1 not in covered else None
        if given is not None and given != seen[1]:
            continue
        entry = Entry("surname", (1,), country=seen[2].country)
        out.append(Hit(Match(i, i + 1, (entry,)), resolved=seen[2]))
    return out


def _double_surname(tokens: list[Token], i: int) -> bool:
    """True if token ``i`` starts a hyphenated name ("Dlamini-Zuma"): a glued hyphen and a
    capitalised word follow it."""
    if i + 2 >= len(tokens):
        return False
    tok, hyphen, after = tokens[i], tokens[i + 1], tokens[i + 2]
    return (
        hyphen.norm == "-"
        and tok.end == hyphen.start
        and hyphen.end == after.start
        and after.shape == 1
        and after.norm.isalpha()
    )


#: words after a person's name that make it the name of a place or body named after them
#: ("Sharif University", "Kenyatta International Airport", "the Mandela Foundation")
_NAMED_AFTER = frozenset(
    "university universities college institute school academy hospital clinic airport stadium "
    "square street avenue road boulevard highway bridge dam port foundation prize award trophy "
    "centre center mosque library museum park hall memorial mausoleum scholarship".split()
)
_NAMED_BETWEEN = frozenset({"international", "national", "memorial", "medical", "technical"})
#: capitalised words before a surname that are no given name: honorifics, titles, and
#: sentence adverbs ("Mr Borisov", "Sheikh Sabah", "Meanwhile Sharif")
_NOT_GIVEN = frozenset(
    "mr mrs ms miss dr sir dame madam madame sheikh sheik emir prince princess king queen "
    "lord lady general gen colonel col captain capt major maj judge justice minister premier "
    "chancellor president senator sen rep gov governor mayor ambassador envoy marshal admiral "
    "comrade brother sister father imam ayatollah mullah cardinal pope bishop rabbi "
    "the a an and but or if when while as after before meanwhile later then also still yet "
    "however now today yesterday so on in at for by with from to of monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def _names_a_place(tokens: list[Token], j: int) -> bool:
    """True if the words from ``j`` make the name before them a place's or a body's."""
    if j < len(tokens) and tokens[j].norm in _NAMED_BETWEEN and tokens[j].shape == 1:
        j += 1
    return j < len(tokens) and tokens[j].shape == 1 and tokens[j].norm in _NAMED_AFTER


def _given_name(tokens: list[Token], k: int | None) -> str | None:
    """The token at ``k`` if it may be a given name: a capitalised word, neither a title nor
    an honorific nor a function word."""
    if k is None:
        return None
    tok = tokens[k]
    word = tok.norm
    if tok.shape != 1 or not word.isalpha() or word in _NOT_GIVEN or len(word) < 2:
        return None
    return word


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
        if later is None or later.j <= match.j or later.j - later.i < match.j - match.i:
            continue
        if later.kind == "sector" and match.kind != "sector":
            # 'Caribbean Community leaders', 'Ivory Coast guard': a named body or place keeps
            # its name; the common noun that runs on from its last word is its sector
            continue
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


def _surname(
    key, offices: OfficeIndex, day, context: DocumentContext | None, given: str | None = None
) -> Resolved | None:
    if context is not None and key in context.names:
        known = context.names[key]
        return Resolved(known.code, known.country, known.sector, "surname")
    res = offices.by_surname_on(key, day, given)
    if res is None:
        return None
    return Resolved(res.code, res.country, res.sector, "surname")
