"""Walks up the parse must stop at the root. spaCy makes a new Token object on every access,
so ``token.head is token`` is never true, even at the root: a walk that waited for it looped
for ever on a sentence whose root is not a verb (found on one WCEP item of 38,851)."""

from __future__ import annotations

import signal

import pytest

from detente.coding.syntax import main_verb

VERBLESS = [
    "Fresh talks between Chile and Norway in Oslo on Monday.",
    "Kenyan troops in Ghana: a new deployment near the border.",
]


@pytest.fixture
def deadline():
    def stop(*_args):
        raise TimeoutError("a walk up the parse did not stop")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text", VERBLESS)
def test_main_verb_stops_at_a_noun_root(real_coder, deadline, text):
    doc = real_coder.nlp(text)
    assert [main_verb(t).i for t in doc] == [t.i for t in doc]


@pytest.mark.parametrize("text", VERBLESS)
def test_coding_a_verbless_sentence_ends(real_coder, deadline, text):
    real_coder.code(text, "2024-05-17", include_flagged=True)
