"""Ninth pass, actors through the whole coder (shipped tables): a sector word shared by
"X of A and B", an IGO's staff, hyphenated country modifiers. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text, date="2021-03-02"):
        return {(e.source, e.code[:2], e.target) for e in real_coder.code(text, date)}

    return _run


def test_ministers_of_two_countries_meet_each_other(real):
    got = real("The defence ministers of Greece and Turkey met in Brussels on Monday.")
    assert ("GRCGOV", "04", "TURGOV") in got
    assert ("TURGOV", "04", "GRCGOV") in got


def test_armies_of_two_countries_both_act(real):
    got = real("The armies of Armenia and Azerbaijan condemned Georgia on Friday.")
    assert {(s, t[:3]) for s, _, t in got} >= {("ARMMIL", "GEO"), ("AZEMIL", "GEO")}


def test_igo_official_who_once_led_a_country_acts_for_the_igo(real):
    got = real("U.N. refugee chief Filippo Grandi urged Poland to admit the migrants.")
    assert any(s.startswith("IGO") and t.startswith("POL") for s, _, t in got)


def test_a_backing_country_is_no_party_to_the_exchange(real):
    got = real("The Iran-aligned rebels and the government of Yemen exchanged prisoners on Sunday.")
    assert not any("IRN" in (s[:3], t[:3]) for s, _, t in got)


def test_a_holy_see_actor_lends_no_country_to_unplaced_civilians():
    from detente.coding.pipeline import localise
    from detente.records import Mention

    text = "The Pope asked the rebels to spare civilians."
    pope = Mention(4, 8, "Pope", "VATGOV", "VAT", "GOV", "seat")
    start = text.index("civilians")
    civ = Mention(start, start + 9, "civilians", "---CVL", None, "CVL", "sector")
    assert [m.code for m in localise([pope, civ], text)][1] == "---CVL"
    norway = Mention(4, 8, "Oslo", "NORGOV", "NOR", "GOV", "capital")
    assert [m.code for m in localise([norway, civ], text)][1] == "NORCVL"
