"""Roles on real-news shapes: a person 'identified by X as a member of Y' is Y's, not X's;
an attack told only as a rebel or insurgent one is the rebels' of the country it happens
in; 'clashes between X and Y' keeps both sides when the parser ends the pair at 'and'.
Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2024-03-01")


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "A bomber described by French officials as a member of the Islamic State "
            "attacks a church in Lyon.",
            ("FRA", "FRA", "19"),
            ("---", "FRA", "19"),
        ),
        (
            "A gunman identified by Kenyan police as a member of al-Shabaab opens fire on "
            "a bus near Garissa.",
            ("KEN", "KEN", "19"),
            ("SOM", "KEN", "19"),
        ),
    ],
)
def test_labelled_person_is_the_as_phrase_actor(code, text, wrong, right):
    roots = _roots(code(text))
    assert right in roots
    assert wrong not in roots


def test_labelling_without_as_keeps_the_agent(code):
    # no 'as' phrase: the participle's by-phrase still tells whose the person is
    text = "A convoy escorted by Turkish troops is attacked by Kurdish militants in Syria."
    assert {t[:3] for _, t, c in code(text) if c[:2] == "19"} == {"TUR"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Peacekeepers from Nepal are killed in a rebel ambush in Mali.", ("MLI", "NPL", "19")),
        (
            "Six Nigerian soldiers are wounded in an insurgent raid in Borno State, Nigeria.",
            ("NGA", "NGA", "19"),
        ),
        (
            "Four Colombian police officers are killed in a guerrilla attack near Cucuta.",
            ("COL", "COL", "19"),
        ),
    ],
)
def test_unnamed_armed_attack_is_the_place_rebels(code, text, key):
    events = code(text)
    assert key in _roots(events)
    assert any(s.endswith("REB") for s, _, _ in events)


def test_unnamed_armed_attack_across_countries_names_no_one(code):
    text = (
        "Two aid workers are killed in a militant attack on the border between Kenya and Somalia."
    )
    assert not [e for e in code(text) if e[2][:2] == "19"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Clashes between Nigerian troops and Boko Haram militants kill 20 people.",
            ("NGAMIL", "NGAREB"),
        ),
        (
            "Around 20 people are killed in clashes between the army and suspected Islamist "
            "militants in northern Mali.",
            ("MLIMIL", "MLIREB"),
        ),
    ],
)
def test_clash_pair_cut_at_and_is_coded_both_ways(code, text, pair):
    got = {(s, t) for s, t, c in code(text) if c[:2] == "19"}
    assert pair in got
    assert pair[::-1] in got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Malian army regains control of the town of Menaka as Islamist rebels withdraw.",
            ("MLIMIL", "MLIREB"),
        ),
        (
            "Colombian troops recapture the town of Toribio, Colombia, a week after it was overrun "
            "by FARC rebels.",
            ("COLMIL", "COLREB"),
        ),
    ],
)
def test_retaken_home_place_was_held_by_the_rebels(code, text, key):
    assert key in {(s, t) for s, t, c in code(text) if c[:3] == "192"}


def test_retaken_place_with_no_holder_named_stays_unaimed(code):
    text = "The Iraqi army retakes control of the town of Tal Afar."
    assert not [e for e in code(text) if e[1].endswith("REB")]
