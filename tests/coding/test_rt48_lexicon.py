"""Joint acts told as nouns or in the passive, and senses missing from the lexicon (session 20,
R2C), with the shipped tables.

A joint act is coded both ways (gold rule 1) also when it is told in the passive with its
parties after 'between' ('a truce was declared between X and Y') or as an event noun whose
'between' the parser hung on the verb ('clashes erupted in X between A and B'); a crossfire
or an exchange of fire between two sides is fighting; beginning or completing a prisoner
exchange is the exchange. Warning shots are a show of force (150), not the use of it; a court
upholding a conviction or a sentence finds guilty (116); positioning tanks or artillery is a
build-up of forces (154); directing or conducting an operation against a group is force (190).
Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of

DATE = "2022-05-11"


def _roots(coder, text):
    return roots_of((e.source, e.target, e.code) for e in coder.code(text, DATE))


def _codes(coder, text):
    return {(e.source[:3], e.target[:3], e.code) for e in coder.code(text, DATE)}


# --- joint acts told in the passive or as nouns with 'between' -------------------------------

BOTH_WAYS = [
    ("A ceasefire was declared between Armenia and Azerbaijan.", ("ARM", "AZE", "08")),
    ("A truce is agreed between Ethiopia and Eritrea on Monday.", ("ETH", "ERI", "08")),
    ("A trade accord was signed between Chile and Vietnam in Hanoi.", ("CHL", "VNM", "05")),
    ("Clashes erupt in Nairobi between Somali migrants and Kenyan police.", ("SOM", "KEN", "14")),
    ("Clashes broke out between Kyrgyz and Tajik troops near the frontier.", ("KGZ", "TJK", "19")),
    (
        "Three farmers die in a crossfire between Colombian soldiers and Venezuelan troops.",
        ("COL", "VEN", "19"),
    ),
    (
        "Two men died in an exchange of fire between Afghan and Pakistani guards.",
        ("AFG", "PAK", "19"),
    ),
    ("Ethiopia and Eritrea begin an exchange of prisoners.", ("ETH", "ERI", "08")),
    ("Yemen's government and the Houthis completed a prisoner swap.", ("YEM", "YEM", "08")),
    ("Israel and Hamas conduct a prisoner exchange mediated by Egypt.", ("ISR", "PSE", "08")),
]


@pytest.mark.parametrize("text,key", BOTH_WAYS)
def test_joint_act_coded_both_ways(real_coder, text, key):
    roots = _roots(real_coder, text)
    src, tgt, root = key
    assert (src, tgt, root) in roots
    if root != "14":  # police answer a crowd with force of their own: not a protest back
        assert (tgt, src, root) in roots


def test_ceasefire_talks_between_are_talks_not_a_truce(real_coder):
    """The tagger reads 'talks' as a verb under 'Ceasefire': the pair holds talks."""
    codes = _codes(real_coder, "Ceasefire talks between Thai and Cambodian officials resume today.")
    assert {c for _, _, c in codes} == {"046"}


def test_exchange_of_views_is_no_fighting(real_coder):
    roots = _roots(real_coder, "An exchange of views between Peru and Ecuador took place in Lima.")
    assert not any(r == "19" for _, _, r in roots)


# --- warning shots: a show of force ------------------------------------------------------------

WARNING = [
    ("A Japanese destroyer fired warning shots at a Chinese trawler.", ("JPN", "CHN")),
    ("Indian border guards fired warning shots at Bangladeshi smugglers.", ("IND", "BGD")),
]


@pytest.mark.parametrize("text,key", WARNING)
def test_warning_shots_are_a_show_of_force(real_coder, text, key):
    codes = _codes(real_coder, text)
    assert (*key, "150") in codes
    assert not any(c[:2] == "19" for _, _, c in codes)


def test_shots_that_kill_are_force(real_coder):
    codes = _codes(real_coder, "Indian border guards fired at Bangladeshi smugglers, killing two.")
    assert not any(c == "150" for _, _, c in codes)


# --- courts upholding convictions and sentences ------------------------------------------------

UPHELD = [
    ("A Turkish court upholds the convictions of three German journalists.", ("TUR", "DEU")),
    ("An appeals court in Kenya upheld the death sentence of a Ugandan smuggler.", ("KEN", "UGA")),
    ("Iran's supreme court confirmed the prison sentence of a French academic.", ("IRN", "FRA")),
]


@pytest.mark.parametrize("text,key", UPHELD)
def test_upheld_conviction_is_a_finding_of_guilt(real_coder, text, key):
    assert (*key, "11") in _roots(real_coder, text)


def test_confirming_a_meeting_is_no_verdict(real_coder):
    roots = _roots(real_coder, "Ghana confirmed the visit of a Nigerian delegation.")
    assert not any(r == "11" for _, _, r in roots)


# --- positioning weapons -----------------------------------------------------------------------


def test_positioning_tanks_is_a_build_up(real_coder):
    text = "Belarus is positioning tanks and artillery along the border with Lithuania."
    assert ("BLR", "LTU", "15") in _roots(real_coder, text)


# --- an operation directed or conducted against an armed group ---------------------------------

OPERATIONS = [
    ("The Indian army directs an operation against Maoist rebels.", ("IND", "IND")),
    ("Kenyan police carried out an operation against Somali smugglers.", ("KEN", "SOM")),
    ("Nigerian troops conducted a joint operation against Boko Haram fighters.", ("NGA", "NGA")),
]


@pytest.mark.parametrize("text,key", OPERATIONS)
def test_operation_against_a_group_is_force(real_coder, text, key):
    assert (*key, "19") in _roots(real_coder, text)


def test_operation_against_a_vice_is_no_attack(real_coder):
    assert not _roots(real_coder, "Georgia conducted an operation against corruption.")
