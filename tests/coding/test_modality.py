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


# ---- intents that name no target, self-aimed inquiries, flags that do not belong -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway offered on Monday to send 300 engineers to help rebuild bridges in Chile.",
            ("NOR", "CHL", "03"),
        ),
        (
            "Poland pledged on Friday to give 40 million euros to help Kenya fight drought.",
            ("POL", "KEN", "03"),
        ),
        (
            "Ghana agreed on Tuesday to a 2 billion dollar credit line for Peru.",
            ("GHA", "PER", "03"),
        ),
        (
            "Vietnam promised on Sunday to scale back fishing patrols around Oslo.",
            ("VNM", "NOR", "03"),
        ),
    ],
)
def test_a_one_sided_intent_is_aimed_at_the_side_its_promise_concerns(run, text, expected):
    assert expected in by_root(run(text))


def test_an_offer_to_host_talks_between_two_sides_is_aimed_at_both(run):
    text = "Ghana offered on Wednesday to host direct talks between Chile and Peru."
    assert by_root(run(text)) == [("GHA", "CHL", "03"), ("GHA", "PER", "03")]


@pytest.mark.parametrize(
    "text",
    [
        "At a donors' meeting in Warsaw on Monday, Norway pledged 90 million euros to help Chile.",
        "Norway pledged on Monday to resume talks with Chile in Lima before the end of the year.",
    ],
)
def test_the_setting_of_a_pledge_is_not_its_target(run, text):
    events = by_root(run(text))
    assert ("NOR", "CHL", "03") in events
    assert all(t not in ("POL", "PER") for _s, t, _r in events)


def test_an_intent_to_the_sources_own_country_stays_uncoded(run):
    text = "Norway pledged on Monday to double Norwegian army pay by next year."
    assert by_root(run(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile might resume talks with Peru before the end of the year, diplomats suggested.",
        "Norway may ease its sanctions on Kenya, some analysts have suggested.",
        "Oslo may soften its stance on whaling to win favour with Santiago, some Norwegian "
        "commentators have suggested.",
    ],
)
def test_a_hedged_guess_is_not_an_intent(run, text):
    assert by_root(run(text)) == []
    assert all(e.hypothetical for e in run(text, flagged=True))


def test_an_observer_criticising_is_no_speculation(run):
    text = "Norwegian observers criticised the weekend's vote in Chile on Monday."
    assert by_root(run(text)) == [("NOR", "CHL", "11")]


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the World Bank said it had opened an inquiry into an air strike called in "
        "by Chilean troops on two trucks seized by bandits in the north.",
        "On Tuesday the World Bank said it had launched an inquiry into a bombing ordered by "
        "Chile's government on a remote village.",
        "On Wednesday the World Bank began an investigation into a shelling blamed on Chilean "
        "troops.",
    ],
)
def test_an_inquiry_is_aimed_at_whom_it_is_about_not_at_itself(run, text):
    assert by_root(run(text)) == [("IGO", "CHL", "09")]


def test_an_inquiry_into_the_sources_own_forces_names_no_other_target(run):
    text = "The Norwegian army is probing abuses committed by Norwegian troops in Chile."
    assert ("NOR", "CHL", "09") not in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the World Bank said it had sent a team to investigate fraud by Kenya's "
        "government.",
        "On Friday the World Bank dispatched auditors to look into spending by the Peruvian "
        "government.",
    ],
)
def test_sending_a_team_to_investigate_is_the_inquiry(run, text):
    events = run(text, flagged=True)
    assert any(e.code[:2] == "09" and not e.hypothetical for e in events)


def test_sending_troops_to_seize_a_town_is_still_only_an_aim(run):
    text = "Norway sent troops on Monday to seize the Chilean port."
    assert ("NOR", "CHL", "19") not in by_root(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan men wanted over a string of bank robberies were handed over to Kenyan "
        "police by Ghana on Friday.",
        "A Peruvian banker wanted in Lima for tax fraud was extradited to Peru by Norway on "
        "Monday.",
    ],
)
def test_wanted_by_the_law_is_no_wish(run, text):
    events = run(text, flagged=True)
    assert events and not any(e.hypothetical for e in events)


def test_a_wish_is_still_hypothetical(run):
    text = "Norway wanted to hold talks with Chile, an official said on Monday."
    events = run(text, flagged=True)
    assert events and all(e.hypothetical for e in events)


def test_a_no_object_of_one_verb_does_not_negate_its_conjunct(run):
    text = (
        "Norway's minister said he saw no hope of a deal with Chile, and accused Santiago of lying."
    )
    assert ("NOR", "CHL", "11") in by_root(run(text))


def test_a_shared_negation_still_negates_the_conjunct(run):
    text = "Norway did not accuse Chile of spying or expel its diplomats on Monday."
    assert by_root(run(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway seized a Chilean oil field on Monday, taking over the Peruvian company's "
            "assets amid rising tensions.",
            ("NOR", "PER", "17"),
        ),
        (
            "Peru's police raided the port on Friday, arresting Kenyan sailors despite protests.",
            ("PER", "KEN", "17"),
        ),
        (
            "Norway's government closed its border on Monday, expelling Chile's diplomats amid "
            "a row over fishing.",
            ("NOR", "CHL", "16"),
        ),
    ],
)
def test_a_setting_of_a_participle_is_no_earlier_act(run, text, expected):
    assert expected in by_root(run(text))


def test_an_after_clause_with_its_own_subject_stays_background(run):
    text = "Norway expelled Chile's envoy on Monday, a day after Chilean troops seized the port."
    assert ("CHL", "NOR", "19") not in by_root(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian judges have placed two Kenyan diplomats under investigation over the death "
            "of a Peruvian activist in Lima in 2018.",
            ("PER", "KEN", "09"),
        ),
        (
            "Kenya has put three Ghanaian soldiers on trial over the killing of Kenyan fishermen "
            "in 2019.",
            ("KEN", "GHA", "17"),
        ),
        (
            "On Monday Ghana's president apologised to Kenya for harsh treatment of Kenyan "
            "migrants during the 1983 expulsions.",
            ("GHA", "KEN", "05"),
        ),
    ],
)
def test_a_year_that_cannot_date_the_verb_dates_a_noun_before_it(run, text, expected):
    assert expected in by_root(run(text))


def test_a_year_on_a_past_tense_verb_still_makes_it_background(run):
    text = "Norway charged three Chilean officers in 2012."
    assert by_root(run(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters set tyres alight in Accra after the ruling, and Ghanaian police "
        "fired tear gas to disperse the crowds.",
        "Striking miners set up roadblocks outside Lima, and Peruvian police fired rubber "
        "bullets to clear the protesters.",
    ],
)
def test_a_verb_coordinated_with_set_is_not_set_to_happen(real_coder, text):
    """'set X alight and fired at Y': 'set' governs a future only as 'set to', not the verb
    coordinated with it; the police action is current (175), not a threat (13x)."""
    roots = {e.code[:2] for e in real_coder.code(text, "2024-05-17")}
    assert "17" in roots
    assert "13" not in roots


def test_set_to_still_marks_a_future_act(real_coder):
    events = real_coder.code("Norway is set to expel Chile's ambassador next week.", "2024-05-17")
    assert not any(e.code[:2] == "16" for e in events)


# --- wire wordings of non-occurrence, hearsay, conditions and counterfactuals (probe sweep) ---


def _roots(real_coder, text, date="2022-10-12"):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in real_coder.code(text, date)}


@pytest.mark.parametrize(
    "text",
    [
        "Latvia said on Wednesday it was too early to lift its embargo on Belarus.",
        "Officials in Riga said the government was too divided to lift its embargo on Belarus.",
    ],
)
def test_too_adjective_to_act_is_not_the_act(real_coder, text):
    assert not any(r[2] in ("08", "03") for r in _roots(real_coder, text))


def test_too_control_a_lifted_embargo_stays(real_coder):
    assert ("LVA", "BLR", "08") in _roots(real_coder, "Latvia lifted its embargo on Belarus.")


@pytest.mark.parametrize(
    "text",
    [
        "Speculation grew on Wednesday that Bolivia would expel Paraguay's envoy.",
        "Rumours spread on Friday that Bolivia was about to expel Paraguay's envoy.",
        "There was feverish speculation that Bolivia would expel Paraguay's envoy within days.",
    ],
)
def test_hearsay_about_an_act_is_not_coded(real_coder, text):
    assert not any(r[:2] == ("BOL", "PRY") for r in _roots(real_coder, text))


def test_hearsay_control_the_expulsion_itself_stays(real_coder):
    roots = _roots(real_coder, "Bolivia expelled Paraguay's envoy on Wednesday, officials said.")
    assert ("BOL", "PRY", "16") in roots


@pytest.mark.parametrize(
    "text",
    [
        "In the event of an invasion, Estonia would sever ties with Belarus, a government "
        "source said.",
        "In case of renewed shelling, Botswana is prepared to impose sanctions on Zimbabwe.",
        "In the event that talks collapse, Botswana would impose sanctions on Zimbabwe, an "
        "aide said.",
    ],
)
def test_a_condition_told_by_a_prepositional_phrase(real_coder, text):
    assert not any(r[2] in ("16", "13") for r in _roots(real_coder, text))


def test_in_the_event_as_it_turned_out_is_no_condition(real_coder):
    roots = _roots(real_coder, "In the event, Estonia severed ties with Belarus on Monday.")
    assert ("EST", "BLR", "16") in roots


def test_a_reported_counterfactual_is_not_coded(real_coder):
    text = (
        "Paraguay would have expelled Bolivia's envoy had the border incident not been "
        "settled, an official said on Tuesday."
    )
    assert not any(r[:2] == ("PRY", "BOL") for r in _roots(real_coder, text))


def test_a_reported_future_is_still_an_intent(real_coder):
    text = "Paraguay would send food aid to Bolivia, an official said on Tuesday."
    assert ("PRY", "BOL", "03") in _roots(real_coder, text)


def test_readiness_under_a_condition_is_not_an_intent(real_coder):
    text = (
        "Botswana would be ready to resume aid to Zimbabwe if Harare freed the detainees, "
        "its foreign minister said on Monday."
    )
    assert not any(r[:2] == ("BWA", "ZWE") for r in _roots(real_coder, text))


def test_a_promise_with_terms_stays_a_threat(real_coder):
    text = "Botswana vowed on Monday to sever ties with Zimbabwe unless the detainees were freed."
    assert ("BWA", "ZWE", "13") in _roots(real_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Estonia halted the negotiations and expelled Belarus's envoy on Thursday.",
        "Estonia suspended its mediation and expelled Belarus's envoy on Thursday.",
        "Estonia postponed the summit, then expelled Belarus's envoy on Thursday.",
    ],
)
def test_a_verb_coordinated_with_a_halt_is_an_act_of_its_own(real_coder, text):
    """'halted X and expelled Y': the expulsion is not what was halted."""
    assert ("EST", "BLR", "16") in _roots(real_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zambia was unable to deliver the promised aid to Malawi this month.",
        "Zambia has been reluctant to impose sanctions on Malawi.",
        "Zambia was reluctant on Friday to impose sanctions on Malawi.",
        "Zambia appears unwilling to impose sanctions on Malawi.",
        "Zambia reversed its decision to impose sanctions on Malawi on Friday.",
    ],
)
def test_inability_reluctance_and_reversal_are_not_the_act(real_coder, text):
    assert not any(
        r[:2] == ("ZMB", "MWI") and r[2] in ("07", "16") for r in _roots(real_coder, text)
    )


def test_reluctance_control_the_sanctions_themselves_stay(real_coder):
    text = "Zambia imposed sanctions on Malawi on Friday after months of hesitation."
    assert ("ZMB", "MWI", "16") in _roots(real_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling sets a precedent for Ghana to annex the disputed islands.",
        "The deal paves the way for Kenya to expel Norwegian diplomats.",
    ],
)
def test_an_act_after_for_x_to_is_not_done(real_coder, text):
    assert not real_coder.code(text, "2020-01-06")


def test_an_appeal_for_x_to_act_is_still_the_appeal(real_coder):
    events = real_coder.code("Norway called for Ghana to free the prisoners.", "2020-01-06")
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("NOR", "GHA", "02")]


def test_no_longer_doing_an_act_negates_it(run):
    assert by_root(run("Norway will no longer send food aid to Chile.")) == []
    assert by_root(run("Norway will send food aid to Chile.")) == [("NOR", "CHL", "03")]


def test_an_act_inside_a_threatened_one_is_not_done(run):
    text = "Norway {} a new military incursion into northern Chile, targeting Peruvian {}."
    threatened = by_root(run(text.format("threatens to launch", "forces")))
    assert threatened == [("NOR", "CHL", "13")]
    assert ("NOR", "PER", "19") in by_root(run(text.format("launches", "troops")))
