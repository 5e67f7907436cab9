"""Noun senses and cues (s19 NOUNS): a handover is coded by what is handed over (food,
money, intelligence, arms, prisoners); accusations 'from X that Y ...' name their target in
the clause; a planned, proposed or upcoming event noun has not happened (gold rule 5)."""

from __future__ import annotations

import pytest

from detente.coding import code


def _events(text: str, date: str = "2022-06-07"):
    return [(e.source[:3], e.target[:3], e.code) for e in code(text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The handover of 3,000 tonnes of wheat by China to Zimbabwe took place on Monday.",
            ("CHN", "ZWE", "073"),
        ),
        (
            "The handover of 40 tonnes of rice by South Korea to Laos was completed on Friday.",
            ("KOR", "LAO", "073"),
        ),
        (
            "The handover of $20 million by the World Bank to Sierra Leone was completed "
            "on Friday.",
            ("IGO", "SLE", "071"),
        ),
        (
            "The handover of 5,000 doses of vaccine by India to Nepal took place on Tuesday.",
            ("IND", "NPL", "073"),
        ),
        (
            "The delivery of humanitarian supplies by Jordan to Lebanon resumed on Monday.",
            ("JOR", "LBN", "073"),
        ),
    ],
)
def test_handover_coded_by_what_is_handed(text, expected):
    assert expected in _events(text)


def test_handover_of_captives_stays_a_release():
    events = _events(
        "The handover of two detained sailors by Iran to Britain took place on Monday."
    )
    assert not any(c[:2] == "07" for _s, _t, c in events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Beijing blocked the draft on Monday, drawing accusations from Britain that it was "
            "shielding the generals.",
            ("GBR", "CHN"),
        ),
        (
            "Bishkek closed the road on Friday, drawing accusations from Tajikistan that "
            "Kyrgyzstan was massing troops on the border.",
            ("TJK", "KGZ"),
        ),
    ],
)
def test_accusation_noun_names_accuser_and_accused(text, pair):
    assert any((s, t) == pair and c.startswith("112") for s, t, c in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Freed prisoners were flown home on Wednesday ahead of the planned summit between the "
        "leaders of Peru and Chile.",
        "Officials in Hanoi prepared on Monday for the upcoming visit of the Indian president.",
        "Lawmakers in Lima debated the proposed talks with Bolivia on Monday.",
        "Police in Dakar braced on Friday for scheduled opposition protests against the "
        "government.",
    ],
)
def test_planned_event_noun_is_not_an_event(text):
    roots = {c[:2] for _s, _t, c in _events(text)}
    assert not roots & {"04", "14"}


def test_planned_event_that_was_held_is_still_coded():
    events = _events("Kenya and Ethiopia held a long-planned meeting in Addis Ababa on Monday.")
    assert any(c[:2] == "04" for _s, _t, c in events)
