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
            and [t.norm for t in tokens[left.j : unit.i]] in (["and"], [","], ["or"], [",", "and"])
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
