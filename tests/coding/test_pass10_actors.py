"""Tenth pass, actors through the whole coder (shipped tables): a one-country sentence with an
office-holder no table knows is parsed, owned vessels, an IGO's staff, militias, the RSF,
embassies. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text, date="2021-03-02"):
        return {(e.source, e.code[:2], e.target) for e in real_coder.code(text, date)}

    return _run


def test_unknown_titled_person_in_a_one_country_sentence_is_parsed(real):
    got = real("A Kenyan court sentenced opposition leader John Otieno to five years in prison.")
    assert ("KENJUD", "11", "KENOPP") in got


def test_owned_vessel_is_the_owners_business(real):
    got = real("Somali pirates hijacked a Danish-owned cargo ship on Monday.")
    assert any(t == "DNKBUS" for _, _, t in got)


def test_igo_commission_chair_speaks_for_the_igo(real):
    got = real(
        "African Union Commission chairwoman Clarisse Umutoni urged Ethiopia's government"
        " on Friday to return to talks."
    )
    assert {s for s, _, _ in got} == {"IGOAFRAFU"}


def test_militias_are_placed_and_are_rebels(real):
    got = real("Militias killed dozens of villagers in Darfur on Monday.")
    assert {s for s, _, _ in got} == {"SDNREB"}


def test_army_and_rsf_are_two_sides(real):
    got = real("Sudan's army and the Rapid Support Forces agreed to a ceasefire on Sunday.")
    assert ("SDNMIL", "08", "SDNREB") in got


def test_city_embassy_belongs_to_the_possessor(real):
    got = real("Demonstrators stormed Bolivia's Lima embassy on Sunday.")
    assert not any("PER" in s + t for s, _, t in got)


def test_expelled_foreign_reporter_is_the_outlets_country(real):
    got = real("Beijing ordered a CNN correspondent to leave the country on Monday.")
    assert any(t == "USAMED" for _, _, t in got)


def test_led_coalition_acts_as_the_leaders_forces(real):
    got = real("The French-led coalition bombed rebel positions in Mali on Friday.")
    assert any(s == "FRAMIL" for s, _, _ in got)


def test_the_broadcaster_is_the_broadcaster_named_before():
    from detente.coding.localise import localise
    from detente.coding.pipeline import default_finder

    text = "Turkey expelled a CNN correspondent, and the broadcaster protested on Monday."
    placed = localise(list(default_finder()(text, "2021-03-02")), text)
    assert [m.code for m in placed if m.text == "broadcaster"] == ["USAMED"]


def test_the_militants_after_a_named_group_are_that_group():
    from detente.coding.localise import localise
    from detente.coding.pipeline import default_finder

    text = "Iranian guards said the Baloch Liberation Army hit a post and the militants fled."
    placed = localise(list(default_finder()(text, "2021-03-02")), text)
    assert [m.code for m in placed if m.text == "militants"] == ["PAKREB"]
