"""The phrase index: token tuples -> entries, matched longest-first at each token.

This is the whole "automaton": a dict keyed by normalised token tuples plus, per first token,
the longest key length. Finding the longest entry at a position costs a few dict look-ups, so a
sentence is matched in microseconds, far below what parsing costs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from detente.actors.tables import Officeholder, Tables
from detente.actors.tokens import Token, phrase_tokens


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase stands for. ``needs`` gives each token's case requirement."""

    kind: str
    needs: tuple[int, ...]
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    alone: str = "no"
    members: tuple[str, ...] = ()
    person: Officeholder | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    party: str | None = None  # a non-state row's name, for its spells in government
    #: spells in government of an armed group (``governing.csv``): it is GOV on those dates
    ruled: tuple[tuple[dt.date, dt.date | None], ...] = ()

    def fits(self, tokens: list[Token], i: int) -> bool:
        return all(need <= tokens[i + k].shape for k, need in enumerate(self.needs))


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``i`` to ``j`` (exclusive) matched ``entries`` (all of one kind)."""

    i: int
    j: int
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    @property
    def entry(self) -> Entry:
        return self.entries[0]


_LOOSE_FREE = frozenset("the of and for de la al el bin du des von van".split())

#: order of precedence when one phrase is in several tables (earlier wins)
_PRECEDENCE = (
    "stop",
    "group",
    "igo",
    "nonstate",
    "seat",
    "person",
    "country",
    "capital",
    "people",
    "demonym",
    "place",
    "petrarch",
    "title",
    "sector",
)


class Lexicon:
    """Phrases of every table, indexed for longest-match look-up."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._longest: dict[str, int] = {}

    def add(self, phrase: str, kind: str, *, loose: bool = False, **fields) -> None:
        """Index ``phrase``; ``loose`` (for all-caps dictionaries) asks only that words other
        than function words be capitalised in the text."""
        keys, needs = phrase_tokens(phrase)
        if not keys:
            return
        if loose:
            needs = tuple(0 if k in _LOOSE_FREE or not k.isalpha() else 1 for k in keys)
        self._index[keys].append(Entry(kind, needs, **fields))
        self._longest[keys[0]] = max(self._longest.get(keys[0], 0), len(keys))

    def add_all(self, phrases: Iterable[str], kind: str, **fields) -> None:
        for phrase in phrases:
            self.add(phrase, kind, **fields)

    def finish(self) -> Lexicon:
        """Sort each key's entries by kind precedence; within a kind, the last added (a
        user's table, read after the shipped ones) comes first."""
        rank = {k: n for n, k in enumerate(_PRECEDENCE)}
        for key, entries in self._index.items():
            order = sorted(enumerate(entries), key=lambda p: (rank.get(p[1].kind, 99), -p[0]))
            self._index[key] = [entry for _, entry in order]
        return self

    def starts(self, norm: str) -> bool:
        """Whether some phrase starts with this token key."""
        return norm in self._longest

    def lookup(self, keys: tuple[str, ...]) -> list[Entry]:
        return self._index.get(keys, [])

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """The longest entry starting at token ``i`` whose case requirements hold."""
        longest = self._longest.get(tokens[i].norm)
        if longest is None:
            return None
        norms = tuple(t.norm for t in tokens[i : i + longest])
        for n in range(len(norms), 0, -1):
            entries = self._index.get(norms[:n])
            if entries:
                fitting = [e for e in entries if e.fits(tokens, i)]
                if fitting:
                    kind = fitting[0].kind
                    return Match(i, i + n, tuple(e for e in fitting if e.kind == kind))
        return None


def build_lexicon(tables: Tables) -> Lexicon:
    """Index every phrase of ``tables``."""
    lex = Lexicon()
    for c in tables.countries:
        lex.add_all(c.names, "country", code=c.code, country=c.code)
        lex.add_all(c.demonyms, "demonym", code=c.code, country=c.code)
        lex.add_all(c.people, "people", code=c.code, country=c.code)
        lex.add_all(c.capitals, "capital", code=c.code, country=c.code)
    for p in tables.seats:
        lex.add_all(
            p.phrases, "seat", code=p.country + (p.sector or ""), country=p.country, sector=p.sector
        )
    for p in tables.igos:
        lex.add_all(p.phrases, "igo", code=p.code, country=p.country, sector=p.sector)
    spells: dict[tuple[str, str], list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
    for term in tables.governing:
        spells[(term.party.lower(), term.country)].append((term.start, term.end))
    for p in tables.nonstate:
        fields = {"code": p.code, "country": p.country, "sector": p.sector}
        ruled = tuple(spells.get((p.phrases[0].lower(), p.country or ""), ()))
        if p.sector != "REB":
            ruled = ()  # parties are dated by the finder (GOV or OPP), armed groups here
        lex.add_all(p.phrases, "nonstate", party=p.phrases[0], ruled=ruled, **fields)
    for p in tables.sectors:
        lex.add_all(p.phrases, "sector", sector=p.sector, alone=p.alone)
    for p in tables.titles:
        lex.add_all(p.phrases, "title", sector=p.sector, role=p.role)
    for p in tables.groups:
        lex.add_all(p.phrases, "group", sector=p.sector, members=p.members, role=p.role)
    for p in tables.places:
        lex.add_all(p.phrases, "place", code=p.country, country=p.country)
    for p in tables.stoplist:
        lex.add_all(p.phrases, "stop")
    for person in tables.officeholders:
        lex.add_all((person.name, *person.aliases), "person", country=person.country, person=person)
    return lex
