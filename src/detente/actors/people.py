"""Named people: resolution by date through the office-holders table, and document memory.

Rules:

- A name in office on the date (``start <= date <= end``, both inclusive) gets the code of that
  term: country + sector (the country alone for a private person), or the term's own code
  for the head of an IGO ("Ban Ki-moon" in 2010 -> IGOUNO, with no country)
  (``how="office"``). When several terms hold (a president who is also party leader), the
  first in table order wins.
- A name with no term on the date but one that ended before it gets the country only, that
  of the latest term ended (``how="former"``; a former IGO head gets the nationality); a
  name whose terms all start later gets the country only (``how="person"``).
- A bare surname resolves through the :class:`DocumentContext` (a full name seen earlier in the
  same document); without context, through the office-holders in office on the date with
  that surname (``how="surname"``): one gives its code; several of one country give that
  country and the sector they share ("two ministers of one government" -> ``XXXGOV``), or
  the country alone when their sectors differ; several of different countries give nothing.
  Private people (role ``private``: dissidents,
  magnates, militants) count only through the context. Month names, words of two letters
  or less, words that are a given name anywhere in the table ("Omar", "Abu", "Rashid") and
  surnames that are common words or title abbreviations ("Key", "Long", "Sen.", "Gen.")
  never count as surnames without context.
- A surname right after a given name the table does not know for it ("Yuri Borisov" when
  the table's Borisov is Boyko, "Mary Chan" when it is Margaret) names someone else: only
  holders with that given name in some spelling ("Tayyip Erdogan", "Mohammad"/"Muhammed")
  count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from detente.actors.tables import Officeholder
from detente.actors.tokens import normalise

_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


#: surnames of office-holders that are also common English words or abbreviated titles
#: ("Key said" may be John Key, but "Key figures said" is not; "Sen. X" is a senator):
#: a capitalised one at a sentence's start is no name, so alone they never resolve
_COMMON_WORDS = frozenset(
    "key long back day young gang fall soon won tax grave struck sen gen rep gov col capt sgt "
    "lt maj rev prof".split()
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome of a rule, before it becomes a :class:`~detente.records.Mention`."""

    code: str | None
    country: str | None
    sector: str | None
    how: str
    members: tuple[str, ...] = ()


#: generational suffixes after a surname
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname_keys(name: str) -> tuple[str, ...]:
    """Keys by which a bare surname may refer to ``name``.

    The last word ("Shinzo Abe" -> "abe"); with a hyphenated given name, also the first word,
    as East Asian names put the family name first ("Ban Ki-moon" -> "ban"). A one-word alias
    in the table ("Xi") is its own key.
    """
    words = name.split()
    while len(words) > 1 and normalise(words[-1]) in _SUFFIXES:
        words.pop()  # 'Teodoro Locsin Jr.' is Locsin
    if not words:
        return ()
    keys = [normalise(words[-1])]
    if len(words) > 1 and "-" in words[-1]:
        keys.append(normalise(words[0]))
    return tuple(keys)


def _in_office(term: Officeholder) -> Resolved:
    if term.code is not None and term.code[:3] in ("IGO", "NGO", "---"):
        return Resolved(term.code, None, None, "office")
    return Resolved(term.office_code, term.country, term.sector, "office")


def resolve_terms(terms: tuple[Officeholder, ...], day: dt.date | None) -> Resolved:
    """Code of a person given all their terms and the date of the text."""
    if day is None:
        current = [t for t in terms if t.end is None]
        if current:
            return _in_office(current[0])
        return Resolved(terms[-1].country, terms[-1].country, None, "former")
    for term in terms:
        if term.holds(day):
            return _in_office(term)
    past = [t for t in terms if t.end is not None and t.end < day]
    term = max(past, key=lambda t: t.end) if past else terms[0]
    return Resolved(term.country, term.country, None, "former" if past else "person")


def _given_names(name: str) -> list[str]:
    """Words of ``name`` that are surely given names: all but the last, or none when the last
    is hyphenated, as it may be an East Asian given name after the family name ("Ban
    Ki-moon") or a double surname ("Dlamini-Zuma")."""
    words = name.split()
    if "-" in words[-1]:
        return []
    return words[:-1]


class OfficeIndex:
    """Terms grouped by person, and persons by surname."""

    def __init__(self, rows: tuple[Officeholder, ...]) -> None:
        by_name: dict[str, list[Officeholder]] = defaultdict(list)
        for row in rows:
            by_name[normalise(row.name)].append(row)
        self.terms = {k: tuple(v) for k, v in by_name.items()}
        by_surname: dict[str, set[str]] = defaultdict(set)
        # private people (role "private") take no part in the surname rule without context
        public = {k: v for k, v in self.terms.items() if any(t.role != "private" for t in v)}
        for key, terms in public.items():
            for name in (terms[0].name, *terms[0].aliases):
                for skey in surname_keys(name):
                    by_surname[skey].add(key)
        given = {normalise(w) for key in public for w in _given_names(key)}
        self.by_surname = {
            k: tuple(sorted(v))
            for k, v in by_surname.items()
            if len(k) > 2 and k not in given and k not in _MONTHS and k not in _COMMON_WORDS
        }

    def terms_of(self, person: Officeholder) -> tuple[Officeholder, ...]:
        return self.terms.get(normalise(person.name), (person,))

    def by_unique_surname(self, key: str, day: dt.date | None) -> tuple[Officeholder, ...]:
        """Terms of the one person with this surname in office on ``day``, or ``()``."""
        holders = self._holders(key, day)
        return holders[0] if len(holders) == 1 else ()

    def by_surname_on(
        self, key: str, day: dt.date | None, given: str | None = None
    ) -> Resolved | None:
        """What a bare surname says on ``day``: the code of the one office-holder with it;
        for several, what they share: their country and sector ('two ministers of one
        government': ``XXXGOV``), or their country alone when their sectors differ; None
        when no one holds office or the holders are of different countries. ``given``, a
        capitalised word right before the surname, keeps only holders with that given name (in
        any spelling)."""
        holders = self._holders(key, day)
        if given:
            holders = [terms for terms in holders if _same_given(terms[0], given)]
        if not holders:
            return None
        codes = [resolve_terms(terms, day) for terms in holders]
        if len(codes) == 1:
            return codes[0]
        countries = {c.country for c in codes}
        if len(countries) != 1 or None in countries:
            return None
        country = countries.pop()
        sectors = {c.sector for c in codes}
        sector = sectors.pop() if len(sectors) == 1 else None
        return Resolved(country + (sector or ""), country, sector, "office")

    def _holders(self, key: str, day: dt.date | None) -> list[tuple[Officeholder, ...]]:
        if day is None:
            return []
        return [
            self.terms[n]
            for n in self.by_surname.get(key, ())
            if any(t.holds(day) for t in self.terms[n])
        ]


def _skeleton(word: str) -> str:
    """A given name's consonants, doubled letters once: spellings of one name share it
    ("Mohammad", "Muhammed" -> "mhmd"; "Yuri", "Yury" -> "r"), different names rarely do
    ("Mary" -> "mr", "Margaret" -> "mrgrt")."""
    out = ""
    for ch in normalise(word):
        if ch.isalpha() and ch not in "aeiouy" and not out.endswith(ch):
            out += ch
    return out


def _same_given(person: Officeholder, given: str) -> bool:
    """Is ``given`` one of ``person``'s given names (by name or alias), in any spelling? An
    initial ("K.") matches a name of that initial."""
    key = _skeleton(given)
    for name in (person.name, *person.aliases):
        for word in name.split()[:-1]:
            norm = normalise(word)
            if len(given) == 1 or len(norm) == 1:
                if norm[:1] == given[:1]:
                    return True
            elif norm == given or (key and _skeleton(norm) == key):
                return True
    return False


@dataclass
class DocumentContext:
    """What one document has said so far: pass the same object for all its sentences, in order.

    ``names`` maps a surname key to the resolution of the full name it was last seen with;
    ``pair`` keeps the last two countries a sentence named, for "the two sides".
    """

    names: dict[str, Resolved] = field(default_factory=dict)
    pair: tuple[str, ...] = ()

    def remember(self, name: str, resolved: Resolved) -> None:
        if resolved.country or resolved.code:
            for key in surname_keys(name):
                self.names[key] = resolved
