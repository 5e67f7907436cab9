"""Lexicon gaps found in uncoded WCEP sentences (s16, WR23): entry, visa and travel bans
announced or introduced on a state's people (163), barring foreign delegations or monitors from
entering (1245), summoning a charge d'affaires (114), starting talks with "commence/initiate/
convene/embark on" (046), sinking ships (190) and skirmishes (190). Sentences in our own words,
coded with the shipped tables."""

from __future__ import annotations

import pytest


def _keys(real_coder, text, date="2021-09-14"):
    return {(e.source[:3], (e.target or "")[:3], e.code) for e in real_coder.code(text, date)}


CASES = [
    # bans on entry, visas or travel
    (
        "Latvia announced a ban on Belarusian truck drivers entering its territory.",
        ("LVA", "BLR", "163"),
    ),
    (
        "Moscow announced a retaliatory visa ban on dozens of Canadian officials.",
        ("RUS", "CAN", "163"),
    ),
    (
        "Lithuania introduced an entry ban on Russian citizens holding tourist visas.",
        ("LTU", "RUS", "163"),
    ),
    (
        "Beijing declared a visa bar on several Australian lawmakers on Monday.",
        ("CHN", "AUS", "163"),
    ),
    ("Ghana extended its travel ban on Nigerian traders for another year.", ("GHA", "NGA", "163")),
    ("Estonia banned Russian tourists from entering the country on Monday.", ("EST", "RUS", "163")),
    (
        "The Maldives barred Israeli passport holders from entering the islands.",
        ("MDV", "ISR", "163"),
    ),
    ("Kuwait suspended visas for Lebanese nationals on Sunday.", ("KWT", "LBN", "163")),
    # barring foreign monitors from entering
    (
        "Burundi barred a United Nations human rights delegation from entering the country.",
        ("BDI", "IGO", "1245"),
    ),
    (
        "Eritrea has blocked African Union investigators from visiting the border region.",
        ("ERI", "IGO", "1245"),
    ),
    # summoning a charge d'affaires
    (
        "Finland summoned Russia's chargé d'affaires after a helicopter crossed its border.",
        ("FIN", "RUS", "114"),
    ),
    (
        "Lithuania's foreign ministry summoned the Belarusian charge d'affaires.",
        ("LTU", "BLR", "114"),
    ),
    # starting talks
    (
        "Kenya's government has commenced talks with Somali officials over the sea border.",
        ("KEN", "SOM", "046"),
    ),
    ("Georgia initiated negotiations with Armenia on a new trade corridor.", ("ARM", "GEO", "046")),
    ("Peru embarked on talks with Ecuador about the shared river basin.", ("PER", "ECU", "046")),
    # sinking ships, skirmishes
    ("Ukrainian forces sank a Russian patrol ship in the Black Sea.", ("UKR", "RUS", "190")),
    ("A Houthi missile boat sank a Saudi supply vessel off Hodeidah.", ("YEM", "SAU", "190")),
    (
        "Two Armenian soldiers died in a skirmish with Azerbaijani forces near Sotk.",
        ("ARM", "AZE", "190"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_fresh_wording_is_coded(real_coder, text, expected):
    assert expected in _keys(real_coder, text)


NOT_CODED = [
    # a ban with no entry, visa or travel sense and no foreign target
    "Peru announced a ban on plastic bags in supermarkets.",
    # keeping a crowd out of a square is no sanction on a state's people
    "Police banned protesters from entering the main square in Lima.",
    # sinking with no attacker: an accident, or markets
    "A ferry carrying 80 people sank off the coast of Tanzania.",
    "Shares in Japanese carmakers sank on Tuesday.",
    # commencing something that is not talks
    "Egypt commenced construction of a new canal port with Chinese loans.",
    # summoning reservists is not a protest to an envoy
    "Armenia summoned 5,000 reservists on Friday.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_a_near_wording_codes_no_new_event(real_coder, text):
    codes = {e.code for e in real_coder.code(text, "2021-09-14")}
    assert not codes & {"163", "190", "046", "114", "1245"}
