"""Which sentences reach the parser: word forms mapped back to lexicon lemmas, the pattern
constraints of the pre-parse filter, and the two-actor rule for a lone sentence. Sentences are
our own."""

from __future__ import annotations

import pytest

from detente.coding.lexicon import lexicon
from detente.coding.pipeline import words_of, worth_parsing
from detente.records import Mention


def test_a_lone_sentence_needs_two_different_actors_to_be_parsed():
    from detente.coding.lexicon import lexicon
    from detente.coding.pipeline import worth_parsing
    from detente.records import Mention

    lex = lexicon()
    norway = Mention(0, 6, "Norway", "NOR", "NOR", None, "country")
    text = "Norway condemned it on Monday."
    assert worth_parsing([norway], text, lex, carried=True)  # 'it' may be the last subject
    assert not worth_parsing([norway], text, lex, carried=False)
    place = Mention(20, 25, "Chile", "CHL", "CHL", None, "location")
    assert not worth_parsing([place], "Troops attacked in Chile.", lex)


def test_word_forms_map_back_to_lexicon_lemmas():
    lex = lexicon()
    assert "lambaste" in lex.form_lemmas["lambasted"]
    assert "stage" in lex.form_lemmas["staged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru lifted the curfew in Lima.", True),
        ("Peru lifted the weights in Lima.", False),  # every 'lift' pattern needs an object word
        ("Norway condemned the vote.", True),
        ("Norway sent a delegation.", True),
        ("Norway sent a postcard.", False),
    ],
)
def test_pre_parse_filter_needs_the_pattern_constraints(text, expected):
    assert lexicon().could_trigger(words_of(text)) is expected


def _mention(start, end, code):
    return Mention(start, end, "x", code, code[:3], None, "country")


def test_one_actor_without_a_pronoun_is_not_parsed():
    lex = lexicon()
    text = "Norway condemned the vote."
    assert not worth_parsing([_mention(0, 6, "NOR")], text, lex)
    assert worth_parsing([_mention(0, 6, "NOR")], "Norway condemned them.", lex)
    assert worth_parsing([_mention(0, 6, "NOR"), _mention(7, 9, "CHL")], text, lex)


def test_hyphenated_words_are_also_split_for_the_filter():
    assert {"cease", "fire", "cease-fire"} <= words_of("A cease-fire held.")


def test_a_pattern_needs_its_preposition_only_when_no_object_can_stand_for_it():
    from detente.coding.lexicon import Pattern, _cooccurring

    classes = lexicon().classes
    with_object = _cooccurring(
        Pattern("verb", "agree", "0871", obj=("truce",), oprep="to"), classes
    )
    assert any("truce" in need for need in with_object)  # 'a truce was agreed': passive
    assert not any("to" in need for need in with_object)
    bare = _cooccurring(Pattern("verb", "march", "140", oprep="to"), classes)
    assert frozenset({"to", "toward", "towards"}) in bare  # 'marched toward the capital'


def test_every_pattern_that_fits_a_sentence_has_its_words_in_it(real_coder):
    """The matcher skips a pattern whose words the sentence lacks before reading the parse:
    only sound if no pattern could fit without them."""
    import json
    from dataclasses import replace
    from pathlib import Path

    from detente.coding.matching import Matcher
    from detente.coding.roles import Actors

    gold = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev.jsonl"
    if not gold.exists():
        pytest.skip("the shared gold set is not beside the clone")
    texts = [json.loads(line)["text"] for line in gold.open(encoding="utf-8")]
    texts += [  # passives whose object stands for the preposition, and 'toward'
        "A truce was finally agreed in Doha after weeks of fighting.",
        "Tanks and howitzers are being delivered to Ukrainian forces by Poland.",
        "Chad sent two battalions toward the border with Sudan.",
    ]
    lex, checked = real_coder.lex, 0
    for doc in real_coder.nlp.pipe(texts):
        matcher = Matcher(lex, Actors(doc, []))
        for i in matcher.possible(doc):
            token = doc[i]
            table = lex.nouns if token.pos_ in ("NOUN", "PROPN") else lex.verbs
            for pattern in matcher._candidates(token, table):
                if pattern.words and matcher._fits(token, replace(pattern, words=())):
                    checked += 1
                    assert matcher._cooccur(doc, pattern.words), (pattern, doc.text)
    assert checked > 100
