"""Leftovers seen on real news (session 20): people captured by a state's forces are
detained (173), not taken hostage; a court ordering payment finds liability (116); a
country's security service is an actor. Sentences are written for these tests."""

import datetime as dt

import pytest
from coding_helpers import triples

DATE = dt.date(2021, 6, 1)


@pytest.fixture(scope="module")
def coded(real_coder):
    return triples(real_coder, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Colombian police captured a notorious cocaine trafficker in Medellin on Tuesday.",
        "Zambian police capture an escaped convict near Lusaka.",
        "Malian soldiers capture six suspected members of a jihadist cell in a raid near Gao.",
        "Algeria captures some of the gunmen who crossed into its territory.",
    ],
)
def test_state_forces_capturing_people_is_a_detention(coded, text):
    codes = [c for _, _, c in coded(text)]
    assert "173" in codes
    assert not any(c in ("171", "181", "192") for c in codes)


def test_rebels_capturing_soldiers_stays_an_abduction(coded):
    events = coded("Rebels captured three Nigerian soldiers after an ambush on Monday.")
    assert ("NGAREB", "NGAMIL", "181") in events


def test_capturing_a_town_stays_an_occupation(coded):
    events = coded("Kurdish fighters captured the town of Tal Abyad from Islamic State.")
    assert [c for _, _, c in events] == ["192"]


@pytest.mark.parametrize(
    "text, target",
    [
        (
            "The International Court of Justice ordered Uganda to pay $325 million in "
            "reparations to Congo.",
            "UGA",
        ),
        (
            "A Kenyan court ordered Tanzania to pay damages of $2 million to a group of traders.",
            "TZA",
        ),
        (
            "A Dutch court judge orders Iran to pay $5 million in compensation to the "
            "victims of the bombing of the embassy.",
            "IRN",
        ),
    ],
)
def test_court_ordering_payment_finds_liability(coded, text, target):
    events = coded(text)
    assert any(t == target and c == "116" for _, t, c in events)
    assert not any(t == target and c[:2] in ("17", "18", "19", "20") for _, t, c in events)


def test_order_to_pay_needs_a_court(coded):
    events = coded("The Greek president orders Turkey to pay for the damage to the pipeline.")
    assert not any(c == "116" for _, _, c in events)


def test_security_service_is_an_actor(coded):
    events = coded("The Ukrainian security service detained a Belarusian diplomat on Monday.")
    assert ("UKRSPY", "BLRGOV", "173") in events
