"""Headline verbs of attack the tagger reads as a noun in a run of compounds (the verb
rows that take any object). 'Syrian jets bombard rebel positions' is parsed as one noun
phrase, the subject, the verb and the object all compounds or modifiers of the last noun;
the verb is re-hung as the sentence's verb. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text):
    return sorted((e.source, e.target, e.code) for e in coder.code(text, "2021-05-04"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Syrian jets bombard rebel positions.", ("SYRMIL", "---REB", "195")),
        ("Russian warplanes bombard rebel strongholds near Aleppo.", ("RUSMIL", "SYRREB", "195")),
        ("Iraqi helicopters bombard militant hideouts.", ("IRQMIL", "IRQREB", "195")),
    ],
)
def test_headline_attack_verb_read_as_a_compound(coder, text, key):
    assert key in _keys(coder, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A Hamas rocket strikes Ashkelon, southern Israel.", ("PSEREB", "ISR", "190")),
        ("A Houthi missile strikes Jizan, southern Saudi Arabia.", ("YEMREB", "SAU", "190")),
    ],
)
def test_a_noun_with_an_object_of_its_own_stays_the_verb(coder, text, key):
    # 'rocket' may be a verb, but 'strikes' already holds the object: it is the verb
    assert _keys(coder, text) == [key]
