"""Modality, tense and background: preference, purpose, schedules, intents, conditionals,
negation ('no sign that'), cancelled acts, present-tense summaries and background clauses.
Also negation by a governor with its particle ('held back from', 'has yet to'), background by a
dated subject, a time counted from a past date, a standing state since a past start, and
reported conditionals or think-tank speculation, each with a control that keeps a current event.
Every case is a sentence of our own with the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


def test_an_adjunct_after_the_act_does_not_make_it_background(run):
    assert by_code(run("Norway condemned Chile after the disputed vote.")) == [
        ("NOR", "CHL", "111")
    ]


def test_after_which_is_a_later_event_not_background(run):
    text = "Norway hosted Chile's minister, after which Peru called on Kenya to lift its embargo."
    assert ("PER", "KEN", "0254") in by_code(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway annexes the Chilean province.", ("NOR", "CHL", "192")),
        ("Norwegian troops overrun Chile's navy headquarters.", ("NOR", "CHL", "192")),
        ("Norwegian troops recapture the Chilean port.", ("NOR", "CHL", "192")),
        ("Norway masses its army near the Chilean border.", ("NOR", "CHL", "154")),
        ("Norway moves troops in the Chilean province.", ("NOR", "CHL", "154")),
    ],
)
def test_present_tense_summaries_are_actual_events(run, text, expected):
    events = run(text)
    assert by_code(events) == [expected]
    assert not any(e.negated or e.hypothetical for e in events)


def test_no_sign_that_an_act_happened_negates_it(run):
    text = "There is no sign that Norwegian troops have withdrawn from Chile."
    assert run(text) == []
    assert all(e.negated for e in run(text, flagged=True))


def test_cancelled_talks_did_not_take_place(run):
    assert run("Talks between Norway and Chile have been cancelled.") == []


# ---- modality: preference, purpose, schedule --------------------------------------------


def test_favouring_an_act_is_not_the_act(run):
    text = "The Polish defence minister said he favours expelling Kenyan diplomats from Warsaw."
    assert run(text) == []
    assert [e.hypothetical for e in run(text, flagged=True)] == [True]
    # the same act, done, is coded
    assert by_root(run("The Polish defence minister said Poland expelled Kenyan diplomats.")) == [
        ("POL", "KEN", "16")
    ]


def test_the_purpose_of_a_deployment_is_not_done_but_the_deployment_is(run):
    keys = by_root(run("Poland deployed troops to occupy the Kenyan town of Lodwar."))
    assert keys == [("POL", "KEN", "15")]
    flagged = run("Poland deployed troops to occupy the Kenyan town of Lodwar.", flagged=True)
    assert {(e.code[:2], e.hypothetical) for e in flagged} == {("15", False), ("19", True)}


def test_sending_troops_is_a_deployment(run):
    assert by_root(run("Poland sent troops to seize a Kenyan border post.")) == [
        ("POL", "KEN", "15")
    ]


def test_a_protest_march_with_a_purpose_demand_is_still_coded(run):
    # 'march' is no deployment: the demand it carries is done, and it is a protest (rule 7)
    keys = by_root(
        run("Thousands of Kenyan protesters marched to demand that Poland free the sailors.")
    )
    assert keys == [("KEN", "POL", "14")]


def test_be_to_v_is_future_so_a_meeting_becomes_an_intent(run):
    assert {
        k[2]
        for k in by_root(
            run("The Polish government is to meet Kenyan officials in Warsaw on Friday.")
        )
    } == {"03"}
    assert {
        k[2]
        for k in by_root(run("The Polish government met Kenyan officials in Warsaw on Friday."))
    } == {"04"}


def test_to_blame_is_not_a_schedule(run):
    # 'X is to blame' judges now; no future reading may turn it into a threat
    events = run(
        "Peru is to blame for the attack on the Chilean embassy, Chile said.", flagged=True
    )
    assert all(e.code[:2] != "13" for e in events)


def test_a_headline_infinitive_is_future_and_conflict_becomes_a_threat(run):
    assert by_root(run("Polish prosecutors to charge the Kenyan ambassador with smuggling.")) == [
        ("POL", "KEN", "13")
    ]
    assert by_root(run("Polish police arrest the Kenyan ambassador.")) == [("POL", "KEN", "17")]


# ---- tense: future verbal conflict is a threat (CAMEO 130 note) -------------------------


def test_a_future_veto_is_a_threat_and_a_done_veto_a_rejection(run):
    assert by_root(run("Chile said it will veto the Peruvian resolution at the UN.")) == [
        ("CHL", "PER", "13")
    ]
    assert by_code(run("Chile vetoed the Peruvian resolution.")) == [("CHL", "PER", "129")]


def test_a_future_protest_is_a_threat_to_protest(run):
    assert by_code(
        run("Norwegian protesters will march outside the Kenyan embassy on Sunday.")
    ) == [("NOR", "KEN", "133")]


# ---- background ------------------------------------------------------------------------


def test_what_an_act_responds_to_is_background(run):
    assert (
        run("Chile recalled its ambassador in response to Peru's expulsion of Chilean diplomats.")
        == []
    )
    assert by_root(run("Peru expelled Chilean diplomats.")) == [("PER", "CHL", "16")]


# ---- precedence: protest over demand ---------------------------------------------------


def test_a_rally_to_demand_is_a_protest(run):
    # no protest noun in the source: the rally verb makes the demand a protest
    keys = by_root(
        run("Kenyan farmers rallied in Nairobi to demand that Poland release the detained sailors.")
    )
    assert keys == [("KEN", "POL", "14")]


def test_a_diplomatic_protest_keeps_its_demand(run):
    keys = by_root(
        run(
            "Kenya protested to Poland on Monday, demanding that Warsaw release the "
            "detained sailors."
        )
    )
    assert ("KEN", "POL", "10") in keys and ("KEN", "POL", "14") not in keys


# ---- pattern data ----------------------------------------------------------------------


def test_dismissing_an_act_as_something_is_disapproval(run):
    assert by_code(run("Chile dismissed Peru's proposal as a publicity stunt.")) == [
        ("CHL", "PER", "111")
    ]
    # an accusation dismissed is still a denial
    assert by_code(run("Chile dismissed Peru's accusations as baseless.")) == [
        ("CHL", "PER", "016")
    ]


def test_questioning_commitment_is_criticism_but_questioning_people_is_not(run):
    keys = by_root(run("The Chilean foreign minister questioned Peru's commitment to the treaty."))
    assert keys == [("CHL", "PER", "11")]
    assert by_root(run("Peruvian police questioned two Chilean tourists.")) == [
        ("PER", "CHL", "09")
    ]


def test_calling_remarks_unacceptable_is_criticism_not_a_phone_call(run):
    assert by_code(run("Chile called the Peruvian minister's remarks unacceptable.")) == [
        ("CHL", "PER", "111")
    ]
    assert {k[2] for k in by_root(run("Chile called Peru's president on Tuesday."))} == {"04"}


def test_announcing_plans_to_sign_is_a_joint_intent(run):
    assert by_root(run("Chile and Peru announce plans to sign a fishing accord.")) == [
        ("CHL", "PER", "03"),
        ("PER", "CHL", "03"),
    ]
    assert run("Chile has no plans to sign a fishing accord with Peru.") == []


def test_hacking_computers_is_coercion(run):
    assert by_root(run("Peruvian hackers hacked into Chilean government computers.")) == [
        ("PER", "CHL", "17")
    ]
    assert by_root(run("Peru said it infected Chilean computers with a virus.")) == [
        ("PER", "CHL", "17")
    ]


# ---- negating governors, dated subjects, past-dated times, standing states, reported ifs -------


@pytest.mark.parametrize(
    "text",
    [
        "Norway has so far held back from expelling Chilean diplomats.",
        "Oslo held off on recognising the new Chilean government.",
        "Norway and Chile have yet to sign a trade agreement.",
        "Peru is yet to recognise Kenya's new government.",
        "Norway stopped short of expelling Chile's ambassador.",
        "Peru has shied away from condemning Kenya over the raid.",
    ],
)
def test_a_governor_with_its_particle_negates_the_act(run, text):
    assert by_root(run(text)) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway expelled Chilean diplomats on Monday.", "16"),
        ("Norway and Chile signed a trade agreement on Monday.", "05"),
    ],
)
def test_controls_without_the_particle_are_coded(run, text, root):
    assert root in {r for _, _, r in by_root(run(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian invasion of Chile ten years ago toppled the junta within weeks.",
        "Norway's seizure of the Chilean port earlier this month has left hundreds homeless.",
        "Peru's blockade of Kenya last year ruined its exporters.",
    ],
)
def test_a_subject_dated_in_the_past_is_background(run, text):
    assert by_root(run(text)) == []


def test_a_subject_of_today_is_still_coded(run):
    text = "Norway's seizure of the Chilean port on Monday angered the region."
    assert ("NOR", "CHL", "19") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile fought a short war in 1987 and signed a peace treaty two years later.",
        "Peru invaded Kenya in 1990 and annexed its northern province six months later.",
    ],
)
def test_a_time_counted_from_a_past_date_is_background(run, text):
    assert by_root(run(text)) == []


def test_hours_later_after_a_current_act_is_still_coded(run):
    text = (
        "Norway freed ten Chilean prisoners on Friday, and Chile freed ten Norwegian prisoners"
        " hours later."
    )
    assert ("CHL", "NOR", "08") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway has claimed the islands ever since ceding them to Chile in 1920.",
        "The talks between Peru and Kenya have achieved little since they began in 2009.",
        "Norway has demanded the islands back since losing them to Chile.",
    ],
)
def test_a_standing_state_summed_up_since_a_past_start_is_background(run, text):
    assert by_root(run(text)) == []


def test_a_perfect_since_a_recent_act_is_still_coded(run):
    text = "Norway has moved troops toward the Chilean border since Chile seized the islands."
    assert ("NOR", "CHL", "15") in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "If Chile tests a missile, Norway would push for new sanctions, officials said.",
        "A Norwegian blockade of Chile would cripple its copper exports, a think tank said.",
    ],
)
def test_reported_conditionals_and_think_tank_views_are_not_coded(run, text):
    assert by_root(run(text)) == []


def test_a_speaker_stating_its_own_conditional_terms_is_kept(run):
    text = "Norway said on Monday it would impose sanctions on Chile if Santiago tested a missile."
    assert by_root(run(text)) != []
