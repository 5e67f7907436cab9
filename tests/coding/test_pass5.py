"""Fifth coder pass: general misses found on our own held-out set (``heldout.jsonl``). Each case
is a new sentence with the stand-in gazetteer, showing one behaviour, not a held-out line."""

from __future__ import annotations

import pytest
from conftest import standin_find

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events)


def test_a_list_of_three_names_read_as_an_apposition_gives_every_member(run):
    keys = _keys(run("Norway, the United Arab Emirates and Peru cut diplomatic ties with Kenya."))
    sources = {k[0] for k in keys}
    assert sources == {"NOR", "ARE", "PER"}
    assert all(k[1:] == ("KEN", "16") for k in keys)


def test_a_partner_attached_to_the_means_of_a_call_is_the_target(run):
    # The parser hangs 'with' on 'telephone'; the call is still with the Kenyan president.
    keys = _keys(run("Polish President Andrzej Duda spoke by telephone with Kenyan President "
                     "William Ruto on Monday."))
    assert keys == [("KEN", "POL", "04"), ("POL", "KEN", "04")]


def test_shot_dead_finds_the_object_the_parser_hangs_on_dead(run):
    assert _keys(run("Polish police shot dead two Kenyan protesters on Monday.")) == [
        ("POL", "KEN", "19")
    ]


def test_shooting_dead_an_envoy_is_a_targeted_killing(run):
    events = run("A Polish police officer shot dead the Kenyan ambassador on Monday.")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("POL", "KEN", "186")]


def test_a_conditional_warning_targets_the_subject_of_the_condition(run):
    text = (
        "Poland's minister warned on Monday that Warsaw would retaliate "
        "if Chile sent troops into Kenya."
    )
    assert _keys(run(text)) == [("POL", "CHL", "13")]


def test_be_met_with_is_a_reaction_not_a_meeting(run):
    assert _keys(run("Poland warned Chile on Monday that it would be met with fire and fury.")) == [
        ("POL", "CHL", "13")
    ]
    assert run("Chile's minister was met with protests in Poland.", flagged=True) == []


def test_cargo_named_in_a_loaded_with_phrase_makes_an_arrival_aid(run):
    events = run("Polish army planes loaded with blankets and food landed in Kenya on Monday.")
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("POL", "KEN", "073")]


def test_a_denial_targets_the_maker_of_the_accusation_noun(run):
    text = (
        "Poland on Friday denied sending weapons to Lima, calling accusations made by the "
        "Kenyan government baseless."
    )
    events = run(text)
    assert [(e.source[:3], e.target[:3], e.code) for e in events] == [("POL", "KEN", "016")]


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


def test_a_warning_is_not_aimed_at_the_speaker_named_in_its_condition(run):
    text = (
        "Poland warned Chile on Monday that it would pay a price "
        "if it continued to threaten Poland."
    )
    assert _keys(run(text)) == [("POL", "CHL", "13")]


@pytest.mark.parametrize("span", ["a week of", "a series of", "a new round of"])
def test_a_span_of_exercises_is_still_the_exercises(run, span):
    keys = _keys(run(f"Norway and Chile began {span} joint drills on Monday."))
    assert keys == [("CHL", "NOR", "06"), ("NOR", "CHL", "06")]


def test_two_sides_halting_hostilities_act_on_each_other(run):
    keys = _keys(run("Norway and Chile halted hostilities on Monday."))
    assert keys == [("CHL", "NOR", "08"), ("NOR", "CHL", "08")]


def test_one_side_halting_an_offensive_stays_one_way(run):
    assert _keys(run("Norway halted its offensive against Chile on Monday.")) == [
        ("NOR", "CHL", "08")
    ]


def test_an_outlook_on_a_that_clause_targets_the_actor_inside_it(run):
    text = "Norway's minister said on Monday he was optimistic that ties with Chile would improve."
    assert [(e.source[:3], e.target[:3], e.code) for e in run(text)] == [("NOR", "CHL", "013")]
    assert run("Norway was hopeful that the deal would hold.", flagged=True) == []


def test_a_second_verb_of_the_same_kind_shares_the_first_verbs_target(run):
    text = "Poland suspended trade with Kenya on Wednesday and downgraded diplomatic relations."
    codes = sorted((e.source[:3], e.target[:3], e.code) for e in run(text))
    assert codes == [("POL", "KEN", "161"), ("POL", "KEN", "163")]


def test_a_second_verb_of_another_kind_does_not_borrow_the_target(run):
    events = run("Poland suspended trade with Kenya on Wednesday and praised its own farmers.")
    assert [e.code[:2] for e in events] == ["16"]


def test_an_attack_named_in_a_claim_of_responsibility_is_not_coded_again(run):
    text = (
        "Kenya's rebels claimed responsibility on Monday for an attack on Polish troops "
        "that killed two soldiers."
    )
    assert [(e.source[:3], e.target[:3], e.code) for e in run(text)] == [("KEN", "POL", "015")]


def test_an_act_after_a_criticism_in_its_own_clause_is_still_coded(run):
    keys = _keys(run("Poland criticised Chile on Monday and Peru's army shelled Kenyan villages."))
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


def _with_bare_military(text, date=None, **kwargs):
    """The stand-in finder plus the bare sector word 'military' (code ---MIL)."""
    found = standin_find(text, date, **kwargs)
    start = text.find("military")
    if start >= 0:
        end = start + len("military")
        found.append(Mention(start, end, "military", "---MIL", None, "MIL", "sector"))
    return found


def test_a_bare_sector_adjective_is_no_actor():
    from detente.coding.pipeline import Coder

    coder = Coder(finder=_with_bare_military)
    text = "Norway's minister refused on Tuesday to halt the military operation in Lima."
    assert all(e.target[:3] != "PER" for e in coder.code(text, "2024-05-28"))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile concluded negotiations on a free trade agreement on Monday.",
        "Norway struck a trade deal with Chile on Monday.",
        "Norway sealed a defence pact with Chile on Monday.",
    ],
)
def test_more_ways_to_settle_an_agreement(run, text):
    assert _keys(run(text)) == [("CHL", "NOR", "05"), ("NOR", "CHL", "05")]


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
    assert _keys(run(text)) == [("CHL", "NOR", root), ("NOR", "CHL", root)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway recalled its ambassador to Chile on Tuesday.",
        "Norway recalled its ambassador from Santiago on Tuesday.",
    ],
)
def test_recalling_an_envoy_to_or_from_a_country_reduces_relations(run, text):
    assert _keys(run(text)) == [("NOR", "CHL", "16")]


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
