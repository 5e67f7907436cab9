"""Sentence -> events tables, written for these tests (not from any gold set): voice, joint acts,
coordinated targets, modality flags, dates and spans."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import by_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway condemned Chile on Monday.", [("NOR", "CHL", "111")]),
        ("Peru imposed sanctions on Kenya.", [("PER", "KEN", "163")]),
        ("Vietnam expelled Poland's ambassador.", [("VNM", "POL", "161")]),
        ("Kenyan troops shelled Ghanaian positions.", [("KEN", "GHA", "194")]),
        ("Chile praised Peru for its patience.", [("CHL", "PER", "051")]),
        ("Norway accused Chile of spying on its diplomats.", [("NOR", "CHL", "1125")]),
        ("Poland urged Ghana to release the detained sailors.", [("POL", "GHA", "0253")]),
        ("Hanoi threatened to cut diplomatic ties with Warsaw.", [("VNM", "POL", "1313")]),
        ("Peru rejected Kenya's offer of talks.", [("PER", "KEN", "125")]),
        ("Chilean police arrested Peruvian protesters.", [("CHL", "PER", "173")]),
    ],
)
def test_active_voice_codes(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


def test_passive_with_agent_swaps_roles(run):
    events = run("Ghanaian troops were attacked by Kenyan rebels on Friday.")
    assert by_code(events) == [("KEN", "GHA", "190")]
    assert events[0].source == "KENREB"


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Chile held talks in Oslo.",
        "Norway and Chile signed a trade agreement.",
    ],
)
def test_joint_acts_are_coded_both_ways(run, text):
    events = run(text)
    pairs = {(e.source[:3], e.target[:3]) for e in events}
    assert {("NOR", "CHL"), ("CHL", "NOR")} <= pairs


def test_coordinated_targets_each_get_an_event(run):
    assert by_code(run("Poland criticised Chile and Peru.")) == [
        ("POL", "CHL", "111"),
        ("POL", "PER", "111"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not condemn Chile.",
        "Peru could impose sanctions on Kenya.",
        "If Vietnam attacks Poland, prices will rise.",
        "Will Ghana attack Kenya?",
        "Analysts say Chile might criticise Peru.",
        "Norway refrained from imposing sanctions on Chile.",
    ],
)
def test_modality_flags_and_excludes(run, text):
    assert run(text) == []
    flagged = run(text, flagged=True)
    assert flagged and all(e.flagged for e in flagged)


def test_future_cooperation_becomes_intent(run):
    assert by_code(run("Norway will hold talks with Chile next week.")) == [
        ("CHL", "NOR", "036"),
        ("NOR", "CHL", "036"),
    ]


def test_future_attack_becomes_threat(run):
    assert [e.code[:2] for e in run("Kenya said Kenyan troops will attack Ghana.")] == ["13"]


def test_nominal_event_with_possessor(run):
    assert by_code(run("Peru's seizure of Kenyan tankers angered many.")) == [("PER", "KEN", "181")]


def test_background_clause_is_not_coded(run):
    assert by_code(run("Chile praised Peru, which Norway had attacked last year.")) == [
        ("CHL", "PER", "051")
    ]


def test_relative_weekday_is_resolved(run):
    events = run("Norway condemned Chile on Tuesday.", date="2024-05-17")
    assert events[0].date == dt.date(2024, 5, 14)


def test_spans_point_into_the_text(run):
    text = "Yesterday, Peru imposed sanctions on Kenya."
    event = run(text)[0]
    assert text[slice(*event.trigger_span)] == event.trigger_text == "imposed"
    assert text[slice(*event.source_span)] == "Peru"
    assert event.coder_version and 0 < event.confidence <= 1


def test_sentences_without_actors_skip_the_parser(coder, monkeypatch):
    calls = []
    original = coder.nlp.pipe
    monkeypatch.setattr(
        coder.nlp,
        "pipe",
        lambda texts, **kw: calls.append(list(texts)) or original(iter(calls[-1])),
    )
    items = [(1, "Prices rose sharply.", None, None), (2, "Peru condemned Kenya.", None, None)]
    results = list(coder.code_sentences(items))
    assert [k for k, _ in results] == [1, 2]
    assert calls == [["Peru condemned Kenya."]]
