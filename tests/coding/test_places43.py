"""Victims and games (PL43): a bare count of people that violence befalls is no side of it
('nine people die in blasts targeting X', 'people are killed in fighting between X and Y'),
while people who do the violence stay its source; in a game told of, a contest between
players or teams of two countries is no act of either state. Every sentence is written for
this file; each family has controls."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DATE = "2019-06-11"


def _keys(coder, text):
    return by_root(coder.code(text, DATE))


# ---- victims are no side ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nine people die in a bomb attack on a bus in Quetta.",
        "Seven people die in blasts across Kano targeting members of the ruling party.",
        "At least 14 persons die in an explosion in Basra.",
    ],
)
def test_victims_are_not_the_attacker(real_coder, text):
    keys = _keys(real_coder, text)
    assert not any(k[2] in ("18", "19", "20") for k in keys), keys


@pytest.mark.parametrize(
    ("text", "one", "two"),
    [
        (
            "At least 15 people are killed in fighting between the army and rebels in North Kivu.",
            ("COD", "COD"),
            None,
        ),
        (
            "At least 8 people die in clashes between police and protesters in Nairobi.",
            ("KEN", "KEN"),
            None,
        ),
        (
            "Twenty people die in a clash between Malian soldiers and jihadists near Gao.",
            ("MLI", "MLI"),
            None,
        ),
        (
            "30 people killed in Sudan in a clash between Chadian rebels and Sudanese troops.",
            ("TCD", "SDN"),
            ("SDN", "TCD"),
        ),
    ],
)
def test_parties_of_a_fight_stay_when_victims_are_named(real_coder, text, one, two):
    events = [e for e in real_coder.code(text, DATE) if not e.flagged]
    sides = [(e.source, e.target) for e in events]
    assert sides, sides
    # no party is the dead: each event pairs two fighting parties, never the people killed
    assert all(e.source_text.lower() != "people" for e in events), sides
    assert all(e.target_text.lower() != "people" for e in events), sides
    assert {(s[:3], t[:3]) for s, t in sides} == {one} | ({two} if two else set())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hundreds of people storm a police station in Lagos.", ("NGA", "NGA", "14")),
        (
            "Police detain 40 people involved in an attack on a police station in Lyon.",
            ("FRA", "FRA", "17"),
        ),
    ],
)
def test_people_who_attack_are_kept(real_coder, text, key):
    assert key in _keys(real_coder, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Forty Yemeni fishermen were trapped in a Saudi raid on the port.",
            ("SAU", "YEMCVL", "190"),
        ),
        (
            "Twenty Afghan villagers were wounded in a Taliban attack on Sunday.",
            ("AFGREB", "AFGCVL", "190"),
        ),
    ],
)
def test_those_harmed_in_an_attack_are_its_target(real_coder, text, key):
    # the cues' words of dying and harm name who suffered an attack, for every pass
    events = [e for e in real_coder.code(text, DATE) if not e.flagged]
    assert key in {(e.source, e.target, e.code) for e in events}


def test_people_involved_in_an_attack_are_its_doers(real_coder):
    keys = _keys(
        real_coder, "Police detain 40 people involved in an attack on a police station in Lyon."
    )
    assert ("FRA", "FRA", "19") in keys


# ---- games are no acts of states ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brazil beats Argentina 3-1 in the Copa America final.",
        "Marta Lopez of Spain, partnered with Anna Kovac of Croatia, win the doubles title.",
        "Carla Ruiz of Chile beats Mei Tanaka of Japan in the final of the Madrid Open.",
        "New Zealand defeat England by 45 runs in the Test series.",
        # a score beside a name of sport, with a verb of force that is no contest verb
        "Ghana fought Togo to a 2-2 draw in rugby.",
    ],
)
def test_sporting_contest_is_not_coded(real_coder, text):
    assert _keys(real_coder, text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Police beat protesters in Minsk after the match.", ("BLR", "BLR", "17")),
        ("Iran beats Iraq in the war of attrition, officials say.", ("IRN", "IRQ", "18")),
        # violence at a game told without a score is real violence
        ("A suicide bomber killed 12 people at a football match in Baghdad.", ("IRQ", "IRQ", "18")),
        (
            "North Korea and South Korea agree to jointly host the 2030 World Cup.",
            ("PRK", "KOR", "03"),
        ),
    ],
)
def test_contest_controls(real_coder, text, key):
    assert key in _keys(real_coder, text)
