"""Families of wordings the lexicon lacked (round 40): money received from a lender or donor
(071, the lender as source), a sum 'in aid' or 'in budget support' cut off or withheld (162, 1621),
intelligence fed or relayed to another's forces (064), fire opened on a leader's car, convoy or
helicopter or in an 'attempt on his life' (185) and a member of parliament shot dead (186).
Each family has near misses that must not fire. Sentences are our own and use the shipped
tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2023-03-14"

CODED = [
    # 071: a disbursement, tranche or loan received from a lender
    ("Zambia received a $300 million disbursement from the World Bank.", ("IGO", "ZMB", "071")),
    (
        "Sri Lanka received the second tranche of its bailout from the IMF.",
        ("IGO", "LKA", "071"),
    ),
    ("Tunisia received a $1 billion loan from Saudi Arabia on Monday.", ("SAU", "TUN", "071")),
    # 162: a sum in aid cut off, withheld or frozen; aid of a named kind takes its sub-code
    # (budget support and development aid are economic assistance: CAMEO 1621)
    (
        "Washington cut off tens of millions of dollars in aid to Niger after the coup.",
        ("USA", "NER", "162"),
    ),
    (
        "Germany has withheld 60 million euros in budget support to Uganda over the new law.",
        ("DEU", "UGA", "1621"),
    ),
    (
        "Britain froze 20 million pounds in development aid to Rwanda on Tuesday.",
        ("GBR", "RWA", "1621"),
    ),
    # 064: intelligence fed or relayed to another's troops
    (
        "American spy planes have been feeding intelligence to Nigerian troops fighting rebels.",
        ("USA", "NGA", "064"),
    ),
    (
        "British drones relayed surveillance imagery to Kenyan soldiers on Friday.",
        ("GBR", "KEN", "064"),
    ),
    # 185: fire on a leader's car, convoy or helicopter; an attempt on a leader's life
    (
        "Gunmen opened fire on a car carrying Haiti's prime minister on Monday.",
        ("HTI", "HTI", "185"),
    ),
    (
        "Rebels fired on the convoy of Chad's president near the border, but he escaped unhurt.",
        ("TCD", "TCD", "185"),
    ),
    (
        "Militants shot at Pakistan's interior minister in a failed attempt on his life.",
        ("PAK", "PAK", "185"),
    ),
    # 186: a member of parliament shot dead or gunned down
    (
        "Gunmen shot dead a member of Iraq's parliament outside his office in Baghdad.",
        ("IRQ", "IRQ", "186"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round40_wording_is_coded(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NOT_CODED = [
    # money received as the object of an allegation is not aid from the lender
    (
        "Police opened an inquiry into claims that the party received millions of dollars "
        "from a foreign businessman.",
        "071",
    ),
    # a cut in one's own spending is no aid cut to anyone
    ("The government cut 2 billion dollars from the defence budget.", "162"),
    # fire on an aid convoy is no assassination attempt
    ("Rebels fired on an aid convoy carrying food to Sudanese refugees.", "185"),
    # a soldier shot dead is no targeted killing of a lawmaker
    ("Gunmen shot dead a member of Mali's army at a checkpoint.", "186"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_round40_wording_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes, codes
