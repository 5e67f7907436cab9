"""Threats and intents (gold rule 6): deadlines set on another side ('gave X a week to ...',
a threat, or an expulsion when X must leave), warnings that the addressee will face or pay a
penalty, joint pledges about the two sides' own ties (03x both ways, gold rule 1), joining
another side's forces for joint drills (both ways), and agreeing to hold joint drills. Negative
controls: speculation, hardships no one deals, conditional offers. Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def roots(real_coder):
    def _roots(text, date="2023-06-14"):
        return by_root(real_coder.code(text, date))

    return _roots


CODED = [
    # deadlines set on another side
    ("Ghana gave Togo ten days to hand over the fugitive colonel.", ("GHA", "TGO", "13")),
    ("Peru gave Bolivia until Sunday to withdraw its border guards.", ("PER", "BOL", "13")),
    (
        "Algeria set Morocco a deadline of Friday to free the detained shepherds.",
        ("DZA", "MAR", "13"),
    ),
    ("Kenya gave Uganda's envoy 72 hours to leave the country.", ("KEN", "UGA", "16")),
    # warnings that the addressee will face or pay a penalty
    (
        "Chile's president warned Argentina would face stiff penalties if its trawlers kept fishing"
        " in Chilean waters.",
        ("CHL", "ARG", "13"),
    ),
    (
        "Vietnam warned that Cambodia would face retaliation if it seized more fishing boats.",
        ("VNM", "KHM", "13"),
    ),
    # joint pledges about their own ties
    ("Ghana and Senegal vowed on Friday to strengthen ties.", ("GHA", "SEN", "03")),
    ("Ghana and Senegal vowed on Friday to strengthen ties.", ("SEN", "GHA", "03")),
    (
        "The leaders of Peru and Chile promised to boost trade between their countries.",
        ("CHL", "PER", "03"),
    ),
    (
        "Thai and Malaysian officials committed to expanding energy cooperation.",
        ("MYS", "THA", "03"),
    ),
    # joining another side's forces for joint drills
    ("Greece joined Cyprus's forces for joint exercises off Crete.", ("GRC", "CYP", "06")),
    ("Greece joined Cyprus's forces for joint exercises off Crete.", ("CYP", "GRC", "06")),
    ("Spanish warships joined the Moroccan navy for joint drills.", ("MAR", "ESP", "06")),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_a_threat_or_intent_is_coded(roots, text, expected):
    assert expected in roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland and Lithuania agreed on Monday to hold joint naval drills next year.",
        "Ecuador and Peru agreed to launch coordinated patrols along their border.",
    ],
)
def test_agreeing_to_joint_drills_is_an_intent_both_ways(roots, text):
    got = roots(text)
    pairs = {(s, t) for s, t, r in got if r == "03"}
    assert len(pairs) == 2 and all((t, s) in pairs for s, t in pairs)
    assert not [k for k in got if k[2] == "13"]


NOT_THREATS = [
    "Egypt warned that Sudan could face famine if the rains failed again.",
    "Norway could send troops to Mali later this year, analysts said.",
    "Hungary refused to rule out sending troops into Serbia.",
    "Ethiopia's government fears that Eritrea may invade, the defence minister said.",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_no_threat_is_coded(roots, text):
    assert not [k for k in roots(text) if k[2] == "13"]


def test_a_pledge_to_resign_is_no_joint_act(roots):
    # 'A and B offered to resign': each one's own act, never aimed at the other
    got = roots("The prime ministers of Latvia and Estonia offered to resign over the scandal.")
    assert ("LVA", "EST", "03") not in got and ("EST", "LVA", "03") not in got
