"""Acts on unusual wording and trigger senses (stand-in gazetteer unless the ``real`` coder is
used): prison sentences as verdicts, walk-outs, brushed-aside offers, ethnic cleansing, shows
of strength, alerts and warnings, mass executions, hand-overs, police firing on protesters;
and senses: 'condemned X to a fine' is a sentence, visits by arriving, 'released a video',
'called X a "Y"', 'gathering firewood'. Each fix has counter-cases that must still code.
Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text, date="2024-05-17"):
        return real_coder.code(text, date)

    return _run


# ---- a prison sentence is a verdict (116), one with its conviction -----------------------


def test_a_sentence_told_as_a_participle_on_the_conviction_is_the_verdict(run):
    text = (
        "A Kenyan court convicted the Ghanaian smuggler of fraud on Friday, sentencing him to "
        "six years in prison."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "116")]


def test_a_prison_sentence_alone_is_a_verdict(run):
    text = "A Ghanaian court sentenced the Peruvian smuggler to life in prison on Friday."
    assert by_code(run(text)) == [("GHA", "PER", "116")]


def test_conviction_and_sentence_are_one_verdict(run):
    text = (
        "A Chilean court found the Peruvian businessman guilty of bribery on Monday and "
        "sentenced him to eight years in prison."
    )
    assert by_code(run(text)) == [("CHL", "PER", "116")]


# ---- walking off the job is a strike ----------------------------------------------------------


def test_walking_off_the_job_is_a_strike(real):
    text = (
        "Italian rail workers walked off the job on Friday against Prime Minister Giorgia "
        "Meloni's budget cuts."
    )
    assert ("ITA", "ITA", "14") in by_root(real(text, "2023-11-17"))


# ---- brushing aside an offer ------------------------------------------------------------------


def test_brushing_aside_an_offer_of_talks_rejects_it(run):
    text = "Norway brushed aside on Tuesday a Chilean offer of direct talks."
    assert by_code(run(text)) == [("NOR", "CHL", "125")]


# ---- ethnic cleansing waged as a campaign -------------------------------------------------------


def test_a_campaign_of_ethnic_cleansing_is_aimed_at_its_victims(run):
    text = (
        "The Kenyan army is waging a campaign of ethnic cleansing against Ghanaian villagers, "
        "a Norwegian envoy said."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "203")]


# ---- a show of strength aimed at someone ------------------------------------------------------


def test_a_show_of_strength_aimed_at_a_navy(run):
    text = (
        "Kenya's navy paraded dozens of gunboats along the coast on Friday in a show of "
        "strength aimed at Ghana's navy."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "150")]


# ---- ultimatums ---------------------------------------------------------------------------------


def test_ultimatum_handed_with_two_objects_goes_to_the_first(run):
    text = (
        "Norway, Chile and Peru handed Kenya a ten-day ultimatum on Friday to close its embassy "
        "and curb its ties with Ghana."
    )
    assert by_code(run(text)) == [
        ("CHL", "KEN", "139"),
        ("NOR", "KEN", "139"),
        ("PER", "KEN", "139"),
    ]


def test_a_warning_in_an_ultimatum_is_the_ultimatum(run):
    text = (
        "Vietnam gave Kenya's government one week to withdraw its troops, warning in its "
        "ultimatum that it could use force."
    )
    assert by_code(run(text)) == [("VNM", "KEN", "139")]


def test_an_ultimatum_after_the_deadline_is_put_to_the_verbs_object(run):
    text = (
        "Chile gave Peru's government a week to free the fishermen, in an ultimatum that did "
        "not rule out force."
    )
    assert by_code(run(text)) == [("CHL", "PER", "139")]


# ---- alerts aimed at the cause ------------------------------------------------------------------


def test_an_alert_after_another_states_move_is_aimed_at_it(run):
    text = "Poland put its army on alert on Friday after Kenya moved warships into disputed waters."
    assert by_code(run(text)) == [("POL", "KEN", "152")]


def test_raised_readiness_citing_someones_jets(run):
    text = (
        "Chile raised the readiness of its air defences on Sunday, citing repeated incursions "
        "by Peruvian fighter jets."
    )
    assert by_code(run(text)) == [("CHL", "PER", "152")]


def test_an_alert_with_no_cause_names_no_target(run):
    assert run("Poland put its army on alert on Friday.") == []


# ---- warnings of one's own acts are threats ----------------------------------------------------


def test_warning_that_it_would_blacklist_firms_is_a_sanctions_threat(run):
    text = "Vietnam warned on Monday that it would blacklist Norwegian shipping firms."
    assert by_code(run(text)) == [("VNM", "NOR", "1312")]


def test_warning_that_it_would_cut_trade_is_a_sanctions_threat(run):
    text = (
        "Vietnam warned on Monday that it would cut off trade with Chile if Santiago seized "
        "its fishing boats."
    )
    assert [k for k in by_root(run(text)) if k[0] == "VNM"] == [("VNM", "CHL", "13")]


# ---- a perfect tense before 'told' is a report, not an order -----------------------------------


def test_has_finished_before_told_is_reported_not_demanded(run):
    text = (
        "Kenya has finished delivering armoured vehicles to the Ghanaian army, the Kenyan "
        "defence minister told parliament on Tuesday."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "072")]


# ---- mass executions, handed-over recordings, suspects handed over for trial -------------------


def test_executing_dozens_of_villagers_is_a_mass_killing(run):
    text = (
        "Peruvian troops executed dozens of Ghanaian villagers in the highlands on Friday, a "
        "Chilean rights group said."
    )
    assert by_code(run(text)) == [("PER", "GHA", "202")]


def test_handing_recordings_to_a_state_shares_information(run):
    text = "Norway has handed the recordings to Chile, the Norwegian minister said on Friday."
    assert by_code(run(text)) == [("NOR", "CHL", "064")]


def test_suspects_handed_over_to_face_charges_is_judicial_cooperation(run):
    text = (
        "Ghana handed two suspected drug lords over to Kenyan police on Tuesday to face "
        "trafficking charges."
    )
    assert by_code(run(text)) == [("GHA", "KEN", "063")]


# ---- police firing on protesters; a leader shot and wounded ------------------------------------


def test_police_firing_on_protesters_is_violent_repression(run):
    text = "Kenyan police opened fire on Ghanaian protesters outside the embassy on Tuesday."
    assert by_code(run(text)) == [("KEN", "GHA", "175")]


def test_police_firing_on_smugglers_stays_an_attack(run):
    text = "Kenyan police opened fire on Ghanaian smugglers at the border on Tuesday."
    assert by_root(run(text)) == [("KEN", "GHA", "19")]


def test_a_minister_shot_and_wounded_is_an_assassination_attempt(run):
    text = "Peruvian rebels shot and seriously wounded Chile's minister at a rally on Saturday."
    assert by_code(run(text)) == [("PER", "CHL", "185")]


# ---- agreeing, calls and truces ----------------------------------------------------------------


def test_being_in_full_agreement_is_a_shared_view_both_ways(run):
    text = (
        "Kenya and Ghana declared themselves in full agreement on Thursday over the shared use "
        "of the lake's waters."
    )
    assert by_code(run(text)) == [("GHA", "KEN", "019"), ("KEN", "GHA", "019")]


def test_an_agreement_with_an_article_stays_an_agreement(run):
    text = "Chile and Peru are in an agreement to share water, the Norwegian minister said."
    assert {c for _s, _t, c in by_code(run(text))} == {"057"}


def test_what_two_sides_discussed_in_a_call_is_the_call(run):
    text = (
        "In a telephone call on Friday, the Kenyan and Ghanaian ministers discussed the next "
        "round of trade talks."
    )
    assert by_code(run(text)) == [("GHA", "KEN", "041"), ("KEN", "GHA", "041")]


def test_agreeing_to_silence_the_guns_is_a_truce(run):
    text = (
        "The Kenyan government and Kenyan rebels agreed on Wednesday to permanently silence "
        "their guns."
    )
    assert {c for _s, _t, c in by_code(run(text))} == {"0871"}


def test_kicking_off_joint_manoeuvres_is_military_cooperation(run):
    text = "Kenyan and Ghanaian troops kicked off their annual joint manoeuvres near the coast."
    assert {k[2] for k in by_root(run(text))} == {"06"}


# ---- bombs, commanders and crushing ------------------------------------------------------------


def test_a_bomb_set_off_under_a_truck_is_aimed_at_those_in_it(run):
    text = "Kenyan rebels set off a bomb under a Ghanaian army truck on Saturday."
    assert by_root(run(text)) == [("KEN", "GHA", "18")]


def test_a_strike_killing_a_commander_is_an_assassination(run):
    text = (
        "A Kenyan drone strike on Friday killed the Ghanaian rebels' top commander near the border."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "186")]


def test_vowing_to_crush_any_attempt_is_a_threat_of_repression(run):
    text = (
        "The Kenyan minister vowed on Saturday to crush any attempt by Kenyan rebels to seize "
        "the port."
    )
    assert by_code(run(text)) == [("KEN", "KEN", "137")]


# ---- statements addressed in a letter or on an occasion; likening to atrocities ---------------


def test_regret_in_a_letter_is_addressed_to_its_recipient(run):
    text = (
        "Norway's king expressed his deep regret on Tuesday for the abuses of the colonial era, "
        "in a letter to Ghana's government."
    )
    assert by_code(run(text)) == [("NOR", "GHA", "055")]


def test_an_apology_speaking_alongside_a_minister_is_addressed_to_them(run):
    text = (
        "Norway's king apologised on Tuesday for the abuses of the colonial era, speaking "
        "alongside Ghana's minister in Oslo."
    )
    assert by_code(run(text)) == [("NOR", "GHA", "055")]


def test_likening_a_policy_to_apartheid_is_criticism(run):
    text = "Vietnam's minister likened Norway's policy to apartheid on Sunday."
    assert by_root(run(text)) == [("VNM", "NOR", "11")]


# ---- a pardon frees a prisoner -----------------------------------------------------------------


def test_pardoning_prisoners_releases_them(run):
    text = "Chile's president pardoned three jailed Peruvian fishermen on Monday."
    assert by_code(run(text)) == [("CHL", "PER", "0841")]


def test_urging_a_pardon_is_an_appeal_for_release(run):
    text = "Norway urged Chile's government on Monday to pardon the jailed Peruvian journalist."
    assert by_code(run(text)) == [("NOR", "CHL", "0253")]


# ---- owning up to an attack ----------------------------------------------------------------


def test_saying_it_was_behind_a_bombing_claims_it(run):
    text = (
        "Kenyan rebels said on Monday they were behind Saturday's bombing of a Ghanaian army base."
    )
    assert by_code(run(text)) == [("KEN", "GHA", "015")]


def test_saying_its_fighters_were_behind_an_ambush_claims_it(run):
    text = "The Kenyan rebels said its fighters were behind Friday's ambush on Ghanaian troops."
    assert by_code(run(text)) == [("KEN", "GHA", "015")]


def test_saying_someone_else_was_behind_an_attack_is_no_claim(run):
    text = (
        "Ghana's government said on Monday that Kenyan rebels were behind the attack on its "
        "army base."
    )
    assert all(e.code != "015" for e in run(text))


# ---- an inquiry into an act told with its doer ---------------------------------------------


def test_an_inquiry_into_a_strike_called_in_by_troops_targets_them(run):
    text = (
        "Norway launched an investigation on Sunday into an air strike called in by Kenyan "
        "troops, which local officials said killed dozens of Ghanaian civilians."
    )
    assert by_code(run(text)) == [("NOR", "KEN", "093")]


def test_talks_mediated_by_a_third_party_are_not_its_talks(run):
    text = (
        "Talks between Kenya's government and Kenyan rebels, mediated by Norway, got under way "
        "in Oslo on Tuesday."
    )
    assert all(e.source[:3] != "NOR" or e.code[:3] == "045" for e in run(text))


# ---- warnings about others, undone sanctions, demands with penalties, descriptions -----------


def test_a_warning_that_others_may_attack_is_no_threat(run):
    text = "Vietnam warned on Monday that Peruvian rebels may be planning attacks on Chilean ports."
    assert run(text) == []


def test_a_warning_that_ones_own_navy_would_attack_is_a_threat(run):
    text = "Vietnam warned on Monday that its navy would attack Chilean trawlers in its waters."
    assert by_root(run(text)) == [("VNM", "CHL", "13")]


def test_sanctions_scrapped_in_the_passive_are_not_imposed_anew(run):
    text = "Most of Norway's sanctions against Kenya were scrapped by Oslo on Monday."
    assert by_root(run(text)) == [("NOR", "KEN", "08")]


def test_a_demand_with_a_warning_under_its_clause_is_one_threat(run):
    text = (
        "Vietnam demanded on Tuesday that Chile reverse its decision to let Peru open an "
        "office, warning that Santiago would bear all the consequences."
    )
    assert by_root(run(text)) == [("VNM", "CHL", "13")]


def test_a_participle_describing_the_recipients_is_not_an_event(run):
    text = (
        "Norway dropped food and medicine to Kenyan troops defending the Ghanaian border town "
        "on Sunday."
    )
    assert by_root(run(text)) == [("NOR", "KEN", "07")]


def test_a_state_facing_sanctions_unless_it_yields_is_threatened(run):
    text = (
        "Chile faces sanctions on all its exports unless Santiago frees the fishermen, the "
        "Norwegian minister warned on Sunday."
    )
    assert by_root(run(text)) == [("NOR", "CHL", "13")]


def _roots(events):
    return {e.code[:2] for e in events}


# ---- 'condemn X to <penalty>' is a sentence (116), 'condemn X' a criticism (111) ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Belgian court condemned the Saudi businessman to a heavy fine on Tuesday.", "BEL"),
        ("A Kenyan court condemned the Ugandan smuggler to ten years in prison.", "KEN"),
    ],
)
def test_condemned_to_a_penalty_is_a_sentence(real, text, expected):
    events = real(text)
    assert [e.code for e in events] == ["116"]
    assert events[0].source[:3] == expected


def test_condemned_to_death_is_a_sentence(real):
    text = "The Iranian court condemned the British journalist to death on Monday."
    assert by_code(real(text)) == [("IRN", "GBR", "116")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the Ugandan attack on the border town.",
        # 'to' names no penalty: a promotion to a rank is what is condemned
        "Kenya condemned the promotion of the Ugandan commander to the rank of general.",
    ],
)
def test_condemning_an_act_is_still_criticism(real, text):
    assert by_root(real(text)) == [("KEN", "UGA", "11")]


# ---- an arrival is a visit (042) only for an official or a state ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan smuggler was detained when he arrived at a Kenyan airport.",
        "Two thousand Russian soldiers arrived in Syria on Tuesday.",
        "Hundreds of Syrian refugees arrived in Greece.",
        "A Chinese warship arrived in Djibouti.",
    ],
)
def test_suspects_troops_refugees_and_ships_pay_no_visit(real, text):
    assert "04" not in _roots(real(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Russian foreign minister arrived in Tehran for talks.", ("RUS", "IRN", "042")),
        ("A Chinese delegation arrived in Pyongyang on Monday.", ("CHN", "PRK", "042")),
        ("The UN Secretary-General arrived in Kabul on Tuesday.", ("IGO", "AFG", "042")),
        (
            "A delegation of Colombian rebels arrived in Havana for peace talks on Monday.",
            ("COL", "CUB", "042"),
        ),
    ],
)
def test_an_official_arriving_still_visits(real, text, expected):
    assert expected in by_code(real(text))


# ---- releasing a video or a report frees no one (084 needs captives) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban released a video of the abducted Pakistani diplomats.",
        "Al-Shabaab releases a video purportedly showing the killing of 12 Kenyan Christian "
        "teachers who had been abducted in Mandera.",
    ],
)
def test_releasing_a_video_of_captives_is_not_their_release(real, text):
    assert "08" not in _roots(real(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran released two British prisoners on Friday.",
        "Iran released the detained British journalist on Friday.",
    ],
)
def test_releasing_prisoners_is_still_a_release(real, text):
    assert ("IRN", "GBR", "08") in by_root(real(text))


# ---- 'call X a "Y"' is a description, not a phone call (041) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mary Otieno, the Kenyan minister of Water Affairs, calls the Ugandan Lake Victoria "
        'barrier a "wall of disgrace" and says it cuts off fishermen.',
        'The Kenyan minister calls the Ugandan Rift Valley barrier a "wall of apartheid".',
    ],
)
def test_calling_something_a_quoted_name_is_no_phone_call(real, text):
    assert "04" not in _roots(real(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president called the Ugandan president on Monday to discuss the border.",
        "The Kenyan president called his Ugandan counterpart, a close ally, on Monday.",
    ],
)
def test_a_phone_call_is_still_a_call(real, text):
    assert ("KEN", "UGA", "04") in by_root(real(text))


def test_calling_an_election_a_farce_is_still_criticism(real):
    text = "The Kenyan president called the Ugandan election a farce."
    assert by_root(real(text)) == [("KEN", "UGA", "11")]


# ---- gathering things is no protest (141 needs a crowd or a protest) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two Yemeni children are killed in a Saudi drone attack as they were gathering "
        "firewood in the town of Saada in Yemen.",
        "Two Palestinian farmers are wounded in an Israeli drone strike as they were gathering "
        "olives in the village of Qusra in the West Bank.",
    ],
)
def test_gathering_firewood_or_olives_is_no_protest(real, text):
    assert "14" not in _roots(real(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hundreds of students gathered outside the Iranian parliament to protest against "
            "the new law.",
            "IRN",
        ),
        ("Protesters gathered in Tahrir Square in protest at the Egyptian government.", "EGY"),
        (
            "Thousands of protesters gathered in the main square of Caracas to protest against "
            "the Venezuelan government.",
            "VEN",
        ),
    ],
)
def test_crowds_gathering_to_protest_still_protest(real, text, expected):
    assert (expected, expected, "14") in by_root(real(text))
