"""Ninth coder pass, acts: one appeal told twice by one verb, 'press' as an appeal, what an
ultimatum demands, seizing people or companies, airdropped aid, agreeing to observe a truce,
a welcome at the airport, protest marches named by their purpose, 'after' clauses the parser
made the main verb, a name taken for a modal, and a date on a noun inside an adjunct.
Sentences are our own, with the stand-in gazetteer."""

from __future__ import annotations


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def _codes(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


# ---- one trigger, one act per root (dedupe) -------------------------------------------------


def test_plain_appeal_beside_a_specific_one_from_the_same_verb_is_dropped(run):
    text = "Norway urged Chile on Monday to show restraint and avoid any further escalation."
    assert _codes(run(text)) == [("NOR", "CHL", "0256")]


def test_two_specific_requests_in_one_appeal_both_stay(run):
    text = "Norway urged Chile on Monday to halt the fighting and return to negotiations."
    codes = {c for _s, _t, c in _codes(run(text))}
    assert "0256" in codes and "020" not in codes


# ---- 'press' is an appeal --------------------------------------------------------------------


def test_pressing_for_a_release_is_an_appeal(run):
    text = "Norway pressed Chile on Tuesday to release the detained Peruvian journalists."
    assert _keys(run(text)) == [("NOR", "CHL", "02")]


# ---- the content of an ultimatum is not coded -------------------------------------------------


def test_ultimatum_content_is_not_coded(run):
    text = (
        "Norway handed Chile a ten-day ultimatum on Friday to close its ports and curb its "
        "ties with Peru."
    )
    assert _codes(run(text)) == [("NOR", "CHL", "139")]


def test_a_call_to_expel_is_not_the_expulsion(run):
    text = "Norway issued a call on Monday to expel Chile's diplomats."
    assert all(e.code[:2] != "16" for e in run(text))


# ---- seizing people, companies, places ------------------------------------------------------


def test_seizing_people_is_an_abduction(run):
    text = "Kenyan rebels seized two Norwegian tourists from a beach resort on Monday."
    assert _codes(run(text)) == [("KEN", "NOR", "181")]


def test_people_seized_in_the_passive_is_an_abduction(run):
    text = "Three Norwegian tourists were seized by Kenyan rebels near a lakeside town on Monday."
    assert _codes(run(text)) == [("KEN", "NOR", "181")]


def test_seizing_a_foreign_company_is_a_confiscation(run):
    text = "Peru seized control of the local operations of Chile's state copper company on Friday."
    assert _codes(run(text)) == [("PER", "CHL", "1711")]


def test_seizing_a_town_is_still_occupation(run):
    text = "Peru's rebels seized the Chilean town of Arica on Monday."
    assert [e.code for e in run(text)] == ["192"]


# ---- airdropped aid ----------------------------------------------------------------------------


def test_parachuted_food_is_humanitarian_aid(run):
    text = "Norway's air force parachuted food and medicine into Chile's flooded north on Monday."
    assert _codes(run(text)) == [("NOR", "CHL", "073")]


def test_dropping_weapons_to_fighters_is_military_aid(run):
    text = "Norway's air force dropped weapons and ammunition to Chile's rebels on Sunday."
    assert _codes(run(text)) == [("NOR", "CHL", "072")]


def test_dropping_bombs_is_still_an_air_strike(run):
    text = "Norway's air force dropped bombs on Chile's rebels on Sunday."
    assert _keys(run(text)) == [("NOR", "CHL", "19")]


def test_future_flights_of_relief_supplies_are_an_aid_pledge(run):
    text = (
        "Norway's army would fly medical supplies and tents to Chile within hours, officials said."
    )
    assert _codes(run(text)) == [("NOR", "CHL", "0333")]


# ---- agreeing to observe a truce -------------------------------------------------------------


def test_agreeing_to_observe_a_ceasefire_is_a_truce(run):
    text = "Chile's army and Peru's army agreed on Sunday to strictly observe the ceasefire."
    assert _codes(run(text)) == [("CHL", "PER", "0871"), ("PER", "CHL", "0871")]


def test_agreeing_to_open_a_border_is_no_truce(run):
    text = "Chile agreed with Peru on Sunday to open the border crossing."
    assert all(e.code != "0871" for e in run(text))


# ---- hosting: a welcome at the airport -----------------------------------------------------


def test_welcomed_at_the_airport_is_hosting(run):
    text = (
        "Chile's minister arrived in Lima on Monday and was welcomed at the airport by "
        "Peru's minister."
    )
    assert ("PER", "CHL", "043") in _codes(run(text))


def test_welcoming_a_decision_is_still_praise(run):
    text = "Norway welcomed Chile's decision on Monday."
    assert _keys(run(text)) == [("NOR", "CHL", "05")]


# ---- a march named by its purpose ------------------------------------------------------------


def test_rally_to_condemn_is_a_demonstration(run):
    text = (
        "Thousands of Chilean protesters rallied in Santiago on Friday to condemn Peru's "
        "government."
    )
    assert _codes(run(text)) == [("CHL", "PER", "141")]


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
    from detente.coding.lexicon import lexicon
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
    assert _keys(run(text)) == [("CHL", "PER", "11")]


def test_a_date_on_the_act_itself_still_makes_it_background(run):
    text = "Chile took Peru to the International Court of Justice last week over the raid."
    assert run(text) == []


def test_airdropped_meals_over_a_region_are_humanitarian_aid(run):
    text = "Norway's army airdropped thousands of meals over Chile's flooded north on Friday."
    assert _codes(run(text)) == [("NOR", "CHL", "073")]


# ---- strikes by aircraft are air strikes (195) -------------------------------------------------


def test_shelling_by_warplanes_is_an_air_strike(run):
    text = "Chile's rebel camps were pounded by Peruvian warplanes on Saturday."
    assert _codes(run(text)) == [("PER", "CHL", "195")]


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
    assert ("NOR", "CHL", "0871") in _codes(run(text))


# ---- a demand with a penalty attached is one threat (gold rule 6) ------------------------------


def test_demand_with_a_warning_of_consequences_is_a_threat_only(run):
    text = (
        "Lima demanded on Tuesday that Santiago withdraw its ambassador, warning that Chile "
        "would bear all the consequences."
    )
    assert _keys(run(text)) == [("PER", "CHL", "13")]


def test_a_demand_alone_stays_a_demand(run):
    text = "Lima demanded on Tuesday that Santiago free the detained Peruvian sailors."
    assert _keys(run(text)) == [("PER", "CHL", "10")]
