"""Verb senses added in session 41 (rows in ``acts.jsonl`` and ``acts_broad.jsonl``): troops
shifted or airlifted to a front (154), police bussed or trucked in against a crowd (153), a
wanted person handed or turned over to another state (063), captives set free (0841),
surveillance footage or imagery handed to another force (064), a deadline given to withdraw
forces (166), and "hit back by" coding an attack only when force is named. Sentences are our
own, on the stand-in gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root

CODES = [
    # 154: moving troops or weapons towards a front or a border
    (
        "Chile began shifting thousands of troops to its border with Peru on Monday.",
        ("CHL", "PER", "154"),
    ),
    ("Kenya airlifted two battalions to the frontier with Ghana on Monday.", ("KEN", "GHA", "154")),
    # 063: a wanted person handed over to another state
    (
        "Poland handed over to Kenyan authorities a suspected rebel commander on Monday.",
        ("POL", "KEN", "063"),
    ),
    ("Chile turned over an alleged cartel financier to Peru on Monday.", ("CHL", "PER", "063")),
    (
        "A militant leader was handed over to Ghana by Kenya after years in Kenyan custody.",
        ("KEN", "GHA", "063"),
    ),
    # 0841: captives set free, named by their role
    (
        "Peruvian prosecutors set free the captain of a Chilean trawler on Monday.",
        ("PER", "CHL", "0841"),
    ),
    # 064: intelligence material handed to another force
    (
        "Polish forces have been handing satellite imagery to the Kenyan army.",
        ("POL", "KEN", "064"),
    ),
    ("Chile passed drone footage of rebel camps to Peru's army on Monday.", ("CHL", "PER", "064")),
    # 174: individuals expelled, named by what they do
    ("Chile expelled a group of Peruvian activists on Monday.", ("CHL", "PER", "174")),
    ("Kenya expelled two Polish missionaries on Monday.", ("KEN", "POL", "174")),
    # 139: an ultimatum stays an ultimatum, even with a deadline to withdraw
    ("Chile gave Peru a six-day ultimatum to withdraw its soldiers.", ("CHL", "PER", "139")),
    # 192: a town seized after suicide bombings stays an occupation
    (
        "Kenyan rebels seized a Ghanaian town on Monday after a week of suicide bombings.",
        ("KEN", "GHA", "192"),
    ),
    # 166: a deadline to withdraw forces is an expulsion
    (
        "Kenya has given Poland one month to withdraw its troops from the country.",
        ("KEN", "POL", "166"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_a_verb_sense_gets_its_code(run, text, expected):
    assert expected in by_code(run(text))


def test_police_bussed_in_before_a_rally_is_a_police_deployment():
    from detente.coding import default_coder

    events = default_coder().code(
        "Kenyan riot police were trucked into Nairobi in their hundreds on Monday as the "
        "opposition prepared a rally.",
        "2024-05-17",
    )
    assert any(e.code == "153" for e in events)


def test_hitting_back_with_words_is_no_attack(run):
    roots = by_root(run("Chile hit back by accusing Peru of meddling in its affairs on Monday."))
    assert ("CHL", "PER", "11") in roots
    assert not {r for r in roots if r[2] in {"18", "19", "20"}}


def test_hitting_back_with_fire_stays_an_attack(run):
    roots = {
        r[2]
        for r in by_root(run("Chile hit back by firing rockets at Peruvian positions on Monday."))
    }
    assert roots & {"19"}


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs in other senses
        "Chile shifted its policy on Peru on Monday.",
        "Kenya gave Poland one month to reply to its request.",
        "Peru handed over the chairmanship of the bloc to Chile on Monday.",
        "Peru's coach shifted two forwards to the defence against Chile on Monday.",
    ],
)
def test_the_same_verbs_in_other_senses(run, text):
    codes = {e.code for e in run(text)}
    assert not codes & {"154", "063", "0841", "064", "166"}
