"""Lexicon gaps found by the role helpers (s16, LX21): aid handed over or donated by the item
(07x), clubbing with batons (182), halting or ending ties (161, economic ties 163), ordering a
mobilisation or call-up (154) and peacekeepers landing (074). Sentences in our own words, coded
with the shipped tables."""

from __future__ import annotations

import pytest


def _keys(real_coder, text, date="2019-03-12"):
    return {(e.source[:3], (e.target or "")[:3], e.code) for e in real_coder.code(text, date)}


CASES = [
    # aid handed over: the item gives the code
    ("Japan handed over 30 ambulances and two generators to Nepal.", ("JPN", "NPL", "073")),
    ("Canada handed 12 water pumps and blankets to Malawi.", ("CAN", "MWI", "073")),
    ("Turkey donated three mobile clinics to Sudan.", ("TUR", "SDN", "073")),
    ("Qatar delivered ventilators and medical kits to Tunisia.", ("QAT", "TUN", "073")),
    ("Norway handed over a $20 million grant to Malawi.", ("NOR", "MWI", "071")),
    # beatings with clubs and truncheons
    ("Ugandan police clubbed opposition supporters in Kampala.", ("UGA", "UGA", "182")),
    (
        "Soldiers in Harare bludgeoned Zimbabwean protesters with rifle butts.",
        ("ZWE", "ZWE", "182"),
    ),
    # ending ties
    ("Morocco halted diplomatic ties with Iran on Tuesday.", ("MAR", "IRN", "161")),
    ("Nicaragua ended relations with Taiwan.", ("NIC", "TWN", "161")),
    ("Guinea cut off ties with France.", ("GIN", "FRA", "161")),
    ("Kuwait halted economic ties with Syria.", ("KWT", "SYR", "163")),
    # mobilisation ordered
    ("Azerbaijan ordered a partial mobilisation after Armenian shelling.", ("AZE", "ARM", "154")),
    (
        "Georgia's president ordered a call-up of reservists a day after "
        "Russian tanks crossed the border.",
        ("GEO", "RUS", "154"),
    ),
    # peacekeepers landing
    (
        "The first Rwandan peacekeepers landed in Bangui on Friday to restore calm.",
        ("RWA", "CAF", "074"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_gap_wording_is_coded(real_coder, text, expected):
    assert expected in _keys(real_coder, text)


OUT_OF_SENSE = [
    "Ghana's president handed the microphone to a Kenyan singer.",  # no aid item
    "Kenyan golfers clubbed the ball across the course in Nairobi.",  # a ball, not a person
    "The Polish navy ended its exercise in the Baltic on Monday.",  # no ties
    "Chile ordered a draft of the new trade law from its ministers.",  # a draft text
]


@pytest.mark.parametrize("text", OUT_OF_SENSE)
def test_a_gap_trigger_out_of_its_sense_codes_nothing(real_coder, text):
    codes = {c for _, _, c in _keys(real_coder, text)}
    assert not codes & {"070", "071", "072", "073", "074", "154", "161", "163", "182"}
