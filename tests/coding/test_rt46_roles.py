"""Roles and sides on real news (session 20, RTA), with the shipped tables: victims are of
the place where they are hit, not of the attacker whose strikes are named; hostages in a
named place keep it; a country name the parser hangs on a verb as a modifier is still its
subject; a sector noun 'belonging to' a national party is that party's;
a troop deployment is not aimed at the toll of a background clause. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2023-06-14")


# --- victims of strikes are of the place, not of the attacker -------------------------------


@pytest.mark.parametrize(
    ("text", "key", "wrong"),
    [
        (
            "Five people are killed in Russian missile strikes in Zaporizhzhia.",
            ("RUS", "UKR", "19"),
            ("RUS", "RUS", "19"),
        ),
        (
            "Two civilians are killed in Ukrainian drone strikes in Belgorod and Bryansk.",
            ("UKR", "RUS", "19"),
            ("UKR", "UKR", "19"),
        ),
        (
            "Eleven people are killed in Saudi air raids in Saada.",
            ("SAU", "YEM", "19"),
            ("SAU", "SAU", "19"),
        ),
    ],
)
def test_victims_take_the_place_not_the_attacker(code, text, key, wrong):
    roots = _roots(code(text))
    assert key in roots
    assert wrong not in roots


def test_hostages_in_a_named_place_keep_it(code):
    roots = _roots(code("Gunmen kill three hostages in a hotel in Bamako, Mali."))
    assert any(k[1] == "MLI" and k[2] in ("18", "19") for k in roots)


# --- a country read as a modifier of the verb is its subject --------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Pakistan releases 134 Indian prisoners.", ("PAK", "IND", "08")),
        ("Pakistan frees 60 Indian fishermen held in its jails.", ("PAK", "IND", "08")),
        ("Mali orders the French ambassador to leave within 72 hours.", ("MLI", "FRA", "16")),
    ],
)
def test_country_hung_as_modifier_is_subject(code, text, key):
    assert key in _roots(code(text))


# --- 'belonging to' ties a sector noun to its party ----------------------------------------


def test_members_belonging_to_a_party_are_its_country(code):
    roots = _roots(
        code(
            "Lawmakers belonging to the Serbian ruling party criticize the conduct of NATO "
            "peacekeepers in Kosovo."
        )
    )
    assert ("SRB", "IGO", "11") in roots
    assert ("KSV", "IGO", "11") not in roots


# --- a deployment is not aimed at the toll of a background clause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army sends troops to Kasai province after 20 people are killed there.",
        "Nigeria deploys soldiers to Plateau state after dozens of people were killed in "
        "village raids.",
    ],
)
def test_deployment_not_aimed_at_the_dead(code, text):
    assert not any(k[2] == "15" and k[0] == k[1] for k in _roots(code(text)))


def test_deployment_still_aimed_at_protesters(code):
    roots = _roots(code("Police were deployed in Nairobi as opposition protesters marched."))
    assert ("KEN", "KEN", "15") in roots
