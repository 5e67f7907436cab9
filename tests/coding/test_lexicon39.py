"""Families of wordings the lexicon lacked (round 39): armoured vehicles, commandos and special
forces sent into a country (154), troops flown or airlifted to a front (154), police poured into
the streets (153), a walkout from a parliament, session or speech (143), aid convoys rolling into
a town (073), a handover of combat aircraft or drones (072), asset freezes and travel bans slapped
on officials (163) and thousands forced out of a country (expulsion, 20). Near misses must not fire.
Sentences are our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

DATE = "2024-06-11"

CODED = [
    (
        "Russia sent dozens of armoured vehicles and special forces into eastern Syria.",
        ("RUS", "SYR", "154"),
    ),
    ("Iran sent commandos into northern Iraq on Friday.", ("IRN", "IRQ", "154")),
    (
        "The Sudanese army airlifted troops to the border with Chad to confront the rebels.",
        ("SDN", "TCD", "154"),
    ),
    (
        "Opposition lawmakers in Ghana walked out of parliament as the president began to speak.",
        ("GHA", "GHA", "143"),
    ),
    (
        "A convoy of Red Cross trucks loaded with food and medicine rolled into Taiz on Sunday.",
        ("NGO", "YEM", "073"),
    ),
    (
        "The handover of four attack helicopters by Russia to Mali's air force took place.",
        ("RUS", "MLI", "072"),
    ),
    (
        "Britain slapped asset freezes and travel bans on six Russian officials.",
        ("GBR", "RUS", "163"),
    ),
    ("Canada imposed travel bans on four Iranian officials.", ("CAN", "IRN", "163")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round39_wording_is_coded(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


def test_thousands_forced_out_is_a_mass_expulsion(real_coder):
    text = "Iran began forcing out thousands of undocumented Afghans on Monday."
    assert ("IRN", "AFG", "20") in by_root(real_coder.code(text, DATE))


NOT_CODED = [
    # armoured vehicles sent to an ally are arms aid, not a show of force
    ("Germany sent armoured vehicles to Ukraine last month.", "154"),
    # walking out of talks halts negotiations, not a protest walkout
    ("Serbia's negotiators walked out of the talks with Kosovo in Brussels.", "143"),
    # a convoy of troops rolling into a town is no aid
    ("A convoy of Russian tanks rolled into the Georgian town of Gori.", "073"),
    # a handover of suspects is no arms supply
    ("The handover of two suspects by Kenya to Uganda took place on Friday.", "072"),
    # a few migrants forced out is no mass expulsion
    ("Greece forced out twelve migrants from a camp near the Turkish border.", "201"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_round39_wording_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes
