"""Eighth pass on ``localise``: a country-less group belongs to the national actor it is tied
to (its possessor, the vehicle or post it serves in, the government it meets at a venue)
before the country of the place; peacekeepers are an organisation's; a worldwide crowd has
no country. Sentences are our own."""

from __future__ import annotations

import pytest

from detente import actors
from detente.coding.pipeline import localise


def _codes(text: str, date: str = "2016-03-09") -> dict[str, str | None]:
    return {m.text: m.code for m in localise(actors.find(text, date), text)}


def _code_of(text: str, word: str) -> str | None:
    found = _codes(text)
    return next(code for phrase, code in found.items() if phrase.startswith(word))


def test_a_possessor_owns_its_troops_before_the_place_they_are_in():
    text = "Ghana's neighbours asked Togo to pull its troops out of eastern Benin by Friday."
    assert _code_of(text, "troops") == "TGOMIL"


def test_a_possessive_pronoun_skips_a_bare_adjective_of_a_thing():
    text = "Chile dismissed Peruvian complaints, saying its warships would stay off Arica."
    assert _code_of(text, "warships") == "CHLMIL"


def test_an_organisation_owns_its_monitors():
    text = "The OSCE said on Monday its peacekeepers in Abkhazia had been shot at."
    assert _code_of(text, "peacekeepers").startswith("IGO")


def test_the_crew_of_a_national_vehicle_is_that_force():
    text = (
        "A mine ripped through a Malian army convoy near the Burkinabe frontier, "
        "killing six soldiers."
    )
    assert _code_of(text, "soldiers") == "MLIMIL"


def test_without_a_vehicle_the_place_still_decides():
    text = "Malian troops said rebels near the Burkinabe frontier killed six soldiers."
    assert _code_of(text, "soldiers") == "BFAMIL"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "Sudan's government broke off talks with the rebels in Nairobi on Tuesday.",
            "rebels",
            "SDNREB",
        ),
        (
            "Qatar mediated between Chad's government and opposition groups in Doha.",
            "opposition",
            "TCDOPP",
        ),
    ],
)
def test_a_side_meeting_its_government_in_a_foreign_capital_is_that_governments(text, word, code):
    assert _code_of(text, word) == code


def test_a_side_in_a_region_keeps_the_regions_country():
    text = "Sudan's government broke off talks with the rebels in Darfur on Tuesday."
    assert _code_of(text, "rebels") == "SDNREB"
    text = "Norway's government held talks with the rebels in Donbas on Tuesday."
    assert _code_of(text, "rebels") == "UKRREB"


def test_a_side_in_a_capital_with_no_government_tied_to_it_keeps_the_capital():
    text = "Police fired tear gas at the opposition in Caracas as the U.S. envoy looked on."
    assert _code_of(text, "opposition") == "VENOPP"


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers in northern Kosovo stepped up patrols after the clashes.",
        "Blue helmets in eastern Congo came under fire on Sunday.",
    ],
)
def test_lone_peacekeepers_are_the_uns(text):
    first = text.split()[0]
    assert _code_of(text, first) == "IGOUNO"


def test_peacekeepers_of_a_named_organisation_are_its():
    text = "Peacekeepers in Mogadishu repelled the attack, the African Union said."
    assert _code_of(text, "Peacekeepers") == "IGOAFRAFU"


def test_a_worldwide_crowd_takes_no_country_from_its_target():
    text = "Crowds around the world protested against the bombing of Serbia on Saturday."
    assert _code_of(text, "Crowds").startswith("---")


def test_a_crowd_in_a_city_still_takes_the_citys_country():
    text = "Crowds in Lisbon joined protests around the world against the bombing of Serbia."
    assert _code_of(text, "Crowds").startswith("PRT")


def test_agencies_after_an_organisations_possessive_and_a_conjunct_are_its():
    text = "The UN's refugee and aid agencies appealed for funds."
    assert _code_of(text, "aid agencies") == "IGOUNO"
    text = "Oxfam and aid agencies appealed for funds."
    assert _code_of(text, "aid agencies") == "NGO"
