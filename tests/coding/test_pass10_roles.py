"""Tenth coder pass: roles, frequency-driven on six blind sets. The toll closing a fight
between coordinated sides (', killing two'), a call for release aimed at the captor, a
parallel clause sharing the main clause's counterpart ('while B recalled its envoy'), talks
named as a purpose ('for consultations'), 'the kingdom' referring back, 'May' read as a
modal, 'came under attack from X', and 'which officials said killed'. Sentences of our own
with the stand-in gazetteer."""

from __future__ import annotations

import pytest
from conftest import standin_find

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


# ---- the toll of a fight between coordinated sides ---------------------------------------


def test_a_killing_closing_a_mutual_exchange_of_fire_is_its_toll(run):
    text = "Peru troops and Chile troops traded fire on Friday, killing three Kenyan farmers."
    keys = _keys(run(text))
    assert ("PER", "CHL", "19") in keys and ("CHL", "PER", "19") in keys
    assert all(k[1] != "KEN" for k in keys)


def test_a_killing_after_a_one_sided_shelling_still_names_its_victims(run):
    text = "Peru troops shelled villages in Chile on Friday, killing three Kenyan farmers."
    assert any(k[0] == "PER" and k[1] == "KEN" for k in _keys(run(text)))


# ---- a call for release is aimed at whoever holds the people -----------------------------


def test_a_demand_to_free_captives_is_aimed_at_their_captor(run):
    text = "Norway demanded on Monday that ten Kenyan fishermen seized by Ghana's navy be freed."
    keys = _keys(run(text))
    assert ("NOR", "GHA", "10") in keys
    assert ("NOR", "KEN", "10") not in keys


def test_an_appeal_for_release_names_the_jailer_not_the_jailed(run):
    text = "Norway urged the release of two Peruvian reporters detained by Ghana police."
    keys = _keys(run(text))
    assert any(k[:2] == ("NOR", "GHA") for k in keys)
    assert not any(k[:2] == ("NOR", "PER") for k in keys)


# ---- a parallel clause shares the main clause's counterpart ------------------------------


def test_recalling_envoys_while_another_breaks_ties_is_aimed_at_the_same_country(run):
    text = (
        "Peru broke off diplomatic relations with Vietnam on Tuesday, while Chile and Ghana "
        "recalled their ambassadors."
    )
    keys = _keys(run(text))
    assert ("CHL", "VNM", "16") in keys and ("GHA", "VNM", "16") in keys
    assert ("CHL", "GHA", "16") not in keys


def test_a_parallel_clause_after_a_closing_participle_shares_the_counterpart(run):
    text = (
        "Peru broke off relations with Vietnam on Tuesday, citing attacks on its embassy, "
        "while Chile recalled its ambassador."
    )
    assert ("CHL", "VNM", "16") in _keys(run(text))


def test_a_patient_of_the_main_clause_is_not_shared(run):
    # the expelled diplomats are no counterpart of Chile's recall
    text = "Peru expelled two Vietnamese diplomats on Tuesday, and Chile recalled its envoy."
    assert ("CHL", "VNM", "16") not in _keys(run(text))


# ---- talks named as the purpose of another act -------------------------------------------


def test_envoys_recalled_for_consultations_do_not_meet_each_other(run):
    text = "Chile and Ghana recalled their ambassadors from Vietnam for consultations on Monday."
    keys = _keys(run(text))
    assert ("CHL", "GHA", "04") not in keys and ("GHA", "CHL", "04") not in keys


def test_two_countries_meeting_for_talks_still_meet(run):
    keys = _keys(run("Chile and Ghana met in Lima for talks on Monday."))
    assert ("CHL", "GHA", "04") in keys


# ---- 'the kingdom' refers back to the latest state named ---------------------------------


def test_a_protest_against_the_kingdoms_war_is_aimed_at_the_kingdom(run):
    text = (
        "Poland hosted Norway's king in Warsaw on Monday as Polish protesters rallied against "
        "the kingdom's oil drilling in Ghana."
    )
    keys = _keys(run(text))
    assert ("POL", "NOR", "14") in keys
    assert ("POL", "GHA", "14") not in keys


def test_the_kingdom_is_not_the_clauses_own_subject(run):
    text = "Norway's king visited Peru on Monday, and Peru's government praised the kingdom's aid."
    assert ("PER", "NOR", "05") in _keys(run(text))


# ---- a surname read as a modal -----------------------------------------------------------


def _with_premier(text, date=None, **kwargs):
    out = list(standin_find(text, date, **kwargs))
    name = "Prime Minister Theresa May"
    at = text.find(name)
    if at >= 0:
        out.append(Mention(at, at + len(name), name, "NORGOV", "NOR", "GOV", "person"))
    return sorted(out, key=lambda m: m.start)


@pytest.fixture(scope="module")
def premier():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_premier)
    return lambda text: coder.code(text, "2018-05-17", include_flagged=True)


def test_a_leader_named_may_is_the_subject_of_her_verb(premier):
    text = "Prime Minister Theresa May hosted Peru's president in Oslo on Wednesday."
    assert ("NOR", "PER", "04") in _keys(premier(text))


# ---- 'came under attack from X' ----------------------------------------------------------


def test_coming_under_attack_from_x_is_xs_attack(run):
    keys = _keys(run("Peru's border posts came under attack from Chile troops on Monday."))
    assert ("CHL", "PER", "19") in keys


def test_coming_under_criticism_from_x_is_xs_criticism(run):
    keys = _keys(run("Peru's government came under sharp criticism from Ghana on Monday."))
    assert ("GHA", "PER", "11") in keys


# ---- 'which officials said killed ...': the officials only speak -------------------------


def test_officials_reporting_a_strikes_toll_do_not_kill(run):
    text = (
        "Norway condemned the shelling of a market in Peru, which Kenya's government said "
        "killed ten Ghanaian traders."
    )
    assert not any(k[0] == "KEN" for k in _keys(run(text)))


# ---- an agentless admission is the act of the state whose ground is entered --------------


def test_an_agentless_admission_is_the_host_states(run):
    text = "Kenyan inspectors were allowed back into Peru's nuclear site on Saturday."
    keys = _keys(run(text))
    assert ("PER", "KEN", "08") in keys


def test_an_admission_with_an_agent_keeps_its_agent(run):
    text = "Kenyan inspectors were allowed into the site by Chile's government on Saturday."
    keys = _keys(run(text))
    assert all(k[0] != "PER" for k in keys)
    assert ("CHL", "KEN", "08") in keys


# ---- a subject whose only actor is where it happened -------------------------------------


def test_floods_in_a_country_are_no_actor_of_that_country(run):
    text = "Floods in Peru's northern provinces forced 20,000 Kenyan farmers from their homes."
    assert not any(k[0] == "PER" for k in _keys(run(text)))


def test_a_named_force_in_a_place_still_acts(run):
    text = "Kenyan police in Lima arrested ten Peruvian protesters on Monday."
    assert ("KEN", "PER", "17") in _keys(run(text))


# ---- a verb hung on an earlier one with no 'and' is not its subject's --------------------


def test_a_killing_misparsed_as_a_conjunct_is_not_the_summoners(run):
    text = (
        "Peru summoned Chile's envoy on Monday after rockets fired from across the border "
        "killed two Kenyan farmers."
    )
    keys = _keys(run(text))
    assert not any(k[0] == "PER" and k[2] in ("18", "19", "20") for k in keys)


def test_a_verb_joined_by_and_then_shares_the_subject(run):
    text = "Peru troops attacked a border post and then killed two Chilean guards."
    assert ("PER", "CHL", "19") in _keys(run(text))
