"""The memoised token-attribute step must annotate exactly like spaCy's own components."""

from __future__ import annotations

import pytest

from detente.nlp import FAST_COMPONENT, load_nlp

TEXTS = [
    "Norway's minister didn't meet Chile's envoy; they'd met before.",
    "There is no sign that Peru will ease the sanctions it imposed.",
    "I ain't gonna let 's go, y'all gotta c'm on.",
    "Somebody said  two  spaces\n\nand a line break were here.",
    "Kenyan troops were being withdrawn, officials said, as talks resumed.",
]


def _attrs(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(), load_nlp(fast=False)


def test_fast_pipeline_swaps_the_two_components(pipelines):
    fast, stock = pipelines
    assert FAST_COMPONENT in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert FAST_COMPONENT not in stock.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_the_shipped_components(pipelines, text):
    fast, stock = pipelines
    first, again = fast(text), fast(text)  # the second run is served from the memo
    expected = _attrs(stock(text))
    assert _attrs(first) == expected
    assert _attrs(again) == expected
