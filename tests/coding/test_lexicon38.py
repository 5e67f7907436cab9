"""Families of wordings the lexicon lacked (round 38): quitting a planned meeting or summit with
someone (164), munitions filled with a named chemical agent (2041), captured servicemen or
prisoners handed over (0841), villages or territory returned to another's control (0842), asset
freezes and travel bans lifted (085), an exercise opened or commenced by two sides (062),
peacekeepers rolling or moving into a country (074) and soldiers killing a hundred or more
civilians (202). Each family has near misses that must not fire. Sentences are our own and use
the shipped tables (``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

DATE = "2024-06-11"

CODED = [
    # 164: pulled, backed or withdrew out of planned talks, a meeting or a summit with X
    (
        "Serbia's president pulled out of a scheduled summit with the Kosovo prime minister.",
        ("SRB", "KSV", "164"),
    ),
    (
        "The Ethiopian foreign minister backed out of a meeting with his Egyptian counterpart.",
        ("ETH", "EGY", "164"),
    ),
    ("Greece withdrew from planned talks with Turkey over the islands.", ("GRC", "TUR", "164")),
    # 2041: grenades, bombs or shells filled with a chemical agent dropped or fired on X
    (
        "Syrian army helicopters dropped barrel bombs filled with chlorine on Turkish troops.",
        ("SYR", "TUR", "2041"),
    ),
    (
        "Russian drones dropped grenades laced with a choking agent on Ukrainian soldiers.",
        ("RUS", "UKR", "2041"),
    ),
    # 0841: captured servicemen or prisoners of war handed over
    ("Russia handed over 40 captured Ukrainian sailors to Kyiv.", ("RUS", "UKR", "0841")),
    ("Ukraine handed over 35 Russian servicemen to Moscow.", ("UKR", "RUS", "0841")),
    # 0842: villages or land returned to another's control
    ("Tajikistan returned three disputed villages to Kyrgyz control.", ("TJK", "KGZ", "0842")),
    ("Eritrea handed back the border town to Ethiopia on Monday.", ("ERI", "ETH", "0842")),
    # 085: asset freezes and travel bans lifted or eased
    ("The European Union eased the asset freeze on Syrian banks.", ("IGO", "SYR", "085")),
    ("Canada lifted its travel ban on 12 Zimbabwean officials.", ("CAN", "ZWE", "085")),
    # 062: an exercise opened or commenced by two sides
    ("Chinese and Pakistani forces opened joint air drills near Karachi.", ("CHN", "PAK", "062")),
    ("Egypt and Greece commenced a naval exercise in the Mediterranean.", ("GRC", "EGY", "062")),
    # 074: peacekeepers rolling or moving into a country
    ("Indonesian peacekeepers rolled into southern Lebanon on Monday.", ("IDN", "LBN", "074")),
    ("About 500 Kenyan peacekeepers moved into Haiti on Tuesday.", ("KEN", "HTI", "074")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round38_wording_is_coded(real_coder, text, expected):
    assert expected in by_code(real_coder.code(text, DATE))


def test_a_hundred_civilians_killed_is_a_mass_killing(real_coder):
    text = "Ethiopian troops killed more than 200 civilians during a raid on a village in Tigray."
    assert ("ETH", "ETH", "20") in by_root(real_coder.code(text, DATE))


NOT_CODED = [
    # a pullout of troops, not of talks
    ("Pakistan pulled its troops out of the border town after talks with India.", "164"),
    # tear gas grenades are no chemical weapon
    ("Kenyan police fired tear gas grenades at protesters in Nairobi.", "2041"),
    # people returning home is no return of property
    ("Thousands of Syrian refugees returned to their villages from Turkey.", "0842"),
    # a freeze on talks is no sanction
    ("Colombia lifted its freeze on talks with the ELN rebels.", "085"),
    # troops, not peacekeepers, rolling into a country invade it
    ("Russian tanks rolled into Ukraine on Thursday.", "074"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_round38_wording_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes


def test_a_few_civilians_killed_stay_an_attack(real_coder):
    text = "Ethiopian troops killed 12 civilians during a raid on a village in Tigray."
    roots = {root for _, _, root in by_root(real_coder.code(text, DATE))}
    assert "20" not in roots


def test_a_toll_of_air_strikes_stays_an_air_strike(real_coder):
    # the count makes a massacre of a ground raid, not of a bombing (its own code, 195)
    text = (
        "Government warplanes killed more than 150 civilians in air strikes on the town of Idlib."
    )
    roots = {root for _, _, root in by_root(real_coder.code(text, DATE))}
    assert "19" in roots and "20" not in roots, roots
