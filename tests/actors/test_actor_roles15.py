"""Who is an actor and who a place or a collective (session 15): an organisation's member states
are not the organisation; a city that also names an IGO is a venue after "in"; a capital before
"airport" or after "the town of" is a place; companies after "maker", "brewer" and the like
are businesses; the plural of a people inside several states takes its country from an
adjective or a possessive; the RSF commander in the civil war is an armed group's leader.
Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find

from .conftest import codes


def _codes(text: str, day: str = "2021-03-10") -> dict[str, str | None]:
    return {m.text: m.code for m in find(text, day)}


@pytest.mark.parametrize(
    "text",
    [
        "Several NATO member states pledged more air defence systems for Kyiv.",
        "Most African Union countries abstained in the vote.",
        "ASEAN nations asked Beijing to respect the code of conduct.",
        "The bloc's member governments were split over the tariff.",
        "EU members Greece and Cyprus blocked the statement.",
    ],
)
def test_an_organisations_members_are_not_the_organisation(text):
    got = _codes(text)
    assert not any(code and code.startswith("IGO") for code in got.values()), got


def test_members_named_after_the_organisation_are_still_found():
    got = _codes("EU members Greece and Cyprus blocked the statement.")
    assert got.get("Greece") == "GRC" and got.get("Cyprus") == "CYP"
    got = _codes("NATO member Norway sent two frigates.")
    assert got == {"Norway": "NOR"}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("EU foreign ministers lifted the travel ban on Monday.", "EU foreign ministers", "IGO"),
        ("The European Union imposed tariffs on Chinese steel.", "European Union", "IGO"),
        ("NATO warned Moscow against any escalation.", "NATO", "IGO"),
    ],
)
def test_the_organisation_itself_and_its_bodies_stay_coded(text, phrase, code):
    assert _codes(text)[phrase].startswith(code)


@pytest.mark.parametrize(
    "text",
    [
        "Kosovo and Serbia resumed their dialogue in Brussels on Tuesday.",
        "The two prime ministers held a summit at Brussels last week.",
    ],
)
def test_a_city_that_names_an_igo_is_a_venue_after_in(text):
    got = {m.text: (m.code, m.how) for m in find(text, "2022-06-01")}
    assert got["Brussels"] == ("BEL", "location")


@pytest.mark.parametrize(
    "text",
    [
        "Brussels warned Warsaw over the judicial reforms.",
        "Officials in Brussels rejected the British proposal.",
    ],
)
def test_the_same_city_as_speaker_or_as_home_of_officials_stays_the_igo(text):
    got = _codes(text, "2018-02-01")
    assert got["Brussels"] == "IGOEUREEC"


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("Gunmen attacked Baghdad airport on Friday.", "Baghdad", "IRQ"),
        ("The army secured Beirut port on Sunday.", "Beirut", "LBN"),
        ("Insurgents stormed the northern town of Kabul last year.", "Kabul", "AFG"),
        ("Fighting reached the city of Tripoli.", "Tripoli", "LBY"),
        ("Drones struck Tehran province overnight.", "Tehran", "IRN"),
    ],
)
def test_a_capital_before_an_airport_or_after_town_of_is_a_place(text, city, code):
    got = {m.text: (m.code, m.how) for m in find(text, "2016-05-01")}
    assert got[city] == (code, "location")


def test_a_capital_as_speaker_is_still_the_government():
    assert _codes("Baghdad rejected the Turkish demand.")["Baghdad"] == "IRQGOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("German carmaker Volkswagen opened a plant in Rwanda.", "DEUBUS"),
        ("Dutch brewer Heineken pulled out of Russia.", "NLDBUS"),
        ("Taiwanese chipmaker TSMC will build a factory in Arizona.", "TWNBUS"),
        ("A Swedish furniture maker closed its stores in Belarus.", "SWEBUS"),
        ("Korea's Samsung Heavy Industries won an order from Qatar.", "KORBUS"),
        ("India's Tata Motors signed a deal with Britain.", "INDBUS"),
    ],
)
def test_companies_are_businesses(text, code):
    assert code in _codes(text, "2022-09-01").values()


def test_policy_makers_are_not_companies():
    got = _codes("Japanese policy makers kept interest rates on hold.")
    assert "JPNGOV" in got.values() and "JPNBUS" not in got.values()


def test_a_possessive_before_a_ministry_is_no_company():
    got = _codes("Egypt's Oil Ministry denied the report.")
    assert "EGYBUS" not in got.values()


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Iranian Kurds crossed into Iraq.", "Iranian Kurds", "IRNCVL"),
        ("Turkish Kurds voted in large numbers.", "Turkish Kurds", "TURCVL"),
        ("Iraq's Kurds celebrated the new year.", "Iraq's Kurds", "IRQCVL"),
    ],
)
def test_kurds_take_the_country_of_their_adjective(text, phrase, code):
    assert _codes(text)[phrase] == code


def test_bare_kurds_do_not_take_the_country_they_accuse():
    got = _codes("Kurds accused Iran of executing activists.")
    assert got == {"Iran": "IRN"}


@pytest.mark.parametrize(
    ("day", "code"),
    [("2024-02-01", "SDNREB"), ("2016-06-01", "SDNMIL"), ("2021-06-01", "SDNGOV")],
)
def test_the_rsf_commander_by_date(shipped, day, code):
    got = codes(shipped.find("Hemedti met the envoy in Nairobi.", day))
    assert ("Hemedti", code) in got
