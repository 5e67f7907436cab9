"""Roles, round 4: the attacker of violence told in the passive without a by-phrase (the
author of the strike it happened in, or the subject of the 'when' clause), a by-phrase group
known only by its members ('a gang that included X'), a holding that stands for its owner
('the Y subsidiaries of X'), the subject of a 'that' clause the parser read as a noun, and a
source given by a preposition ('flowing from X to Y'). Sentences of our own."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import by_root


def _roots(coder, text):
    return by_root(coder.code(text, "2015-03-02"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Two Kenyan soldiers were killed in a Somali rebel mortar attack on their base.",
            ("SOM", "KEN", "19"),
        ),
        (
            "Three Syrian soldiers were wounded during an Israeli raid on Quneitra.",
            ("ISR", "SYR", "19"),
        ),
        (
            "The Ukrainian mayor was killed in a Russian missile strike on his office.",
            ("RUS", "UKR", "18"),
        ),
    ],
)
def test_attacker_of_the_strike_a_passive_killing_happened_in(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A Peruvian police officer was wounded when Chilean troops fired on a border post.",
            ("CHL", "PER", "19"),
        ),
        (
            "Five Hezbollah fighters were killed when Israeli helicopters fired missiles "
            "at their car.",
            ("ISR", "LBN", "19"),
        ),
    ],
)
def test_attacker_named_by_the_when_clause(real_coder, text, expected):
    assert expected in _roots(real_coder, text)


def test_no_attacker_from_a_mishap(real_coder):
    # a landslide or an accident is no one's attack: still no source, so no event
    assert _roots(real_coder, "A Peruvian soldier was killed in a landslide in the north.") == []
    got = _roots(real_coder, "Kenyan police said two officers were killed in a traffic accident.")
    assert not any(code == "18" or code == "19" for _s, _t, code in got)


def test_when_clause_that_is_no_attack_names_no_attacker(real_coder):
    got = _roots(
        real_coder, "Two Kenyan soldiers were killed when Somali officials visited the base."
    )
    assert not any(source == "SOM" for source, _t, _c in got)


def test_by_phrase_group_known_by_its_members(real_coder):
    got = _roots(
        real_coder,
        "A Ghanaian diplomat was shot dead by a gang that included former Kenyan police officers.",
    )
    assert ("KEN", "GHA", "18") in got


def test_holding_stands_for_its_owner_not_its_place(real_coder):
    got = _roots(
        real_coder, "Kenyan troops seized the Peruvian subsidiaries of Chile's largest bank."
    )
    assert ("KEN", "CHL", "17") in got
    assert all(target != "PER" for _s, target, _c in got)


def test_holding_held_by_an_owner(real_coder):
    got = _roots(real_coder, "Caracas expropriated the Venezuelan plants of America's Cargill.")
    assert ("VEN", "USA", "17") in got


def test_subject_of_a_that_clause_read_as_a_noun(real_coder):
    got = _roots(
        real_coder,
        "Kenya's opposition leaders demanded on Monday that President William Ruto's "
        "government resign.",
    )
    assert ("KEN", "KEN", "10") in got


@pytest.fixture(scope="module")
def flow_coder():
    """The shipped tables plus one row with a source given by a preposition (no needed
    words: the test is about the roles, not about which flows are deliveries)."""
    from detente.coding import lexicon as lexmod
    from detente.coding.pipeline import Coder

    base = lexmod.lexicon()
    row = lexmod.parse_pattern(
        {
            "lemma": "flow",
            "source": ["from"],
            "target": ["to", "into"],
            "code": "061",
        },
        "test",
        1,
    )
    verbs = dict(base.verbs)
    verbs["flow"] = (row,)
    surface = lexmod._surface_forms(set(verbs) | set(base.nouns))
    patterns = [p for ps in (*verbs.values(), *base.nouns.values()) for p in ps]
    requirements = lexmod._requirements(patterns, surface["form_lemmas"], base.classes)
    lex = dataclasses.replace(base, verbs=verbs, **surface, requirements=requirements)
    return Coder(lex=lex)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Electricity began flowing from Laos to Thailand on Monday.", ("LAO", "THA", "06")),
        (
            "Oil started flowing from Russia into China through a new pipeline.",
            ("RUS", "CHN", "06"),
        ),
        (
            "Gas from Norway's offshore fields began flowing to Poland on Friday.",
            ("NOR", "POL", "06"),
        ),
    ],
)
def test_source_given_by_a_preposition(flow_coder, text, expected):
    assert expected in _roots(flow_coder, text)
