"""Real news (round 50): a participle of harm with its doer on the noun it tells of ('three
soldiers wounded by rebels were flown home') is a passive verb whose subject is that noun, so
the noun is the target. It stays a description when the by-phrase names no doer (a blast, a
bomb: only a thing and a place), when the harm is dated by month or year (an earlier deed that
tells who the people are), or when the participle has no doer or is no harm. Sentences are our
own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DATE = "2015-03-02"

CODED = [
    (
        "Four Afghan soldiers killed by Taliban fighters were buried on Sunday.",
        ("AFG", "AFG", "19"),
    ),
    (
        "Five Nigerian soldiers wounded by Boko Haram militants are flown to Abuja.",
        ("NGA", "NGA", "19"),
    ),
    (
        "Three Indian villagers injured by Pakistani shelling are treated in hospital.",
        ("PAK", "IND", "19"),
    ),
    ("Three Colombian engineers kidnapped by FARC rebels are freed.", ("COL", "COL", "18")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_harmed_noun_is_the_target_of_its_participle(real_coder, text, expected):
    assert expected in by_root(real_coder.code(text, DATE))


NEAR_MISSES = [
    # no doer on the participle: who harmed them is not told here
    ("The bodies of Kenyan soldiers killed in an ambush are flown to Nairobi.", "KEN"),
    # a participle of no harm describes the noun
    ("Turkish officials invited by Germany attend the summit in Berlin.", "19"),
    # the by-phrase names a thing and a place, no doer: the place is not the attacker
    ("Two Malian soldiers wounded by a roadside bomb blast in Mali are flown home.", "19"),
    # harm dated by month or year: an earlier deed that tells who the people are
    (
        "Police recover the bodies of two hostages abducted by Somali militants during "
        "the March 4 raid on the hotel.",
        "18",
    ),
    ("Army engineers freed two Peruvian farmers abducted by rebels in 2012.", "18"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_a_near_miss_of_a_harmed_noun_does_not_fire(real_coder, text, absent):
    triples = by_root(real_coder.code(text, DATE))
    assert all(absent not in t for t in triples)
