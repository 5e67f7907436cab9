"""Assault and fight sweep (roots 18-20): a bomb 'planted by X' that exploded or went off at Y
is X's bombing of Y (183, and 1832/1833 by the bomb's kind); a ceasefire breached 'by shelling
Y' or broken ', shelling Y' is a breach (196, which the gold rules put above the weapon), the
means read with the breach it is the means of, and with no other deed; an alliance's strike
that names no one is aimed at the country of the place it is done in, as a state's abroad is.
Sentences are our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2012-06-14"

CODED = [
    # a planted bomb that exploded or went off at a place of the target
    (
        "A car bomb planted by Basque separatists exploded outside a Spanish police barracks.",
        ("ESP", "ESP", "1832"),
    ),
    (
        "A bomb planted by Chechen rebels exploded near a Russian army base in Dagestan.",
        ("RUS", "RUS", "183"),
    ),
    (
        "A bomb planted by al-Shabaab militants went off outside a Kenyan police post on Monday.",
        ("SOM", "KEN", "183"),
    ),
    (
        "A roadside bomb planted by Taliban insurgents exploded beside an Afghan army truck.",
        ("AFG", "AFG", "1833"),
    ),
    # a truce breached by some means of fighting: the breach, not the weapon
    ("Houthi rebels breached the truce by firing on Saudi troops.", ("YEM", "SAU", "196")),
    ("Houthi rebels violated the truce by attacking Saudi border posts.", ("YEM", "SAU", "196")),
    ("Russia violated the ceasefire by shelling Ukrainian positions.", ("RUS", "UKR", "196")),
    (
        "Sudanese troops broke the truce on Tuesday, shelling rebel positions in Darfur.",
        ("SDN", "SDN", "196"),
    ),
    (
        "Indian troops broke the ceasefire on Friday, firing mortars at Pakistani army posts.",
        ("IND", "PAK", "196"),
    ),
    # an alliance's force that names no one is aimed at the country it strikes in
    ("NATO warplanes bombed targets in Libya on Thursday.", ("IGO", "LBY", "195")),
    ("NATO planes bombed targets in Serbia overnight.", ("IGO", "SRB", "195")),
    ("African Union jets bombed targets in Somalia on Monday.", ("IGO", "SOM", "195")),
    # a deed done by killing is read alone: foiling a plot is no attempt on a life (185)
    (
        "Ukrainian troops foiled an assassination plot by killing Russian commandos near Kyiv.",
        ("UKR", "RUS", "190"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_sweep_assault_act_is_coded(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NOT_CODED = [
    # a bomb with no planter named has no side to code
    "A car bomb exploded outside a police station in Baghdad, killing 12 people.",
    "A bomb went off in a crowded market in Peshawar on Monday.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_a_sweep_assault_non_act_is_not_coded(real_coder, text):
    found = by_code(real_coder.code(text, DATE))
    assert not found, found
