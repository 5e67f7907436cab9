"""Lists of actors: coordinated subjects that act toward a named other party are one side
facing it, not partners of each other (gold rule 1); an agreement 'with' a named party is
joint; vows whose words are punitive, or whose force is sent against a place, are threats.
Each case is a sentence of our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def run(real_coder):
    """Whole sentences through the shipped tables: lists need the real actor layer."""
    return lambda text, date="2015-06-10": real_coder.code(text, date)


# ---- a list of subjects facing a named party -------------------------------------------


def test_listed_ministers_meeting_a_named_envoy_do_not_meet_each_other(run):
    text = (
        "The trade ministers of Peru, Chile and Colombia met Japan's economy minister in Lima "
        "on Friday at a regional forum."
    )
    keys = by_root(run(text))
    for country in ("PER", "CHL", "COL"):
        assert (country, "JPN", "04") in keys
        assert ("JPN", country, "04") in keys
    assert ("PER", "CHL", "04") not in keys
    assert ("CHL", "COL", "04") not in keys


def test_a_purpose_clause_of_a_meeting_with_a_named_party_shares_that_party(run):
    text = (
        "Envoys from Norway, Sweden and Denmark met with officials from Canada on Thursday to "
        "discuss Arctic fishing rights."
    )
    keys = by_root(run(text))
    assert ("NOR", "CAN", "04") in keys
    assert ("DNK", "CAN", "04") in keys
    assert ("NOR", "SWE", "04") not in keys
    assert ("SWE", "DNK", "04") not in keys


def test_a_list_meeting_on_its_own_is_still_joint(run):
    text = "The presidents of Ghana, Togo and Benin met in Accra on Tuesday."
    keys = by_root(run(text))
    assert ("GHA", "TGO", "04") in keys
    assert ("BEN", "GHA", "04") in keys


def test_each_other_keeps_listed_subjects_as_partners(run):
    text = "Ministers from Laos and Cambodia met each other in Vientiane on Monday."
    keys = by_root(run(text))
    assert ("LAO", "KHM", "04") in keys
    assert ("KHM", "LAO", "04") in keys


# ---- an agreement with a named party is joint ------------------------------------------


def test_agreeing_with_listed_partners_is_each_ones_intent_too(run):
    keys = by_root(run("Morocco agreed with Spain and Portugal on Monday to expand energy trade."))
    for country in ("ESP", "PRT"):
        assert ("MAR", country, "03") in keys
        assert (country, "MAR", "03") in keys


def test_a_pledge_to_someone_stays_one_way(run):
    keys = by_root(run("Morocco pledged to Spain on Monday to expand energy trade."))
    assert ("ESP", "MAR", "03") not in keys


# ---- punitive vows and force sent against a place ----------------------------------------


def test_a_promise_to_punish_a_country_is_a_threat(run):
    keys = by_root(run("Armenia's defence minister promised to punish Azerbaijan for the raid."))
    assert ("ARM", "AZE", "13") in keys
    assert not any(k[2] == "03" for k in keys)


def test_a_vow_to_answer_forcefully_is_a_threat(run):
    keys = by_root(run("Seoul vowed to react forcefully to any new provocation by Pyongyang."))
    assert ("KOR", "PRK", "13") in keys
    assert ("KOR", "PRK", "03") not in keys


def test_a_vow_that_the_other_side_will_regret_it_is_a_threat(run):
    keys = by_root(
        run("Venezuela vowed that Guyana would regret the seizure of its fishing boats.")
    )
    assert ("VEN", "GUY", "13") in keys


def test_a_negated_punitive_vow_is_no_threat(run):
    keys = by_root(run("Peru promised not to punish Bolivia for the border incident."))
    assert ("PER", "BOL", "13") not in keys


def test_a_vow_to_send_troops_into_a_region_threatens_that_country(run):
    keys = by_root(
        run("Kenya vowed to deploy more soldiers against the gunmen in southern Somalia.")
    )
    assert ("KEN", "SOM", "13") in keys
    assert not any(k[1] == "KEN" for k in keys)


def test_a_vow_to_crush_domestic_rebels_aims_at_the_rebels(run):
    keys = by_root(run("Nigeria's army vowed to crush the Boko Haram insurgents in the northeast."))
    assert ("NGA", "NGA", "13") in keys


# ---- a host and a mediator are not the same kind of other party ----------------------------


def test_guests_of_a_host_hold_their_talks_with_the_host(run):
    keys = by_root(
        run("Tanzania hosted the presidents of Zambia, Malawi and Mozambique for talks.")
    )
    for country in ("ZMB", "MWI", "MOZ"):
        assert (country, "TZA", "04") in keys
    assert ("ZMB", "MWI", "04") not in keys


def test_parties_brought_together_by_a_mediator_talk_to_each_other(run):
    text = (
        "Egypt's foreign minister brought his Sudanese and Ethiopian counterparts together for "
        "talks in Cairo on Sunday."
    )
    keys = by_root(run(text))
    assert ("SDN", "ETH", "04") in keys
    assert ("SDN", "EGY", "04") not in keys
    assert ("ETH", "EGY", "04") not in keys


def test_an_agreement_with_a_partys_proposal_is_not_joint(run):
    keys = by_root(run("Chile agreed with Peru's proposal for a joint fisheries commission."))
    assert ("PER", "CHL", "03") not in keys
