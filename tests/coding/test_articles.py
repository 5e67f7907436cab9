"""Shapes found by reading whole news articles against the gold rules: a conversation is a
consultation, talks measured in hours are still talks, meeting the press is none, and an
acknowledgement that one's forces did something is the acknowledgement (015)."""

from __future__ import annotations

import pytest

from detente.coding import code

DATE = "2025-03-14"


def _keys(text: str):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in code(text, DATE)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign minister spoke with his Ugandan counterpart on Thursday.",
        "Kenyan President William Ruto led six hours of talks with Ugandan officials in Nairobi.",
        "Kenya held two days of talks with Uganda on the border dispute.",
    ],
)
def test_a_conversation_or_talks_counted_in_hours_are_a_consultation_both_ways(text):
    keys = _keys(text)
    assert ("KEN", "UGA", "04") in keys and ("UGA", "KEN", "04") in keys


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president met with reporters in Nairobi on Thursday.",
        "Kenya's foreign minister spoke with journalists in Kampala on Monday.",
    ],
)
def test_meeting_the_press_is_no_consultation(text):
    assert not any(root == "04" for *_, root in _keys(text))


def test_an_acknowledgement_codes_only_itself():
    keys = _keys("Ghana acknowledged that its troops had fired on Togolese soldiers.")
    assert ("GHA", "TGO", "01") in keys
    assert not any(root == "19" for *_, root in keys)
