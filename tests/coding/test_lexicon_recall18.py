"""Senses the coder had no trigger for at all (R18): energy that begins to flow across a border,
inspectors let back in, a partner put back on a trade list, crowds streaming or led through a
city to protest, ships harassed, forces warned they will be treated as legitimate targets,
schooling for women halted, reporters' accreditation withdrawn, investigators appointed and
evidence gathered, a first foot set in a country, lists of demands handed over, participation
in talks suspended, captives handed over, relief trains crossing a border, drones raining
down, vetoes on a bid lifted and citizenship stripped. Sentences in our own words, coded with
the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CASES = [
    # 061 energy starting to flow
    (
        "Norwegian gas began flowing to Poland through a new undersea pipeline on Monday.",
        [("NOR", "POL", "06")],
    ),
    (
        "Kenyan electricity started flowing into Ghana over the new line on Monday.",
        [("KEN", "GHA", "06")],
    ),
    # 0862 inspectors let or allowed back in
    (
        "Ghana let Norwegian inspectors back into its nuclear plant on Monday.",
        [("GHA", "NOR", "08")],
    ),
    (
        "Peru allowed Chilean monitors back into the disputed valley on Monday.",
        [("PER", "CHL", "08")],
    ),
    # 085 a partner restored to a trade list
    (
        "Poland put Ghana back on its list of trusted trading partners on Monday.",
        [("POL", "GHA", "08")],
    ),
    # 141 crowds streaming or led through a city to protest
    (
        "Thousands of Kenyan protesters streamed through Nairobi on Monday "
        "to denounce the government.",
        [("KEN", "KEN", "14")],
    ),
    (
        "Kenyan protesters led tens of thousands of people through Nairobi on Monday "
        "in a march against the government.",
        [("KEN", "KEN", "14")],
    ),
    # 150 ships harassed
    (
        "Peruvian navy boats harassed a Chilean tanker off the coast on Monday.",
        [("PER", "CHL", "15")],
    ),
    # 172 schooling for women halted; 1721 reporters' accreditation withdrawn
    (
        "Ghana's government suspended university classes for women on Monday.",
        [("GHA", "GHA", "17")],
    ),
    (
        "Vietnam revoked the accreditation of three Norwegian journalists on Monday.",
        [("VNM", "NOR", "17")],
    ),
    # 090 investigators appointed, evidence gathered
    (
        "Norway appointed a retired judge on Monday "
        "to lead an inquiry into abuses by Kenya's army.",
        [("NOR", "KEN", "09")],
    ),
    (
        "A Norwegian team began collecting evidence on Monday of alleged abuses by Kenya's army.",
        [("NOR", "KEN", "09")],
    ),
    # 042 a first foot set in a country
    (
        "Ghana's president became the first leader from his country "
        "to set foot in Chile on Monday.",
        [("GHA", "CHL", "04")],
    ),
    # 100 a list of demands handed over
    (
        "Peru handed Chile a list of ten demands on Monday.",
        [("PER", "CHL", "10")],
    ),
    # 164 participation in talks suspended
    (
        "Kenya suspended its participation in the border talks with Ghana on Monday.",
        [("KEN", "GHA", "16")],
    ),
    # 0841 captives handed over: the release is aimed at the captives' side
    (
        "Chilean rebels handed two captive Peruvian soldiers over to Norway on Monday.",
        [("CHL", "PER", "08")],
    ),
    # 073 a relief train crossing a border
    (
        "A train carrying 40 tonnes of flour donated by Poland crossed into Ghana on Monday.",
        [("POL", "GHA", "07")],
    ),
    # 190 drones raining down
    (
        "Chilean drones rained down on Peru overnight on Monday.",
        [("CHL", "PER", "19")],
    ),
    # 080 a veto on a bid lifted
    (
        "Poland lifted its veto on Norway's membership bid on Monday.",
        [("POL", "NOR", "08")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_recall18_wording_is_coded(run, text, expected):
    assert by_root(run(text)) == sorted(expected)


def test_a_trade_list_restored_is_eased_economic_sanctions(run):
    events = run("Vietnam put Poland back on its white list of exporters on Monday.")
    assert by_code(events) == [("VNM", "POL", "085")]


@pytest.mark.parametrize(
    "text",
    [
        # the same words out of their sense
        "Norwegian tourists streamed through Oslo on Monday to see the royal wedding.",
        "Kenya's coach led thousands of fans through Nairobi on Monday in a victory parade.",
        "Peru began flowing its new exports through the port on Monday.",
        "Chile put the new ferry back on the list of ships on Monday.",
        "Ghana suspended classes for all pupils on Monday because of the heat.",
        "Poland collected taxes from Ghana's firms on Monday.",
        "A Norwegian climber set foot on the summit on Monday.",
    ],
)
def test_a_recall18_trigger_out_of_its_sense_codes_nothing(run, text):
    assert run(text) == []
