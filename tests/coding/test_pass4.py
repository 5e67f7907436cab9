"""Fourth coder pass: daily-summary news in the present tense, and errors seen on the sample
corpus. Each case is our own sentence showing one general behaviour."""

from __future__ import annotations

import pytest

from detente.records import Mention


def _keys(events):
    return sorted((e.source[:3], e.target[:3], e.code) for e in events)


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
    assert _keys(events) == [expected]
    assert not any(e.negated or e.hypothetical for e in events)


def test_a_verb_that_completes_an_event_noun_codes_the_noun(run):
    text = "Norway's parliament approves the annexation of Chile's islands."
    assert _keys(run(text)) == [("NOR", "CHL", "192")]


def test_an_event_noun_under_a_real_act_stays_uncoded(run):
    keys = _keys(run("Norway condemned the annexation of Chile's islands."))
    assert ("NOR", "CHL", "192") not in keys


def test_an_event_noun_subject_lends_its_own_agent(run):
    events = run("Norwegian airstrikes kill ten Chilean soldiers.")
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("NOR", "CHL", "19")]


def test_no_sign_that_an_act_happened_negates_it(run):
    text = "There is no sign that Norwegian troops have withdrawn from Chile."
    assert run(text) == []
    assert all(e.negated for e in run(text, flagged=True))


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
    assert _keys(run(text)) == [("NOR", "CHL", "111")]


def test_a_violent_act_keeps_the_victims_sector(run):
    events = run("Kenyan troops killed Ghanaian rebels in Ghana on Friday.")
    assert [(e.source[:3], e.target, e.code[:2]) for e in events] == [("KEN", "GHAREB", "19")]


@pytest.mark.parametrize(
    ("source", "target", "former", "expected"),
    [
        ("UKRGOV", "UKR", False, True),
        ("UKR", "UKRMIL", False, True),
        ("UKRGOV", "UKRGOV", False, True),
        ("UKRMIL", "UKR", True, False),  # a former leader detained by the army
        ("UKR", "UKRREB", False, False),
        ("UKRCOP", "UKRCVL", False, False),
        ("RUSGOV", "UKR", False, False),
    ],
)
def test_a_state_does_not_act_on_itself(source, target, former, expected):
    from detente.coding.engine import _self_directed
    from detente.coding.roles import Arg

    src = Arg(source, "a", (0, 1))
    tgt = Arg(target, "b", (2, 3), former=former)
    assert _self_directed(src, tgt) is expected


def test_an_agent_noun_after_a_named_body_belongs_to_it():
    from detente.coding.pipeline import localise

    text = "Kenyan and Ghanaian Red Cross officials met in Lima."
    kenyan = Mention(0, 6, "Kenyan", "KENNGO", "KEN", "NGO", "nonstate")
    ghana = Mention(11, 29, "Ghanaian Red Cross", "GHANGO", "GHA", "NGO", "nonstate")
    officials = Mention(30, 39, "officials", "---GOV", None, "GOV", "sector")
    lima = Mention(47, 51, "Lima", "PER", "PER", None, "location")
    got = localise([kenyan, ghana, officials, lima], text)
    assert [m.code for m in got] == ["KENNGO", "GHANGO", "GHANGO", "PER"]


def test_a_country_named_in_a_quote_does_not_localise_the_speaker():
    from detente.coding.pipeline import localise

    text = '"Talks with Kenya help Ghana," a ministry official said.'
    kenya = Mention(12, 17, "Kenya", "KEN", "KEN", None, "country")
    ghana = Mention(23, 28, "Ghana", "GHA", "GHA", None, "country")
    official = Mention(42, 50, "official", "---GOV", None, "GOV", "sector")
    assert localise([kenya, ghana, official], text)[2].code == "---GOV"
    outside = "A ministry official said talks with Kenya help Ghana."
    official = Mention(11, 19, "official", "---GOV", None, "GOV", "sector")
    kenya = Mention(36, 41, "Kenya", "KEN", "KEN", None, "country")
    assert localise([official, kenya], outside)[0].code == "KENGOV"


def test_coordinated_demonyms_on_a_shared_head_pair_the_countries(coder):
    from detente.coding.pipeline import Coder

    def finder(text, date=None, *, context=None, ents=()):
        return [
            Mention(0, 6, "Kenyan", "KENNGO", "KEN", "NGO", "nonstate"),
            Mention(11, 29, "Ghanaian Red Cross", "GHANGO", "GHA", "NGO", "nonstate"),
            Mention(30, 39, "officials", "---GOV", None, "GOV", "sector"),
        ]

    text = "Kenyan and Ghanaian Red Cross officials held talks in Lima."
    events = Coder(nlp=coder.nlp, finder=finder, lex=coder.lex).code(text, "2024-05-17")
    assert _keys(events) == [("GHA", "KEN", "046"), ("KEN", "GHA", "046")]


def test_a_document_carries_the_act_of_whoever_issues_it(run):
    text = "Norway's parliament passes a motion condemning the Chilean blockade."
    assert ("NOR", "CHL", "111") in _keys(run(text))


def test_cancelled_talks_did_not_take_place(run):
    assert run("Talks between Norway and Chile have been cancelled.") == []


def test_unnamed_victims_are_civilians_of_the_place(run):
    events = run("Kenyan rebels kill twelve people in a market in Ghana.")
    assert [(e.source[:3], e.target, e.code[:2]) for e in events] == [("KEN", "GHACVL", "19")]


def test_unnamed_victims_without_a_place_are_not_coded(run):
    assert run("Kenyan rebels kill twelve people on Sunday.") == []


def test_a_killing_participle_hung_on_the_object_is_the_subjects(run):
    text = "Kenyan rebels ambush a bus killing nine Ghanaian soldiers near the border."
    events = run(text)
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("KEN", "GHA", "19")]


def test_troops_entering_a_country_occupy_it_but_refugees_do_not(run):
    assert _keys(run("Norwegian troops cross into Chile.")) == [("NOR", "CHL", "192")]
    assert run("Norwegian refugees cross into Chile.") == []


def test_armed_men_storming_a_place_is_an_attack_not_a_riot(run):
    events = run("Kenyan rebels storm a Ghanaian army base, killing four soldiers.")
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("KEN", "GHA", "19")]
    riot = run("Ghanaian protesters storm Kenya's parliament building.")
    assert [e.code[:2] for e in riot] == ["14"]
