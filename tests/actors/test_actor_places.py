"""Places and capitals: a capital that acts is its government, one named as a place ('in X',
'aimed at X', 'the capital X') is not; major cities are places of their country; agents in a
city; titles meeting in a capital; embassies named by their host city. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find

from .conftest import find_codes, found_codes, found_members, mentions


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Warships sailed north in a show of force aimed at Pyongyang.", "capital"),
        ("Officials lashed out at Pyongyang on Monday.", "capital"),
        ("The envoy arrived at Pyongyang on Monday.", "location"),
    ],
)
def test_a_capital_after_aimed_at_is_the_government_not_the_city(text, how):
    (mention,) = [m for m in find(text, "2017-04-09") if m.text == "Pyongyang"]
    assert mention.how == how


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in the Ukrainian capital Kyiv",
        "Clashes broke out in Ukraine's capital, Kyiv",
        "the Ukrainian capital Kyiv was quiet",
    ],
)
def test_a_named_capital_after_the_word_capital_is_a_place(text):
    places = [m for m in find(text, "2022-03-01") if m.code]
    assert [(m.code, m.how) for m in places] == [("UKR", "location")]
    assert "capital" in places[0].text


def test_a_capital_as_subject_is_still_the_government():
    assert find_codes("Kyiv rejected the proposal", "2022-03-01") == ["UKRGOV"]


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
    assert (city, code, "location") in mentions(finder, text, "2019-06-05")


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
    assert (capital, code, "location") in mentions(finder, text, "2019-06-05")


def test_a_capital_that_acts_is_still_its_government(finder):
    assert ("Nairobi", "KENGOV", "capital") in mentions(
        finder, "Nairobi rejected the report.", "2019-06-05"
    )


def test_an_agent_in_a_city_belongs_to_its_country(finder):
    found = mentions(finder, "Prosecutors in Yekaterinburg charged the editor.", "2019-06-05")
    assert [c for _, c, _ in found] == ["RUSJUD"]


def test_a_title_in_a_capital_is_where_they_meet_not_whose_they_are(finder):
    found = found_members(finder, "Talks between the defence ministers in Paris ended late.")
    assert not any(code == "FRAGOV" for _, code, _, _ in found)
    assert "FRAGOV" in found_codes(finder, "The government in Paris objected.")


def test_city_before_embassy_is_its_host_not_its_owner(finder):
    found = mentions(finder, "Bolivia closed its Madrid embassy on Monday.")
    assert ("Madrid embassy", "---GOV", "sector") in found


def test_possessive_city_still_owns_its_embassy(finder):
    assert found_codes(finder, "Tokyo's embassy closed on Monday.")[0] == "JPNGOV"


def test_embassy_in_a_capital_is_not_the_hosts(finder):
    assert "FRAGOV" not in found_codes(finder, "Chile shut its embassy in Paris.")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Brazilian police seized US$40 million in cash from a gang.", "USA", "BRA"),
        ("Kenya fined the bank US$12 million for fraud.", "USA", "KEN"),
        ("The US pledged US$50 million in aid to Haiti.", None, "USA"),
    ],
)
def test_a_country_glued_to_a_currency_sign_is_money(text, absent, present):
    codes = {(m.code or "")[:3] for m in find(text, "2024-05-17")}
    assert present in codes
    assert absent is None or absent not in codes
