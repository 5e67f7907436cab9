"""Targets: a topic qualifier yields to the asked party; co-doers are not each other's target."""

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def pairs(coder, text):
    return {(e.source[:3], e.target[:3]) for e in coder.code(text, "2015-03-02")}


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        (
            "The Dutch foreign minister sought support from Spain and Italy on a NATO proposal.",
            {("NLD", "ESP"), ("NLD", "ITA")},
            ("NLD", "IGO"),
        ),
        (
            "Chile seeks backing from Peru on a proposed United Nations resolution on fishing.",
            {("CHL", "PER")},
            ("CHL", "IGO"),
        ),
    ],
)
def test_asked_party_beats_topic_qualifier(coder, text, wanted, unwanted):
    got = pairs(coder, text)
    assert wanted <= got
    assert unwanted not in got


def test_topic_actor_kept_when_no_party_is_named(coder):
    got = pairs(coder, "Pakistan called on the United Nations to act.")
    assert ("PAK", "IGO") in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan police investigate claims that a trader smuggled guns.",
        "French and Belgian investigators probe for evidence that a bomb was planted.",
    ],
)
def test_co_investigators_are_not_each_others_target(coder, text):
    got = pairs(coder, text)
    sides = {"KEN", "UGA", "FRA", "BEL"}
    assert not any(s in sides and t in sides for s, t in got)
