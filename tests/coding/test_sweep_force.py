"""Breadth sweep of roots 15 (force posture), 18 (assault), 19 (fight), 20 (mass violence)
and nominal events (rows in `acts_broad.jsonl`, `nouns_broad.jsonl`): common wire wordings
written as our own sentences (stand-in gazetteer), each using a wording only the sweep rows
cover, plus the same words in other senses that must code nothing of these roots."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 150: warships sailed through, airspace violated or entered, aircraft sent into a zone
    (
        "The Chilean navy sailed a destroyer through Peruvian waters on Monday.",
        ("CHL", "PER", "15"),
    ),
    ("Polish warplanes violated Kenyan airspace on Monday.", ("POL", "KEN", "15")),
    ("Chilean fighter jets entered Peruvian airspace on Monday.", ("CHL", "PER", "15")),
    ("Vietnam sent warplanes into Ghanaian airspace on Monday.", ("VNM", "GHA", "15")),
    # 154: build-ups, stationed weapons, boosted deployments
    ("Chile built up troops along the border with Peru on Monday.", ("CHL", "PER", "15")),
    ("Poland stationed missiles near the border with Kenya on Monday.", ("POL", "KEN", "15")),
    ("Chile boosted its naval deployment near Peru on Monday.", ("CHL", "PER", "15")),
    # 181: held captive, commandeered vehicles
    ("Kenyan rebels held a Polish engineer captive for a year.", ("KEN", "POL", "18")),
    # 190: armed attackers storming, routing, pummelling; military operations
    ("Kenyan rebels routed Ghanaian troops on Monday.", ("KEN", "GHA", "19")),
    ("Peruvian troops pummelled Chilean positions on Monday.", ("PER", "CHL", "19")),
    ("Chile launched a military operation against Peru on Monday.", ("CHL", "PER", "19")),
    # 194/195: raining fire on a place
    ("Chilean troops rained artillery on Peruvian villages on Monday.", ("CHL", "PER", "19")),
    # 20: chemical attacks told as an attack with a chemical agent
    ("The Chilean army carried out a chlorine attack on Peru on Monday.", ("CHL", "PER", "20")),
    # 17: verbs on a crackdown
    ("Kenya widened its crackdown on Polish journalists on Monday.", ("KEN", "POL", "17")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_force_wording_is_coded(run, text, expected):
    assert expected in by_root(run(text))


CODES = [
    ("Chilean troops rained artillery on Peruvian villages on Monday.", ("CHL", "PER", "194")),
    ("The Chilean army carried out a chlorine attack on Peru on Monday.", ("CHL", "PER", "2041")),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_a_force_wording_gets_its_full_code(run, text, expected):
    assert expected in by_code(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # the same words in other senses
        "Chile's yacht sailed through the final round of the Peruvian regatta.",
        "Poland's team hammered Kenya in the final on Monday.",
        "Chile built up its savings during the boom years.",
        "Kenya launched a marketing campaign in Poland on Monday.",
        "Peru held talks with Chile on Monday.",
        "Heavy rain fell on Peruvian villages on Monday.",
        "Chile's economy took a beating from Peru's tariffs.",
        "Ghana's president slapped the table during the debate with Kenya.",
    ],
)
def test_a_force_word_in_another_sense_codes_no_force(run, text):
    roots = {e.code[:2] for e in run(text)}
    assert not roots & {"15", "18", "19", "20"}
