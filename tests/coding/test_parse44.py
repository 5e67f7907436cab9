"""Headline verbs the parser reads as nouns, and other misparses that hide a lexicon row:
'Police fire tear gas at X' (a compound noun 'police fire tear gas'), 'Gunmen fire on X' (a
noun 'fire' heading the sentence), 'X were tear-gassed by police' (a participle read as an
adjective), 'X imposed asset freezes on Y' ('freezes' read as a verb). Our own sentences."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

from detente.coding.engine import _repair_parse


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Riot police fire tear gas at students in Santiago, Chile.", ("CHL", "CHL", "17")),
        ("Peruvian police fire rubber bullets at striking miners.", ("PER", "PER", "17")),
        ("Georgian police fire teargas at protesters outside parliament.", ("GEO", "GEO", "17")),
        ("Syrian warplanes fire rockets at Turkish border posts.", ("SYR", "TUR", "19")),
    ],
)
def test_a_verb_read_as_the_first_half_of_an_object_compound(real_coder, text, triple):
    assert triple in by_root(real_coder.code(text, "2021-03-04"))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Indian troops fire on Pakistani posts along the Line of Control.", ("IND", "PAK", "19")),
        ("Gunmen fire at a Nigerian army convoy in Borno state.", ("NGA", "NGA", "19")),
    ],
)
def test_a_verb_read_as_a_noun_heading_the_sentence(real_coder, text, triple):
    assert triple in by_root(real_coder.code(text, "2021-03-04"))


@pytest.mark.parametrize(
    "text",
    [
        "A forest fire at a national park in Portugal destroys 300 homes.",
        "Mortar fire on a busy market in Mogadishu kills nine people.",
    ],
)
def test_a_real_noun_fire_stays_a_noun(real_coder, text):
    assert not [e for e in real_coder.code(text, "2021-03-04") if e.code[:2] in ("17", "19")]


def test_a_hyphenated_passive_with_an_agent(real_coder):
    events = by_root(
        real_coder.code("Zimbabwean students were tear-gassed by police in Harare.", "2021-03-04")
    )
    assert ("ZWE", "ZWE", "17") in events


def test_an_adjective_complement_without_agent_stays(real_coder):
    doc = real_coder.nlp("The ministers were well-prepared for the talks.")
    word = next(t for t in doc if t.lower_ == "prepared")
    before = (word.head.i, word.dep_)
    _repair_parse(doc)
    assert (word.head.i, word.dep_) == before


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain imposed asset freezes on three Iranian commanders.", ("GBR", "IRN")),
        ("Japan imposes travel bans and asset freezes on Myanmar generals.", ("JPN", "MMR")),
    ],
)
def test_a_plural_object_read_as_a_verb(real_coder, text, pair):
    assert (*pair, "16") in by_root(real_coder.code(text, "2021-03-04"))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Nigerian Armed Forces attack Boko Haram camps in Borno state.", ("NGA", "NGA", "19")),
        ("The Royal Thai Army arrest three Cambodian loggers.", ("THA", "KHM", "17")),
    ],
)
def test_a_headline_subject_hung_on_its_verb_as_a_compound(real_coder, text, triple):
    assert triple in by_root(real_coder.code(text, "2021-03-04"))


def test_a_noun_phrase_with_its_article_stays_a_noun(real_coder):
    assert not real_coder.code("The rebel attack on the convoy near Goma.", "2021-03-04")


def test_a_country_subject_hung_on_a_real_verb_as_a_compound(real_coder):
    events = by_root(real_coder.code("Peru denounces Bolivia's new border law.", "2021-03-04"))
    assert ("PER", "BOL", "11") in events
