"""Vague collectives and 'anti-X' (AC43): a plural of states with no country named ('a
dozen governments', '20 world governments') is not coded, nor given the venue's country;
an agent called 'anti-X' is never X's. Every sentence is written for this file; each family
has controls."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _events(coder, text, date="2019-06-11"):
    return [e for e in coder.code(text, date) if not e.flagged]


@pytest.mark.parametrize(
    "text",
    [
        "Representatives from 20 world governments meet in Berlin to discuss climate aid.",
        "Dozens of governments condemn the Russian shelling of the port.",
        "Several Western governments criticise the Venezuelan election.",
    ],
)
def test_many_governments_are_not_one_state(coder, text):
    events = _events(coder, text)
    assert not any("governments" in e.source_text for e in events), [
        (e.source, e.target, e.code) for e in events
    ]


def test_named_governments_keep_their_country(coder):
    events = _events(coder, "The governments of Chile and Peru sign a fisheries accord.")
    assert {(e.source, e.target) for e in events} >= {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Turkish officials say troops fired on anti-Turkish protesters, contrary to "
            "Syrian police reports.",
            "SYRCVL",
        ),
        (
            "American officials say marines fired on anti-American protesters, Iraqi "
            "officials said.",
            "IRQCVL",
        ),
    ],
)
def test_anti_x_agents_are_not_x(coder, text, target):
    aimed = [e for e in _events(coder, text) if "protesters" in e.target_text]
    assert [e.target for e in aimed] == [target]


def test_without_anti_the_first_country_holds(coder):
    text = "Turkish officials say troops fired on protesters, contrary to Syrian police reports."
    aimed = [e for e in _events(coder, text) if "protesters" in e.target_text]
    assert [e.target for e in aimed] == ["TURCVL"]


def test_anti_x_keeps_the_place(coder):
    events = _events(
        coder,
        "Police in Lahore disperse anti-American protesters as American diplomats leave.",
    )
    assert ("PAKCOP", "PAKCVL") in {(e.source, e.target) for e in events}
