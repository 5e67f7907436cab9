"""People: titles after sector words, office-holders resolved by the sentence's date, kin
appositives ('the son of X's president'), the pope, and a town followed by its province that is
no surname. Sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import codes, find_found, found_members


def test_a_title_after_a_sector_word_and_a_verb_is_a_new_mention(finder):
    got = codes(finder.find("Polish police questioned Prime Minister Tomasz Nowak.", "2014-03-11"))
    assert ("Polish police", "POLCOP") in got
    assert not any("questioned" in text for text, _code in got)


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("President Robert Mugabe spoke.", "2005-06-01", "ZWEGOV"),
        ("President Robert Mugabe spoke.", "1987-12-31", "ZWEGOV"),
        ("Robert Mugabe spoke.", "2019-05-01", "ZWE"),  # after his term: country only
        ("Morgan Tsvangirai spoke.", "2008-04-02", "ZWEOPP"),
        ("Morgan Tsvangirai spoke.", "2010-01-05", "ZWEGOV"),
        ("Isaias Afwerki spoke.", "2020-01-05", "ERIGOV"),
        ("Erna Solberg spoke.", "2015-01-05", "NORGOV"),
        ("Salva Kiir spoke.", "2016-07-10", "SSDGOV"),
        ("President Cristina Fernandez spoke.", "2010-03-01", "ARGGOV"),
    ],
)
def test_added_office_holders_resolve_by_date(shipped, text, date, code):
    got = shipped.find(text, date)
    assert got and got[0].code == code


def test_a_kin_appositive_gives_the_bare_country_of_the_relative():
    found = find_found(
        "Maria Lopez, daughter of former Chilean dictator Augusto Pinochet, asked Peru for asylum.",
        "2006-02-01",
    )
    assert found[0][1:] == ("CHL", "kin")
    assert found[0][0].startswith("Maria Lopez, daughter of")
    assert [c for _, c, _ in found] == ["CHL", "PER"]


def test_the_son_of_a_president_is_a_private_person_of_that_country():
    found = find_found("The son of Peru's president met Chilean officials", "2011-03-04")
    assert found[0][1:] == ("PER", "kin")


def test_kin_noun_without_of_is_untouched():
    found = find_found("His daughter met Chilean officials")
    assert found == [("Chilean officials", "CHLGOV", "sector")]


def test_a_town_followed_by_its_province_is_no_surname(finder):
    # "Abe" is a surname in 2018 (Shinzo Abe), but a comma and a province make it a town
    found = found_members(finder, "Farmers gathered in Abe, Ontario on Sunday.", "2018-05-01")
    assert not any(how == "surname" for _, _, how, _ in found)
    assert ("Ontario", "CAN", "location", ()) in found


def test_the_pope_is_the_holy_see(finder):
    found = found_members(finder, "Pope Benedict met pilgrims in Fatima.")
    assert found[0][:2] == ("Pope", "VATGOV")
