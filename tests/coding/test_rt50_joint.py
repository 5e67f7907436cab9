"""Round 50 (real news): fighting between two sides opening a sentence, protesters occupying
buildings. Sentences are our own wording."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "one", "two"),
    [
        (
            "Fighting between Ethiopian soldiers and Eritrean troops leaves dozens dead.",
            "ETH",
            "ERI",
        ),
        (
            "Fighting between Chadian troops and Sudanese militias has killed 40 people.",
            "TCD",
            "SDN",
        ),
    ],
)
def test_fighting_between_opening_a_sentence_is_coded_both_ways(real_coder, text, one, two):
    events = by_code(real_coder.code(text, DATE))
    assert (one, two, "190") in events
    assert (two, one, "190") in events


@pytest.mark.parametrize(
    "text",
    [
        "About 200 opposition supporters occupy the parliament building in Tbilisi.",
        "Student protesters occupy the Education Ministry in Santiago.",
    ],
)
def test_protesters_occupying_a_building_is_a_protest(real_coder, text):
    codes = [e.code for e in real_coder.code(text, DATE)]
    assert "144" in codes
    assert "192" not in codes


def test_troops_occupying_a_town_is_still_occupation(real_coder):
    codes = [e.code for e in real_coder.code("Russian troops occupy the town of Kupiansk.", DATE)]
    assert "192" in codes
