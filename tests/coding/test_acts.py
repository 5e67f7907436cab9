"""Which act a wording codes (stand-in gazetteer): aid, visits, demands and threats, refusals
and concessions, expulsions, condolences, nominal events, trade, settlements, conditionals
told by inversion, failed acts, offers of forces, sanctions, ultimatums, seizures, marches,
and code precedence among acts on one pair. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

from detente.coding.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protest form takes precedence over the verbal demand it carries
        ("Chilean protesters demanded that the Peruvian president resign.", "1411"),
        # bombing from the air is an aerial attack, not a non-military bombing
        ("Kenyan warplanes bombed Ghanaian positions.", "195"),
    ],
)
def test_precedence_upgrades(run, text, expected):
    assert [e.code for e in run(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first howitzers sent by Norway arrived in Chile on Monday.", ("NOR", "CHL", "072")),
        ("Kenyan army planes carrying food and blankets landed in Peru.", ("KEN", "PER", "073")),
    ],
)
def test_arrival_of_goods_is_aid_from_their_sender(run, text, expected):
    assert by_code(run(text)) == [expected]


def test_arrival_of_people_stays_a_visit(run):
    assert by_code(run("Norway's minister arrived in Chile on Monday.")) == [("NOR", "CHL", "042")]


def test_a_demand_with_a_penalty_is_a_threat(run):
    events = run("Norway told Chile to free the detained sailors or face tariffs.")
    assert [e.code[:2] for e in events] == ["13"]


def test_a_demand_without_a_penalty_stays_a_demand(run):
    events = run("Norway told Chile to free the detained sailors.")
    assert [e.code[:2] for e in events] == ["10"]


def test_not_allowing_monitors_in_is_a_refusal(run):
    events = run("Norway did not allow Chilean monitors to visit the port on Friday.")
    assert [(e.source[:3], e.target[:3], e.code[:2], e.negated) for e in events] == [
        ("NOR", "CHL", "12", False)
    ]


def test_allowing_monitors_in_is_a_concession(run):
    assert [e.code[:2] for e in run("Norway allowed Chilean monitors to visit the port.")] == ["08"]


def test_ordering_a_diplomat_out_is_an_expulsion_of_diplomats(run):
    events = run("Norway ordered Chile's diplomats to leave within a week.")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("NOR", "CHL", "161")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent a letter of condolence to Chile after the floods.",
        "Norway conveyed its sympathies to Chile on Sunday.",
    ],
)
def test_condolence_phrasings(run, text):
    assert by_code(run(text)) == [("NOR", "CHL", "018")]


def test_a_message_of_other_content_is_not_a_condolence(run):
    assert all(e.code != "018" for e in run("Norway sent a message of protest to Chile."))


def test_among_violent_acts_on_one_pair_the_specific_code_wins(run):
    text = "Kenyan rebels tried to assassinate Ghana's minister, opening fire on his convoy."
    assert [e.code for e in run(text)] == ["185"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops drove thousands of Ghanaian villagers from the valley.",
        "Kenyan troops forced Ghanaian migrants out on Sunday.",
    ],
)
def test_driving_a_population_out_is_mass_expulsion(run, text):
    assert by_code(run(text)) == [("KEN", "GHA", "201")]


def test_meeting_someones_demands_is_yielding_not_a_meeting(run):
    events = run("Norway met the demands of Chilean protesters on Friday.")
    assert [e.code[:2] for e in events] == ["08"]


def test_a_verb_that_completes_an_event_noun_codes_the_noun(run):
    text = "Norway's parliament approves the annexation of Chile's islands."
    assert by_code(run(text)) == [("NOR", "CHL", "192")]


def test_an_event_noun_under_a_real_act_stays_uncoded(run):
    keys = by_code(run("Norway condemned the annexation of Chile's islands."))
    assert ("NOR", "CHL", "192") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Norway's minister told reporters that Chile wanted a peaceful solution.",
        "Norway's minister told Chile's government on Monday that the talks went well.",
    ],
)
def test_telling_someone_a_fact_is_no_demand(run, text):
    assert [e for e in run(text) if e.code.startswith("10")] == []


def test_telling_someone_what_they_must_do_is_a_demand(run):
    events = run("Norway told Chile that it must free the detained sailors.")
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("NOR", "CHL", "10")]


def test_the_reason_for_a_condemnation_is_not_a_second_event(run):
    text = "Norway's government condemned Chile on Tuesday for annexing the Peruvian island."
    assert by_code(run(text)) == [("NOR", "CHL", "111")]


def test_troops_entering_a_country_occupy_it_but_refugees_do_not(run):
    assert by_code(run("Norwegian troops cross into Chile.")) == [("NOR", "CHL", "192")]
    assert run("Norwegian refugees cross into Chile.") == []


def test_armed_men_storming_a_place_is_an_attack_not_a_riot(run):
    events = run("Kenyan rebels storm a Ghanaian army base, killing four soldiers.")
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("KEN", "GHA", "19")]
    riot = run("Ghanaian protesters storm Kenya's parliament building.")
    assert [e.code[:2] for e in riot] == ["14"]


def test_shooting_dead_an_envoy_is_a_targeted_killing(run):
    events = run("A Polish police officer shot dead the Kenyan ambassador on Monday.")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("POL", "KEN", "186")]


def test_be_met_with_is_a_reaction_not_a_meeting(run):
    assert by_root(
        run("Poland warned Chile on Monday that it would be met with fire and fury.")
    ) == [("POL", "CHL", "13")]
    assert run("Chile's minister was met with protests in Poland.", flagged=True) == []


def test_cargo_named_in_a_loaded_with_phrase_makes_an_arrival_aid(run):
    events = run("Polish army planes loaded with blankets and food landed in Kenya on Monday.")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("POL", "KEN", "073")]


def test_calling_something_baseless_is_not_a_phone_call(run):
    assert run("Poland called the Kenyan plan baseless on Friday.", flagged=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland suspended trade with Kenya on Wednesday.", ("POL", "KEN", "163")),
        ("Poland stopped imports from Kenya on Wednesday.", ("POL", "KEN", "163")),
        ("Poland protested to Chile on Tuesday over the arrest.", ("POL", "CHL", "114")),
        ("Polish protesters protested outside the Chilean embassy.", ("POL", "CHL", "141")),
    ],
)
def test_more_ways_to_cut_trade_or_complain(run, text, expected):
    assert [(e.source[:3], e.target[:3], e.code) for e in run(text)] == [expected]


@pytest.mark.parametrize("span", ["a week of", "a series of", "a new round of"])
def test_a_span_of_exercises_is_still_the_exercises(run, span):
    keys = by_root(run(f"Norway and Chile began {span} joint drills on Monday."))
    assert keys == [("CHL", "NOR", "06"), ("NOR", "CHL", "06")]


def test_an_attack_named_in_a_claim_of_responsibility_is_not_coded_again(run):
    text = (
        "Kenya's rebels claimed responsibility on Monday for an attack on Polish troops "
        "that killed two soldiers."
    )
    assert [(e.source[:3], e.target[:3], e.code) for e in run(text)] == [("KEN", "POL", "015")]


def test_an_act_after_a_criticism_in_its_own_clause_is_still_coded(run):
    keys = by_root(
        run("Poland criticised Chile on Monday and Peru's army shelled Kenyan villages.")
    )
    assert keys == [("PER", "KEN", "19"), ("POL", "CHL", "11")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway's minister met Chile's minister in Kenya on Monday.", "044"),
        ("Norway and Chile met in Kenya on Monday.", "044"),
        ("Norway's minister met Chile's minister in Oslo on Monday.", "040"),
        ("Norway's minister met Chile's minister on Monday.", "040"),
    ],
)
def test_a_meeting_in_a_third_country_is_044(run, text, code):
    assert {e.code for e in run(text)} == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile concluded negotiations on a free trade agreement on Monday.",
        "Norway struck a trade deal with Chile on Monday.",
        "Norway sealed a defence pact with Chile on Monday.",
    ],
)
def test_more_ways_to_settle_an_agreement(run, text):
    assert by_root(run(text)) == [("CHL", "NOR", "05"), ("NOR", "CHL", "05")]


def test_concluding_talks_without_an_agreement_is_not_a_settlement(run):
    assert all(e.code != "057" for e in run("Norway and Chile concluded talks on Monday."))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway and Chile traded artillery fire across the border on Tuesday.", "19"),
        ("Norway and Chile exchanged fire on Sunday.", "19"),
        ("Norway and Chile traded accusations on Monday.", "11"),
        ("Norway traded with Chile.", "06"),
    ],
)
def test_what_is_traded_decides_the_act(run, text, root):
    assert by_root(run(text)) == [("CHL", "NOR", root), ("NOR", "CHL", root)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway recalled its ambassador to Chile on Tuesday.",
        "Norway recalled its ambassador from Santiago on Tuesday.",
    ],
)
def test_recalling_an_envoy_to_or_from_a_country_reduces_relations(run, text):
    assert by_root(run(text)) == [("NOR", "CHL", "16")]


def test_receiving_a_phone_call_is_a_call_not_hosting(run):
    text = "Kenya's president received a phone call from Poland's president on Thursday."
    assert {e.code for e in run(text)} == {"041"}
    assert {e.code for e in run("Kenya's president received Poland's president on Thursday.")} == {
        "043"
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norway provided 5 billion dollars in aid to Kenya on Monday.", "071"),
        ("Norway gave Kenya 5 billion dollars on Monday.", "071"),
        ("Norway sent tents and blankets to Kenya on Monday.", "073"),
        ("Norway delivered artillery shells to Kenya on Monday.", "072"),
        ("Norway approved a 3 billion dollar loan for Kenya on Wednesday.", "071"),
    ],
)
def test_aid_given_without_a_with_phrase(run, text, code):
    assert [(e.target[:3], e.code) for e in run(text)] == [("KEN", code)]


def test_aid_not_sent_is_not_coded(run):
    assert run("Norway did not send weapons to Kenya on Monday.") == []


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
    got = by_code(run("Kenya's government said it was keen to expand trade with Vietnam."))
    assert got and all(code.startswith("03") for _, _, code in got)
    assert ("KEN", "VNM", "0311") in got


def test_eager_to_deepen_ties_is_an_intent(run):
    got = by_root(run("Chile's government is eager to deepen military cooperation with Peru."))
    assert ("CHL", "PER", "03") in got


def test_offer_to_send_aircraft_after_a_disaster_is_aid_not_a_threat(run):
    text = "Norway offered on Monday to send three firefighting aircraft to Chile after the blazes."
    got = by_code(run(text))
    assert ("NOR", "CHL", "033") in got
    assert not any(code.startswith("13") for _, _, code in got)


def test_vow_to_send_troops_to_a_border_stays_a_threat(run):
    got = by_root(run("Peru vowed to send more troops to the border with Chile."))
    assert ("PER", "CHL", "13") in got


# ---- reversals: lifting part of a set of sanctions -------------------------------------------


def test_lifting_most_of_the_sanctions_is_a_reversal_not_an_imposition(run):
    text = (
        "Norway lifted most of its sanctions against Ghana on Tuesday, including an arms embargo."
    )
    got = by_code(run(text))
    assert ("NOR", "GHA", "085") in got
    assert not any(code.startswith("16") for _, _, code in got)


# ---- material cooperation and legal action -----------------------------------------------------


def test_signatures_put_to_an_accord_is_signing_both_ways(run):
    text = (
        "Kenya's minister and Vietnam's minister put their signatures to a trade accord on Monday."
    )
    got = by_root(run(text))
    assert ("KEN", "VNM", "05") in got and ("VNM", "KEN", "05") in got


def test_joint_manoeuvres_carried_out_are_military_cooperation_both_ways(run):
    got = by_code(run("Chilean and Peruvian navy ships carried out joint manoeuvres on Friday."))
    assert ("CHL", "PER", "062") in got and ("PER", "CHL", "062") in got


def test_proceedings_instituted_against_a_state_are_a_lawsuit(run):
    got = by_code(run("Ghana instituted proceedings against Norway at an international court."))
    assert ("GHA", "NOR", "115") in got


# ---- force posture -----------------------------------------------------------------------------


def test_artillery_moved_up_to_a_border_is_a_deployment(run):
    text = "Chile moved rocket artillery and extra troops up to its border with Peru on Sunday."
    assert ("CHL", "PER", "15") in by_root(run(text))


def test_bombers_flying_along_a_coastline_are_a_show_of_force(run):
    text = "Polish bombers flew along Norway's coastline on Tuesday."
    assert ("POL", "NOR", "15") in by_root(run(text))


# ---- a comma participle inside a frame's complement is an act of its own ----------------------


def test_participle_under_a_vow_is_coded_apart(run):
    text = "Poland vowed to expel Chile's diplomats, accusing Santiago of spying on its army."
    got = by_root(run(text))
    assert ("POL", "CHL", "13") in got
    assert ("POL", "CHL", "11") in got


# ---- one trigger, one act per root (dedupe) -------------------------------------------------


def test_plain_appeal_beside_a_specific_one_from_the_same_verb_is_dropped(run):
    text = "Norway urged Chile on Monday to show restraint and avoid any further escalation."
    assert by_code(run(text)) == [("NOR", "CHL", "0256")]


def test_two_specific_requests_in_one_appeal_both_stay(run):
    text = "Norway urged Chile on Monday to halt the fighting and return to negotiations."
    codes = {c for _s, _t, c in by_code(run(text))}
    assert "0256" in codes and "020" not in codes


# ---- 'press' is an appeal --------------------------------------------------------------------


def test_pressing_for_a_release_is_an_appeal(run):
    text = "Norway pressed Chile on Tuesday to release the detained Peruvian journalists."
    assert by_root(run(text)) == [("NOR", "CHL", "02")]


# ---- the content of an ultimatum is not coded -------------------------------------------------


def test_ultimatum_content_is_not_coded(run):
    text = (
        "Norway handed Chile a ten-day ultimatum on Friday to close its ports and curb its "
        "ties with Peru."
    )
    assert by_code(run(text)) == [("NOR", "CHL", "139")]


def test_a_call_to_expel_is_not_the_expulsion(run):
    text = "Norway issued a call on Monday to expel Chile's diplomats."
    assert all(e.code[:2] != "16" for e in run(text))


# ---- seizing people, companies, places ------------------------------------------------------


def test_seizing_people_is_an_abduction(run):
    text = "Kenyan rebels seized two Norwegian tourists from a beach resort on Monday."
    assert by_code(run(text)) == [("KEN", "NOR", "181")]


def test_people_seized_in_the_passive_is_an_abduction(run):
    text = "Three Norwegian tourists were seized by Kenyan rebels near a lakeside town on Monday."
    assert by_code(run(text)) == [("KEN", "NOR", "181")]


def test_seizing_a_foreign_company_is_a_confiscation(run):
    text = "Peru seized control of the local operations of Chile's state copper company on Friday."
    assert by_code(run(text)) == [("PER", "CHL", "1711")]


def test_seizing_a_town_is_still_occupation(run):
    text = "Peru's rebels seized the Chilean town of Arica on Monday."
    assert [e.code for e in run(text)] == ["192"]


# ---- airdropped aid ----------------------------------------------------------------------------


def test_parachuted_food_is_humanitarian_aid(run):
    text = "Norway's air force parachuted food and medicine into Chile's flooded north on Monday."
    assert by_code(run(text)) == [("NOR", "CHL", "073")]


def test_dropping_weapons_to_fighters_is_military_aid(run):
    text = "Norway's air force dropped weapons and ammunition to Chile's rebels on Sunday."
    assert by_code(run(text)) == [("NOR", "CHL", "072")]


def test_dropping_bombs_is_still_an_air_strike(run):
    text = "Norway's air force dropped bombs on Chile's rebels on Sunday."
    assert by_root(run(text)) == [("NOR", "CHL", "19")]


def test_future_flights_of_relief_supplies_are_an_aid_pledge(run):
    text = (
        "Norway's army would fly medical supplies and tents to Chile within hours, officials said."
    )
    assert by_code(run(text)) == [("NOR", "CHL", "0333")]


# ---- agreeing to observe a truce -------------------------------------------------------------


def test_agreeing_to_observe_a_ceasefire_is_a_truce(run):
    text = "Chile's army and Peru's army agreed on Sunday to strictly observe the ceasefire."
    assert by_code(run(text)) == [("CHL", "PER", "0871"), ("PER", "CHL", "0871")]


def test_agreeing_to_open_a_border_is_no_truce(run):
    text = "Chile agreed with Peru on Sunday to open the border crossing."
    assert all(e.code != "0871" for e in run(text))


# ---- hosting: a welcome at the airport -----------------------------------------------------


def test_welcomed_at_the_airport_is_hosting(run):
    text = (
        "Chile's minister arrived in Lima on Monday and was welcomed at the airport by "
        "Peru's minister."
    )
    assert ("PER", "CHL", "043") in by_code(run(text))


def test_welcoming_a_decision_is_still_praise(run):
    text = "Norway welcomed Chile's decision on Monday."
    assert by_root(run(text)) == [("NOR", "CHL", "05")]


# ---- a march named by its purpose ------------------------------------------------------------


def test_rally_to_condemn_is_a_demonstration(run):
    text = (
        "Thousands of Chilean protesters rallied in Santiago on Friday to condemn Peru's "
        "government."
    )
    assert by_code(run(text)) == [("CHL", "PER", "141")]


# ---- modality and background ----------------------------------------------------------------


def test_after_clause_parsed_as_the_root_is_background(run):
    text = (
        "Norway offered on Tuesday to mediate between Lima and Santiago, a day after Peru and "
        "Ghana cut diplomatic ties with Chile."
    )
    assert all(e.code[:2] != "16" for e in run(text))


def _parsed(words, heads, deps, pos, tags):
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    lemmas = [w.lower() for w in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_name_parsed_as_may_is_not_a_hedge():
    from detente.coding.modality import assess

    # 'Theresa May hosted Merkel ...' with 'May' taken for the modal, as the parser can
    doc = _parsed(
        ["Theresa", "May", "hosted", "Merkel", "."],
        [2, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
        ["NNP", "MD", "VBD", "NNP", "."],
    )
    assert not assess(doc[2], lexicon().cues).hypothetical
    doc = _parsed(
        ["Oslo", "may", "host", "Merkel", "."],
        [2, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
        ["NNP", "MD", "VB", "NNP", "."],
    )
    assert assess(doc[2], lexicon().cues).hypothetical


def test_a_date_on_the_noun_of_an_adjunct_does_not_date_the_act(run):
    text = "Chile took Peru to the International Court of Justice on Friday over last week's raid."
    assert by_root(run(text)) == [("CHL", "PER", "11")]


def test_a_date_on_the_act_itself_still_makes_it_background(run):
    text = "Chile took Peru to the International Court of Justice last week over the raid."
    assert run(text) == []


def test_airdropped_meals_over_a_region_are_humanitarian_aid(run):
    text = "Norway's army airdropped thousands of meals over Chile's flooded north on Friday."
    assert by_code(run(text)) == [("NOR", "CHL", "073")]


# ---- strikes by aircraft are air strikes (195) -------------------------------------------------


def test_shelling_by_warplanes_is_an_air_strike(run):
    text = "Chile's rebel camps were pounded by Peruvian warplanes on Saturday."
    assert by_code(run(text)) == [("PER", "CHL", "195")]


def test_jets_destroying_tanks_is_an_air_strike(run):
    text = "Peruvian jets destroyed several Chilean army tanks near Arica on Saturday."
    assert [e.code for e in run(text)] == ["195"]


def test_shelling_by_troops_backed_by_drones_stays_shelling(run):
    text = "Peru's troops, backed by drones, shelled Chile's army positions on Sunday."
    assert [e.code for e in run(text)] == ["194"]


def test_agreeing_to_observe_ceasefire_agreements_is_a_truce(run):
    text = (
        "Norway's army agreed on Sunday to strictly observe all ceasefire agreements with "
        "Chile's army."
    )
    assert ("NOR", "CHL", "0871") in by_code(run(text))


# ---- a demand with a penalty attached is one threat (gold rule 6) ------------------------------


def test_demand_with_a_warning_of_consequences_is_a_threat_only(run):
    text = (
        "Lima demanded on Tuesday that Santiago withdraw its ambassador, warning that Chile "
        "would bear all the consequences."
    )
    assert by_root(run(text)) == [("PER", "CHL", "13")]


def test_a_demand_alone_stays_a_demand(run):
    text = "Lima demanded on Tuesday that Santiago free the detained Peruvian sailors."
    assert by_root(run(text)) == [("PER", "CHL", "10")]
