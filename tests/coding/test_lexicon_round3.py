"""Lexicon round 3: power handed over (a leadership change when demanded or urged), revulsion
expressed, elections criticised (the country they were held in), pejorative likenings, money
transferred, war games and manoeuvres as shows of force, subsidiaries put under state
management, government buildings blockaded, troops coming to blows, an organisation suspending
a member, and groups struck off a terrorist list. Sentences are our own (stand-in gazetteer
unless marked); the negative cases pin the constraints that keep the new senses narrow."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 0831 wrapped in a demand or an appeal: a leadership change (1041 / 0241)
    (
        "Kenya demanded on Friday that the Ghanaian president hand over power to a "
        "transitional council.",
        [("KEN", "GHA", "1041")],
    ),
    (
        "Norway insisted that Ghana's military rulers must relinquish power before the end of "
        "the year.",
        [("NOR", "GHA", "1041")],
    ),
    ("Kenya demanded that Ghana hand power back to civilians.", [("KEN", "GHA", "1041")]),
    (
        "Poland urged the Peruvian president to cede power to the elected parliament.",
        [("POL", "PER", "0241")],
    ),
    (
        "Kenya demanded on Friday that the Ghanaian president must leave power immediately.",
        [("KEN", "GHA", "1041")],
    ),
    # 111: revulsion or disgust expressed at what someone did
    (
        "Polish ministers expressed revulsion on Friday at the killing of protesters in Kenya.",
        [("POL", "KEN", "111")],
    ),
    ("Norway expressed disgust at Peru's treatment of the prisoners.", [("NOR", "PER", "111")]),
    # 111: an election criticised falls on the country it was held in
    (
        "Norwegian observers criticised the weekend's presidential election in Kenya on Monday.",
        [("NOR", "KEN", "111")],
    ),
    ("Poland condemned the referendum in Peru as a sham.", [("POL", "PER", "111")]),
    # 111: a likening to something odious
    (
        "The Kenyan president likened the Polish report to a medieval crusade.",
        [("KEN", "POL", "111")],
    ),
    ("Norway compared the Kenyan crackdown to the methods of a mafia.", [("NOR", "KEN", "111")]),
    # 150: war games or manoeuvres, aimed at whom the display names
    (
        "Kenya's navy launched war games near the coast in a display of strength directed at "
        "Ghana's navy.",
        [("KEN", "GHA", "150")],
    ),
    (
        "Vietnam's army began large manoeuvres near the Polish border, a show of force aimed at "
        "Warsaw.",
        [("VNM", "POL", "150")],
    ),
    # 1711: a foreign firm's local arm put under state management
    (
        "Kenya placed the local subsidiaries of a Norwegian oil firm under temporary state "
        "management.",
        [("KEN", "NOR", "1711")],
    ),
    # 144: protesters blockading a government building
    (
        "Kenyan protesters blockaded the parliament building in Nairobi for a third day.",
        [("KEN", "KEN", "144")],
    ),
    # 182: two sides' troops coming to blows, both ways
    (
        "Kenyan and Ghanaian troops came to blows along the border on Friday.",
        [("GHA", "KEN", "182"), ("KEN", "GHA", "182")],
    ),
    # 0812: groups struck or taken off a terrorist list
    ("Kenya took the Ghanaian rebels off its terror list.", [("KEN", "GHA", "0812")]),
    (
        "Ghana removed the Kenyan rebels from its terrorism blacklist on Friday.",
        [("GHA", "KEN", "0812")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_round3_wording_is_coded(run, text, expected):
    assert by_code(run(text)) == sorted(expected)


NOT_THESE = [
    # a likening to something harmless is no criticism
    ("Peru likened its partnership with Chile to a marriage.", "11"),
    # a list that is not a terrorist list: no delisting
    ("Peru struck Chile off the list of guest nations.", "08"),
    # joint war games stay military cooperation, not a show of force
    ("Norway and Peru launched joint war games in the Pacific on Monday.", "15"),
    # a standalone handover of power names no one who demanded it
    ("The Peruvian president handed over power to the army on Sunday.", "08"),
]


@pytest.mark.parametrize(("text", "root"), NOT_THESE)
def test_a_near_miss_is_not_coded_as_the_new_sense(run, text, root):
    assert root not in {r for _s, _t, r in by_root(run(text))}


def test_joint_war_games_are_still_cooperation(run):
    events = by_code(run("Norway and Peru launched joint war games in the Pacific on Monday."))
    assert events == [("NOR", "PER", "062"), ("PER", "NOR", "062")]


def test_an_organisation_suspends_a_member(real_coder):
    """161 (shipped actor tables: the African Union is an IGO, the subject an organisation)."""
    events = real_coder.code("The African Union suspended Kenya on Monday over the coup.", None)
    assert ("IGOAFRAFU", "KEN", "161") in {(e.source, e.target, e.code) for e in events}


def test_suspending_a_members_membership_targets_the_member(real_coder):
    events = real_coder.code(
        "The African Union voted on Friday to suspend Kenya's membership.", None
    )
    assert ("IGOAFRAFU", "KEN", "161") in {(e.source, e.target, e.code) for e in events}


def test_suspending_ones_own_membership_targets_the_body(real_coder):
    events = real_coder.code("Kenya suspended its membership in the African Union.", None)
    assert ("KEN", "IGOAFRAFU", "161") in {(e.source, e.target, e.code) for e in events}


def test_an_organisation_suspending_aid_keeps_the_aid_sense(real_coder):
    events = real_coder.code("The African Union suspended its aid to Ghana.", None)
    codes = {e.code for e in events}
    assert "162" in codes and "161" not in codes


def test_an_organisation_suspending_a_ban_or_a_licence_cuts_no_ties(real_coder):
    """The member-suspension sense needs an actor as the object: a ban on someone or someone's
    licence suspended is no break of ties."""
    for text in (
        "European Union ministers suspended a travel ban on the Kenyan president on Monday.",
        "The broadcasting council suspended the licence of a Kenyan television channel.",
    ):
        assert "161" not in {e.code for e in real_coder.code(text, None)}
