"""Restrictions on real news (round 49): a state that bans or bars another state's people,
officials, aircraft or lorries from entering, crossing or using its territory restricts
relations with that state (163), and a ban on travellers, visitors or passengers from a state
is the same act told as a noun (a court barring a citizen from visits is none). Sentences are
our own and use the shipped tables."""

from __future__ import annotations

import pytest
from coding_helpers import by_code

DATE = "2019-06-04"

ENTRY_BANS = [
    ("Kuwait bars Iraqis from entering the country.", ("KWT", "IRQ", "163")),
    ("Estonia bans Belarusian officials from entering its territory.", ("EST", "BLR", "163")),
    ("Morocco bans Algerian trucks from using its roads and ports.", ("MAR", "DZA", "163")),
    ("Georgia bans all Russian planes from its airspace.", ("GEO", "RUS", "163")),
    ("Chile forbids Bolivian nationals from transiting its territory.", ("CHL", "BOL", "163")),
]


@pytest.mark.parametrize(("text", "want"), ENTRY_BANS)
def test_barring_another_states_people_or_craft_restricts_relations(real_coder, text, want):
    events = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert want in events


def test_a_court_barring_a_citizen_from_visitors_is_no_foreign_restriction(real_coder):
    text = "A Peruvian judge bans the former president from receiving visits."
    assert not any(c == "163" for _, _, c in by_code(real_coder.code(text, DATE)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany announces a ban on travellers from Brazil.", ("DEU", "BRA", "163")),
        ("Japan imposes a ban on visitors from Nigeria.", ("JPN", "NGA", "163")),
        ("Oman extends its ban on passengers from Pakistan.", ("OMN", "PAK", "163")),
    ],
)
def test_a_ban_on_travellers_from_a_state_is_a_restriction(real_coder, text, want):
    events = {(s[:3], t[:3], c) for s, t, c in by_code(real_coder.code(text, DATE))}
    assert want in events


def test_police_barring_their_own_people_restrict_liberties_not_relations(real_coder):
    text = "Ghanaian police barred Ghanaian students from entering the stadium in Accra."
    codes = by_code(real_coder.code(text, DATE))
    assert ("GHA", "GHA", "1721") in codes
    assert not any(c == "163" for _, _, c in codes)
