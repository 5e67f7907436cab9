"""Second acts hung inside a that-clause or told by a closing participle (FB19).

A past-tense verb (or a participle) the parser joins to the verb of a complement clause whose
tense or auxiliary it cannot share ('demanded that Y free X and recalled its envoy') is the main
subject's own second act; a closing participle hung on a clause whose subject is the one it
accuses takes the main speaker; labelling an act with a word of blame ('calling the decision
the height of hypocrisy', 'branding it unprovoked') is a criticism (111). Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _roots(coder, text):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, "2021-05-04")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ankara demanded on Friday that Athens immediately release two Turkish soldiers "
            "detained at the border, and recalled its ambassador from Greece.",
            ("TUR", "GRC", "16"),
        ),
        (
            "Baku insisted on Monday that Yerevan withdraw its troops from the disputed "
            "villages and expelled two Armenian diplomats.",
            ("AZE", "ARM", "16"),
        ),
    ],
)
def test_past_verb_joined_to_a_that_clause_is_the_main_subjects(coder, text, want):
    assert want in _roots(coder, text)


def test_participle_on_a_clause_about_the_accused_takes_the_speaker(coder):
    text = (
        "Ecuador declared the Mexican ambassador persona non grata on Monday, accusing him "
        "of meddling in the country's internal affairs."
    )
    roots = _roots(coder, text)
    assert ("ECU", "MEX", "11") in roots
    assert ("MEX", "MEX", "11") not in roots


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi rejected Beijing's new map of the sea on Tuesday, calling the plan the height "
        "of arrogance.",
        "Seoul dismissed Pyongyang's proposal for a summit on Friday, calling the offer the "
        "epitome of hypocrisy.",
    ],
)
def test_labelled_the_height_of_a_fault_is_criticism(coder, text):
    assert any(r[2] == "11" for r in _roots(coder, text))


def test_controls_a_verb_that_shares_the_clause_stays_inside_it(coder):
    # 'said the rebels had seized the town and killed ten soldiers': both verbs are the
    # rebels' (the reported clause's own past tense), not the speaker's
    text = (
        "Malian officials said on Sunday that the rebels seized the town of Gao and killed "
        "ten soldiers."
    )
    roots = _roots(coder, text)
    assert not any(r[0] == "MLI" and r[2] == "18" for r in roots if r[1] != "MLI")


def test_control_a_neutral_label_is_no_criticism(coder):
    text = (
        "Indonesia welcomed the new trade pact with Australia on Monday, calling the deal "
        "the height of good neighbourliness."
    )
    assert not any(r[2] == "11" for r in _roots(coder, text))
