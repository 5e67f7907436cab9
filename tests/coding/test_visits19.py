"""Roles read off a visit or a call (visits session 19), with the shipped tables: what a
visitor says or does on a visit that names no one is aimed at the host; the host greeting a
guest told by a pronoun; a joint act of 'the two men' / 'both sides' between the two sides
named before; an act set in a telephone call is not wrapped by the frame it sits in, and a
meeting verb set in a call is the call itself. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2022-05-10")


# --- what a visitor says or does on a visit is aimed at the host ----------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "On a visit to Windhoek on Monday, German President Frank-Walter Steinmeier laid a "
            "wreath at a memorial to the victims of colonial massacres.",
            ("DEU", "NAM", "01"),
        ),
        (
            "During a state visit to Seoul on Friday, Japanese Emperor Naruhito apologised for "
            "the suffering caused by Japanese rule.",
            ("JPN", "KOR", "05"),
        ),
        (
            "Canadian Prime Minister Justin Trudeau touched down in Mexico City on Tuesday on "
            "his first trip to Mexico in four years, saying he was confident that a trade "
            "dispute over dairy would soon be settled.",
            ("CAN", "MEX", "01"),
        ),
    ],
)
def test_visitor_act_aimed_at_host(code, text, key):
    roots = _roots(code(text))
    assert key in roots
    assert (key[0], key[1], "04") in roots  # the visit itself stays


def test_visitor_act_with_its_own_target_keeps_it(code):
    roots = _roots(
        code(
            "During a visit to Nairobi on Wednesday, Turkish President Recep Tayyip Erdogan "
            "praised Somalia for its fight against al Shabaab."
        )
    )
    assert ("TUR", "SOM", "05") in roots
    assert ("TUR", "KEN", "05") not in roots


# --- the host greeting a guest told by a pronoun --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South African President Cyril Ramaphosa landed in Harare on Thursday on his first trip "
        "to Zimbabwe, and President Emmerson Mnangagwa greeted him at the airport.",
        "Chilean President Gabriel Boric arrived in Buenos Aires on Monday on a trip to "
        "Argentina, and President Alberto Fernandez received him at the Casa Rosada.",
    ],
)
def test_host_greets_pronoun_guest(code, text):
    roots = _roots(code(text))
    visits = [k for k in roots if k[2] == "04" and k[0] != k[1]]
    hosts = [k for k in visits if k[0] in ("ZWE", "ARG")]
    assert hosts and all(k[1] in ("ZAF", "CHL") for k in hosts)


# --- 'the two men', 'both sides': the two sides named before --------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Indian Prime Minister Narendra Modi greeted Japanese Prime Minister Fumio Kishida "
            "in New Delhi on Monday, and the two men signed an agreement on high-speed rail.",
            ("IND", "JPN"),
        ),
        (
            "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi "
            "on Friday, and the two leaders signed a deal on cross-border trade.",
            ("KEN", "ETH"),
        ),
    ],
)
def test_two_men_sign_between_named_sides(code, text, pair):
    roots = _roots(code(text))
    a, b = pair
    assert (a, b, "05") in roots and (b, a, "05") in roots


def test_talks_between_the_two_countries_delegations(code):
    roots = _roots(
        code(
            "Armenia will withdraw troops from the border, Armenian Foreign Minister Ararat "
            "Mirzoyan said after Monday's talks between the two countries' delegations with "
            "Azerbaijan's envoys in Brussels."
        )
    )
    assert not any(k[2] == "04" and k[0] == k[1] for k in roots)


# --- an act set in a call --------------------------------------------------------------------


def test_warning_in_a_call_stays_aimed_at_the_warned(code):
    roots = _roots(
        code(
            "In a telephone call on Monday, German Chancellor Olaf Scholz warned Chinese "
            "President Xi Jinping that Beijing would face sanctions."
        )
    )
    assert ("DEU", "CHN", "13") in roots
    assert ("DEU", "CHN", "04") in roots and ("CHN", "DEU", "04") in roots


def test_told_in_a_phone_call_is_a_call_with_the_told(code):
    roots = _roots(
        code(
            "Indonesian President Joko Widodo told Australian Prime Minister Anthony Albanese "
            "in a phone call on Friday that Indonesia wanted closer defence ties."
        )
    )
    assert ("IDN", "AUS", "04") in roots and ("AUS", "IDN", "04") in roots


def test_discussed_in_a_call_is_the_call_not_a_meeting_with_the_topic(code):
    roots = _roots(
        code(
            "In a video call on Thursday, French President Emmanuel Macron and Brazilian "
            "President Luiz Inacio Lula da Silva discussed Russian attacks on Ukrainian ports."
        )
    )
    assert ("FRA", "BRA", "04") in roots and ("BRA", "FRA", "04") in roots
    assert not any(k[2] == "04" and "RUS" in (k[0], k[1]) for k in roots)
