"""The matcher sees a row's constraint through common parse accidents: a hyphenated word the
tokenizer split ('pull-out', 'sit-in', 'high-speed'), a particle hung on the object ('sent the
migrants back to X'), a predicate noun parsed as a complement ('took X people hostage'), and
'between' hung on the noun the act is an of-phrase of ('an edition of drills between X and Y'),
and a subject quantified with 'of' ('dozens of trucks')."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from detente.coding.matching import Matcher, hyphenated


def _acts(coder, text):
    return {
        (e.source[:3], e.target[:3], e.code[:2])
        for e in coder.code(text, "2021-03-04", include_flagged=True)
    }


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # an object or needed word with a hyphen inside
        (
            "Turkish troops completed their pull-out from the northern Syrian town of Manbij "
            "on Monday.",
            ("TUR", "SYR", "08"),
        ),
        (
            "Sudanese students staged a sit-in outside the Egyptian embassy in Khartoum.",
            ("SDN", "EGY", "14"),
        ),
        (
            "Chinese coast guard boats made high-speed runs at Philippine supply vessels on "
            "Monday.",
            ("CHN", "PHL", "15"),
        ),
        # 'hostage' parsed as a complement of 'took', not as the object's predicate
        (
            "Al-Shabaab gunmen took 12 people hostage at the Kenyan embassy in the capital on "
            "Friday.",
            ("SOM", "KEN", "18"),
        ),
        # a hyphenated object: the mediator row reads 'for X and Y' under its 'as'
        (
            "Oman acted as a go-between for Iran and the United States on Monday.",
            ("OMN", "USA", "04"),
        ),
        # a subject quantified with 'of': the row's subject class is the noun after it
        (
            "Dozens of Egyptian trucks carrying food aid crossed into Gaza on Sunday.",
            ("EGY", "PSE", "07"),
        ),
        # 'between' hung on 'edition', the noun the drills are an of-phrase of
        (
            "The largest-ever edition of the Cobra Gold drills between the Thai and U.S. "
            "militaries got under way on Tuesday.",
            ("THA", "USA", "06"),
        ),
    ],
)
def test_constraint_seen_through_parse_accident(real_coder, text, wanted):
    assert wanted in _acts(real_coder, text)


def test_hyphenated_word_parts():
    nlp = spacy.blank("en")
    doc = nlp("They staged a sit-in and a pull - out near the well-known square.")
    texts = {t.text: t for t in doc}
    assert hyphenated(texts["sit"]) == "sit-in"
    assert hyphenated(texts["in"]) == "sit-in"
    assert hyphenated(texts["known"]) == "well-known"
    # spaced hyphens join nothing
    assert hyphenated(texts["pull"]) == ""
    assert hyphenated(texts["out"]) == ""
    assert hyphenated(texts["staged"]) == ""


def _doc(words, heads, deps, pos):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_particle_hung_on_the_object(real_coder):
    # 'Laos sent 40 Hmong refugees back to Vietnam', parsed with 'back' under the object
    words = ["Laos", "sent", "40", "refugees", "back", "to", "Vietnam", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "advmod", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "ADV", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    matcher = Matcher(real_coder.lex, SimpleNamespace(doc=None))
    assert matcher._has_particle(doc[1], "back")
    assert [p.i for p in matcher.preps(doc[1], "to")] == [5]
    # before the object, a word under it is no particle of the verb
    words = ["Laos", "sent", "back", "40", "refugees", "to", "Vietnam", "."]
    heads = [1, 1, 4, 4, 1, 1, 5, 1]
    deps = ["nsubj", "ROOT", "advmod", "nummod", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADV", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert not matcher._has_particle(doc[1], "back")


def test_between_of_needs_between_after_the_act(real_coder):
    # 'the talks of the week between ...' is fine, 'between' before the act is not its sides
    words = ["a", "dispute", "between", "them", "over", "rounds", "of", "talks"]
    heads = [1, 1, 1, 2, 1, 4, 5, 6]
    deps = ["det", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj"]
    pos = ["DET", "NOUN", "ADP", "PRON", "ADP", "NOUN", "ADP", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    matcher = Matcher(real_coder.lex, SimpleNamespace(doc=None))
    assert matcher.preps(doc[7], "between") == []
    words = ["a", "round", "of", "talks", "between", "them"]
    heads = [1, 1, 1, 2, 1, 4]
    deps = ["det", "ROOT", "prep", "pobj", "prep", "pobj"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "ADP", "PRON"]
    doc = _doc(words, heads, deps, pos)
    assert [p.i for p in matcher.preps(doc[3], "between")] == [4]
