"""Roles and modality on real-news shapes: a deal or talks that a predicate of failure or
doubt has as its subject is not done, and a thing 'belonging to' someone stands for its
owner as the target of an act on it. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2023-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Ethiopia and Egypt on a new water deal, originally planned for June, "
        "are now in question.",
        "The peace deal between Sudan and South Sudan collapsed on Monday.",
        "A trade agreement between Japan and Vietnam is in doubt after the election.",
        "The ceasefire between Armenia and Azerbaijan broke down on Sunday.",
    ],
)
def test_failed_or_doubted_deal_is_not_coded(code, text):
    assert not {r for r in _roots(code(text)) if r[2] in ("03", "04", "05", "08")}


def test_signed_deal_with_doubted_ratification_stays(code):
    text = "Japan and Vietnam signed a trade agreement on Monday, but its ratification is in doubt."
    assert ("JPN", "VNM", "05") in _roots(code(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Peruvian aircraft bombed a convoy belonging to Bolivian militants.",
            ("PER", "BOL", "19"),
        ),
        ("Chilean troops attacked a truck belonging to Argentine smugglers.", ("CHL", "ARG", "19")),
    ],
)
def test_target_is_owner_of_thing_belonging_to(code, text, key):
    assert key in _roots(code(text))
