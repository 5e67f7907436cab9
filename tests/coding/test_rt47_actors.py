"""Actors of real news (round 47): a news outlet someone talks to ('told the BBC its troops
...') is neither where country-less agents are nor the target of a demand; unnamed attackers
('bandits', 'unknown assailants', 'unidentified attackers') get the country of the place they
act in; a protest told only by its numbers ('thousands protest in X') or by its own noun
('protests break out in X') is by the civilians of the place's country, but not one set beside
another act ('as thousands protested'). Sentences are our own and use the shipped tables
(``real_coder``)."""

from __future__ import annotations

import pytest
from coding_helpers import by_root

DATE = "2021-05-04"


def _codes(coder, text):
    return [(e.source, e.target, e.code[:2]) for e in coder.code(text, DATE)]


def test_forces_named_to_an_outlet_are_not_the_outlets_country(real_coder):
    events = _codes(
        real_coder, "Kenyan officials tell the BBC its troops will attack al-Shabaab militants."
    )
    assert events
    assert all(not s.startswith("GBR") for s, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister told the BBC that Peru must respect the ruling.",
        "Iran's president tells CNN that Washington should lift the sanctions.",
    ],
)
def test_telling_an_outlet_is_an_interview_not_a_demand(real_coder, text):
    assert not any(t[3:6] == "MED" for _, t, _ in _codes(real_coder, text))


ARMED = [
    ("Bandits kill 12 villagers in Sokoto State, Nigeria.", ("NGA", "NGA", "19")),
    ("Armed bandits kidnap 40 villagers in Kebbi State, Nigeria.", ("NGA", "NGA", "18")),
    ("Unknown assailants kill a Pakistani diplomat in Kabul.", ("AFG", "PAK", "18")),
    ("Unidentified attackers fire on an army post in northern Mali.", ("MLI", "MLI", "19")),
]


@pytest.mark.parametrize(("text", "expected"), ARMED)
def test_unnamed_attackers_take_the_country_of_the_place(real_coder, text, expected):
    assert expected in by_root(real_coder.code(text, DATE))


PROTESTS = [
    ("Thousands protest in Santiago against the government.", ("CHLCVL", "CHLGOV")),
    ("Thousands protest in Amman against Israel.", ("JORCVL", "ISR")),
    ("Protests break out in Baghdad against Iranian meddling.", ("IRQCVL", "IRN")),
]


@pytest.mark.parametrize(("text", "pair"), PROTESTS)
def test_a_crowd_protest_is_by_the_places_civilians(real_coder, text, pair):
    assert (*pair, "14") in _codes(real_coder, text)


def test_a_crowd_protest_beside_another_act_is_not_coded_as_the_places(real_coder):
    text = "Police fired tear gas in Lima as thousands protested against Chile."
    assert ("PERCVL", "PERGOV", "14") not in _codes(real_coder, text)


def test_a_crowd_protest_in_a_clause_of_two_countries_is_not_placed(real_coder):
    text = "Hundreds protest in Paris and Berlin against the pension reform."
    assert not any(c == "14" for _, _, c in _codes(real_coder, text))
