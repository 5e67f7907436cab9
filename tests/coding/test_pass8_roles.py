"""Eighth coder pass: roles on unfamiliar wording, third round. Closing participles that are
acts of their own, reactions received from someone ('drew criticism from X', ', a step
hailed by X'), givers named on a passive's subject, attacks on things in a country, free
relatives as objects, counted back-references ('the three capitals'), courts as venues,
walk-outs, fights 'with' X and prisoner swaps. Sentences of our own with the stand-in
gazetteer (plus a court where one is needed)."""

from __future__ import annotations

import re

import pytest
from conftest import standin_find

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


# ---- closing participles ----------------------------------------------------------------


def test_a_closing_accusation_about_the_neighbour_is_aimed_at_the_main_target(run):
    text = "Peru expelled Chile's ambassador on Monday, accusing its southern neighbour of spying."
    assert ("PER", "CHL", "11") in _keys(run(text))


def test_a_closing_accusation_of_the_government_is_not_the_speakers_own(run):
    # the actor layer may give 'the government' the speaker's country: it is the target's
    text = "Kenya recalled its envoy from Ghana on Friday, accusing the government of meddling."
    keys = _keys(run(text))
    assert ("KEN", "GHA", "11") in keys
    assert all(k[1] != "KEN" for k in keys)


def test_an_accusation_hung_on_a_speculative_reported_clause_is_still_made(run):
    text = (
        "Poland said on Monday that Norway could have no role in the talks, accusing Oslo of bias."
    )
    events = [e for e in run(text) if e.code.startswith("11")]
    assert [(e.source[:3], e.target[:3]) for e in events] == [("POL", "NOR")]


def test_a_closing_participle_hung_on_an_infinitive_is_the_main_subjects(run):
    # the parser hangs 'praising' on 'to leave', whose subject is the helped troops
    text = "Kenya helped Ghana's troops to leave the area on Monday, praising Norway for its help."
    assert _keys(run(text)) == [("KEN", "NOR", "05")]


def test_a_participle_aimed_at_anyone_else_is_left_alone(run):
    # a named object of its own: not the main act's target
    text = "Peru expelled Chile's ambassador on Monday, accusing Kenya of spying."
    keys = [k for k in _keys(run(text)) if k[2] == "11"]
    assert keys == [("PER", "KEN", "11")]


# ---- reactions received from someone ---------------------------------------------------


def test_criticism_a_subject_draws_from_another_is_that_ones_act(run):
    assert _keys(run("Vietnam faced sharp criticism from Poland on Tuesday.")) == [
        ("POL", "VNM", "11")
    ]


def test_criticism_a_summed_up_event_draws_is_aimed_at_its_author(run):
    text = "Chile hosted Peru's navy chief on Sunday, a visit that drew criticism from Ghana."
    assert ("GHA", "CHL", "11") in _keys(run(text))


def test_praise_for_a_step_summed_up_after_the_clause_goes_to_its_author(run):
    text = "Kenya reopened its embassy in Ghana on Monday, a move welcomed by Norway."
    assert ("NOR", "KEN", "05") in _keys(run(text))


def test_a_summed_up_step_that_another_condemns_is_aimed_at_its_author(run):
    for text in (
        "Chile expelled Peru's envoy on Monday, a step Lima condemned as hostile.",
        "Chile expelled Peru's envoy on Monday, a move that Lima condemned.",
    ):
        assert ("PER", "CHL", "11") in _keys(run(text)), text


def test_an_object_noun_received_from_no_one_stays_uncoded(run):
    assert run("Vietnam faced sharp criticism at home on Tuesday.") == []


# ---- givers on a passive's subject, attacks on things in a country, free relatives ------


def test_the_giver_named_on_a_passive_hand_overs_subject_is_its_source(run):
    text = "A shipment of rifles supplied by Norway was handed over to Kenya's army on Friday."
    assert _keys(run(text)) == [("NOR", "KEN", "07")]


def test_an_attack_on_unowned_things_in_a_country_is_aimed_at_the_country(run):
    assert _keys(run("Chilean jets struck depots in northern Peru on Monday.")) == [
        ("CHL", "PER", "19")
    ]


def test_an_attack_on_things_of_a_named_actor_keeps_the_actor(run):
    keys = _keys(run("Chilean jets struck Peruvian rebels depots in northern Kenya on Monday."))
    assert keys == [("CHL", "PER", "19")]


def test_a_hostage_taking_described_by_a_participle_gets_no_place_as_target(run):
    assert run("Two Norwegian engineers held hostage inside Kenya were freed on Friday.") == []


def test_a_mutual_exchange_of_fire_gets_no_place_as_target(run):
    keys = _keys(run("Chilean troops and Peru's rebels traded fire in Kenya on Monday."))
    assert all(k[1] != "KEN" for k in keys)


def test_the_object_named_inside_a_free_relative_is_the_target(run):
    text = "Chilean jets bombed what the army said were Peruvian rebels camps on Monday."
    assert _keys(run(text)) == [("CHL", "PER", "19")]


# ---- back-references, courts, walk-outs ------------------------------------------------


def test_the_three_capitals_are_the_three_countries_named_before(run):
    text = (
        "Kenya, Ghana and Chile recognised Peru on Monday, prompting Vietnam to recall its "
        "envoys from the three capitals."
    )
    keys = [k for k in _keys(run(text)) if k[2] == "16"]
    assert keys == [("VNM", "CHL", "16"), ("VNM", "GHA", "16"), ("VNM", "KEN", "16")]


def test_a_count_that_matches_no_list_is_left_alone(run):
    text = "Kenya and Ghana signed a deal, and Vietnam criticised the three countries."
    assert [k for k in _keys(run(text)) if k[2] == "11"] == []


def _with_court(text, date=None, **kwargs):
    """The stand-in finder, plus 'the Hague court' as an international court."""
    out = standin_find(text, date, **kwargs)
    for match in re.finditer(r"the Hague court", text):
        out.append(
            Mention(match.start(), match.end(), match.group(0), "IGOUNOICJ", None, None, "igo")
        )
    return sorted(out, key=lambda m: m.start)


@pytest.fixture(scope="module")
def courted():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_court)
    return lambda text: coder.code(text, "2024-05-17", include_flagged=True)


def test_the_court_a_suit_is_taken_to_is_the_venue_not_the_target(courted):
    keys = _keys(courted("Ghana took Kenya to the Hague court on Monday."))
    assert keys == [("GHA", "KEN", "11")]


def test_a_case_taken_to_court_is_aimed_at_the_coordinated_acts_target(courted):
    text = "Ghana cut ties with Kenya on Monday and vowed to take the case to the Hague court."
    keys = _keys(courted(text))
    assert ("GHA", "KEN", "16") in keys
    assert all(not k[1].startswith("IGO") for k in keys)


def test_a_walk_out_is_aimed_at_the_meeting_partner(run):
    text = "Kenya's minister met Ghana's minister on Monday, but the Ghana minister walked out."
    assert ("GHA", "KEN", "16") in _keys(run(text))


# ---- directions ---------------------------------------------------------------------------


def test_fighting_with_a_named_side_is_one_way(run):
    text = "Chilean troops fought fierce battles with Peruvian rebels on Monday."
    assert _keys(run(text)) == [("CHL", "PER", "19")]


def test_trading_fire_with_a_side_stays_mutual(run):
    keys = _keys(run("Chilean troops exchanged fire with Peruvian troops on Monday."))
    assert keys == [("CHL", "PER", "19"), ("PER", "CHL", "19")]


def test_a_release_in_exchange_for_another_is_a_swap_both_ways(run):
    text = "Chile freed a Peruvian officer on Friday in exchange for two Chilean pilots."
    keys = [k for k in _keys(run(text)) if k[2] == "08"]
    assert keys == [("CHL", "PER", "08"), ("PER", "CHL", "08")]


def test_a_release_alone_stays_one_way(run):
    keys = [k for k in _keys(run("Chile freed a Peruvian officer on Friday.")) if k[2] == "08"]
    assert keys == [("CHL", "PER", "08")]
