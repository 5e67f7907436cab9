"""``syntax.word_below`` finds a word under a node from the doc's few matching tokens; it must
say exactly what walking the node's children's subtrees says."""

from __future__ import annotations

import pytest

from detente.coding.syntax import word_below

SENTENCES = [
    "On Tuesday Kenyan troops again shelled positions held by the rebels near the border.",
    "The army, which has for decades fought the rebels, struck their camps on Monday night.",
    "Ministers met in Paris on Friday and agreed to resume talks next Wednesday.",
    "Police detained dozens of protesters, a spokesman said on Sunday.",
    "No weekday appears in this sentence about trade between Chile and Peru.",
]
DAYS = frozenset({"monday", "tuesday", "wednesday", "friday", "sunday"})
DATING = frozenset({"prep", "npadvmod"})


@pytest.fixture(scope="module")
def docs(real_coder):
    return list(real_coder.nlp.pipe(SENTENCES))


def _walked(node, words, deps=None):
    return any(
        t.lower_ in words
        for c in node.children
        if deps is None or c.dep_ in deps
        for t in c.subtree
    )


@pytest.mark.parametrize("deps", [None, DATING])
def test_word_below_agrees_with_walking_the_subtrees(docs, deps):
    found = 0
    for doc in docs:
        for node in doc:
            expected = _walked(node, DAYS, deps)
            assert word_below(node, DAYS, deps) is expected, (node.text, doc.text)
            found += expected
    assert found >= 4  # the check saw both answers


def test_word_below_never_counts_the_node_itself(docs):
    monday = next(t for t in docs[1] if t.lower_ == "monday")
    assert not word_below(monday, DAYS)
