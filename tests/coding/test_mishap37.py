"""Deaths that are no act (s18 MISHAP): accidents and natural events told with a closing
participle of violence ('crashed, killing 40') or as the subject of a violent verb ('a cyclone
hit X, killing 80') have no doer; attacks by weapons, bombs and shoot-downs keep theirs."""

from __future__ import annotations

import pytest

from detente.coding import code


def _events(text: str, date: str = "2021-05-04"):
    return [(e.source[:3], e.target[:3], e.code) for e in code(text, date)]


def _violent(text: str):
    return [ev for ev in _events(text) if ev[2][:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish cargo plane crashed near Ankara, killing all 12 people on board.",
        "A Bangladeshi ferry capsized in the Meghna river, killing at least 40 passengers.",
        "A Nepalese bus plunged into a gorge, killing 23 Indian pilgrims.",
        "A Brazilian dam collapsed near the town, killing 150 workers and injuring dozens.",
        "An Egyptian passenger train derailed south of Cairo, killing 18 people.",
        "An Argentine navy submarine went down in the South Atlantic, killing its 44 crew.",
        "A Greek oil tanker caught fire off the coast of Libya, killing six Libyan sailors.",
        "A Chilean army truck overturned on a mountain road, killing nine conscripts.",
        "A Panamanian cargo ship sinks off the Yemeni coast, killing seven Yemeni fishermen.",
        "An Algerian military plane crashed and killed 77 Algerian soldiers near the base.",
        "A Polish minibus crashes on a motorway in Germany, killing nine German pensioners.",
    ],
)
def test_mishap_verb_has_no_doer(text):
    assert _violent(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A powerful Japanese typhoon struck the Philippines, killing 80 Filipinos.",
        "Hurricane Irma battered Cuba and the Bahamas, leaving 20 Cubans dead.",
        "Heavy floods in Indian Kashmir killed 200 Pakistani villagers.",
        "The Peruvian earthquake destroyed homes in Ecuador, killing 30 Ecuadorians.",
        "A Chinese landslide buried a village in Nepal, killing 17 Nepalis.",
        "A coal gas explosion in a Ukrainian mine kills 20 Ukrainian miners.",
        "Mudslides triggered by rains in Peru and Bolivia kill 30 Bolivians and injure dozens.",
        "A Moroccan bus accident in southern Spain killed 14 Spanish tourists.",
        "The Iraqi ferry disaster on the Tigris left 90 Kurdish families grieving and 100 dead.",
    ],
)
def test_natural_event_has_no_doer(text):
    assert _violent(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rockets fired by Hamas crashed into homes in Ashkelon, killing three Israelis.", "PSE"),
        ("A Taliban car bomb exploded near the Afghan police station, killing 9 officers.", "AFG"),
        ("A Pakistani jet was shot down by Indian forces, killing the pilot.", "IND"),
        ("Israeli fire killed two Palestinian fishermen off Gaza.", "ISR"),
        ("Syrian army missiles crashed into a market in Idlib, killing 14 civilians.", "SYR"),
        ("Sudanese troops stormed the camp, killing 12 refugees.", "SDN"),
        (
            "An Israeli missile hit the block, causing it to collapse and killing 12 Lebanese.",
            "ISR",
        ),
        (
            "The Saudi-led coalition's airstrike caused a bridge to collapse, killing 9 Yemenis.",
            "SAU",
        ),
    ],
)
def test_attacks_keep_their_doer(text, source):
    assert any(s == source for s, _t, _c in _violent(text))


def test_shot_down_then_crashed_keeps_the_shooting():
    # the crash follows an act of force: the shoot-down is still coded
    got = _events("Tuareg rebels shot down a Malian army helicopter, which crashed, killing four.")
    assert any(s == "MLI" and c == "193" for s, _t, c in got)


def test_natural_event_as_agent_has_no_doer():
    got = _violent("Forty Peruvian miners were killed by a landslide in the Bolivian Andes.")
    assert got == []
