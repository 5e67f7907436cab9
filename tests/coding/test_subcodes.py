"""CAMEO sub-codes read from the kind of thing an act is done to: confiscating property (1711);
aid cut, frozen or withheld as a sum of money whose kind is named (economic 1621, military 1622,
humanitarian 1623); diplomatic contacts suspended (161, not the unspecified 160); monitors or
human rights teams expelled (1662) and humanitarian staff expelled (1663); hostilities halted
under a truce (0871); a ban on gatherings lifted (0811) and a ban on imports or exports eased
(085); a released or returned person, whatever their trade or however named (0841); talks held
by phone (041); and a go-between's own talks with each side held to mediate (045, gold rule 7).
Sentences are our own and use the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2021-05-11"

CODED = [
    # confiscation is of property
    (
        "Kenyan police confiscated the assets of a Chinese construction firm.",
        ("KEN", "CHN", "1711"),
    ),
    (
        "Peruvian customs officers confiscated the cargo of a Chilean trawler.",
        ("PER", "CHL", "1711"),
    ),
    # aid told as a sum of money: its named kind gives the sub-code
    (
        "Norway froze 30 million euros in development aid to Kenya on Monday.",
        ("NOR", "KEN", "1621"),
    ),
    (
        "The World Bank suspended $200 million in budget support to Ghana.",
        ("IGO", "GHA", "1621"),
    ),
    ("Poland withheld 5 million euros in economic aid to Ghana.", ("POL", "GHA", "1621")),
    (
        "Washington froze $95 million in military aid to Vietnam on Friday.",
        ("USA", "VNM", "1622"),
    ),
    (
        "Norway halted 10 million dollars in humanitarian aid to Kenya.",
        ("NOR", "KEN", "1623"),
    ),
    # contacts with diplomats are diplomatic relations
    ("Chile suspended diplomatic contacts with Peru on Monday.", ("CHL", "PER", "161")),
    ("Ghana froze all contact with the Kenyan embassy.", ("GHA", "KEN", "161")),
    # monitors and human rights teams are observers; humanitarian staff are aid agencies
    ("Kenya expelled a team of United Nations human rights monitors.", ("KEN", "IGO", "1662")),
    ("Peru expelled a United Nations human rights team on Friday.", ("PER", "IGO", "1662")),
    ("Ethiopia expelled five United Nations humanitarian officials.", ("ETH", "IGO", "1663")),
    ("Sudan expelled a team of aid workers from the United Nations.", ("SDN", "IGO", "1663")),
    # hostilities halted under a truce: the truce itself
    (
        "Kenya and Ghana halted hostilities on Monday under a ceasefire brokered by Norway.",
        ("KEN", "GHA", "0871"),
    ),
    (
        "Peruvian and Chilean forces stopped the fighting on Sunday after a truce took effect.",
        ("PER", "CHL", "0871"),
    ),
    # a ban on gatherings eased is a political freedom restored
    (
        "The Kenyan government lifted a ban on opposition rallies on Tuesday.",
        ("KEN", "KEN", "0811"),
    ),
    (
        "Ghana's president eased the ban on political gatherings imposed on the opposition.",
        ("GHA", "GHA", "0811"),
    ),
    # a ban on trade eased is an economic sanction eased
    ("Vietnam eased its ban on Polish pork imports on Sunday.", ("VNM", "POL", "085")),
    ("Kenya lifted restrictions on exports of maize to Ghana.", ("KEN", "GHA", "085")),
    # a person released or handed back, whatever their trade
    ("Vietnam released Polish aid contractor Jan Nowak on Wednesday.", ("VNM", "POL", "0841")),
    ("Peru released two Chilean contractors held since March.", ("PER", "CHL", "0841")),
    ("Ghana handed a Kenyan pilot back to Kenya on Friday.", ("GHA", "KEN", "0841")),
    # a named person known by an apposition
    (
        "Peruvian authorities handed back Jorge Soto, a Chilean fighter pilot, to Chile.",
        ("PER", "CHL", "0841"),
    ),
    # talks by phone
    ("The Kenyan president held phone talks with the Ghanaian president.", ("KEN", "GHA", "041")),
    (
        "Poland's prime minister held telephone talks with his Vietnamese counterpart on Monday.",
        ("POL", "VNM", "041"),
    ),
    # a go-between's own talks with each side
    (
        "Norway's foreign minister held separate talks with Kenyan and Ghanaian leaders on "
        "Monday as he sought to mediate in the border dispute.",
        ("NOR", "GHA", "045"),
    ),
    (
        "Norwegian diplomats met envoys of the Kenyan government on Monday, mediating a new "
        "round of efforts to end the crisis.",
        ("NOR", "KEN", "045"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_the_kind_of_object_gives_the_sub_code(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NOT_CODED = [
    # a sum frozen with no aid named is no aid cut
    ("Norway froze 30 million euros in assets of a Kenyan bank.", "1621"),
    # contacts with no diplomat are relations unspecified
    ("Chile suspended contacts with the Peruvian opposition.", "161"),
    # officials with no humanitarian or monitoring role stay diplomats (161)
    ("Kenya expelled two Ghanaian officials on Monday.", "1663"),
    # halting fighting with no truce named is a de-escalation, not a truce
    ("Kenyan troops halted the fighting against Ghanaian forces on Sunday.", "0871"),
    # a ban on imports is no political freedom
    ("Vietnam lifted its ban on Polish pork imports.", "0811"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_keeps_its_code(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ghanaian negotiators held talks on Monday as Norway mediated between them.",
        "Kenya held talks with Ghana on Monday on a truce deal mediated by Norway.",
    ],
)
def test_talks_beside_a_mediator_stay_the_sides_own(real_coder, text):
    """Only the mediator's own talks turn 045: the two sides' talks stay 046."""
    found = by_code(real_coder.code(text, DATE))
    assert ("KEN", "GHA", "046") in found, found
    assert not any(c == "045" and s != "NOR" for s, _, c in found), found
