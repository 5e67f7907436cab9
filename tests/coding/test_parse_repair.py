"""Parse repairs made before any rule reads the parse: a reported 'that' clause the parser
hangs on the noun of a setting ('during a call', 'at a meeting') is the reporting verb's
complement. Our own sentences."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

from detente.coding.engine import _repair_parse


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The French president warned the Iranian leader during a phone call on Monday "
            "that Iran would face new sanctions if it enriched more uranium.",
            ("FRA", "IRN"),
        ),
        (
            "Japan's prime minister warned Kim Jong Un's envoy during a meeting on Friday "
            "that North Korea would face a naval blockade if it fired another missile.",
            ("JPN", "PRK"),
        ),
    ],
)
def test_a_warning_told_after_a_call_is_a_threat_to_the_one_warned(real_coder, text, pair):
    events = by_root(real_coder.code(text, "2023-05-02"))
    assert (*pair, "13") in events
    # the condition ('if it enriched ...') is no act of the warner's
    assert not [e for e in events if e[0] == pair[0] and e[2] in ("19", "18")]


def test_a_true_relative_clause_stays_on_its_noun(real_coder):
    doc = real_coder.nlp("Chile rejected the proposal that Peru made during the talks on Monday.")
    made = next(t for t in doc if t.lower_ == "made")
    before = (made.head.i, made.dep_)
    _repair_parse(doc)
    assert (made.head.i, made.dep_) == before
