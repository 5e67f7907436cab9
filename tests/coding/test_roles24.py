"""Roles left open (roles session 24), with the shipped tables: a threat or a deadline aimed
at a place ('gave the town of X 48 hours to surrender', 'threatened to shell the city of X')
is aimed at the state that holds the place, as a destination is. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2019-03-02")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Ethiopian army gave the Eritrean port of Assab 48 hours to surrender.",
            ("ETH", "ERI", "13"),
        ),
        (
            "Turkish forces gave the Syrian town of Manbij three days to hand over its weapons.",
            ("TUR", "SYR", "13"),
        ),
        (
            "Serbian commanders gave the Croatian town of Vukovar a deadline of two days to "
            "lay down arms.",
            ("SRB", "HRV", "13"),
        ),
        (
            "Azerbaijan threatened to shell the Armenian city of Goris.",
            ("AZE", "ARM", "13"),
        ),
        # a bare place as the threatened object (no demonym in the phrase)
        ("North Korea threatened Guam with a missile strike.", ("PRK", "USA", "13")),
        ("Turkey threatened Afrin with a new offensive.", ("TUR", "SYR", "13")),
        ("Hezbollah threatened Haifa with rocket attacks.", ("LBN", "ISR", "13")),
        ("China threatened Okinawa with retaliation.", ("CHN", "JPN", "13")),
    ],
)
def test_threat_at_a_place_is_aimed_at_its_state(code, text, key):
    assert key in _roots(code(text))


def test_named_party_beats_the_place_it_is_told_to_leave(code):
    events = code("Kurdish fighters gave the Iraqi army 48 hours to leave the town of Sinjar.")
    assert events
    assert {t for _, t, _ in events} == {"IRQMIL"}


def test_deadline_to_a_town_of_its_own_is_not_coded(code):
    # a government's deadline to one of its own towns names no second state
    assert code("The Malian government gave the town of Kidal two days to surrender.") == []
