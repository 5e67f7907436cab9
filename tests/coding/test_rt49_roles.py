"""Roles on real news (session 20, R3B): concern expressed about a state's act is aimed at
that state; a battle between two armed sides is fought both ways; a denial is aimed at
whoever made the charge, never at the people inside the denied act. Sentences are written
for these tests."""

import datetime as dt

import pytest
from coding_helpers import roots_of, triples

DATE = dt.date(2021, 6, 1)


@pytest.fixture(scope="module")
def coded(real_coder):
    return triples(real_coder, DATE)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway raised concerns about Ethiopia's treatment of refugees.", "NOR", "ETH"),
        ("Britain expressed alarm at Iran's decision to enrich uranium.", "GBR", "IRN"),
        ("Canada voiced concern about the Venezuelan crackdown on protesters.", "CAN", "VEN"),
        ("Japan expressed deep concern over China's military buildup.", "JPN", "CHN"),
    ],
)
def test_concern_about_a_states_act_is_aimed_at_the_state(coded, text, source, target):
    assert (source, target, "11") in roots_of(coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister expressed concern about the rising price of bread.",
        "The Secretary-General expressed alarm at events in Tajikistan.",
        "Oxfam voiced concern about the plight of Sudanese refugees.",
    ],
)
def test_concern_about_a_situation_or_its_victims_codes_nothing(coded, text):
    assert not any(c[:2] == "11" for _, _, c in coded(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ten people died in a battle between Malian soldiers and Tuareg rebels.", "MLI", "MLI"),
        ("A battle between Chadian troops and Boko Haram militants left 20 dead.", "TCD", "NGA"),
        ("Kenyan police officers were killed in a battle with al-Shabaab fighters.", "KEN", "SOM"),
    ],
)
def test_a_battle_between_armed_sides_is_fought_both_ways(coded, text, a, b):
    roots = roots_of(coded(text))
    assert (a, b, "19") in roots and (b, a, "19") in roots
    assert not any(s[:3] == t[:3] == "---" for s, t, _ in coded(text))


def test_a_legal_battle_is_no_fight(coded):
    text = "A legal battle between Chile and Peru over the maritime border ended at The Hague."
    assert not any(c[:2] == "19" for _, _, c in coded(text))


def test_victims_of_a_battle_are_none_of_its_sides(coded):
    got = coded(
        "Five civilians died during a battle between Nigerien soldiers and Boko Haram militants."
    )
    assert not any(s.endswith("CVL") or t.endswith("CVL") for s, t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian navy denies the capture of the Indonesian fishermen.",
        "Egypt denies arming the Libyan militia.",
        "Vietnam denies any involvement in the sinking of the Chinese trawler.",
    ],
)
def test_a_denial_is_not_aimed_at_the_people_inside_the_denied_act(coded, text):
    assert not any(c == "016" for _, _, c in coded(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Serbia denies Croatia's claims that it sent troops.", "SRB", "HRV"),
        ("Ecuador denied the allegations by Colombia of harbouring rebels.", "ECU", "COL"),
        ("Colombia accuses Ecuador of harbouring rebels, which Ecuador denies.", "ECU", "COL"),
        ("Hungary denies the Romanian version of events.", "HUN", "ROU"),
    ],
)
def test_a_denial_is_aimed_at_who_made_the_charge(coded, text, source, target):
    assert (source, target, "016") in coded(text)
