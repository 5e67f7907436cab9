"""A sweep of sector actors and international bodies: a town's organ is its country's ('an
Istanbul court', 'Lagos police'), a spokesman for an actor stands for it, and named NGOs,
unions, police forces and parliaments are found with their country. Sentences are our own and
use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest

from detente.actors import find


def _codes(coder, text, date="2019-05-14"):
    return {(e.source, e.target, e.code[:2]) for e in coder.code(text, date)}


def _mention(text, words, date="2019-05-14"):
    return next((m.code for m in find(text, date) if words in m.text), None)


TOWN_ORGANS = [
    ("An Istanbul court jailed the journalist on Monday.", "Istanbul court", "TURJUD"),
    ("Lagos police arrested 30 people at the toll gate.", "Lagos police", "NGACOP"),
    ("The Kandahar police chief was killed by a roadside bomb.", "Kandahar police", "AFGCOP"),
    ("Xinjiang authorities detained the imam.", "Xinjiang authorities", "CHNGOV"),
    ("Donetsk separatists shelled the town overnight.", "Donetsk separatists", "UKRREB"),
    ("A Bali court sentenced the smuggler to 20 years.", "Bali court", "IDNJUD"),
]


@pytest.mark.parametrize(("text", "words", "code"), TOWN_ORGANS)
def test_a_towns_organ_is_its_countrys(text, words, code):
    assert _mention(text, words) == code


TOWN_NOT_ORGANS = [
    # where an act happens, not whose organ acts
    ("In Lagos police arrested 30 people.", "Lagos police"),
    # a compound noun, not armed men
    ("Protests over the Delhi gang rape spread across Asia.", "Delhi gang"),
    # troops in a town may be another state's
    ("Kandahar troops came under fire.", "Kandahar troops"),
]


@pytest.mark.parametrize(("text", "words"), TOWN_NOT_ORGANS)
def test_a_town_before_other_words_stays_a_place(text, words):
    assert _mention(text, words) is None


def test_a_town_consulate_is_not_the_towns_state():
    codes = {m.code for m in find("The Saudi Istanbul consulate issued a statement.", None)}
    assert "TURGOV" not in codes


def test_a_town_court_codes_the_act(real_coder):
    text = "An Istanbul court ordered the arrest of Amnesty International's Turkey director."
    assert ("TURJUD", "NGO", "17") in _codes(real_coder, text)


SPOKESMEN = [
    (
        "A spokesman for the Houthis accused Saudi Arabia of bombing a market in Saada.",
        ("YEMREB", "SAU", "11"),
    ),
    (
        "A spokesman for Ukraine's military accused Russian forces of shelling Kharkiv.",
        ("UKRMIL", "RUSMIL", "11"),
    ),
    (
        "A spokeswoman for the U.N. refugee agency urged Hungary to open its border.",
        ("IGOUNOHCR", "HUN", "02"),
    ),
    (
        "A spokesman for Amnesty International accused Egypt of torturing detainees.",
        ("NGO", "EGY", "11"),
    ),
    (
        "A spokesman for the Pentagon accused Iran of attacking the tanker.",
        ("USAMIL", "IRN", "11"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESMEN)
def test_a_spokesman_for_an_actor_acts_for_it(real_coder, text, expected):
    assert expected in _codes(real_coder, text)


def test_a_spokesman_for_a_country_is_its_government():
    assert _mention("A spokesman for Saudi Arabia denied the report.", "Saudi") == "SAUGOV"


def test_a_spokesman_for_a_place_is_no_actor():
    assert not [m for m in find("A spokesman for Keflavik airport said flights resumed.") if m.code]


NAMED_BODIES = [
    (
        "Freedom House accused the Turkish government of silencing its critics.",
        ("NGO", "TURGOV", "11"),
    ),
    (
        "The Committee to Protect Journalists urged Ethiopia to release four bloggers.",
        ("NGO", "ETH", "02"),
    ),
    (
        "The Norwegian Refugee Council accused the Saudi-led coalition of blocking aid.",
        ("NGO", "SAUMIL", "11"),
    ),
    (
        "Tunisia's UGTT union called a general strike to protest the killing.",
        ("TUNLAB", "TUNGOV", "14"),
    ),
    (
        "Scotland Yard arrested two men over a plot to attack the prime minister.",
        ("GBRCOP", "GBRCVL", "17"),
    ),
    ("ICE agents arrested dozens of undocumented migrants in Chicago.", ("USACOP", "USACVL", "17")),
    (
        "Spain's Civil Guard fired rubber bullets at voters in Catalonia.",
        ("ESPCOP", "ESPCVL", "17"),
    ),
    ("The RAF struck an Islamic State hideout in eastern Syria.", ("GBRMIL", "---REB", "19")),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BODIES)
def test_named_ngos_unions_and_forces(real_coder, text, expected):
    assert expected in _codes(real_coder, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Canadian House of Commons voted to extend the mission.", "CANLEG"),
        ("Britain's House of Commons rejected the deal.", "GBRLEG"),
        ("The UK House of Lords approved the amendments.", "GBRLEG"),
    ],
)
def test_houses_of_parliament_take_the_country_named(text, code):
    assert _mention(text, "House of") == code


def test_the_aus_peace_and_security_council_is_no_un_body(real_coder):
    text = "The AU's Peace and Security Council urged Ethiopia's government to open talks."
    sources = {s for s, _, _ in _codes(real_coder, text)}
    assert sources == {"IGOAFRAFU"}


def test_a_spy_agency_coerces_its_own_people(real_coder):
    text = "Venezuelan intelligence agents detained an opposition lawmaker in Caracas on Thursday."
    assert ("VENSPY", "VENOPP", "17") in _codes(real_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops seized a police post near the border on Friday.",
        "Ethiopian troops seized a police post in Tigray on Friday.",
        "Malian soldiers took over a police post near Gao on Friday.",
    ],
)
def test_a_post_taken_is_no_people_coerced(real_coder, text):
    assert not any(t.endswith("CVL") for _, t, _ in _codes(real_coder, text))
