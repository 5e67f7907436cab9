"""Keys of the pattern format: ``need_all`` (every listed word must be near the trigger) and
the weight a needed word gives a pattern against others of the same lemma."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import by_code, standin_find

from detente.coding.lexicon import _cooccurring, _index, _requirements, lexicon, parse_pattern
from detente.coding.pipeline import Coder
from detente.errors import DictionaryError


def _coder_with(rows: list[dict]) -> Coder:
    """The shipped lexicon plus ``rows`` (verb patterns), on the stand-in finder."""
    base = lexicon()
    extra = [parse_pattern(row, "test", n) for n, row in enumerate(rows, 1)]
    extra = [dataclasses.replace(p, words=_cooccurring(p, base.classes)) for p in extra]
    patterns = [p for group in base.verbs.values() for p in group] + extra
    nouns = [p for group in base.nouns.values() for p in group]
    lex = dataclasses.replace(
        base,
        verbs=_index(patterns),
        requirements=_requirements([*patterns, *nouns], base.form_lemmas),
    )
    return Coder(finder=standin_find, lex=lex)


_DEADLINE = {
    "lemma": "give",
    "need_all": ["hour", "ambassador"],
    "target": ["dobj", "dative"],
    "code": "161",
}


@pytest.fixture(scope="module")
def deadline_coder():
    return _coder_with([_DEADLINE])


def test_need_all_fires_when_every_word_is_there(deadline_coder):
    events = deadline_coder.code(
        "Kenya gave the Ghanaian ambassador 72 hours to leave.", "2024-05-17"
    )
    assert ("KEN", "GHA", "161") in by_code(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya gave the Ghanaian ambassador a medal on Friday.",
        "Kenya gave Ghanaian traders 72 hours to leave the market.",
    ],
)
def test_need_all_stays_silent_when_one_word_is_missing(deadline_coder, text):
    assert "161" not in {code for _s, _t, code in by_code(deadline_coder.code(text, "2024-05-17"))}


def test_a_needed_word_ranks_a_pattern_above_a_bare_one_of_its_lemma():
    bare = parse_pattern({"lemma": "hail", "code": "051"}, "test", 1)
    needy = parse_pattern({"lemma": "hail", "need": ["accord"], "code": "057"}, "test", 2)
    both = parse_pattern({"lemma": "hail", "need_all": ["accord", "truce"], "code": "057"}, "t", 3)
    assert needy.specificity > bare.specificity and both.specificity > bare.specificity
    assert _index([bare, needy])["hail"][0] is needy


def test_a_misspelt_key_is_an_error():
    with pytest.raises(DictionaryError, match="unknown keys"):
        parse_pattern({"lemma": "give", "need_any": ["hour"], "code": "161"}, "test", 7)
