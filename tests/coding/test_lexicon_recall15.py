"""Senses the coder had no trigger for at all (R15): troops leaving a place, arms handed over in
batches or fleets, food aid counted in tonnes, warships sailing within a distance of another
state's territory, new plants abroad, shuttle mediation with messages,
gunbattles and nationalisation. Sentences in our own words, coded with the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

CASES = [
    # 08 retreat: troops leaving or rolling out of a place, finishing a pull-out
    ("Chilean troops rolled out of the Peruvian border town on Monday.", [("CHL", "PER", "08")]),
    ("Chilean troops left the Peruvian port city on Monday.", [("CHL", "PER", "08")]),
    (
        "Kenyan troops completed their withdrawal from Ghana on Monday.",
        [("KEN", "GHA", "08")],
    ),
    # 07 arms handed over as a fleet or batch; food aid in tonnes
    (
        "Norway handed its fleet of fighter jets to Peru on Monday.",
        [("NOR", "PER", "07")],
    ),
    (
        "Poland delivered the first batch of tanks to Ghana on Monday.",
        [("POL", "GHA", "07")],
    ),
    (
        "Vietnam shipped 5,000 tonnes of rice to Ghana on Monday.",
        [("VNM", "GHA", "07")],
    ),
    (
        "Norway announced 200 million dollars in weapons for Kenya on Monday.",
        [("NOR", "KEN", "07")],
    ),
    # 15 shows of naval force
    (
        "A Chilean warship sailed within 10 nautical miles of Peru on Monday.",
        [("CHL", "PER", "15")],
    ),
    # 06 a plant abroad
    (
        "A Polish carmaker opened a 400 million dollar factory in Kenya on Monday.",
        [("POL", "KEN", "06")],
    ),
    (
        "A Norwegian firm broke ground on a billion dollar plant in Vietnam on Monday.",
        [("NOR", "VNM", "06")],
    ),
    # 04 mediation by carrying messages
    (
        "Norway's envoy carried messages between Chile and Peru on Monday.",
        [("NOR", "CHL", "04"), ("NOR", "PER", "04")],
    ),
    # 19 a gunbattle, both ways
    (
        "A gunbattle between Chilean troops and Peruvian police on Monday left six dead.",
        [("CHL", "PER", "19"), ("PER", "CHL", "19")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_recall15_wording_is_coded(run, text, expected):
    assert by_root(run(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the same words out of their sense
        "Kenya's football team left the stadium on Monday.",
        "Poland opened a new primary school in Warsaw on Monday.",
        "A Polish cruise ship sailed into the harbour on Monday.",
        "Norway's minister carried the torch through Oslo on Monday.",
        "Ghana's president resigned from the party board on Monday.",
    ],
)
def test_a_recall15_trigger_out_of_its_sense_codes_nothing(run, text):
    assert run(text) == []
