"""Seventh coder pass: frame verbs. A frame verb coordinated under an earlier act of the same
subject, a promise of a conflictual act, an appeal whose means is a noun, readiness orders and
an orderer's own forces, permission to use bases, hedged appearances. Each case is a sentence of
our own with the stand-in gazetteer."""

from __future__ import annotations


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


# ---- a frame verb in a second conjunct takes the first act's target ------------------------


def test_a_demand_after_a_condemnation_is_aimed_at_the_condemned(run):
    keys = _keys(run("Poland condemned Kenya on Monday and demanded the release of the fishermen."))
    assert ("POL", "KEN", "11") in keys
    assert ("POL", "KEN", "10") in keys


def test_a_demand_after_a_meeting_is_aimed_at_the_partner(run):
    text = (
        "The Polish minister met the Kenyan minister in Oslo on Monday and demanded his "
        "resignation."
    )
    codes = _codes(run(text))
    assert ("POL", "KEN", "1041") in codes


def test_a_pledge_after_talks_is_aimed_at_the_partner(run):
    text = (
        "Chile's minister held talks with Peru's minister on Tuesday and pledged to deepen "
        "the partnership between the two countries."
    )
    keys = _keys(run(text))
    assert ("CHL", "PER", "03") in keys
    assert ("PER", "CHL", "03") not in keys  # the pledge is Chile's alone


def test_a_second_conjunct_with_its_own_subject_keeps_its_own_roles(run):
    keys = _keys(run("Poland condemned Kenya on Monday, and Ghana demanded calm."))
    assert ("GHA", "KEN", "10") not in keys


# ---- a promised conflictual act is a threat (gold rule 6) -----------------------------------


def test_a_vow_to_expel_envoys_is_a_threat_to_cut_ties(run):
    codes = _codes(run("Ghana vowed on Monday to expel Norway's diplomats."))
    assert [c for c in codes if c[:2] == ("GHA", "NOR")] == [("GHA", "NOR", "1313")]


def test_a_pledge_to_impose_sanctions_is_a_sanctions_threat(run):
    codes = _codes(run("Poland pledged on Friday to impose sanctions on Vietnam."))
    assert ("POL", "VNM", "1312") in codes
    assert not any(c[2].startswith("03") for c in codes)


def test_a_pledge_to_end_attacks_stays_an_intent(run):
    keys = _keys(run("Chile promised on Friday to end its raids on Peruvian villages."))
    assert ("CHL", "PER", "03") in keys
    assert ("CHL", "PER", "13") not in keys


def test_a_cooperative_pledge_stays_an_intent(run):
    keys = _keys(run("Norway pledged on Monday to send food aid to Kenya."))
    assert ("NOR", "KEN", "03") in keys


# ---- the means of an appealed act is not the act ---------------------------------------------


def test_resolving_a_dispute_through_dialogue_is_a_settlement_appeal(run):
    text = (
        "Norway urged Chile and Peru to show restraint and resolve their dispute through dialogue."
    )
    codes = _codes(run(text))
    for side in ("CHL", "PER"):
        assert ("NOR", side, "0256") in codes
        assert ("NOR", side, "027") in codes
        assert ("NOR", side, "026") not in codes


def test_a_plain_appeal_for_dialogue_is_still_an_appeal_to_meet(run):
    codes = _codes(run("Norway called on Chile on Monday to hold a dialogue with Peru."))
    assert any(c[:2] == ("NOR", "CHL") and c[2].startswith("02") for c in codes)


# ---- orders: readiness and the orderer's own forces ----------------------------------------


def test_an_order_to_be_ready_to_fire_is_an_alert_against_the_foe(run):
    text = (
        "The Chilean minister ordered the navy on Monday to be ready to fire on Peruvian "
        "warships if they crossed the line."
    )
    keys = _keys(run(text))
    assert ("CHL", "PER", "15") in keys
    assert all(k[1] != "CHL" for k in keys)


def test_an_order_to_attack_targets_the_enemy_not_the_army(run):
    keys = _keys(run("The Chilean minister ordered the army to attack Peruvian positions."))
    assert ("CHL", "PER", "19") in keys
    assert all(k[1] != "CHL" for k in keys)


# ---- letting forces use bases is military cooperation -----------------------------------------


def test_allowing_foreign_troops_to_use_an_airbase_is_military_cooperation(run):
    keys = _keys(run("Ghana is allowing Norwegian troops to use its airfields, officials said."))
    assert ("GHA", "NOR", "06") in keys
    assert ("GHA", "NOR", "08") not in keys


def test_allowing_aid_convoys_stays_humanitarian_access(run):
    codes = _codes(run("Chile allowed aid convoys to Peru on Monday."))
    assert not any(c[2] == "062" for c in codes)


# ---- precedence and modality ----------------------------------------------------------------


def test_gun_battles_are_small_arms_fighting(run):
    codes = _codes(run("Chilean troops fought gun battles with Peruvian rebels on Tuesday."))
    assert ("CHL", "PER", "193") in codes


def test_an_apparent_preparation_is_not_coded(run):
    text = "Chile appears to be sending more troops to Peru, Kenyan officials said on Monday."
    assert _keys(run(text)) == []
