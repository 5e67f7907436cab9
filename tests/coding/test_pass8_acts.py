"""Eighth coder pass, acts: conditionals told by inversion, failed acts, eagerness as intent,
offers of forces as aid, lifting part of a set of sanctions, forces moved up to a border or
flown along a coast, signatures put to an accord, joint manoeuvres carried out, proceedings
instituted, and comma participles inside a frame's complement. Sentences are our own, with the
stand-in gazetteer."""

from __future__ import annotations


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


# ---- modality: inverted conditionals and failed acts (gold rule 5) --------------------------


def test_inverted_were_conditional_is_not_coded(run):
    text = "Were Oslo to recognise Peru's new government, trade would surely grow, envoys say."
    assert run(text) == []


def test_inverted_conditional_inside_the_sentence_is_not_coded(run):
    text = "Norway would lift its sanctions on Chile, were Santiago to free the detained reporters."
    assert run(text) == []


def test_inverted_had_conditional_under_a_report_is_not_coded(run):
    text = "Had Oslo expelled Chile's ambassador, the talks would have collapsed, officials said."
    assert run(text) == []


def test_failing_to_agree_on_a_statement_is_no_event(run):
    text = "Ghana's government failed to agree on a statement calling for a ceasefire in Peru."
    assert run(text) == []


# ---- intent: eagerness, and offers of forces ------------------------------------------------


def test_keen_to_expand_trade_is_an_intent_not_trade(run):
    got = _codes(run("Kenya's government said it was keen to expand trade with Vietnam."))
    assert got and all(code.startswith("03") for _, _, code in got)
    assert ("KEN", "VNM", "0311") in got


def test_eager_to_deepen_ties_is_an_intent(run):
    got = _keys(run("Chile's government is eager to deepen military cooperation with Peru."))
    assert ("CHL", "PER", "03") in got


def test_offer_to_send_aircraft_after_a_disaster_is_aid_not_a_threat(run):
    text = "Norway offered on Monday to send three firefighting aircraft to Chile after the blazes."
    got = _codes(run(text))
    assert ("NOR", "CHL", "033") in got
    assert not any(code.startswith("13") for _, _, code in got)


def test_vow_to_send_troops_to_a_border_stays_a_threat(run):
    got = _keys(run("Peru vowed to send more troops to the border with Chile."))
    assert ("PER", "CHL", "13") in got


# ---- reversals: lifting part of a set of sanctions -------------------------------------------


def test_lifting_most_of_the_sanctions_is_a_reversal_not_an_imposition(run):
    text = (
        "Norway lifted most of its sanctions against Ghana on Tuesday, including an arms embargo."
    )
    got = _codes(run(text))
    assert ("NOR", "GHA", "085") in got
    assert not any(code.startswith("16") for _, _, code in got)


# ---- material cooperation and legal action -----------------------------------------------------


def test_signatures_put_to_an_accord_is_signing_both_ways(run):
    text = (
        "Kenya's minister and Vietnam's minister put their signatures to a trade accord on Monday."
    )
    got = _keys(run(text))
    assert ("KEN", "VNM", "05") in got and ("VNM", "KEN", "05") in got


def test_joint_manoeuvres_carried_out_are_military_cooperation_both_ways(run):
    got = _codes(run("Chilean and Peruvian navy ships carried out joint manoeuvres on Friday."))
    assert ("CHL", "PER", "062") in got and ("PER", "CHL", "062") in got


def test_proceedings_instituted_against_a_state_are_a_lawsuit(run):
    got = _codes(run("Ghana instituted proceedings against Norway at an international court."))
    assert ("GHA", "NOR", "115") in got


# ---- force posture -----------------------------------------------------------------------------


def test_artillery_moved_up_to_a_border_is_a_deployment(run):
    text = "Chile moved rocket artillery and extra troops up to its border with Peru on Sunday."
    assert ("CHL", "PER", "15") in _keys(run(text))


def test_bombers_flying_along_a_coastline_are_a_show_of_force(run):
    text = "Polish bombers flew along Norway's coastline on Tuesday."
    assert ("POL", "NOR", "15") in _keys(run(text))


# ---- a comma participle inside a frame's complement is an act of its own ----------------------


def test_participle_under_a_vow_is_coded_apart(run):
    text = "Poland vowed to expel Chile's diplomats, accusing Santiago of spying on its army."
    got = _keys(run(text))
    assert ("POL", "CHL", "13") in got
    assert ("POL", "CHL", "11") in got
