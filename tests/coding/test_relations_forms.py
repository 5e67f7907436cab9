"""Relations made and unmade: offices of international bodies ordered shut, staff given days
to leave, embassy staff halved, last border crossings closed, states suspended from a bloc,
embassies closed or reopened in a capital, first ambassadors in years, renewals of a U.N.
mission blocked, joint drills wrapped up or joined (both ways, gold rule 1), joint pledges
to deepen military cooperation or launch coordinated patrols (03x both ways, not a threat),
and refusals to rule out an option (no act at all). Sentences are our own, coded with the
shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def roots(real_coder):
    def _roots(text, date="2024-05-17"):
        return by_root(real_coder.code(text, date))

    return _roots


CODED = [
    # (a) reducing relations
    (
        "Kyrgyzstan ordered the World Health Organization to close its office in Bishkek.",
        ("KGZ", "IGO", "16"),
    ),
    ("Zambia told the OSCE on Monday to shut its liaison office in Lusaka.", ("ZMB", "IGO", "16")),
    (
        "Sierra Leone gave the U.N. mission's staff five days to leave the country on Friday.",
        ("SLE", "IGO", "16"),
    ),
    (
        "Romania halved the staff of the Russian embassy in Bucharest on Tuesday.",
        ("ROU", "RUS", "16"),
    ),
    ("Bulgaria scaled back its diplomatic staff in Moscow on Thursday.", ("BGR", "RUS", "16")),
    ("Georgia closed its last crossing with Armenia on Sunday.", ("GEO", "ARM", "16")),
    ("The Arab League suspended Libya from the bloc on Friday.", ("IGO", "LBY", "16")),
    ("Denmark shut its embassy in Bamako on Wednesday.", ("DNK", "MLI", "16")),
    ("Uruguay pulled its diplomats out of Managua on Monday.", ("URY", "NIC", "16")),
    # (b) rejections aimed at the requester
    ("Russia blocked the renewal of a U.N. monitoring mission in Yemen.", ("RUS", "IGO", "12")),
    (
        "A request by Georgia for observers was blocked by Russia on Tuesday.",
        ("RUS", "GEO", "12"),
    ),
    # (c) restoring ties
    ("Oman named its first ambassador to Syria in twelve years on Monday.", ("OMN", "SYR", "05")),
    ("Qatar reopened its embassy in Riyadh on Thursday.", ("QAT", "SAU", "05")),
    ("Uganda returned its ambassador to Kigali on Friday.", ("UGA", "RWA", "05")),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_a_relations_act_is_coded(roots, text, expected):
    assert expected in roots(text)


JOINT = [
    # joint drills ended or joined, coded both ways
    (
        "Some 400 Peruvian and Chilean marines wrapped up joint training on Friday.",
        "PER",
        "CHL",
        "06",
    ),
    (
        "Omani and British troops concluded three weeks of joint exercises on Sunday.",
        "OMN",
        "GBR",
        "06",
    ),
    # joint pledges and agreements: intent both ways
    (
        "Romania and Bulgaria pledged on Monday to deepen cooperation between their armed forces.",
        "ROU",
        "BGR",
        "03",
    ),
    ("Norway and Sweden vowed on Friday to strengthen defence cooperation.", "NOR", "SWE", "03"),
    (
        "Chad and Niger agreed on Tuesday to launch coordinated patrols along their border.",
        "TCD",
        "NER",
        "03",
    ),
    (
        "Ghana and Togo agreed on Thursday to hold joint naval drills next year.",
        "GHA",
        "TGO",
        "03",
    ),
]


@pytest.mark.parametrize("text, a, b, root", JOINT)
def test_a_joint_act_is_coded_both_ways(roots, text, a, b, root):
    got = roots(text)
    assert (a, b, root) in got and (b, a, root) in got


def test_a_joint_pledge_of_patrols_is_no_threat(roots):
    got = roots(
        "Chad and Niger agreed on Tuesday to launch coordinated patrols along their border."
    )
    assert not [k for k in got if k[2] == "13"]


NOT_CODED = [
    # refusing to rule an option out rejects nothing and does not do it
    ("Belgium refused to rule out closing its embassy in Kinshasa on Monday.", ("12", "16")),
    ("Kenya refused to rule out new sanctions on Sudan on Tuesday.", ("12", "16")),
    # an embassy closed years ago is background
    ("Denmark closed its embassy in Bamako last year, an official recalled on Monday.", ("16",)),
]


@pytest.mark.parametrize("text, absent", NOT_CODED)
def test_no_relations_act_is_coded(roots, text, absent):
    assert not [k for k in roots(text) if k[2] in absent]


def test_a_routine_ambassador_appointment_is_no_restoration(roots):
    """Only a first ambassador (in years) restores ties; a routine appointment does not."""
    got = roots("Oman named a new ambassador to Syria on Monday.")
    assert not [k for k in got if k[2] == "05"]
