"""Calendar dates on an act: weeks before the document it is background (gold rule 4), days
before it is the event's date; a date ahead is when a planned act is due."""

from __future__ import annotations

import pytest

from detente.coding import code

DATE = "2025-03-10"


def _coded(text: str):
    return [(e.source[:3], e.target[:3], e.code[:2], str(e.date)) for e in code(text, DATE)]


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian and Chilean diplomats held talks in Lima on Feb. 12.",
        "In November, Indian troops shelled Pakistani posts near the border.",
        "Ghana expelled two Nigerian diplomats on 3 January 2024, officials said.",
        "Moroccan and Algerian officials met in Rabat on Sept. 30.",
    ],
)
def test_an_act_dated_weeks_before_the_document_is_background(text):
    assert _coded(text) == []


def test_an_act_dated_days_before_keeps_that_date():
    assert ("PER", "CHL", "04", "2025-03-07") in _coded(
        "Peruvian and Chilean diplomats held talks in Lima on March 7."
    )


def test_a_date_ahead_is_when_the_planned_act_is_due_not_when_it_was_stated():
    coded = _coded("Japan will hold talks with Vietnam on March 24.")
    assert coded and all(date == DATE for *_, date in coded)


@pytest.mark.parametrize(
    "text",
    [
        # a present act: the date is that of the noun it governs
        "The Security Council condemns Iran's missile tests in January.",
        # a month further down the phrase dates something else
        "Houthi fighters attacked Saudi positions in breach of a truce that has held since April.",
        # 'Jan' the given name is no month
        "Kenya's envoy met Czech Foreign Minister Jan Novak in Nairobi on Monday.",
    ],
)
def test_a_date_that_is_not_the_act_s_own_leaves_it_coded(text):
    assert _coded(text)
