"""Sixth pass, actor layer end to end: the real actor finder feeding the coder. Each sentence
is written for this file and shows one general behaviour (a lexicon gap or a place read as a
government), not a line of any evaluation set."""

from __future__ import annotations

import pytest

from detente.coding.pipeline import Coder


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _keys(coder, text, date="2011-03-04"):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date))


def test_a_misspelt_demonym_still_names_the_agents_country(coder):
    # Before: the misspelling was unknown and 'gunmen' took the target's country (ISR > ISR).
    keys = _keys(coder, "Palestenian gunmen fired mortars at an Israeli army post on Sunday.")
    assert keys and all(k[:2] == ("PSE", "ISR") for k in keys)


def test_striking_miners_are_an_actor_of_the_country_named(coder):
    keys = _keys(
        coder,
        "Striking miners clashed with riot police outside a copper mine in "
        "northern Chile on Tuesday.",
    )
    assert keys and all(k[:2] == ("CHL", "CHL") for k in keys)


def test_a_european_commissioner_speaks_for_the_eu(coder):
    keys = _keys(
        coder, "The European Commissioner for trade criticised Norway's fishing quotas on Monday."
    )
    assert keys == [("IGO", "NOR", "11")]


def test_a_named_capital_after_capital_is_a_place_not_a_government(coder):
    events = coder.code(
        "Police fired tear gas at thousands of demonstrators in the Kenyan "
        "capital Nairobi on Monday.",
        "2014-02-10",
    )
    assert events
    assert all(e.source != "KENGOV" and e.target != "KENGOV" for e in events)
    assert all(e.source.startswith("KEN") and e.target.startswith("KEN") for e in events)


def test_rebel_held_villages_are_the_rebels_of_the_country(coder):
    events = coder.code(
        "Government troops shelled rebel-held villages in northern Syria on Monday.", "2014-02-10"
    )
    assert [(e.source, e.target) for e in events] == [("SYRMIL", "SYRREB")]


def test_an_international_tribunal_is_an_igo_not_the_state_it_judges(coder):
    keys = _keys(
        coder,
        "The Yugoslav war crimes tribunal indicted a Croatian general on Friday.",
        "2001-03-02",
    )
    assert keys == [("IGO", "HRV", "17")]


def test_bosnian_serb_police_are_bosnian(coder):
    keys = _keys(
        coder, "Bosnian Serb police detained two Croatian journalists on Friday.", "2001-03-02"
    )
    assert keys == [("BIH", "HRV", "17")]


def test_a_national_court_is_the_judiciary_of_its_country(coder):
    events = coder.code(
        "Ghana's supreme court ordered the release of a jailed Nigerian businessman on Friday.",
        "2011-03-04",
    )
    assert events and all(e.source == "GHAJUD" for e in events)
