"""Third coder pass: each case is our own sentence showing one general behaviour."""

from __future__ import annotations

import pytest


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first howitzers sent by Norway arrived in Chile on Monday.", ("NOR", "CHL", "072")),
        ("Kenyan army planes carrying food and blankets landed in Peru.", ("KEN", "PER", "073")),
    ],
)
def test_arrival_of_goods_is_aid_from_their_sender(run, text, expected):
    assert _keys(run(text)) == [expected]


def test_arrival_of_people_stays_a_visit(run):
    assert _keys(run("Norway's minister arrived in Chile on Monday.")) == [("NOR", "CHL", "042")]


def test_an_adjunct_after_the_act_does_not_make_it_background(run):
    assert _keys(run("Norway condemned Chile after the disputed vote.")) == [("NOR", "CHL", "111")]


def test_an_intent_with_a_partner_is_the_speakers_alone(run):
    assert _keys(run("Norway pledged to hold talks with Chile.")) == [("NOR", "CHL", "036")]


def test_coordinated_subjects_share_an_intent(run):
    keys = _keys(run("Norway and Chile pledged to hold talks."))
    assert keys == [("CHL", "NOR", "036"), ("NOR", "CHL", "036")]


def test_a_country_destination_merges_into_the_named_partner(run):
    events = run("Norway's minister will travel to Chile for talks with the Chilean government.")
    assert [(e.source[:3], e.target, e.code) for e in events] == [("NOR", "CHLGOV", "036")]


def test_each_coordinated_request_is_its_own_appeal(run):
    keys = _keys(run("Norway called on Chile to halt the shelling and return to negotiations."))
    assert keys == [("NOR", "CHL", "0256"), ("NOR", "CHL", "026")]


def test_a_demand_with_a_penalty_is_a_threat(run):
    events = run("Norway told Chile to free the detained sailors or face tariffs.")
    assert [e.code[:2] for e in events] == ["13"]


def test_a_demand_without_a_penalty_stays_a_demand(run):
    events = run("Norway told Chile to free the detained sailors.")
    assert [e.code[:2] for e in events] == ["10"]


def test_after_which_is_a_later_event_not_background(run):
    text = "Norway hosted Chile's minister, after which Peru called on Kenya to lift its embargo."
    assert ("PER", "KEN", "0254") in _keys(run(text))


def test_talks_hung_on_an_infinitive_belong_to_the_main_clause(run):
    text = "Norway praised Chile's plans to reform its courts during talks with Peru's government."
    keys = _keys(run(text))
    assert ("NOR", "PER", "046") in keys and ("PER", "NOR", "046") in keys


def test_a_visit_during_hosting_is_the_guests(run):
    text = "Norway's minister was welcomed by Chile's government at the start of a visit to Chile."
    assert _keys(run(text)) == [("CHL", "NOR", "043"), ("NOR", "CHL", "042")]


def test_a_passive_conjunct_shares_the_first_verbs_subject(run):
    text = "Norway's minister flew to Chile and was received by Chile's government on Monday."
    assert ("CHL", "NOR", "043") in _keys(run(text))


def test_not_allowing_monitors_in_is_a_refusal(run):
    events = run("Norway did not allow Chilean monitors to visit the port on Friday.")
    assert [(e.source[:3], e.target[:3], e.code[:2], e.negated) for e in events] == [
        ("NOR", "CHL", "12", False)
    ]


def test_allowing_monitors_in_is_a_concession(run):
    assert [e.code[:2] for e in run("Norway allowed Chilean monitors to visit the port.")] == ["08"]


def test_an_object_pronoun_is_not_its_clauses_subject(run):
    events = run("Norway summoned a Chilean official and ordered him to leave the country.")
    assert ("NOR", "CHL") in {(e.source[:3], e.target[:3]) for e in events}
    assert all(e.target[:3] != "NOR" for e in events)


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
    assert _keys(run(text)) == [("NOR", "CHL", "018")]


def test_a_message_of_other_content_is_not_a_condolence(run):
    assert all(e.code != "018" for e in run("Norway sent a message of protest to Chile."))


def test_calling_someone_a_name_is_criticism_of_them_not_of_the_patron(run):
    events = run("Norway rejected Chile's offer, calling Chile's government a puppet of Peru.")
    keys = _keys(events)
    assert ("NOR", "CHL", "111") in keys and all(k[1] != "PER" for k in keys)


def test_a_denial_in_a_relative_clause_answers_the_accuser(run):
    text = (
        "Norway accused Chile on Monday of shelling a village near the border, "
        "a claim Chile denied."
    )
    keys = _keys(run(text))
    assert ("CHL", "NOR", "016") in keys and ("NOR", "CHL", "1123") in keys


def test_among_violent_acts_on_one_pair_the_specific_code_wins(run):
    text = "Kenyan rebels tried to assassinate Ghana's minister, opening fire on his convoy."
    assert [e.code for e in run(text)] == ["185"]


def test_the_object_of_a_participle_clause_is_the_victim(run):
    text = "Kenyan police beat Ghanaian protesters marching near the border on Friday."
    assert _keys(run(text)) == [("KEN", "GHA", "182")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops drove thousands of Ghanaian villagers from the valley.",
        "Kenyan troops forced Ghanaian migrants out on Sunday.",
    ],
)
def test_driving_a_population_out_is_mass_expulsion(run, text):
    assert _keys(run(text)) == [("KEN", "GHA", "201")]


def test_a_lone_sentence_needs_two_different_actors_to_be_parsed():
    from detente.coding.lexicon import lexicon
    from detente.coding.pipeline import worth_parsing
    from detente.records import Mention

    lex = lexicon()
    norway = Mention(0, 6, "Norway", "NOR", "NOR", None, "country")
    text = "Norway condemned it on Monday."
    assert worth_parsing([norway], text, lex, carried=True)  # 'it' may be the last subject
    assert not worth_parsing([norway], text, lex, carried=False)
    place = Mention(20, 25, "Chile", "CHL", "CHL", None, "location")
    assert not worth_parsing([place], "Troops attacked in Chile.", lex)


def test_failing_to_attend_talks_with_someone_is_one_sided(run):
    text = "Norway failed to show up for scheduled talks with Chile on Monday."
    assert _keys(run(text)) == [("NOR", "CHL", "164")]


def test_meeting_someones_demands_is_yielding_not_a_meeting(run):
    events = run("Norway met the demands of Chilean protesters on Friday.")
    assert [e.code[:2] for e in events] == ["08"]
