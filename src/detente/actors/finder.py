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
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from detente.actors.compose import Unit, compose
from detente.actors.lexicon import Lexicon, build_lexicon
from detente.actors.people import DocumentContext, OfficeIndex, Resolved, surname_keys
from detente.actors.petrarch import PetrarchEntry
from detente.actors.petrarch import load as load_petrarch
from detente.actors.scan import Hit, echo_hits, scan
from detente.actors.tables import (
    SECTORS,
    Allegiance,
    PartyTerm,
    People,
    Tables,
    default_tables,
    read_table,
)
from detente.actors.tokens import normalise, tokenize
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
        self.peoples = _Peoples(tables.peoples, tables.sectors)
        self.allegiance = tuple(_Allegiance.of(r) for r in tables.allegiance)
        self.compounds = _compound_demonyms(tables.countries)
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
        echoes = _echoes(tokens, hits, units)
        if echoes:
            hits = sorted(hits + echoes, key=lambda hit: hit.i)
            units = compose(tokens, hits, self.offices, day)
        _resolve_groups(units, context)
        if day is not None:
            _date_parties(units, day, self.governing)
        mentions = [_mention(text, tokens, u) for u in units]
        if context is not None:
            _remember(units, context)
        mentions = _armed_groups(text, mentions)
        if self.compounds and len(mentions) > 1:
            mentions = _shared_head(text, mentions, self.compounds)
        mentions = _bloc_anaphors(text, mentions)
        mentions.extend(_opposition_names(text, mentions))
        mentions.extend(_ner_mentions(text, ents, mentions))
        mentions = _peoples(text, mentions, self.peoples)
        mentions = _pakistani_taliban(mentions)
        mentions = _allegiance(text, mentions, day, self.allegiance)
        mentions = [m for m in mentions if not _citation(text, m) and not _currency(text, m)]
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


def _echoes(tokens, hits: list[Hit], units: list[Unit]) -> list[Hit]:
    """Surname hits for the bare surnames of people this text named in full before them ('US
    envoy George Mitchell arrived. Mitchell met ...'): what the :class:`DocumentContext` does
    across sentences, done within one text."""
    named: dict[str, tuple[int, str, Resolved]] = {}
    for unit in units:
        if unit.name and " " in unit.name and (unit.country or unit.code):
            if unit.how in _COUNTRY_HOWS:
                resolved = Resolved(unit.code, unit.country, unit.sector, "surname")
                given = normalise(unit.name.split()[0])
                for key in surname_keys(unit.name):
                    named.setdefault(key, (unit.j, given, resolved))
    return echo_hits(tokens, hits, named) if named else []


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


#: 'the bloc', 'the alliance's members': a body named earlier in the sentence
_BLOC_ANAPHOR = re.compile(r"\b[Tt]he (?:bloc|alliance|grouping|organi[sz]ation)\b(?!-)")


def _compound_demonyms(countries: Iterable) -> dict[str, tuple[str, ...]]:
    """Country code -> its demonyms of two words or more, lower-cased ('greek cypriot')."""
    out: dict[str, list[str]] = {}
    for country in countries:
        for name in (*country.demonyms, *country.people):
            name = name.strip().lower()
            if " " in name:  # 'turkish cypriots' stands for 'turkish cypriot' too
                out.setdefault(country.code, []).extend({name, name.removesuffix("s")})
    return {code: tuple(names) for code, names in out.items()}


_COORDINATOR = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _shared_head(
    text: str, mentions: list[Mention], compounds: dict[str, tuple[str, ...]]
) -> list[Mention]:
    """'Greek and Turkish Cypriots', 'Greek or Turkish Cypriot leaders': a demonym joined to
    a compound demonym of another country ('Turkish Cypriot') shares its head, and so its
    actor, when 'demonym + the rest' is a compound demonym of that country too."""
    out = _split_compounds(text, sorted(mentions, key=lambda m: m.start), compounds)
    ordered = list(out)
    for first, second in zip(ordered, ordered[1:], strict=False):
        lone = first.how == "demonym" or (first.how == "sector" and " " not in first.text)
        if not lone or not second.code or " " not in second.text:
            continue  # 'Greek' alone, or 'Greek' given the sector of 'Greek and X troops'

        names = compounds.get(second.code[:3])
        if not names or not _COORDINATOR.fullmatch(text[first.end : second.start]):
            continue
        own = second.text.lower()
        if not any(own == n or own.startswith(n + " ") for n in names):
            continue
        shared = f"{first.text} {second.text.split(' ', 1)[1]}".lower()
        if any(shared == n or shared.startswith(n + " ") for n in names):
            kept = replace(first, code=second.code, country=second.country, how=second.how)
            kept = replace(kept, sector=second.sector)
            out = [kept if m is first else m for m in out]
    return out


def _split_compounds(
    text: str, ordered: list[Mention], compounds: dict[str, tuple[str, ...]]
) -> list[Mention]:
    """'Turkish Cypriot leaders' found as 'Turkish' and 'Cypriot leaders': one actor of the
    country whose compound demonym the two make, when the second names a sector (a bare
    'Turkish Cypriot' is left alone: the tables list the compounds they mean as actors)."""
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.how == "demonym"
            and m.code
            and m.sector
            and text[prev.end : m.start] == " "
        ):
            joined = f"{prev.text} {m.text}".lower()
            if any(joined.startswith(n + " ") for n in compounds.get(m.code[:3], ())):
                out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end])
                continue
        out.append(m)
    return out


def _bloc_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Armenia will leave the CSTO, ... accusing members of the bloc of ...': 'the bloc',
    'the alliance' right after 'the' (no name or adjective of its own) is the one
    international body the sentence named before it."""
    out = list(mentions)
    for found in _BLOC_ANAPHOR.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in out):
            continue
        bodies = {m.code for m in mentions if m.end <= start and m.how == "igo" and m.code}
        if len(bodies) != 1:
            continue
        code = bodies.pop()
        out.append(Mention(start, end, found.group(0), code, None, None, "igo"))
    return out


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


#: words between a people's adjective and its noun ("Kurdish militia fighters", "Tigrayan
#: regional forces"); a fighting word makes leaders or forces rebels, 'opposition' opposition
_PEOPLE_MODIFIERS = (
    "separatist|militant|rebel|armed|insurgent|guerrilla|militia|nationalist|radical|ethnic|"
    "regional|local|tribal|paramilitary|elite|Muslim|Christian|Islamist|opposition|community|"
    "youth|student|self-defen[cs]e|independence|political|religious|civilian|civil|special"
)
_WORDS = re.compile(r"[\w']+")
_FIGHTING = re.compile(r"separatist|militant|rebel|armed|insurgent|guerrilla|militia", re.I)


#: 'in Syria', 'of northern Iraq': the words that place a people in the state named next
_IN_PLACE = re.compile(r"\b(?:in|of)\s+(?:(?:the\s+)?(?:north|south|east|west)\w*\s+)?$", re.I)


class _Peoples:
    """The peoples of ``peoples.csv`` and the sector nouns that may follow their adjective."""

    def __init__(self, peoples: Sequence[People], sectors: Sequence) -> None:
        self.by_name = {n: p for p in peoples for n in p.names}
        self.by_member = {n: p for p in peoples for n in p.members}
        self.noun_sector: dict[str, str] = {}
        for row in sectors:
            for phrase in row.phrases:
                self.noun_sector.setdefault(phrase.lower(), row.sector)
        self.pattern = None
        if self.by_name and self.noun_sector:
            names = "|".join(re.escape(n) for n in sorted(self.by_name, key=len, reverse=True))
            nouns = sorted(self.noun_sector, key=len, reverse=True)
            self.pattern = re.compile(
                rf"(?<![\w-])(?P<name>{names})(?:-led)?\s+"
                rf"(?P<mods>(?:(?i:{_PEOPLE_MODIFIERS})\s+){{0,2}})"
                rf"(?P<noun>{'|'.join(re.escape(n) for n in nouns)})\b(?!'s)"
            )
        # the first word of every name, to pass over at once the texts that hold none
        self.first_words = frozenset(_WORDS.findall(n)[0] for n in [*self.by_name, *self.by_member])
        self.members = None
        if self.by_member:
            words = "|".join(re.escape(n) for n in sorted(self.by_member, key=len, reverse=True))
            self.members = re.compile(rf"(?<![\w-])(?:{words})\b")

    def state(self, people: People, named: set[str]) -> str | None:
        if people.states == ("*",):
            return next(iter(named)) if len(named) == 1 else None
        found = next((s for s in people.states if s in named), None)
        if found is None and len(people.states) == 1:
            return people.states[0]
        return found or people.default

    def sector(self, people: People, noun: str, mods: str, state: str | None) -> str | None:
        sector = self.noun_sector[noun.lower()]
        armed_noun = sector == "MIL" or (sector == "COP" and "forces" in noun.lower())
        if sector in ("GOV", "MIL") or armed_noun:
            if _FIGHTING.search(mods):
                return "REB"
            if "opposition" in mods.lower():
                return "OPP"
        if armed_noun:
            return people.armed_sector(state) or sector
        if sector == "GOV":
            return people.leaders_sector(state)
        return sector


def _peoples(text: str, mentions: list[Mention], peoples: _Peoples) -> list[Mention]:
    """Sector nouns after the adjective of a people inside states ("Tigrayan forces",
    "Kashmiri protesters", "Catalan leaders") and plural names of such peoples ("Tigrayans")
    become actors of the people's state: the state a possessive names ("Bahrain's Shi'ite
    opposition"), else the first of its states that the sentence names, else its default
    state; armed bodies and leaders get the people's own sectors (in that state)."""
    out = list(mentions)
    found = []
    if peoples.first_words.isdisjoint(_WORDS.findall(text)):
        return out
    if peoples.pattern is not None:
        for m in peoples.pattern.finditer(text):
            phrase = (m.group("noun"), m.group("mods"))
            found.append((m.start(), m.end(), peoples.by_name[m.group("name")], phrase))
    if peoples.members is not None:
        for m in peoples.members.finditer(text):
            found.append((m.start(), m.end(), peoples.by_member[m.group(0)], None))
    for start, end, people, phrase in found:
        inside = [n for n in out if n.start < end and start < n.end]
        if any(n.start < start for n in inside):
            continue  # an actor that begins before the people's name holds it
        owner = next(
            (
                n
                for n in out
                if n.end == start - 1 and (n.text.endswith("'s") or n.how == "demonym")
            ),
            None,
        )
        if owner is not None and owner.country and owner.sector is None:
            inside.append(owner)  # "Turkey's Kurds", "Syrian Kurds"
            state = owner.country
        else:
            owner = None
            placed = {n.country for n in inside if n.end > end and n.country}
            named = {n.country for n in out if n.country and not any(n is i for i in inside)}
            if phrase is None and not people.default and len(people.states) > 1:
                # bare "Kurds": a country named nearby may as well be their foe, so only
                # the one state of theirs that the sentence names (or places them in) holds
                # (a state they are placed in: a town, 'in northern Iraq'), not one named
                # as an actor ('Kurds accused Iran')
                # a place after a later mention of the same people is that mention's ('Kurds
                # clashed with Turkish police over Kurds besieged in a Syrian town')
                again = [s for s, _e, p, _ph in found if p is people and s > start]
                until = min(again, default=len(text))
                homes = {
                    n.country
                    for n in out
                    if n.country in people.states
                    and n.start < until
                    and (n.how == "location" or _IN_PLACE.search(text, 0, n.start))
                }
                if not homes:
                    # police work at home: 'Kurds clashed with Turkish police' are in Turkey
                    homes = {n.country for n in out if n.sector == "COP" and n.country}
                    homes &= set(people.states)
                if len(homes) != 1:
                    continue
                state = next(iter(homes))
            else:
                state = peoples.state(people, placed | named)
        sector = "CVL" if phrase is None else peoples.sector(people, *phrase, state)
        if sector is None or (sector == "REF" and inside):
            continue
        noun_at = end - len(phrase[0]) if phrase else start
        if any(
            n.how in ("nonstate", "petrarch") and n.end > noun_at and n.sector == sector
            for n in inside
        ):
            continue  # a table row already says who they are
        first = owner.start if owner is not None else start
        stop = max([end] + [n.end for n in inside])
        out = [n for n in out if not any(n is i for i in inside)]
        code = (state or "---") + sector
        out.append(Mention(first, stop, text[first:stop], code, state, sector, "sector"))
    return out


_FIGHTERS = re.compile(r"\b(?:militants|fighters|insurgents|gunmen|commanders)\b", re.I)


def _pakistani_taliban(mentions: list[Mention]) -> list[Mention]:
    """Taliban fighters in a sentence that places them in Pakistan and names no Afghan place
    are the Pakistani Taliban (rebels of Pakistan), not Afghanistan's."""
    named = {m.country for m in mentions if m.country and "Taliban" not in m.text}
    if "PAK" not in named or "AFG" in named:
        return mentions
    return [
        replace(m, code="PAKREB", country="PAK")
        if m.code == "AFGREB" and "Taliban" in m.text and _FIGHTERS.search(m.text)
        else m
        for m in mentions
    ]


@dataclass(frozen=True)
class _Allegiance:
    """An ``allegiance.csv`` row (:class:`~detente.actors.tables.Allegiance`) ready to match:
    the words before its noun as one pattern ('pro-Russian separatists', 'pro-Moscow armed
    rebels': one word may stand between)."""

    row: Allegiance
    before: re.Pattern | None

    @classmethod
    def of(cls, row: Allegiance) -> _Allegiance:
        if not row.before:
            return cls(row, None)
        alts = "|".join(re.escape(w) for w in sorted(row.before, key=len, reverse=True))
        return cls(row, re.compile(rf"(?<![\w-])(?i:{alts})\s+(?:[a-z][\w-]*\s+)?$"))


def _allegiance(
    text: str, mentions: list[Mention], day: dt.date | None, rows: Sequence[_Allegiance]
) -> list[Mention]:
    """Country-less agents whose state is who they are: settlers in a sentence about Israel
    or the Palestinian territories are Israeli civilians, and 'pro-Russian separatists' (since
    2014) are rebels of Ukraine, the state they fight in, unless the sentence names another
    state where such fighters are found; the country of the words nearby ('Palestinian',
    'Russian') would be the wrong one."""
    if not any(m.code and m.code.startswith("---") and m.how == "sector" for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if m.code and m.code.startswith("---") and m.how == "sector":
            named = {n.country for n in mentions if n is not m and n.country}
            # a town or region of another state places them there ('in Basra')
            placed = {n.country for n in mentions if n.how == "location" and n.country}
            found = next((r for r in rows if _fits(r, m, text, named, placed, day)), None)
            if found is not None:
                row = found.row
                m = replace(m, code=row.country + row.sector, country=row.country)
        out.append(m)
    return out


def _fits(
    rule: _Allegiance,
    m: Mention,
    text: str,
    named: set[str],
    placed: set[str],
    day: dt.date | None,
) -> bool:
    row = rule.row
    # 'pro-Russian forces', 'Moscow-backed troops': armed men of a side are its rebels
    irregular = m.sector == "MIL" and row.sector == "REB" and rule.before is not None
    if (m.sector != row.sector and not irregular) or (
        row.since is not None and (day is None or day < row.since)
    ):
        return False
    words = m.text.lower().split()
    if row.nouns and (not words or words[-1] not in row.nouns):
        return False
    if rule.before is not None and not rule.before.search(text[: m.start]):
        return False
    if row.named and set(row.named).isdisjoint(named):
        return False
    if placed - set(row.named) - {row.country}:
        return False
    return set(row.unless).isdisjoint(named)


def _currency(text: str, m: Mention) -> bool:
    """A country's name glued to a currency sign: 'US$313 million', 'HK$2 billion'."""
    return text[m.end : m.end + 1] in ("$", "¥", "£", "€")


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
