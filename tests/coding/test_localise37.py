"""L37: a topic header's one country is where the item's country-less agents are; an earlier
sentence's country places the police of a later one; al-Qaeda fighters in a named country
are its rebels (own sentences, not from any gold set)."""

import datetime as dt

import pytest

from detente.coding import default_coder
from detente.coding.pipeline import Coder

DATE = dt.date(2013, 4, 17)


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _pairs(coder, text):
    return {(e.source, e.target) for e in coder.code(text, DATE)}


def _sources(coder, text):
    return {e.source for e in coder.code(text, DATE)}


@pytest.mark.parametrize(
    "text, source",
    [
        ("Yemeni revolution: Soldiers fired on demonstrators outside the university.", "YEMMIL"),
        ("Egyptian crisis: Police arrested dozens of students at a rally.", "EGYCOP"),
        ("Tunisian uprising: The regime arrested two opposition leaders.", "TUNGOV"),
    ],
)
def test_header_country_places_countryless_agents(coder, text, source):
    assert source in _sources(coder, text)


def test_header_country_beats_a_targets_nationality(coder):
    text = "Libyan civil war: Militiamen abducted two Tunisian diplomats."
    assert "LBYREB" in _sources(coder, text)


def test_sentence_place_beats_the_header(coder):
    text = "Kenyan election crisis: Police fired tear gas at protesters in Kampala, Uganda."
    assert all(not s.startswith("KEN") for s in _sources(coder, text))


@pytest.mark.parametrize(
    "header, country",
    [
        ("Israeli-Palestinian conflict: The clashes went on.", None),
        ("Sudanese civil war: The clashes went on.", "SDN"),
        ("Weather report: Rain fell.", None),
    ],
)
def test_header_country_is_the_one_country_it_names(coder, header, country):
    shift = len(header.split(":")[0]) + 2
    assert coder._header_country(header[:shift], DATE) == country


def test_earlier_sentence_places_later_police(coder):
    text = (
        "A man stabbed three commuters at a station near Lyon, France. "
        "Police arrested an Algerian man at the scene."
    )
    assert "FRACOP" in _sources(coder, text)


def test_earlier_sentences_with_two_countries_give_no_guess(coder):
    text = (
        "Spain and Morocco traded blame over the crossing. "
        "Police arrested an Algerian man at the scene."
    )
    assert not {s for s in _sources(coder, text) if s.endswith("COP")} & {"ESPCOP", "MARCOP"}


@pytest.mark.parametrize(
    "text, source",
    [
        ("Al-Qaeda fighters overran an army base in southern Somalia.", "SOMREB"),
        ("Al Qaida militants ambushed a convoy in northern Mali.", "MLIREB"),
    ],
)
def test_al_qaeda_fighters_are_rebels_of_the_country(coder, text, source):
    assert source in _sources(coder, text)


def test_al_qaeda_leader_keeps_no_country(coder):
    text = "Pakistani troops killed an al-Qaeda leader near Peshawar."
    assert all(t != "PAKREB" for _s, t in _pairs(coder, text))


def test_coder_type(coder):
    assert isinstance(coder, Coder)


def test_a_town_sharing_a_name_gives_way_to_the_named_country(coder):
    # Tripoli is Libya's capital and a Lebanese city: the named country decides
    assert "LBNREB" in _sources(coder, "Gunmen shot two soldiers in Tripoli in northern Lebanon.")


def test_earlier_sentence_nationals_count_against_a_single_guess(coder):
    text = "A Kenyan court fined a firm with offices in Uganda. Police later detained its manager."
    assert "UGACOP" not in _sources(coder, text)
