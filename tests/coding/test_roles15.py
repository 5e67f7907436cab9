"""Roles in mediated talks and in welcomes, end to end with the shipped tables: a mediator named
by a demonym on 'mediation' ('under Xish mediation') or in a 'with X mediating' clause is coded
045 toward each side of the joint act it frames (not toward a place or its own side); a state's
welcome of a foreign official (043) also codes the guest's visit to the host country (042),
once, and fills a visit told elsewhere without a destination."""

from __future__ import annotations

import pytest
from coding_helpers import by_code


@pytest.fixture(scope="module")
def real(real_coder):
    def _run(text):
        return by_code(real_coder.code(text, "2024-05-17"))

    return _run


def _pairs(events, code):
    return {(s[:3], t[:3]) for s, t, c in events if c == code}


@pytest.mark.parametrize(
    "text, mediator, sides",
    [
        (
            "Ethiopia and Egypt resumed talks on the dam in Khartoum on Monday under Sudanese "
            "mediation.",
            "SDN",
            {"ETH", "EGY"},
        ),
        (
            "Serbian and Kosovar negotiators held fresh talks in Brussels on Tuesday under "
            "Norwegian mediation.",
            "NOR",
            {"SRB", "XKX", "KSV"},
        ),
    ],
)
def test_demonym_on_mediation_is_the_mediator(real, text, mediator, sides):
    got = real(text)
    targets = {t for s, t in _pairs(got, "045") if s == mediator}
    assert len(targets) == 2 and targets <= sides
    assert all(s == mediator for s, _ in _pairs(got, "045"))


def test_mediating_between_the_two_sides_goes_to_the_joint_act_sides(real):
    got = real(
        "Colombia's government and the ELN rebels began a fresh round of peace talks in Havana "
        "on Monday, with Cuban officials mediating between the two sides."
    )
    mediated = [(s, t) for s, t, c in got if c == "045"]
    # one 045 toward each of the two Colombian sides, none toward Cuba or the venue
    assert len(mediated) == 2 and _pairs(got, "045") == {("CUB", "COL")}


def test_own_talks_are_not_mediated(real):
    # no mediation noun and no mediating clause: the two sides' talks only
    got = real("Ethiopia and Egypt resumed talks on the dam in Khartoum on Monday.")
    assert _pairs(got, "045") == set()


@pytest.mark.parametrize(
    "text, host, guest",
    [
        (
            "Kenyan President William Ruto welcomed the Ugandan president with a military parade "
            "in Nairobi on Friday.",
            "KEN",
            "UGA",
        ),
        (
            "French President Emmanuel Macron received the German chancellor in Paris on "
            "Wednesday for talks on the budget.",
            "FRA",
            "DEU",
        ),
        (
            "The Japanese prime minister was greeted by Indian Prime Minister Narendra Modi at "
            "the airport on Thursday.",
            "IND",
            "JPN",
        ),
    ],
)
def test_a_welcome_codes_the_guests_visit(real, text, host, guest):
    got = real(text)
    assert (host, guest) in _pairs(got, "043")
    assert _pairs(got, "042") == {(guest, host)}


def test_a_visit_told_by_arrival_is_not_doubled(real):
    got = real(
        "Brazilian President Lula arrived in Buenos Aires on Monday and was greeted by Argentine "
        "President Alberto Fernandez at the presidential palace."
    )
    assert [(s[:3], t[:3]) for s, t, c in got if c == "042"] == [("BRA", "ARG")]


def test_a_visit_without_destination_gets_the_hosts_country(real):
    got = real(
        "The Peruvian president was welcomed with a military band by Chilean President Gabriel "
        "Boric in Santiago as she began a two-day state visit."
    )
    assert _pairs(got, "042") == {("PER", "CHL")}


def test_welcoming_a_decision_is_no_visit(real):
    got = real("Germany's government welcomed the French decision to cut tariffs on Tuesday.")
    assert _pairs(got, "042") == set()
