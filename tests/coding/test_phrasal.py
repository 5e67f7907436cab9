"""The bare verb's pattern does not fit its phrasal or predicative uses: "call off", "call on",
"call X a Y"; and "on Thursday" is a time, never a verb particle."""

from __future__ import annotations

import pytest
from coding_helpers import by_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chilean president called his Peruvian counterpart on Thursday.",
            [("CHL", "PER", "041"), ("PER", "CHL", "041")],
        ),
        (
            "Chile's foreign minister called the Peruvian president a liar on Thursday.",
            [("CHL", "PER", "111")],
        ),
        ("Peru called off its talks with Chile on Thursday.", [("PER", "CHL", "164")]),
        ("Peruvian troops shot dead two Chilean smugglers on Thursday.", [("PER", "CHL", "193")]),
    ],
)
def test_phrasal_and_predicative_uses(run, text, expected):
    assert by_code(run(text)) == expected


def test_an_appeal_is_still_an_appeal(run):
    codes = [e.code[:2] for e in run("Peru called on Chile to reopen the border.")]
    assert codes == ["02"]
