"""Lexicon round 2: threats worded as vows and warnings, force postures (readiness, war
footing, missiles fired into the sea, troops ordered to a border), investigations whose
'by X' the parser hangs on the verb, envoys declared persona non grata, accords hailed, rights
groups dissolved, and the event nouns 'fighting between' and 'artillery fire'. Sentences are our
own (stand-in gazetteer unless marked); the negative cases pin the constraints that keep the new
senses narrow."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 131: a warning of 'resolute measures' / 'countermeasures' if the other side goes ahead
    (
        "Kenya warned Ghana on Friday that it would take firm countermeasures if the ban went "
        "ahead.",
        [("KEN", "GHA", "131")],
    ),
    # 13x: a vow to exact or take revenge, or of punishment, on someone
    (
        "The Chilean president vowed on Tuesday to exact harsh revenge on Peru for the shelling.",
        [("CHL", "PER", "1384")],
    ),
    ("Kenya vowed on Sunday to take revenge on Ghana.", [("KEN", "GHA", "1384")]),
    ("Norway vowed harsh punishment on Peru.", [("NOR", "PER", "130")]),
    # 152: readiness and war footing, aimed at whom the fear, response or precaution names
    (
        "Chile put its army on the highest state of readiness on Sunday amid fears of a "
        "Peruvian incursion.",
        [("CHL", "PER", "152")],
    ),
    (
        "Kenya placed its troops on a war footing on Tuesday in response to Ghana's threats.",
        [("KEN", "GHA", "152")],
    ),
    ("Poland put its navy on high alert as a precaution against Kenya.", [("POL", "KEN", "152")]),
    # 150: missiles fired into the sea near another state are a show of force
    ("Vietnam fired two missiles into the sea near Norway on Tuesday.", [("VNM", "NOR", "150")]),
    # 154: troops ordered to a border
    (
        "Chile ordered thousands of troops to its border with Peru on Monday.",
        [("CHL", "PER", "154")],
    ),
    # 161: the envoy named in apposition before 'persona non grata'
    (
        "Ghana declared the Kenyan ambassador, a career diplomat, persona non grata on Monday.",
        [("GHA", "KEN", "161")],
    ),
    # 051: hailing an accord praises both its parties
    (
        "Poland hailed the peace accord reached between Chile and Peru on Thursday.",
        [("POL", "CHL", "051"), ("POL", "PER", "051")],
    ),
    (
        "Norway welcomed the agreement reached between Kenya and Ghana on Monday.",
        [("NOR", "GHA", "051"), ("NOR", "KEN", "051")],
    ),
    # 190: fighting between two sides, both ways; those who died in it are no side
    (
        "Dozens of people died in heavy fighting between Kenyan troops and Ghanaian rebels.",
        [("GHA", "KEN", "190"), ("KEN", "GHA", "190")],
    ),
    (
        "Heavy fighting erupted between Kenyan troops and Ghanaian rebels on Saturday.",
        [("GHA", "KEN", "190"), ("KEN", "GHA", "190")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_round2_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


NOT_THESE = [
    # troops ordered to withdraw are no deployment; missiles fired into a country are an attack
    ("Chile ordered its troops to withdraw from the border with Peru.", "15"),
    ("Vietnam fired two missiles into Norway on Tuesday.", "15"),
    # a proposal put on hold is no alert
    ("Chile put the proposal on hold on Monday.", "15"),
    # welcoming a visitor stays a visit
    ("Norway welcomed the Kenyan minister at the airport.", "05"),
    # a warning that someone else may escape is no threat
    ("Poland warned that migrants could escape across the border with Kenya.", "13"),
    # agreeing to halt the fighting is no fighting
    ("Kenya and Ghana agreed to halt the fighting between their armies.", "19"),
]


@pytest.mark.parametrize(("text", "root"), NOT_THESE)
def test_a_near_miss_is_not_coded_as_the_new_sense(run, text, root):
    assert root not in {r for _s, _t, r in by_root(run(text))}


def test_a_readiness_order_does_not_target_the_one_who_gave_it(run):
    """'put on a war footing on the orders of X': the orderer is no target of the posture;
    the feared attacker is."""
    events = by_code(
        run(
            "Kenyan army units were put on a war footing on the orders of Nairobi amid fears of "
            "a Ghanaian attack."
        )
    )
    assert events == [("KEN", "GHA", "152")]


def test_by_x_hung_on_the_verb_names_whom_an_investigation_looks_into(real_coder):
    """'opened an investigation into atrocities by X': the parser may hang 'by X' on 'opened'
    (shipped actor tables: an international court as the investigator)."""
    events = real_coder.code(
        "The ICC prosecutor opened an investigation into alleged atrocities by Sudan's army.",
        "2023-07-13",
    )
    assert ("IGOICC", "SDNMIL", "094") in {(e.source, e.target, e.code) for e in events}


def test_a_court_dissolving_a_rights_group_restricts_it(real_coder):
    """1721 (shipped actor tables: a national rights group is an NGO of its country)."""
    events = real_coder.code(
        "A Belarusian court dissolved the Belarusian human rights group Viasna on Friday.",
        "2023-03-03",
    )
    assert ("BLRJUD", "BLRNGO", "1721") in {(e.source, e.target, e.code) for e in events}


def test_ordering_the_closure_of_a_rights_group_is_the_closure(real_coder):
    events = real_coder.code(
        "Russia's Supreme Court ordered the closure of the Russian human rights group Memorial.",
        "2021-12-28",
    )
    assert ("RUSJUD", "RUSNGO", "1721") in {(e.source, e.target, e.code) for e in events}
