"""Phrase boundaries and country modifiers: variant demonyms, counts after a demonym or a
possessive, 'X of A and B' sharing X, lists of countries, hyphenated modifiers ('-owned',
'-made', '-led', '-aligned'), short country forms. Sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import find_codes, found_codes, found_members, mentions


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Palestenian militants fired rockets", "PSEREB"),
        ("Palestinan police arrested him", "PSECOP"),
        ("Phillipine troops raided a camp", "PHLMIL"),
        ("Isreali soldiers opened fire", "ISRMIL"),
        ("Chechen rebels ambushed a convoy", "RUSREB"),
        ("Bosnian Serb forces shelled the town", "BIHMIL"),
        ("Kosovo Serb protesters blocked a road", "KSVCVL"),
    ],
)
def test_variant_and_regional_demonyms_give_the_country(text, code):
    assert find_codes(text)[0] == code


def test_a_count_after_a_demonym_starts_a_new_phrase(finder):
    found = mentions(
        finder, "A blast near the Chadian border killed four soldiers on Monday.", "2018-04-11"
    )
    assert ("soldiers", "---MIL", "sector") in found
    assert not any(code == "TCDMIL" for _, code, _ in found)


def test_a_count_right_after_a_possessive_is_still_part_of_the_phrase(finder):
    found = mentions(finder, "Chad's two opposition parties boycotted the vote.", "2018-04-11")
    assert any(code == "TCDOPP" for _, code, _ in found)


def test_sector_of_two_countries_is_one_phrase_with_a_member_each(finder):
    found = found_members(finder, "The navies of Greece and Turkey held talks on Monday.")
    assert found == [("navies of Greece and Turkey", "GRCMIL", "sector", ("GRCMIL", "TURMIL"))]


def test_title_of_a_list_of_countries_shares_the_title(finder):
    found = found_members(finder, "The interior ministers of Chile, Peru and Bolivia met in Lima.")
    phrase = found[0]
    assert phrase[3] == ("CHLGOV", "PERGOV", "BOLGOV")
    assert ("Lima", "PER", "location", ()) in found


def test_a_country_after_and_without_of_before_it_stays_alone(finder):
    found = found_members(finder, "Greek troops and Turkey clashed.")
    assert ("Turkey", "TUR", "country", ()) in found


def test_country_with_a_hyphenated_participle_names_no_actor(finder):
    assert "RUS" not in found_codes(finder, "Russia-aligned militias seized the port.")
    assert "CHN" not in found_codes(finder, "A China-owned shipping firm was fined.")
    assert "USA" not in found_codes(finder, "U.S.-trained commandos raided the village.")


def test_inter_before_a_demonym_names_no_country(finder):
    assert "USA" not in found_codes(finder, "Inter-American trade fell sharply.")


def test_regional_demonym_gives_the_country(finder):
    assert "ETHREB" in found_codes(finder, "Tigrayan fighters retook the town.")


def test_a_short_country_form_as_adjective_reaches_past_one_plain_word(finder):
    assert "USABUS" in found_codes(finder, "Brazil fined several U.S. software companies.")
    assert "GBRNGO" in found_codes(finder, "Two UK aid workers were freed.")


def test_the_short_country_form_as_a_noun_does_not_reach_past_its_verb(finder):
    found = found_members(finder, "The U.S. hit rebels with sanctions.")
    assert ("rebels", "---REB", "sector", ()) in found


def test_country_owned_thing_is_that_countrys_business(finder):
    found = mentions(finder, "Pirates boarded a Norwegian-owned cargo ship off Yemen.")
    assert ("Norwegian-owned", "NORBUS", "sector") in found


def test_owned_needs_a_country(finder):
    assert "NORBUS" not in found_codes(finder, "A state-owned bank lent money to Norway.")


def test_made_still_names_no_actor(finder):
    assert found_codes(finder, "A Japanese-made drone crashed near the camp.") == []


def test_country_led_coalition_is_its_military(finder):
    assert found_codes(finder, "The French-led coalition withdrew from the town.") == ["FRAMIL"]
    assert found_codes(finder, "Turkish-led forces entered the valley.") == ["TURMIL"]


def test_led_needs_armed_forces(finder):
    assert found_codes(finder, "A Kenyan-led initiative stalled.") == ["KEN"]
