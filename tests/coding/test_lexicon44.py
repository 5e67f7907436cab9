"""Senses seen on real news (round 44): a hunger strike started, embarked on or held is a hunger
strike (142), never an attack or a labour strike; deeming or calling another actor's act
illegal or illegitimate criticises it (111); warning against trusting a party is a
pessimistic comment (012), while warning a state against an act stays a threat (130);
tariffs and anti-dumping duties imposed on another country's goods are sanctions (163, CAMEO:
restricting commercial exchange as punishment); and the synonyms widened in the needed-word and
object lists ('discussions' for talks). Sentences are our own and use the shipped tables
(``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2021-05-11"

CODED = [
    # a hunger strike started or embarked on: 142, with the state as the target
    (
        "Jailed Kenyan opposition activists started a hunger strike to protest their detention.",
        ("KEN", "KEN", "142"),
    ),
    (
        "A jailed Bolivian opposition leader started an indefinite hunger strike.",
        ("BOL", "BOL", "142"),
    ),
    (
        "Dozens of Cuban dissidents embarked on a hunger strike against the government.",
        ("CUB", "CUB", "142"),
    ),
    # another actor's act declared or deemed illegal: criticism
    ("Uruguay deemed the Argentine blockade of the bridge unlawful.", ("URY", "ARG", "111")),
    ("Ukraine deemed the Russian referendum in Crimea illegal.", ("UKR", "RUS", "111")),
    ("Beijing called the Japanese deployment illegitimate.", ("CHN", "JPN", "111")),
    # a warning against trusting a party is no threat
    (
        "The German chancellor warns against trusting the Kremlin to respect a truce.",
        ("DEU", "RUS", "012"),
    ),
    # a warning to a state against an act is still a threat
    ("Moscow warned Sweden against joining NATO.", ("RUS", "SWE", "130")),
    # tariffs and anti-dumping duties on a country's goods
    ("Australia applies tariffs on Chinese aluminium.", ("AUS", "CHN", "163")),
    (
        "The European Commission imposed anti-dumping duties on steel tubes from Russia.",
        ("IGO", "RUS", "163"),
    ),
    # synonyms in the object lists
    ("Chile and Peru began discussions on their maritime border on Sunday.", ("CHL", "PER", "046")),
    ("Uganda and Kenya resumed discussions on the oil pipeline.", ("UGA", "KEN", "046")),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_a_round44_sense_is_coded(real_coder, text, expected):
    found = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert expected in found, found


NOT_CODED = [
    # a hunger strike is no attack and no labour strike
    ("Jailed Kurdish activists in Turkey started a hunger strike on Monday.", "190"),
    ("A jailed Bolivian opposition leader started an indefinite hunger strike.", "143"),
    # commentary on warming ties is no act of cooperation
    (
        "Indian and Vietnamese navies held joint drills near Da Nang, a sign of warming ties "
        "between New Delhi and Hanoi.",
        "060",
    ),
    (
        "Greek and Turkish ministers met in Athens, in a sign of warming economic ties between "
        "the two states.",
        "050",
    ),
    # a court declaring a law unconstitutional is no criticism
    ("Colombia's constitutional court declared the new tax law unconstitutional.", "111"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CODED)
def test_a_near_miss_of_a_round44_sense_does_not_fire(real_coder, text, absent):
    codes = {code for _, _, code in by_code(real_coder.code(text, DATE))}
    assert absent not in codes, codes
