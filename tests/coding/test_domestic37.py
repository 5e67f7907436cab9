"""Street violence at home and its codes, agreements not signed, requests refused (D37).

Reviews of real news found conventional military force (190) where CAMEO has a riot (145:
townspeople or youths clashing with police or soldiers), violent repression (175: security
forces firing on a crowd of their own people, dev-0109's convention) or unconventional
violence (180: knives, machetes, stones, 'unsophisticated weapons'); a signed agreement (057)
where the text says nothing was signed (019, accord); and a denial of responsibility (016) for
a refused request (12x, gold rule 5). These are precedence data (``upgrades.jsonl``) and one
``deny`` row. Every sentence is written for this file; each family has a control that keeps
the old code."""

from __future__ import annotations

import pytest


def _keys(events):
    return {(e.source[:3], e.target[:3], e.code) for e in events}


def _codes(events, source, target):
    return {e.code for e in events if e.source[:3] == source and e.target[:3] == target}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Hundreds of Guatemalan villagers clashed with riot police near a dam on Tuesday.",
            "GTM",
            "GTM",
        ),
        (
            "Angry Bolivian miners clashed with police outside the mint in Potosi on Friday.",
            "BOL",
            "BOL",
        ),
        (
            "Kenyan students clashed with police at the university gates in Nairobi on Monday.",
            "KEN",
            "KEN",
        ),
    ],
)
def test_townspeople_clashing_with_police_riot(real_coder, text, source, target):
    events = real_coder.code(text, "2016-03-03")
    assert "145" in _codes(events, source, target)
    assert not any(e.code.startswith("19") for e in events)


def test_armed_groups_clashing_with_troops_stay_military(real_coder):
    events = real_coder.code(
        "Indian police clashed with Maoist rebels in Chhattisgarh on Saturday.", "2016-03-03"
    )
    assert "190" in _codes(events, "IND", "IND")
    events = real_coder.code(
        "Ethiopian and Eritrean troops clashed along their border on Monday.", "2016-03-03"
    )
    assert ("ETH", "ERI", "190") in _keys(events)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian soldiers killed at least six people when they fired on demonstrators in La Paz"
        " on Monday.",
        "Police shot dead four civilians demonstrating against the Kenyan government in Kisumu"
        " on Friday.",
    ],
)
def test_forces_killing_their_own_protesters_repression(real_coder, text):
    events = real_coder.code(text, "2016-03-03")
    codes = {e.code for e in events if e.source[:3] == e.target[:3]}
    assert "175" in codes
    assert not any(c.startswith("19") for c in codes)


def test_forces_killing_rebels_stay_military(real_coder):
    events = real_coder.code(
        "Colombian soldiers killed six rebels in a jungle camp on Monday.", "2016-03-03"
    )
    assert "190" in _codes(events, "COL", "COL")


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan police officers were wounded in a knife attack by suspected militants in"
        " Mombasa on Friday.",
        "Suspected separatists armed with machetes killed four Cameroonian villagers on Sunday.",
        "Three Israeli settlers were injured in a Palestinian stone-throwing attack near Nablus"
        " on Monday.",
    ],
)
def test_knives_and_stones_unconventional_violence(real_coder, text):
    events = real_coder.code(text, "2016-03-03")
    assert any(e.code == "180" for e in events)
    assert not any(e.code.startswith("19") for e in events)


def test_firearms_beside_knives_small_arms(real_coder):
    events = real_coder.code(
        "Gunmen armed with rifles and machetes killed twelve villagers in central Nigeria"
        " on Sunday.",
        "2016-03-03",
    )
    assert "193" in _codes(events, "NGA", "NGA")


def test_agreement_reached_but_not_signed_is_accord(real_coder):
    unsigned = real_coder.code(
        "Greece and North Macedonia reached an agreement on the name dispute on Sunday, "
        "but signed no official document.",
        "2016-03-03",
    )
    assert {("GRC", "MKD", "019"), ("MKD", "GRC", "019")} <= _keys(unsigned)
    assert not any(e.code == "057" for e in unsigned)
    signed = real_coder.code(
        "Greece and North Macedonia reached an agreement on the name dispute on Sunday.",
        "2016-03-03",
    )
    assert ("GRC", "MKD", "057") in _keys(signed)


def test_denying_a_request_is_a_refusal(real_coder):
    events = real_coder.code(
        "Malaysia denied a request from Singapore to extradite the banker on Thursday.",
        "2016-03-03",
    )
    assert ("MYS", "SGP", "120") in _keys(events)
    assert not any(e.code == "016" for e in events)
    events = real_coder.code(
        "Chile denied accusations from Bolivia that it had diverted a border river on Thursday.",
        "2016-03-03",
    )
    assert ("CHL", "BOL", "016") in _keys(events)
