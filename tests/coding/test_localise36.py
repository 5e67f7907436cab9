"""L36: a country-less agent takes no country from a list of states its act is aimed at, and a
country that only owns a named province is a place, not a source (own sentences)."""

import datetime as dt

import pytest

from detente.coding import default_coder

DATE = dt.date(2021, 3, 9)


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _pairs(coder, text):
    return {(e.source, e.target) for e in coder.code(text, DATE)}


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators rallied against the governments of Chile and Peru.",
        "Protesters marched against the governments of Norway, Sweden and the United Kingdom.",
        "Students protested against Canada, Mexico and the United States over the trade deal.",
    ],
)
def test_targets_of_several_countries_give_the_agent_no_country(coder, text):
    pairs = _pairs(coder, text)
    assert pairs, "the protest is still coded"
    assert all(source.startswith("---") for source, _ in pairs)


def test_the_last_item_of_a_target_list_is_a_target_too(coder):
    pairs = _pairs(
        coder, "Demonstrators rallied against the governments of Chile, Peru and the Philippines."
    )
    assert not any(source.startswith("PHL") for source, _ in pairs)


def test_a_single_target_country_still_places_a_domestic_protest(coder):
    pairs = _pairs(coder, "Demonstrators rallied against the government of Peru.")
    assert ("PERCVL", "PERGOV") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb in Iraq's Salahuddin Province killed nine soldiers.",
        "A landmine blast in Mali's Mopti Region killed six people.",
        "A car bomb exploded in Syria's Deir ez-Zor Governorate, killing eight people.",
    ],
)
def test_country_of_a_named_province_is_no_source(coder, text):
    sources = {s for s, _ in _pairs(coder, text)}
    assert not any(len(s) == 3 for s in sources)
