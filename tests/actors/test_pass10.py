"""Tenth pass on the actor layer, from a count of actor errors on six blind sets: owned
things, an IGO's executive body and its staff, investigators, militias and rebel movements,
the RSF, and diplomatic posts named by their host city. Sentences are our own."""

from __future__ import annotations


def _found(finder, text, date="2021-03-02"):
    return [(m.text, m.code, m.how) for m in finder.find(text, date)]


def _codes(finder, text, date="2021-03-02"):
    return [m.code for m in finder.find(text, date)]


def test_country_owned_thing_is_that_countrys_business(finder):
    found = _found(finder, "Pirates boarded a Norwegian-owned cargo ship off Yemen.")
    assert ("Norwegian-owned", "NORBUS", "sector") in found


def test_owned_needs_a_country(finder):
    assert "NORBUS" not in _codes(finder, "A state-owned bank lent money to Norway.")


def test_made_still_names_no_actor(finder):
    assert _codes(finder, "A Japanese-made drone crashed near the camp.") == []


def test_igo_commission_head_is_the_igos(finder):
    found = _found(finder, "European Union Commission chairwoman Maria Lindqvist visited Kenya.")
    assert found[0][1].startswith("IGO")
    assert found[0][0].endswith("Maria Lindqvist")


def test_igo_commission_alone_is_the_igo(finder):
    found = _found(finder, "The African Union Commission said it would send observers.")
    assert found[0][1] == "IGOAFRAFU"


def test_investigators_with_a_country_are_its_government(finder):
    assert _codes(finder, "Peruvian investigators searched the senator's office.")[0] == "PERGOV"


def test_militias_are_armed_groups_not_the_army(finder):
    assert _codes(finder, "Local militias burned a village.") == ["---REB"]
    assert "---MIL" not in _codes(finder, "A militia seized the town.")


def test_rebel_movements_are_found(finder):
    assert _codes(finder, "Chad talked with two rebel movements.") == ["TCD", "---REB"]


def test_rsf_is_an_armed_group(finder):
    assert _codes(finder, "The Rapid Support Forces shelled the market.") == ["SDNREB"]


def test_city_before_embassy_is_its_host_not_its_owner(finder):
    found = _found(finder, "Bolivia closed its Madrid embassy on Monday.")
    assert ("Madrid embassy", "---GOV", "sector") in found


def test_possessive_city_still_owns_its_embassy(finder):
    assert _codes(finder, "Tokyo's embassy closed on Monday.")[0] == "JPNGOV"


def test_embassy_in_a_capital_is_not_the_hosts(finder):
    assert "FRAGOV" not in _codes(finder, "Chile shut its embassy in Paris.")


def test_broadcasters_are_their_countrys_media(finder):
    assert _codes(finder, "Egypt detained three Al Jazeera English reporters.") == ["EGY", "QATMED"]
    assert "GBRMED" in _codes(finder, "Moscow expelled a BBC reporter.")


def test_country_led_coalition_is_its_military(finder):
    assert _codes(finder, "The French-led coalition withdrew from the town.") == ["FRAMIL"]
    assert _codes(finder, "Turkish-led forces entered the valley.") == ["TURMIL"]


def test_led_needs_armed_forces(finder):
    assert _codes(finder, "A Kenyan-led initiative stalled.") == ["KEN"]
