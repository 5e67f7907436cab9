"""Families of wordings the lexicon lacked (round 36), traced in real news summaries: a light
verb with an event noun (a rejection stated or voiced, support reiterated or underlined), a
diplomatic post downgraded (161), diplomats' staff withdrawn (161, not a military pullout),
people taken by an armed group (181), children or civilians returned to their country (0841), a
proposal or a membership bid approved or accepted (051), a defensive push repelled (190), an
advance upon a place (190), a town reentered or reoccupied by troops (192), a partner dropped
from a trade whitelist (163), soldiers or hostages executed (202) and little confidence had or
lacked (012). Each family has its near misses that must not fire. Sentences are our own and use
the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2024-06-11"

CODED = [
    # 120: a rejection stated, voiced or announced, its target the proposal's maker
    (
        "Slovakia's prime minister announced his rejection of the European Commission's asylum "
        "quota plan.",
        ("SVK", "IGO", "120"),
    ),
    (
        "Ecuador voiced its rejection of the Peruvian government's plan on Monday.",
        ("ECU", "PER", "120"),
    ),
    # 051: support reiterated, reaffirmed or underlined
    (
        "The Turkish president reaffirmed his support for the government of Azerbaijan.",
        ("TUR", "AZE", "051"),
    ),
    ("Kenya reiterated its backing for Somalia's federal government.", ("KEN", "SOM", "051")),
    ("Australia underscored its support for Papua New Guinea.", ("AUS", "PNG", "051")),
    # 161: a diplomatic post downgraded or scaled down; diplomatic personnel withdrawn
    ("Morocco downgraded its diplomatic mission in Algeria.", ("MAR", "DZA", "161")),
    ("Chile scaled down its embassy in Nicaragua on Friday.", ("CHL", "NIC", "161")),
    ("Argentina withdrew its diplomatic personnel from Bolivia.", ("ARG", "BOL", "161")),
    # 181: people taken by an armed group
    ("Militants took five Turkish engineers in eastern Afghanistan.", ("AFG", "TUR", "181")),
    ("Islamist militants seized two Italian tourists in northern Mali.", ("MLI", "ITA", "181")),
    # 0841: children or civilians returned or sent back to their country
    ("Belarus returned eight Ukrainian children to Ukraine on Sunday.", ("BLR", "UKR", "0841")),
    ("Azerbaijan sent back eleven Armenian civilians to Armenia.", ("AZE", "ARM", "0841")),
    # 051: a proposal or a membership bid approved or accepted
    (
        "The African Union approved Morocco's proposal for a regional water fund.",
        ("IGO", "MAR", "051"),
    ),
    ("NATO accepted Sweden's membership bid on Tuesday.", ("IGO", "SWE", "051")),
    # 190: a push or an advance repelled, an advance upon a place
    ("Armenian troops repelled an Azerbaijani advance near the border.", ("ARM", "AZE", "190")),
    ("Sudanese rebels advanced upon the city of El Fasher.", ("SDN", "SDN", "190")),
    # 192: a town reentered or reoccupied by troops
    (
        "Ethiopian troops reoccupied Mekelle after rebels had held it for months.",
        ("ETH", "ETH", "192"),
    ),
    # 163: a partner dropped from a favoured trade list
    ("China removed Australia from its list of trusted trading partners.", ("CHN", "AUS", "163")),
    # 202: soldiers executed by an armed group
    ("Boko Haram fighters executed eleven Nigerian soldiers.", ("NGA", "NGA", "202")),
    # 012: little confidence had or lacked
    (
        "The Colombian president said he had little confidence that the rebels would disarm.",
        ("COL", "COL", "012"),
    ),
    ("Serbia lacks confidence in the European Union's mediation.", ("SRB", "IGO", "012")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round36_wording_is_coded(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


NEAR_MISSES = [
    # taking a town is no abduction, nor is a taker that is no armed group
    ("Militants took the town of Sirte on Sunday.", "181"),
    ("Kenya took two Ugandan doctors on a training tour.", "181"),
    # a president returning home returns no people
    ("The Malian president returned to Mali after talks with Senegal.", "0841"),
    # advancing a proposal is no attack
    ("Vietnam advanced a proposal on fishing rights with China.", "19"),
    # accepting a proposal stays with the accept frame (no endorsement row steals it)
    ("Norway urged Russia to accept a proposal to free the detained fishermen.", "051"),
    # reentering a race is no occupation
    ("The former Peruvian president reentered the election race.", "192"),
    # confidence expressed is no pessimism
    ("Ghana has full confidence in the Nigerian mediation.", "012"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES)
def test_a_near_miss_of_a_round36_wording_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert not any(code.startswith(absent) for code in codes)
