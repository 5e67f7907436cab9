"""Actor fixes of the fifth coder pass."""

from __future__ import annotations

import pytest

from detente.actors import find


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Warships sailed north in a show of force aimed at Pyongyang.", "capital"),
        ("Officials lashed out at Pyongyang on Monday.", "capital"),
        ("The envoy arrived at Pyongyang on Monday.", "location"),
    ],
)
def test_a_capital_after_aimed_at_is_the_government_not_the_city(text, how):
    (mention,) = [m for m in find(text, "2017-04-09") if m.text == "Pyongyang"]
    assert mention.how == how
