"""Places and bystanders that must not take actor roles: a country that only names a border
('near the frontier with X', 'the X-Y border', 'a district bordering X'), a country that only
qualifies the place of the events ('in X's Y province'), a host country of talks between a
side and its own government, the coordinated sources of an appeal lending their country to an
unplaced addressee, and a bare 'the army' in a sentence about one country's own rebels.
Every sentence is written for this file; each family has controls where the place IS the
target or the side."""

from __future__ import annotations

import pytest

from detente.coding import default_coder
from detente.coding.localise import localise
from detente.records import Mention


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text, date="2016-03-08"):
    return {
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date) if not e.flagged
    }


def _countries(coder, text):
    return {k[1] for k in _keys(coder, text)} | {k[0] for k in _keys(coder, text)}


@pytest.mark.parametrize(
    ("text", "beyond"),
    [
        ("Guinean soldiers arrested four smugglers near the Liberian border on Friday.", "LBR"),
        ("Beninese police detained ten gunmen close to the frontier with Togo.", "TGO"),
        ("Bolivian police arrested two smugglers along the border with Paraguay.", "PRY"),
        ("Iraqi soldiers arrested militants in a district bordering Iran on Monday.", "IRN"),
        ("Tunisian forces killed three jihadists in a mountain area near Algeria.", "DZA"),
    ],
)
def test_a_border_country_is_not_a_side(coder, text, beyond):
    assert _keys(coder, text), text  # the act itself is still coded
    assert beyond not in _countries(coder, text)


def test_both_countries_of_a_hyphenated_border_are_places():
    text = "Police arrested two men near the Zambia-Malawi border."
    found = localise(
        [
            Mention(0, 6, "Police", "---COP", None, "COP", "sector"),
            Mention(text.index("Zambia"), text.index("-"), "Zambia", "ZMB", None, None, "country"),
            Mention(
                text.index("Malawi"), text.index(" border"), "Malawi", "MWI", None, None, "country"
            ),
        ],
        text,
    )
    assert [m.how for m in found[1:]] == ["location", "location"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan border guards arrested three Somali traders on Sunday.",
        "Militants attacked a Nigerian border post on Wednesday.",
    ],
)
def test_border_units_keep_their_country(coder, text):
    """'Kenyan border guards', 'a Nigerian border post': the adjective owns the unit."""
    country = "KEN" if "Kenyan" in text else "NGA"
    assert country in _countries(coder, text)


def test_a_show_of_force_at_a_border_is_aimed_beyond_it(coder):
    keys = _keys(coder, "Belarusian troops staged drills near the border with Lithuania.")
    assert ("BLR", "LTU", "15") in keys


def test_a_country_qualifying_a_province_is_not_a_source(coder):
    assert _keys(coder, "An explosion in Cameroon's Far North region killed nine people.") == set()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Chadian rebels broke off talks with the government in neighbouring Libya on Friday.",
            ("TCD", "TCD", "16"),
        ),
        (
            "Angolan separatists agreed to hold talks with the government in Portugal.",
            ("AGO", "AGO", "03"),
        ),
        (
            "Sudanese rebel leaders met government envoys in Nairobi on Tuesday.",
            ("SDN", "SDN", "04"),
        ),
    ],
)
def test_talks_abroad_are_with_the_sides_own_government(coder, text, key):
    keys = _keys(coder, text)
    assert key in keys, keys
    host = {"Libya": "LBY", "Portugal": "PRT", "Nairobi": "KEN"}
    assert not any(k[1] in host.values() for k in keys)


def test_the_host_of_talks_stays_a_host_when_named_as_a_side(coder):
    keys = _keys(coder, "Norway hosted talks between Colombia's government and the rebels.")
    assert any(k[0] == "NOR" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Austria and Belgium urged the militia to free the kidnapped doctors.",
        "Portugal, Spain and Italy called on the gunmen to surrender.",
    ],
)
def test_listed_sources_do_not_lend_their_country_to_the_addressee(coder, text):
    keys = _keys(coder, text)
    assert not any(k[0] == k[1] for k in keys), keys


def test_a_single_government_still_places_its_own_protesters(coder):
    keys = _keys(coder, "Romanian police detained dozens of protesters on Saturday.")
    assert ("ROU", "ROU", "17") in keys


@pytest.mark.parametrize(
    "text",
    [
        "French led air strikes killed 12 people on Saturday, doctors said.",
        "A U.S.-led coalition raid killed nine people overnight, residents said.",
    ],
)
def test_a_coalition_another_country_leads_does_not_own_the_victims(coder, text):
    keys = _keys(coder, text)
    assert not any(k[0][:3] == k[1][:3] for k in keys), keys


def test_a_bare_army_is_the_rebels_own_country(coder):
    text = (
        "Burundi's FNL rebels quit peace talks in the Tanzanian town of Kigoma, "
        "accusing the army of raiding their camps."
    )
    keys = _keys(coder, text)
    assert ("BDI", "BDI", "11") in keys, keys
    assert not any("TZA" in k[:2] for k in keys)


def test_a_bare_army_with_two_countries_named_is_not_guessed():
    text = "Rwandan rebels and Congolese militiamen accused the army of abuses."
    found = localise(
        [
            Mention(0, 14, "Rwandan rebels", "RWAREB", "RWA", "REB", "sector"),
            Mention(19, 38, "Congolese militiamen", "CODREB", "COD", "REB", "sector"),
            Mention(55, 59, "army", "---MIL", None, "MIL", "sector"),
        ],
        text,
    )
    assert found[2].code in (None, "RWAMIL", "---MIL")  # never a guess from a place


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sudanese artillery shelled villages in South Sudan on Tuesday.", ("SDN", "SSD", "19")),
        ("Turkish troops crossed into northern Iraq on Friday.", ("TUR", "IRQ", "19")),
        ("Japan sent emergency supplies to Nepal on Monday.", ("JPN", "NPL", "07")),
    ],
)
def test_a_place_that_is_the_target_stays_the_target(coder, text, key):
    assert key in _keys(coder, text)
