"""Statements (root 01) the coder used to miss: claims of responsibility aimed at the state the
claimed attack struck (its place or its victims), condolences told to someone or shared by 'his
people', pessimism and optimism worded with 'saw little chance' or 'no doubt', considering
('reviewing whether to'), joint accord ('of one mind', 'identical views', 'agreed on the need'),
and denials aimed at the author of the report or charge denied ('a report by X', 'X's claims').
The near misses keep each sense narrow: a plain 'said', an analyst's view, a denial that names
no accuser, domestic condolences. Sentences are our own, run through the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DATE = "2021-09-14"

CODED = [
    # 015: a claimed attack is aimed at the state it struck: the place it happened in
    (
        "The Pakistani Taliban claimed last night's car bombing in Lahore, which wounded dozens.",
        [("PAK", "PAK", "01")],
    ),
    (
        "Boko Haram claimed credit for a mortar attack on a barracks outside Niamey on Tuesday.",
        [("NGA", "NER", "01")],
    ),
    (
        "Al Shabaab admitted responsibility for a grenade blast at a bus stop in Kampala.",
        [("SOM", "UGA", "01")],
    ),
    # ... or its victims: 'the ambush of a Chadian army convoy'
    (
        "Boko Haram said it was behind the ambush of a Chadian army convoy near the lake.",
        [("NGA", "TCD", "01")],
    ),
    # 015: acknowledging that one's own state bore responsibility for what happened in Y
    (
        "Portugal acknowledged on Tuesday that it bore responsibility for the killings of "
        "villagers in Mozambique.",
        [("PRT", "MOZ", "01")],
    ),
    # 018: condolences told to the addressee, from 'his people' = the speaker's country
    (
        "Peru's president told Chile's president on Tuesday that his people shared the sorrow of "
        "the flood victims.",
        [("PER", "CHL", "01")],
    ),
    (
        "Norway's prime minister said that her country stood in solidarity with Iceland after "
        "the eruption.",
        [("NOR", "ISL", "01")],
    ),
    # 012 / 013: the view is about the subject of the clause it judges
    (
        "Poland's foreign minister said on Tuesday he saw slim chances that Belarus would free "
        "the jailed journalists.",
        [("POL", "BLR", "01")],
    ),
    (
        "Chile's foreign minister said he saw a real chance that Bolivia would reopen talks on "
        "the border.",
        [("CHL", "BOL", "01")],
    ),
    # 014: 'reviewing/examining whether to' is considering a policy option
    (
        "Sweden's defence minister said his government was reviewing whether to send air "
        "defence systems to Ukraine.",
        [("SWE", "UKR", "01")],
    ),
    # 019: joint accord, both ways
    (
        "Chile and Peru said after the summit that they held identical views on the fisheries "
        "dispute.",
        [("CHL", "PER", "01"), ("PER", "CHL", "01")],
    ),
    (
        "Ghana's foreign minister said that his country and Togo were in full agreement on the "
        "need for a regional force.",
        [("GHA", "TGO", "01"), ("TGO", "GHA", "01")],
    ),
    # 016: a denial is aimed at the author of the report or charge it answers
    (
        "Eritrea on Thursday denied the charge, contained in a report by the African Union, that "
        "its soldiers had looted villages.",
        [("ERI", "IGO", "01")],
    ),
    (
        "Belarus brushed off as groundless claims by Lithuania that its guards had pushed "
        "migrants across the border.",
        [("BLR", "LTU", "01")],
    ),
    (
        "Venezuela rebuffed accusations from Colombia on Monday that it was sheltering guerrillas.",
        [("VEN", "COL", "01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_statement_is_coded_with_its_target(real_coder, text, expected):
    got = [k for k in by_root(real_coder.code(text, DATE)) if k[2] == "01"]
    assert got == sorted(expected)


NOT_CODED = [
    # a plain 'said' with no act in it
    "Peru's finance minister said on Tuesday that his country would cut fuel taxes next year.",
    # an analyst's view is no actor's statement
    "Analysts saw little chance that Bolivia would repay its debts on time.",
    # a denial that names no accuser
    "Chile's central bank denied on Tuesday that it planned to raise interest rates.",
    # 'reviewing' a domestic policy, no 'whether to' and no other state
    "Norway's president said his government was reviewing its pension system.",
    # sympathy inside one country, for no other state
    "Ghana's president expressed sympathy for the families of miners killed in a pit collapse.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_near_misses_code_no_statement(real_coder, text):
    assert [k for k in by_root(real_coder.code(text, DATE)) if k[2] == "01"] == []


def test_a_claim_by_someone_else_is_not_the_speakers_own_state(real_coder):
    # 'his country' is the speaker's state only as the subject of what he says
    events = real_coder.code(
        "Kenya's president said Uganda's army bore responsibility for the raid in Somalia.", DATE
    )
    assert ("KEN", "SOM", "01") not in by_root(events)
