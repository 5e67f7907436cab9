"""The actor finder: tables -> phrase index -> :class:`~detente.records.Mention` list.

``find`` runs three cheap stages over a regex tokenisation (no spaCy model): phrase matching
(:mod:`~detente.actors.scan`), composition by the rules of :mod:`~detente.actors.compose`,
then sentence-level rules here:

- **Groups.** "the two sides", "both countries", "the two governments" get ``members`` when
  the sentence names exactly two countries, else the last two the document named (through the
  context); fixed groups ("North and South Korea") carry their members from the table. Vague
  collectives ("the West", "Western powers", "allies") stay uncoded (``code=None``,
  ``how="group"``).
- **Uncoded NER mentions.** Entities a caller found with spaCy (PERSON, ORG, NORP, GPE) and no
  table covers become mentions with ``code=None`` and ``how="ner"``.
- **Parties by date.** A party in ``governing.csv`` is ``GOV`` on dates it held government
  (alone or in coalition) and ``OPP`` otherwise; other parties keep their table code.
- **Memory.** Names resolved in a sentence are remembered in the :class:`DocumentContext`, so a
  later bare surname ("Abe said") resolves (``how="surname"``).
- **Stateless peoples' fighters.** Armed men or opposition groups of a people without a state
  ("Kurdish militants", "Baloch separatists", "Tuareg rebels", "Kurdish opposition groups")
  are rebels (or opposition) of the state they fight in or against: the first of the
  people's states (``_PEOPLE_STATES``) that the sentence names ("Turkish jets hit Kurdish
  rebels in northern Iraq" -> TURREB; "... in northern Syria" -> SYRREB); a people of one
  state needs no other name ("Tamil rebels" -> LKAREB).
- **Citations.** A news outlet alone in parentheses ("(BBC News)", "(Reuters)") cites the
  source of the text: no actor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from detente.actors.compose import Unit, compose
from detente.actors.lexicon import Lexicon, build_lexicon
from detente.actors.people import DocumentContext, OfficeIndex, Resolved
from detente.actors.petrarch import PetrarchEntry
from detente.actors.petrarch import load as load_petrarch
from detente.actors.scan import scan
from detente.actors.tables import SECTORS, PartyTerm, Tables, default_tables, read_table
from detente.actors.tokens import tokenize
from detente.records import Mention

NER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_COUNTRY_HOWS = frozenset(
    "country demonym capital seat location sector title office surname former person people "
    "nonstate petrarch".split()
)


def as_date(date: dt.date | str | None) -> dt.date | None:
    """Accept a date, a datetime, an ISO string (only its first 10 characters count) or None."""
    if date is None or (isinstance(date, dt.date) and not isinstance(date, dt.datetime)):
        return date
    if isinstance(date, dt.datetime):
        return date.date()
    return dt.date.fromisoformat(str(date)[:10])


class ActorFinder:
    """Finds actor mentions in text; build once and reuse (building indexes every table)."""

    def __init__(self, tables: Tables, petrarch: Iterable[PetrarchEntry] = ()) -> None:
        self.tables = tables
        self.offices = OfficeIndex(tables.officeholders)
        self.governing = _governing(tables.governing)
        self.lexicon = build_lexicon(tables)
        _add_petrarch(self.lexicon, petrarch)
        self.lexicon.finish()

    @classmethod
    def from_tables(
        cls, *paths: str | Path, petrarch: Sequence[str | Path] = (), defaults: bool = True
    ) -> ActorFinder:
        """A finder over the shipped tables (unless ``defaults=False``) plus users' tables.

        paths: CSV tables of any kind, recognised by header (see ``tables.KINDS``).
        petrarch: PETRARCH/TABARI dictionary files to merge.
        """
        tables = default_tables() if defaults else Tables()
        for path in paths:
            tables = tables.merge(read_table(path))
        entries = [entry for path in petrarch for entry in load_petrarch(path)]
        return cls(tables, entries)

    def find(
        self,
        text: str,
        date: dt.date | str | None = None,
        *,
        context: DocumentContext | None = None,
        ents: Iterable[tuple[int, int, str]] = (),
    ) -> list[Mention]:
        """Actor mentions in ``text`` (one sentence), sorted, non-overlapping.

        text (str): the sentence.
        date (date | str | None): the text's date, for office-holders.
        context (DocumentContext | None): the same object for every sentence of a document.
        ents: ``(start, end, label)`` spans from a NER model, kept as uncoded mentions.
        RETURNS (list[Mention]): mentions with offsets into ``text``.
        """
        day = as_date(date)
        tokens = tokenize(text)
        hits = scan(tokens, self.lexicon, self.offices, day, context)
        units = compose(tokens, hits, self.offices, day)
        _resolve_groups(units, context)
        if day is not None:
            _date_parties(units, day, self.governing)
        mentions = [_mention(text, tokens, u) for u in units]
        if context is not None:
            _remember(units, context)
        mentions = _armed_groups(text, mentions)
        mentions.extend(_opposition_names(text, mentions))
        mentions.extend(_ner_mentions(text, ents, mentions))
        mentions = _peoples_fighters(text, mentions)
        mentions = [m for m in mentions if not _citation(text, m)]
        return sorted(mentions, key=lambda m: (m.start, m.end))


def _add_petrarch(lexicon: Lexicon, entries: Iterable[PetrarchEntry]) -> None:
    for e in entries:
        if e.agent:
            sector = e.code.lstrip("~")[:3]
            if sector in SECTORS:
                lexicon.add(e.phrase.lower(), "sector", sector=sector)
            continue
        country = None if e.code[:3] in ("IGO", "NGO", "---") else e.code[:3]
        sector = e.code[3:6] if e.code[3:6] in SECTORS else None
        lexicon.add(
            e.phrase,
            "petrarch",
            loose=True,
            code=e.code,
            country=country,
            sector=sector,
            start=e.start,
            end=e.end,
        )


def _governing(terms: Iterable[PartyTerm]) -> dict[tuple[str, str], tuple[PartyTerm, ...]]:
    out: dict[tuple[str, str], list[PartyTerm]] = {}
    for term in terms:
        out.setdefault((term.party.lower(), term.country), []).append(term)
    return {k: tuple(v) for k, v in out.items()}


def _date_parties(units: list[Unit], day: dt.date, governing) -> None:
    """A party the governing table knows is ``GOV`` on dates it held government (alone or in
    coalition) and ``OPP`` on others, whatever its fixed code ('the ruling Likud' in 2007 is
    in opposition); parties the table does not know, and armed groups, keep their code."""
    for unit in units:
        if unit.party is None or unit.country is None or unit.sector not in ("GOV", "OPP"):
            continue
        terms = governing.get((unit.party.lower(), unit.country))
        if not terms:
            continue
        unit.sector = "GOV" if any(t.holds(day) for t in terms) else "OPP"
        unit.code = unit.country + unit.sector


def _mention(text: str, tokens, unit: Unit) -> Mention:
    start, end = tokens[unit.i].start, tokens[unit.j - 1].end
    return Mention(
        start, end, text[start:end], unit.code, unit.country, unit.sector, unit.how, unit.members
    )


def _resolve_groups(units: list[Unit], context: DocumentContext | None) -> None:
    named = []
    for unit in units:
        if unit.kind != "group" and unit.country and unit.country not in named:
            named.append(unit.country)
    pair = tuple(named) if len(named) == 2 else (context.pair if context else ())
    for unit in units:
        if unit.kind == "group" and unit.role == "pair":
            unit.members = pair
    if context is not None and len(named) == 2:
        context.pair = tuple(named)


def _remember(units: list[Unit], context: DocumentContext) -> None:
    for unit in units:
        if unit.name and (unit.country or unit.code) and unit.how in _COUNTRY_HOWS:
            context.remember(unit.name, Resolved(unit.code, unit.country, unit.sector, unit.how))


_CAP = r"(?:(?!The\b|A\b|An\b)[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,5})"
#: 'the Kachin Independence Army', 'the Patriotic Salvation Front': a name no table knows
#: that says what it is: a fighting word or a cause before an armed body's head word
_ARMED_GROUP = re.compile(
    rf"\b(?:{_CAP}(?:'s)?\s+){{0,3}}"
    r"(?:Liberation|Independence|Revolutionary|Resistance|Mujahideen|Mujahedeen|Jihad|"
    r"Insurgent|Insurgency|Guerrilla|Rebel|Patriotic)"
    rf"(?:\s+{_CAP}){{0,2}}\s+"
    r"(?:Army|Front|Movement|Brigades?|Forces|Group|Organi[sz]ation|Council|Alliance)\b"
)


def _armed_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with armed groups known by their name's shape alone: rebels of the
    country of a region their name holds ('the Ogaden National Liberation Front'), else
    country-less rebels (``---REB``) that the sentence's place may localise later."""
    out = list(mentions)
    for found in _ARMED_GROUP.finditer(text):
        start, end = found.span()
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.how != "location" or m.start < start or m.end > end for m in inside):
            continue  # a table or a demonym already says who they are
        countries = {m.code[:3] for m in inside if m.code}
        country = countries.pop() if len(countries) == 1 else None
        code = (country or "---") + "REB"
        out = [m for m in out if not any(m is n for n in inside)]
        out.append(Mention(start, end, found.group(0), code, country, "REB", "sector"))
    return out


_NAME_WORD = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'.-]*"
#: 'the main opposition United National Movement', 'the opposition Future Forward Party': a
#: party or alliance the tables do not know, named after the word that says what it is
_OPPOSITION_NAME = re.compile(
    rf"\b[Oo]pposition\s+{_NAME_WORD}(?:\s+(?:(?:for|of|and|the)\s+)?{_NAME_WORD}){{0,5}}"
)


def _opposition_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Opposition parties known by the word 'opposition' before their name: country-less
    opposition (``---OPP``) that the sentence's place or country localises later."""
    out = []
    for found in _OPPOSITION_NAME.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue  # 'opposition leader X', 'opposition MPs': a table said who they are
        out.append(Mention(start, end, found.group(0), "---OPP", None, "OPP", "sector"))
    return out


def _ner_mentions(text: str, ents, mentions: list[Mention]) -> list[Mention]:
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for start, end, label in ents:
        if label in NER_LABELS and not any(s < end and start < e for s, e in covered):
            out.append(Mention(start, end, text[start:end], None, how="ner"))
            covered.append((start, end))
    return out


#: peoples without a state of their own and the states their armed men fight in or against,
#: in order of preference when the sentence names several ('Turkish strikes on Kurdish
#: militants in Syria' -> SYR; 'in northern Iraq' -> TUR, the state the PKK fights)
_PEOPLE_STATES = {
    "kurdish": ("SYR", "TUR", "IRN"),
    "kurd": ("SYR", "TUR", "IRN"),
    "baloch": ("PAK", "IRN"),
    "baluch": ("PAK", "IRN"),
    "balochi": ("PAK", "IRN"),
    "tuareg": ("MLI", "NER"),
    "tamil": ("LKA",),
    "uighur": ("CHN",),
    "uyghur": ("CHN",),
    "rohingya": ("MMR",),
    "chechen": ("RUS",),
}
_PEOPLE_BEFORE = re.compile(
    r"\b(" + "|".join(_PEOPLE_STATES) + r")(?:\s+(?:separatist|militant|rebel|armed|opposition|"
    r"guerrilla|insurgent|nationalist|radical|militia|tiger)){0,2}\s*$",
    re.IGNORECASE,
)


def _peoples_fighters(text: str, mentions: list[Mention]) -> list[Mention]:
    """Country-less rebels or opposition after a stateless people's adjective get the state
    they fight."""
    out = []
    for m in mentions:
        # country-less, or placed by 'in Y' ('rebels in Iraq'): Y is one place they may fight
        placed = m.country is not None and " in " in m.text
        if m.how == "sector" and m.sector in ("REB", "OPP") and (m.country is None or placed):
            found = _PEOPLE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if found is not None:
                states = _PEOPLE_STATES[found.group(1).lower()]
                named = {n.country for n in mentions if (n is not m or placed) and n.country}
                country = next((c for c in states if c in named), None)
                if country is None and len(states) == 1:
                    country = states[0]
                if country is not None:
                    m = replace(m, code=country + m.sector, country=country)
        out.append(m)
    return out


def _citation(text: str, m: Mention) -> bool:
    """A news outlet (or an uncoded name) that alone fills a pair of parentheses."""
    if m.sector != "MED" and m.how != "ner":
        return False
    return text[: m.start].rstrip().endswith("(") and text[m.end :].lstrip().startswith(")")


@cache
def default_finder() -> ActorFinder:
    """The finder over the shipped tables, built on first use."""
    return ActorFinder(default_tables())


def find(
    text: str,
    date: dt.date | str | None = None,
    *,
    context: DocumentContext | None = None,
    ents: Iterable[tuple[int, int, str]] = (),
) -> list[Mention]:
    """``default_finder().find(...)``: see :meth:`ActorFinder.find`."""
    return default_finder().find(text, date, context=context, ents=ents)
