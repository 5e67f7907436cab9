"""Visits told as a second act of the sentence (V17).

A visit noun set in a 'during', 'on' or 'at the start of' phrase, or a participle that wraps
one up, often names its destination only again, by a definite common noun ('the country',
'the kingdom', 'the island nation'): the destination is then the one state other than the
visitor's that the sentence names, and none when it names two. A phase of a visit set off
after a reported clause ('began checking sites that Y had declared, at the start of a visit')
tells of the clause that reports it, so the visitor is that clause's subject; and an
investigation announced during a visit leaves the visit an event of its own. Every sentence
is written for this file; each has a control."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _events(coder, text):
    return {(e.source, e.target, e.code) for e in coder.code(text, "2023-03-09")}


def _visits(coder, text):
    return {(s, t) for s, t, c in _events(coder, text) if c[:3] == "042"}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Turkish President Recep Tayyip Erdogan praised growing trade with Hungary on "
            "Monday, wrapping up a two-day visit to the country.",
            ("TURGOV", "HUN"),
        ),
        (
            "French Foreign Minister Jean-Noel Barrot signed a water agreement in Amman on "
            "Sunday during a visit to the Hashemite kingdom.",
            ("FRAGOV", "JOR"),
        ),
        (
            "The Indian foreign minister spoke of new rail links on Tuesday during his first "
            "visit to the island nation, where he met Sri Lankan officials.",
            ("INDGOV", "LKA"),
        ),
        (
            "Kenyan President William Ruto pledged support for Somalia's army on Wednesday "
            "during a visit to the Horn of Africa nation.",
            ("KENGOV", "SOM"),
        ),
    ],
)
def test_anaphoric_destination_is_the_one_foreign_state(coder, text, visit):
    assert visit in _visits(coder, text)


def test_anaphoric_destination_with_two_foreign_states_names_no_host(coder):
    text = (
        "Brazilian President Lula criticised Israel and praised Egypt on Friday during a "
        "visit to the country."
    )
    assert not _visits(coder, text)


def test_named_destination_is_kept(coder):
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis praised Egypt's role in the region on "
        "Sunday during a visit to Morocco."
    )
    visits = _visits(coder, text)
    assert ("GRCGOV", "MAR") in visits
    assert ("GRCGOV", "EGY") not in visits


def test_phase_after_a_reported_clause_is_the_reporting_subjects_visit(coder):
    text = (
        "Experts from the World Health Organization began testing water samples on Friday "
        "that Peru had collected, at the start of a week-long visit to the country."
    )
    visits = _visits(coder, text)
    assert ("IGOUNOWHO", "PER") in visits
    assert not any(s.startswith("PER") for s, _ in visits)


def test_phase_with_a_possessive_keeps_its_own_visitor(coder):
    text = (
        "Chilean officials signed a copper deal on Monday, at the start of Indian Prime "
        "Minister Narendra Modi's visit to Chile."
    )
    visits = _visits(coder, text)
    assert ("INDGOV", "CHL") in visits
    assert not any(s.startswith("CHL") for s, _ in visits)


def test_inquiry_announced_during_a_visit_keeps_the_visit(coder):
    text = (
        "The chief prosecutor of the International Criminal Court announced an inquiry into "
        "abuses by Colombian troops on Monday during a visit to Bogota."
    )
    events = _events(coder, text)
    assert ("IGOICC", "COL", "042") in events
    assert any(c[:2] == "09" for _, _, c in events)


def test_inquiry_announced_with_no_visit_states_none(coder):
    text = (
        "The chief prosecutor of the International Criminal Court announced an inquiry into "
        "abuses by Colombian troops on Monday."
    )
    assert not _visits(coder, text)
