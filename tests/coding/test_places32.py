"""A place as the target of an act (PT32): a force posture, assault, fight or mass violence
that names no one it is aimed at is aimed at the place where it is done. Abroad, or by a
non-state side at home, the target is the place's country (no sector); a state's own forces
at home are aimed only at the dissenters the sentence names (else a domestic act with no
second actor, not coded). Controls: a named target is kept, a victim told as the subject of
a passive is no source, a drill at home and a posture with no dissenters are not coded, and
a person seized somewhere is no territory. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from detente.coding import default_coder


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _keys(coder, text, date="2021-03-09"):
    return [
        (e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date) if not e.flagged
    ]


def _full(coder, text, date="2021-03-09"):
    return {(e.source, e.target, e.code) for e in coder.code(text, date) if not e.flagged}


# ---- a non-state side's assault at home: the country where it is done -------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Rebels of the Shining Path shot dead a town mayor outside his home in central "
            "Peru on Sunday, police said.",
            "PER",
        ),
        (
            "Maoist insurgents killed a village council chief near his house in eastern India "
            "on Thursday.",
            "IND",
        ),
        (
            "Separatist guerrillas killed a district official at a market in southern "
            "Thailand on Friday.",
            "THA",
        ),
    ],
)
def test_assault_at_home_is_aimed_at_the_country(coder, text, country):
    keys = _keys(coder, text)
    assert any(s == country and t == country and r in ("18", "19", "20") for s, t, r in keys), keys


# ---- a state's show of force at home: aimed at the dissenters the sentence names ---------


def test_police_flooding_the_capital_is_aimed_at_the_opposition(coder):
    text = (
        "Authorities flooded Tunis with police and troops on Wednesday ahead of a protest "
        "march by supporters of jailed opposition leader Rached Ghannouchi."
    )
    events = _full(coder, text)
    assert any(
        s.startswith("TUN") and t == "TUNOPP" and c.startswith("15") for s, t, c in events
    ), events


# ---- controls ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a drill on one's own land names no second actor
        "Russia held military drills in its Kaliningrad region on Friday.",
        # a posture at home with no dissenters named
        "Egyptian riot police were deployed across Cairo on Friday ahead of a holiday.",
        "French troops were deployed across Paris on Friday after the attacks.",
        # the one it befell, as a passive subject, is no source
        "A Dutch tourist was robbed and beaten in Lima on Saturday.",
        "A journalist from Spain's El Pais died after being shot in Kharkiv.",
    ],
)
def test_no_place_target_without_a_doer_or_a_side(coder, text):
    assert not [k for k in _keys(coder, text) if k[2] in ("15", "18", "19", "20")]


def test_a_person_seized_somewhere_is_no_territory(coder):
    text = "A Colombian army general was seized by guerrillas in the jungle province of Choco."
    events = _full(coder, text)
    assert not any(t == "COL" for _, t, _ in events), events


def test_a_named_target_is_kept_over_the_place(coder):
    events = _full(coder, "Islamist rebels attacked government troops in northern Mali on Sunday.")
    assert ("MLIREB", "MLIMIL") in {(s, t) for s, t, _ in events}, events
    assert not any(t == "MLI" for _, t, _ in events), events


def test_a_state_killing_at_home_is_not_aimed_at_its_own_country(coder):
    text = "Mexican soldiers killed a drug lord in Sinaloa state on Sunday."
    assert not [k for k in _keys(coder, text) if k[:2] == ("MEX", "MEX")]


def test_a_closing_toll_names_whom_the_attack_hit(coder):
    text = "Jihadist fighters bombed a market in northern Burkina Faso, killing twelve civilians."
    events = _full(coder, text)
    assert any(t == "BFACVL" for _, t, _ in events), events
    assert not any(t == "BFA" for _, t, _ in events), events
