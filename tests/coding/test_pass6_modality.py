"""Sixth coder pass: modality, tense, background and pattern data (review of WCEP output).
Every case is a sentence of our own with the stand-in gazetteer, showing one behaviour."""

from __future__ import annotations


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


# ---- modality: preference, purpose, schedule --------------------------------------------


def test_favouring_an_act_is_not_the_act(run):
    text = "The Polish defence minister said he favours expelling Kenyan diplomats from Warsaw."
    assert run(text) == []
    assert [e.hypothetical for e in run(text, flagged=True)] == [True]
    # the same act, done, is coded
    assert _keys(run("The Polish defence minister said Poland expelled Kenyan diplomats.")) == [
        ("POL", "KEN", "16")
    ]


def test_the_purpose_of_a_deployment_is_not_done_but_the_deployment_is(run):
    keys = _keys(run("Poland deployed troops to occupy the Kenyan town of Lodwar."))
    assert keys == [("POL", "KEN", "15")]
    flagged = run("Poland deployed troops to occupy the Kenyan town of Lodwar.", flagged=True)
    assert {(e.code[:2], e.hypothetical) for e in flagged} == {("15", False), ("19", True)}


def test_sending_troops_is_a_deployment(run):
    assert _keys(run("Poland sent troops to seize a Kenyan border post.")) == [("POL", "KEN", "15")]


def test_a_protest_march_with_a_purpose_demand_is_still_coded(run):
    # 'march' is no deployment: the demand it carries is done, and it is a protest (rule 7)
    keys = _keys(
        run("Thousands of Kenyan protesters marched to demand that Poland free the sailors.")
    )
    assert keys == [("KEN", "POL", "14")]


def test_be_to_v_is_future_so_a_meeting_becomes_an_intent(run):
    assert {
        k[2]
        for k in _keys(
            run("The Polish government is to meet Kenyan officials in Warsaw on Friday.")
        )
    } == {"03"}
    assert {
        k[2] for k in _keys(run("The Polish government met Kenyan officials in Warsaw on Friday."))
    } == {"04"}


def test_to_blame_is_not_a_schedule(run):
    # 'X is to blame' judges now; no future reading may turn it into a threat
    events = run(
        "Peru is to blame for the attack on the Chilean embassy, Chile said.", flagged=True
    )
    assert all(e.code[:2] != "13" for e in events)


def test_a_headline_infinitive_is_future_and_conflict_becomes_a_threat(run):
    assert _keys(run("Polish prosecutors to charge the Kenyan ambassador with smuggling.")) == [
        ("POL", "KEN", "13")
    ]
    assert _keys(run("Polish police arrest the Kenyan ambassador.")) == [("POL", "KEN", "17")]


# ---- tense: future verbal conflict is a threat (CAMEO 130 note) -------------------------


def test_a_future_veto_is_a_threat_and_a_done_veto_a_rejection(run):
    assert _keys(run("Chile said it will veto the Peruvian resolution at the UN.")) == [
        ("CHL", "PER", "13")
    ]
    assert _codes(run("Chile vetoed the Peruvian resolution.")) == [("CHL", "PER", "129")]


def test_a_future_protest_is_a_threat_to_protest(run):
    assert _codes(run("Norwegian protesters will march outside the Kenyan embassy on Sunday.")) == [
        ("NOR", "KEN", "133")
    ]


# ---- background ------------------------------------------------------------------------


def test_what_an_act_responds_to_is_background(run):
    assert (
        run("Chile recalled its ambassador in response to Peru's expulsion of Chilean diplomats.")
        == []
    )
    assert _keys(run("Peru expelled Chilean diplomats.")) == [("PER", "CHL", "16")]


# ---- precedence: protest over demand ---------------------------------------------------


def test_a_rally_to_demand_is_a_protest(run):
    # no protest noun in the source: the rally verb makes the demand a protest
    keys = _keys(
        run("Kenyan farmers rallied in Nairobi to demand that Poland release the detained sailors.")
    )
    assert keys == [("KEN", "POL", "14")]


def test_a_diplomatic_protest_keeps_its_demand(run):
    keys = _keys(
        run(
            "Kenya protested to Poland on Monday, demanding that Warsaw release the "
            "detained sailors."
        )
    )
    assert ("KEN", "POL", "10") in keys and ("KEN", "POL", "14") not in keys


# ---- pattern data ----------------------------------------------------------------------


def test_dismissing_an_act_as_something_is_disapproval(run):
    assert _codes(run("Chile dismissed Peru's proposal as a publicity stunt.")) == [
        ("CHL", "PER", "111")
    ]
    # an accusation dismissed is still a denial
    assert _codes(run("Chile dismissed Peru's accusations as baseless.")) == [("CHL", "PER", "016")]


def test_questioning_commitment_is_criticism_but_questioning_people_is_not(run):
    keys = _keys(run("The Chilean foreign minister questioned Peru's commitment to the treaty."))
    assert keys == [("CHL", "PER", "11")]
    assert _keys(run("Peruvian police questioned two Chilean tourists.")) == [("PER", "CHL", "09")]


def test_calling_remarks_unacceptable_is_criticism_not_a_phone_call(run):
    assert _codes(run("Chile called the Peruvian minister's remarks unacceptable.")) == [
        ("CHL", "PER", "111")
    ]
    assert {k[2] for k in _keys(run("Chile called Peru's president on Tuesday."))} == {"04"}


def test_announcing_plans_to_sign_is_a_joint_intent(run):
    assert _keys(run("Chile and Peru announce plans to sign a fishing accord.")) == [
        ("CHL", "PER", "03"),
        ("PER", "CHL", "03"),
    ]
    assert run("Chile has no plans to sign a fishing accord with Peru.") == []


def test_hacking_computers_is_coercion(run):
    assert _keys(run("Peruvian hackers hacked into Chilean government computers.")) == [
        ("PER", "CHL", "17")
    ]
    assert _keys(run("Peru said it infected Chilean computers with a virus.")) == [
        ("PER", "CHL", "17")
    ]
