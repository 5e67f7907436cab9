"""Seventh pass on the actor layer: cities as places, a capital named as a place ('in central
X', 'east of X'), agents that stand alone, armed groups known by their name's shape, and
capitalised sector words inside names. Sentences are our own."""

from __future__ import annotations

import pytest


def _found(finder, text, date="2019-06-05"):
    return [(m.text, m.code, m.how) for m in finder.find(text, date)]


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("Heavy snow closed the airport at Yekaterinburg.", "Yekaterinburg", "RUS"),
        ("Soldiers patrolled the streets of Medellin after the blast.", "Medellin", "COL"),
        ("A bomb went off near a mosque in Peshawar.", "Peshawar", "PAK"),
        ("Flooding cut roads around Mombasa overnight.", "Mombasa", "KEN"),
        ("Students rallied in Kaohsiung against the bill.", "Kaohsiung", "TWN"),
    ],
)
def test_major_cities_are_places_of_their_country(finder, text, city, code):
    assert (city, code, "location") in _found(finder, text)


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        ("Troops took up positions in central Nairobi.", "Nairobi", "KEN"),
        ("Fighting raged across northern Kabul.", "Kabul", "AFG"),
        ("Rebels seized a village east of Bangui.", "Bangui", "CAF"),
        ("Police raided a camp on the outskirts of Lima.", "Lima", "PER"),
    ],
)
def test_a_capital_named_as_a_place_is_not_its_government(finder, text, capital, code):
    assert (capital, code, "location") in _found(finder, text)


def test_a_capital_that_acts_is_still_its_government(finder):
    assert ("Nairobi", "KENGOV", "capital") in _found(finder, "Nairobi rejected the report.")


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Officers detained two men at the border post.", "Officers", "---COP"),
        ("A gunman shot three guards at the gate.", "gunman", "---REB"),
        ("Armed gangs looted the warehouse.", "Armed gangs", "---REB"),
        ("Kidnappers freed forty schoolgirls on Monday.", "schoolgirls", "---CVL"),
        ("Soldiers beat worshippers outside the church.", "worshippers", "---CVL"),
        ("The flood forced people from their homes.", "people", "---CVL"),
    ],
)
def test_common_agents_and_victims_stand_alone(finder, text, word, code):
    assert (word, code, "sector") in _found(finder, text)


def test_opposition_before_a_protest_noun_is_the_opposition(finder):
    found = _found(finder, "Police broke up an opposition rally in Harare.")
    assert any(t.startswith("opposition rally") and c == "ZWEOPP" for t, c, _ in found)


def test_an_agent_in_a_city_belongs_to_its_country(finder):
    found = _found(finder, "Prosecutors in Yekaterinburg charged the editor.")
    assert [c for _, c, _ in found] == ["RUSJUD"]


@pytest.mark.parametrize(
    "name",
    [
        "Karenni Liberation Army",
        "Ogaden National Liberation Front",
        "Patriotic Resistance Movement",
    ],
)
def test_an_armed_group_is_known_by_its_names_shape(finder, name):
    found = _found(finder, f"Jets struck {name} bases near the border.")
    assert (name, "---REB", "sector") in found


@pytest.mark.parametrize(
    "text",
    ["The Salvation Army handed out blankets.", "The Liberation Day parade was cancelled."],
)
def test_other_names_are_not_armed_groups(finder, text):
    assert not [m for m in finder.find(text) if m.code == "---REB"]


def test_a_known_group_keeps_its_table_code(finder):
    found = _found(finder, "Sudan People's Liberation Army fighters took the town.")
    assert found[0][1] == "SDNREB"
    found = _found(finder, "The People's Liberation Army held drills.")
    assert ("People's Liberation Army", "CHNMIL", "seat") in found


def test_a_capitalised_sector_word_inside_a_name_is_not_an_actor(finder):
    assert not finder.find("The Workers Party and the People's Alliance merged.")
    assert ("People", "---CVL", "sector") in _found(finder, "People fled the town.")
