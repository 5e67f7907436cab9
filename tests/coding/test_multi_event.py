"""Second and third events of a sentence whose first event the coder finds: a visit the act
is set in, a closing participle of the speaker, a finite verb the parser coordinated with an
infinitive complement, help pledged in a second verb. Each case is a sentence of our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

# ---- the visit an act is set in is an event of its own ----------------------------------


def test_a_wreath_at_the_start_of_a_trip_is_also_a_visit(run):
    text = (
        "The Polish minister laid a wreath at a memorial in Hanoi on Monday at the start of a "
        "three-day trip to Vietnam."
    )
    keys = by_root(run(text))
    assert ("POL", "VNM", "01") in keys
    assert ("POL", "VNM", "04") in keys


def test_a_wreath_during_a_visit_is_also_a_visit(run):
    text = (
        "The Polish minister laid a wreath at a memorial in Hanoi on Monday during an official "
        "visit to Vietnam."
    )
    keys = by_code(run(text))
    assert ("POL", "VNM", "017") in keys
    assert ("POL", "VNM", "042") in keys


def test_the_day_of_a_visit_fronted_names_the_clause_subject_as_visitor(run):
    text = (
        "On the third day of a state visit to Vietnam, the Polish minister praised Vietnam's "
        "economic reforms."
    )
    keys = by_code(run(text))
    assert ("POL", "VNM", "042") in keys
    assert ("POL", "VNM", "051") in keys


def test_a_fronted_visiting_participle_is_not_what_a_promise_wraps(run):
    text = "Visiting Hanoi on Monday, the Polish minister promised to expand trade with Vietnam."
    codes = [c for *_pair, c in by_code(run(text))]
    assert "042" in codes
    assert "036" not in codes  # the visit is made, not promised


def test_a_host_greeting_him_is_a_host_act(run):
    events = run("The Polish minister arrived in Hanoi on Monday and Vietnam greeted him warmly.")
    assert ("VNM", "POL", "043") in by_code(events)


# ---- a closing participle of the speaker --------------------------------------------------


def test_accusing_them_after_a_demand_is_the_speakers_accusation(run):
    text = (
        "Poland demanded on Monday that Kenyan troops leave the disputed area, accusing them "
        "of firing on civilians."
    )
    keys = by_root(run(text))
    assert ("POL", "KEN", "10") in keys
    assert ("POL", "KEN", "11") in keys
    assert ("KEN", "KEN", "11") not in keys


def test_accusing_it_names_the_object_of_the_reported_act(run):
    text = (
        "Chile's government said on Monday it would seek to ban a Peruvian airline, accusing "
        "it of smuggling."
    )
    events = run(text, flagged=True)
    accusations = [e for e in events if e.code[:2] == "11"]
    assert accusations and all(not e.flagged for e in accusations)
    assert ("CHL", "PER", "11") in by_root(accusations)


def test_a_closing_accusation_is_not_made_a_threat_by_the_reported_future(run):
    text = (
        "Chile's government said on Monday it would expel the Peruvian diplomats, accusing "
        "them of spying."
    )
    codes = [c for s, t, c in by_code(run(text)) if (s, t) == ("CHL", "PER")]
    assert any(c.startswith("112") for c in codes)


# ---- a finite verb coordinated with an infinitive complement -----------------------------


def test_offered_after_an_appeal_is_the_appellants_own_offer(run):
    text = (
        "Poland urged Chile and Peru on Monday to halt the fighting along their border and "
        "offered to mediate between the two neighbours."
    )
    codes = by_code(run(text))
    assert ("POL", "CHL", "039") in codes and ("POL", "PER", "039") in codes
    assert not any(c == "028" for *_pair, c in codes)  # not an appeal for mediation


def test_a_bare_verb_form_stays_part_of_the_appeal(run):
    text = (
        "Kenya urged its neighbours on Monday to shut their borders to Chilean traders and cut "
        "off all imports of Chilean copper."
    )
    # 'cut' may be the bare verb: still what Kenya asks for, not an embargo Kenya imposed
    assert not any(r == "16" for *_pair, r in by_root(run(text)))


# ---- help pledged in a second verb goes to the first verb's target -----------------------


def test_aid_pledged_after_praise_goes_to_the_praised(run):
    text = (
        "Norway praised Ghana's reforms on Thursday and said it would provide $50 million in aid."
    )
    keys = by_root(run(text))
    assert ("NOR", "GHA", "05") in keys
    assert ("NOR", "GHA", "03") in keys


def test_aid_after_a_condemnation_gets_no_target_from_it(run):
    text = (
        "Norway condemned Ghana's crackdown on Thursday and said it would provide $50 million "
        "in aid."
    )
    assert ("NOR", "GHA", "03") not in by_root(run(text))


# ---- the sides a possessive names in 'talks between their ministers' ----------------------


def test_talks_between_their_ministers_are_held_by_both_sides(run):
    text = (
        "Chile and Peru held their first meeting in a decade on Monday, and talks between "
        "their foreign ministers lasted ten hours."
    )
    codes = by_code(run(text))
    assert ("CHL", "PER", "046") in codes and ("PER", "CHL", "046") in codes


# ---- a beating and an arrest told by coordinated verbs are two acts -----------------------


def test_beaten_unconscious_and_taken_into_custody_is_two_acts(run):
    text = (
        "Chilean police beat a Peruvian protester unconscious on Monday and took him into custody."
    )
    roots = {r for s, t, r in by_root(run(text)) if (s, t) == ("CHL", "PER")}
    assert {"17", "18"} <= roots


def test_a_judgement_predicate_still_blocks_the_bare_verb(run):
    # 'called X unacceptable' is a judgement, not a phone call
    codes = by_code(run("Chile called the Peruvian proposal unacceptable on Monday."))
    assert not any(c.startswith("04") for *_pair, c in codes)


# ---- later acts of one subject share the first act's target -------------------------------


@pytest.fixture(scope="module")
def real_run(real_coder):
    def _run(text, date="2021-06-15"):
        return real_coder.code(text, date, include_flagged=False)

    return _run


def test_a_second_verb_with_no_target_shares_the_first_ones(real_run):
    keys = by_root(
        real_run("Chile criticised Bolivia's border closure on Tuesday and summoned its envoy.")
    )
    assert ("CHL", "BOL", "11") in keys
    assert ("CHL", "BOL", "16") not in keys
    keys = by_root(
        real_run("Norway suspended fishing talks with Iceland on Friday and cut diplomatic ties.")
    )
    assert ("NOR", "ISL", "16") in keys
    assert keys.count(("NOR", "ISL", "16")) == 2


def test_three_coordinated_acts_all_reach_the_target(real_run):
    text = (
        "Uruguay condemned Paraguay's arrest of its journalists on Monday, recalled its "
        "ambassador and froze its assets."
    )
    keys = by_root(real_run(text))
    assert ("URY", "PRY", "11") in keys
    assert keys.count(("URY", "PRY", "16")) == 2


def test_then_links_a_second_act(real_run):
    text = "Latvia expelled three Belarusian diplomats on Thursday, then summoned its envoy."
    keys = by_root(real_run(text))
    assert ("LVA", "BLR", "16") in keys
    assert ("LVA", "BLR", "11") in keys


def test_a_finite_verb_under_a_demanded_clause_is_the_demanders_act(real_run):
    text = (
        "Vietnam demanded that Cambodia release the detained fishermen on Sunday, and lodged "
        "a formal protest."
    )
    keys = by_root(real_run(text))
    assert ("VNM", "KHM", "10") in keys
    assert ("VNM", "KHM", "11") in keys
    assert not [k for k in keys if k[0] == "KHM"]


def test_a_past_form_after_an_infinitive_is_the_urgers_act(real_run):
    text = "Kenya urged Somalia to hand over the suspects on Monday and imposed sanctions."
    keys = by_root(real_run(text))
    assert ("KEN", "SOM", "02") in keys
    assert ("KEN", "SOM", "16") in keys


def test_a_closing_threat_participle_is_aimed_at_the_same_side(real_run):
    text = (
        "Greece expelled two Turkish diplomats on Friday, warning that it would take military "
        "action if provoked."
    )
    keys = by_root(real_run(text))
    assert ("GRC", "TUR", "16") in keys
    assert ("GRC", "TUR", "13") in keys


def test_a_negated_conjunct_stays_uncoded(real_run):
    text = "Chile criticised Bolivia's border closure on Tuesday but did not recall its envoy."
    keys = by_root(real_run(text))
    assert ("CHL", "BOL", "11") in keys
    assert ("CHL", "BOL", "16") not in keys


def test_another_subject_does_not_inherit_the_target(real_run):
    keys = by_root(
        real_run(
            "Norway imposed sanctions on Iceland on Friday and Iceland condemned the decision."
        )
    )
    assert ("NOR", "ISL", "16") in keys
    assert ("NOR", "ISL", "11") not in keys


def test_a_participle_insisting_on_something_addresses_no_one(real_run):
    text = (
        "Peru rejected Ecuador's offer of talks on Monday, insisting that any dialogue must wait."
    )
    keys = by_root(real_run(text))
    assert ("PER", "ECU", "10") not in keys


def test_property_burned_in_an_attack_is_its_toll_not_a_second_act(real_run):
    text = (
        "Eritrean artillery shelled a Djiboutian border town on Monday, killing four soldiers "
        "and setting dozens of homes ablaze."
    )
    keys = by_root(real_run(text))
    assert not [k for k in keys if k[2] == "17"]
