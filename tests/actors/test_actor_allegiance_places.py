"""Country-less agents of the opposition and the forces, and the towns and regions of countries
in the news: 'opposition' before a noun or a party's name, the backers and opponents of a
named person, protest leaders, commandos and reservists, rebel positions, and places the actor
layer knows as their country's. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find
from detente.coding.localise import localise


def _codes(text, date="2019-06-04"):
    return [(m.text, m.code) for m in find(text, date) if m.code]


def _placed(text, date="2019-06-04"):
    """Mention codes after the pipeline's localisation."""
    return [m.code for m in localise(find(text, date), text) if m.code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Zambian opposition lawmakers walked out of the chamber.", "ZMBOPP"),
        ("Kenyan opposition marchers gathered near the stadium.", "KENOPP"),
        ("Ghanaian opposition candidates rejected the count.", "GHAOPP"),
        ("The Togolese opposition coalition called a strike.", "TGOOPP"),
        ("Malian protest leaders called off the sit-in.", "MLIOPP"),
    ],
)
def test_opposition_before_a_noun_is_the_opposition(text, code):
    assert code in [c for _, c in _codes(text)]


def test_protest_leaders_are_not_the_government():
    got = dict(_codes("Algerian protest leaders rejected the army's plan."))
    assert got["Algerian protest leaders"] == "DZAOPP"


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Police detained opposition politician Recep Tayyip Erdogan.", "1998-05-01", "TUROPP"),
        (
            "Police questioned opposition figure Andres Manuel Lopez Obrador.",
            "2012-05-01",
            "MEXOPP",
        ),
    ],
)
def test_an_opposition_title_keeps_its_sector_for_a_person_out_of_office(text, date, code):
    assert code in [c for _, c in _codes(text, date)]


def test_an_opposition_party_named_after_the_word_is_found():
    text = "Police raided the offices of the opposition Movement for Renewal in Lusaka."
    assert "ZMBOPP" in _placed(text)
    text = "The court banned the main opposition Popular Unity Party on Monday."
    assert "---OPP" in [c for _, c in _codes(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police arrested supporters of jailed opposition leader Kizza Besigye.", "UGAOPP"),
        ("Ecuador freed 40 opponents of President Rafael Correa on Friday.", "ECUOPP"),
        ("Thousands of supporters of President Hugo Chavez rallied downtown.", "VENCVL"),
    ],
)
def test_backers_and_opponents_of_a_person_take_the_persons_country(text, code):
    assert code in [c for _, c in _codes(text, "2010-05-05")]


def test_supporters_alone_are_placed_where_they_act():
    assert _placed("Supporters of the cleric blocked roads in Basra on Sunday.")[0] == "IRQOPP"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt moved commandos toward the border.", "MIL"),
        ("Reservists reported to their units in Haifa.", "ISRMIL"),
        ("Pakistani Rangers fired across the frontier.", "PAKMIL"),
        ("Syrian aircraft struck the village at dawn.", "SYRMIL"),
        ("Army troops attacked rebel positions near Bentiu.", "SSDREB"),
        ("Jets pounded militant camps in Waziristan.", "PAKREB"),
    ],
)
def test_forces_and_their_positions_are_found(text, code):
    assert any(c.endswith(code) for c in _placed(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighting broke out in the town of Wau on Sunday.", "SSD"),
        ("Shells hit Tskhinvali overnight.", "GEO"),
        ("Gunmen attacked a church in Kananga.", "COD"),
        ("Floods swept through Cabinda last week.", "AGO"),
        ("Protests spread to Kasserine and Gafsa.", "TUN"),
        ("Rockets landed near Kiryat Shmona.", "ISR"),
        ("Militants stormed a post in Kurram district.", "PAK"),
        ("Clashes erupted in Chhattisgarh's Sukma district.", "IND"),
    ],
)
def test_towns_and_regions_of_conflict_zones_are_places_of_their_country(text, country):
    places = [m for m in find(text, "2020-01-01") if m.how == "location"]
    assert places and all(m.code == country for m in places)


def test_a_place_gives_a_countryless_agent_its_country():
    got = _placed("Security forces shot dead five demonstrators in Bamenda.")
    assert got[:2] == ["CMRCOP", "CMRCVL"]


@pytest.mark.parametrize(
    "text",
    [
        "Harper said the plan would fail.",
        "Santos told reporters he was ready.",
        "Constantine was elected on Monday.",
    ],
)
def test_peoples_names_are_not_places(text):
    assert [m for m in find(text, "2015-01-01") if m.how == "location"] == []


def test_a_country_in_a_modifier_after_of_lends_no_country():
    text = "Hundreds of supporters of a Russian-backed militia stormed the compound in Basra."
    got = [c for c in _placed(text) if c.endswith(("OPP", "REB"))]
    assert got and all(c.startswith("IRQ") for c in got)
