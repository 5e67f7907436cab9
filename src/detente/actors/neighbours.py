"""Passes of :func:`detente.actors.compose.compose` over the composed units that join or drop
a unit by its neighbours: coordination shares a sector (rule 7), a capital or kin noun in
apposition joins its country (rules 2 and 6), and a lone surname before ", <place>" is a
town, not a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.actors.compose import Unit
    from detente.actors.tokens import Token


#: kinship nouns: "daughter of former dictator X" is a private person of X's country
_KIN = frozenset(
    "son sons daughter daughters wife widow husband brother brothers sister sisters mother "
    "father nephew niece cousin grandson granddaughter grandsons son-in-law daughter-in-law "
    "stepson stepdaughter".split()
)
_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})


def _share_sectors(tokens: list[Token], units: list[Unit]) -> None:
    """Rule 7: "Chinese and Russian warships" -> both get the head noun's sector; a named
    person's title is theirs alone ("In Bouake, Ivory Coast, French Minister X met ...")."""
    for left, right in zip(units[-2::-1], units[:0:-1], strict=True):
        joint = [t.norm for t in tokens[left.j : right.i]]
        if (
            left.how in ("demonym", "country")
            and left.sector is None
            and right.sector is not None
            and right.kind in ("demonym", "country")
            and joint in (["and"], [","], ["or"])
            and not (joint == [","] and right.name)
        ):
            left.sector = right.sector
            left.code = (left.country or "") + right.sector
            left.how = right.how


def _share_of_sectors(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """Rule 7 for rule 5: "the armies of India and Pakistan", "the foreign ministers of Armenia,
    Azerbaijan and Georgia": each country after "and", "or" or a comma shares the sector word
    before "of", and the whole phrase becomes one unit with a member per country (the head
    noun "armies" stands for all of them)."""
    out: list[Unit] = []
    for unit in units:
        left = out[-1] if out else None
        if (
            left is not None
            and left.of_join
            and left.code is not None
            and unit.kind == "country"
            and unit.how == "country"
            and unit.sector is None
            and unit.country is not None
            and [t.norm for t in tokens[left.j : unit.i] if t.norm != "the"]
            in (["and"], [","], ["or"], [",", "and"])
        ):
            code = unit.country + (left.sector or "")
            left.members = (left.members or (left.code,)) + (code,)
            left.j = unit.j
            continue
        out.append(unit)
    return out


def _drop_town_surnames(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """ "Windsor, Ontario", "Paris, Texas": a bare surname known without context that is
    followed by a comma and a place is a town, not a person."""
    out = []
    for n, unit in enumerate(units):
        nxt = units[n + 1] if n + 1 < len(units) else None
        if (
            unit.kind == "surname"
            and unit.j - unit.i == 1
            and nxt is not None
            and nxt.how == "location"
            and [t.norm for t in tokens[unit.j : nxt.i]] == [","]
        ):
            continue
        out.append(unit)
    return out


def _capital_appositions(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """Rule 2: "the Ukrainian capital Kiev", "Syria's capital, Damascus": one place, so the
    demonym or country before "capital" joins the capital's location unit."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if unit.kind == "capital" and unit.how == "location" and prev is not None:
            between = [t.norm for t in tokens[prev.j : unit.i]]
            if (
                between in (["capital"], ["capital", ","])
                and prev.country == unit.country
                and prev.how in ("demonym", "country")
            ):
                out.pop()
                unit.i = prev.i - (1 if prev.i and tokens[prev.i - 1].norm == "the" else 0)
        out.append(unit)
    return out


def _kin_appositions(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """Rule 6: "Lucia X, daughter of former dictator Y" and "the son of President Z" are
    private people of Y's or Z's country: the bare country (``how="kin"``). The unit covers
    the kin noun and a name written just before it with a comma, so the phrase's head is
    inside it."""
    for n, unit in enumerate(units):
        k = unit.i - 1
        if k >= 0 and tokens[k].norm == "the":
            k -= 1
        if unit.country is None or k < 1 or tokens[k].norm != "of":
            continue
        kin = k - 1
        if tokens[kin].norm not in _KIN:
            continue
        start = kin
        if start and tokens[start - 1].norm in _DETERMINERS | {"a"}:
            start -= 1
        elif start >= 2 and tokens[start - 1].norm == ",":
            name = start - 1
            while name > 0 and tokens[name - 1].shape == 1 and start - 1 - name < 4:
                name -= 1
            if name < start - 1:
                start = name
        earlier = units[:n]
        if any(u.j > start for u in earlier if u.i < start):
            continue  # the name is part of an earlier actor phrase: leave both alone
        unit.i, unit.code, unit.sector, unit.how, unit.name = (
            start,
            unit.country,
            None,
            "kin",
            None,
        )
        return [u for u in earlier if u.j <= start] + units[n:]
    return units


#: nouns after a city that make it part of a name: 'the Minsk agreements', 'the Lisbon
#: Treaty', 'the Oslo Accords', 'the Camp David Accords'
_PACT_AFTER = frozenset(
    "accord accords agreement agreements treaty treaties protocol protocols convention "
    "conventions declaration charter communique memorandum statute".split()
)
#: nouns after a city that name an event held there: 'the Brussels summit', 'the Minsk
#: format'; only after an article or a preposition ('Moscow talks with X' is the government)
_EVENT_AFTER = frozenset("summit summits format process talks conference meeting".split())
_EVENT_BEFORE = frozenset("the a an this last next at during after before ahead of".split())
#: one word that may come between the city and the noun: 'the Paris climate agreement'
_PACT_MODIFIERS = frozenset(
    "climate peace nuclear trade security ceasefire cease-fire framework peace-keeping "
    "accession".split()
)
#: nouns before 'of' that make the city after part of a name: 'the Treaty of Lisbon'
_PACT_BEFORE = _PACT_AFTER | frozenset({"congress", "conference", "peace", "summit"})
#: kinds of unit that are a city (a capital, a seat, a place) rather than a country
_CITY_KINDS = frozenset({"capital", "seat", "place", "igo"})


#: cities that also stand for an IGO ('Brussels' for the EU)
_IGO_CITIES = frozenset({"brussels"})


def _city(tokens: list[Token], unit: Unit) -> bool:
    if unit.kind not in _CITY_KINDS or unit.sector not in (None, "GOV"):
        return False
    # an IGO only where a seat city stands for it ('the Brussels summit'), never 'the G20'
    return unit.kind != "igo" or (unit.j - unit.i == 1 and tokens[unit.i].norm in _IGO_CITIES)


def _in_a_pact_name(tokens: list[Token], unit: Unit) -> bool:
    """ "the Treaty of Lisbon", "the Minsk agreements", "the Paris climate accord", "the
    Brussels summit": a city named in the name of a pact or a meeting is neither an actor nor
    the place of the sentence's events."""
    i, j = unit.i, unit.j
    if i >= 2 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _PACT_BEFORE:
        return True
    if j < len(tokens) and tokens[j].norm in ("'s", "'"):
        return False  # 'Minsk's agreement with X' is the government's
    k = j
    if k < len(tokens) and tokens[k].norm in _PACT_MODIFIERS:
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].norm in _PACT_AFTER:
        return True
    return tokens[k].norm in _EVENT_AFTER and i > 0 and tokens[i - 1].norm in _EVENT_BEFORE


def _drop_pact_names(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """Drop a city that only names a pact or a meeting (see :func:`_in_a_pact_name`)."""
    return [u for u in units if not (_city(tokens, u) and _in_a_pact_name(tokens, u))]


#: what may follow a country named after a city and a comma for the country to be the
#: city's ('a summit in Brussels, Belgium, on Monday'): punctuation, or a preposition
_AFTER_PLACE = frozenset(
    ", . ; : ) ( on in at for from to during after before over where when as amid".split()
)


def _places_after_city(tokens: list[Token], units: list[Unit]) -> list[Unit]:
    """ "a summit in Brussels, Belgium", "talks in Doha, Qatar, on Sunday": a country after a
    city's place and a comma is where the city is, not an actor (it ends the phrase: 'in
    Geneva, Russia agreed' keeps Russia)."""
    for left, right in zip(units, units[1:], strict=False):
        if (
            left.sector is not None
            and left.how == "sector"
            and left.country is not None
            and right.kind == "country"
            and right.country not in (None, left.country)
            and left.j - left.i >= 3
            and tokens[left.j - 2].norm == "in"
            and [t.norm for t in tokens[left.j : right.i]] == [","]
            and (right.j == len(tokens) or tokens[right.j].norm in _AFTER_PLACE)
        ):
            # 'police in Tripoli, Lebanon': the city of that name in the country after it
            left.country, left.code = right.country, right.country + left.sector
            right.how, right.code = "location", right.country
            continue
        if (
            left.how == "location"
            and right.kind == "country"
            and right.how == "country"
            and right.sector is None
            and [t.norm for t in tokens[left.j : right.i]] == [","]
            and (right.j == len(tokens) or tokens[right.j].norm in _AFTER_PLACE)
        ):
            right.how, right.code = "location", right.country
            if left.country != right.country and left.kind in ("capital", "place"):
                # 'Tripoli, Lebanon', 'Valencia, Venezuela': the city of that name there
                left.code = left.country = right.country
    return units
