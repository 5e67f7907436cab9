"""A preposition whose object is a day, a month or a number is a time adverbial, told apart by
words and tags: the coder's pipeline has no entity recogniser, so no DATE entity is ever set."""

from __future__ import annotations

import pytest

from detente.coding.syntax import dated

TIMED = [
    ("Peru called on March 3 for new talks with Chile.", "on"),
    ("Kenya will withdraw its troops from Somalia by December.", "by"),
    ("Ghana called on Thursday for a ceasefire in Togo.", "on"),
    ("The envoy arrived in 2019 with a message for Oslo.", "in"),
]
UNTIMED = [
    ("Peru called on Chile to release the prisoners.", "on"),
    ("Kenya will withdraw its troops from Somalia by the border.", "by"),
    ("The march on the capital began at noon.", "on"),
]


def _prep(doc, word):
    return next(t for t in doc if t.lower_ == word and t.dep_ in ("prep", "agent"))


@pytest.mark.parametrize(("text", "word"), TIMED)
def test_a_day_month_or_year_dates_the_preposition(real_coder, text, word):
    assert dated(_prep(real_coder.nlp(text), word))


@pytest.mark.parametrize(("text", "word"), UNTIMED)
def test_a_place_or_party_does_not(real_coder, text, word):
    assert not dated(_prep(real_coder.nlp(text), word))
