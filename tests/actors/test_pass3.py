"""Actor table additions of the third coder pass: groups whose country is clear."""

from __future__ import annotations

import pytest

from detente.actors import find


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israeli settlers blocked the road on Monday.", "ISRCVL"),
        ("Rohingya refugees crossed the river at night.", "MMRCVL"),
        ("Uighur Muslims were held in camps.", "CHNCVL"),
    ],
)
def test_groups_with_a_clear_country(text, code):
    assert code in {m.code for m in find(text, "2019-05-01")}
