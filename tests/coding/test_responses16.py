"""Replies and the source's own side (RS16). A reply that names no one ('hit back with air
strikes', 'responded with artillery fire', 'retaliated by shelling ...') is aimed at whoever
did the earlier act it answers, coded by its means; and a target of the source's own country is
dropped or replaced where the wording shows it is not what the act is aimed at: the one kept
from acting ('refused to let X ...'), the victims of a harm the act is about, the speaker's own
organ by a possessive ('his army'). Sentences in our own words, coded with the stand-in
gazetteer."""

from __future__ import annotations

import pytest
from coding_helpers import by_code, by_root, coding_run, standin_plus

REPLIES = [
    # material replies, coded by their means, aimed at the first clause's attacker
    (
        "Chilean troops shelled Peruvian border posts on Monday, and Peru hit back with air "
        "strikes.",
        [("CHL", "PER", "19"), ("PER", "CHL", "19")],
    ),
    (
        "Ghanaian troops fired mortars into Kenya on Monday, and Kenya responded with artillery "
        "fire.",
        [("GHA", "KEN", "19"), ("KEN", "GHA", "19")],
    ),
    (
        "Polish troops raided Norwegian border villages on Monday, and Norway retaliated with "
        "rocket fire.",
        [("POL", "NOR", "19"), ("NOR", "POL", "19")],
    ),
    (
        "Vietnamese rebels ambushed a Vietnamese army convoy on Monday, and the Vietnamese army "
        "retaliated with air strikes.",
        [("VNM", "VNM", "19"), ("VNM", "VNM", "19")],
    ),
    (
        "Norwegian troops fired across the frontier on Monday, and Polish troops returned fire.",
        [("POL", "NOR", "19")],
    ),
    # the means clause codes itself when it names its target
    (
        "Chilean jets bombed Peruvian border posts on Monday, and Peru struck back by shelling "
        "Chilean army camps.",
        [("CHL", "PER", "19"), ("PER", "CHL", "19")],
    ),
    # a verbal reply is its own kind
    (
        "Chile seized a Peruvian fishing boat on Monday, and Peru hit back at Chile, calling "
        "the seizure illegal.",
        [("PER", "CHL", "11")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPLIES)
def test_a_reply_is_aimed_at_the_earlier_attacker(run, text, expected):
    got = by_root(run(text))
    for event in expected:
        assert got.count(event) >= expected.count(event)


def test_a_reply_to_rebels_goes_to_the_rebels_not_the_army_itself(run):
    got = run(
        "Vietnamese rebels ambushed a Vietnamese army convoy on Monday, and the Vietnamese army "
        "retaliated with air strikes."
    )
    assert ("VNMMIL", "VNMREB") in [(e.source, e.target) for e in got]
    assert not any(e.source == e.target for e in got)


def test_police_replying_with_tear_gas_aim_it_at_the_crowd_that_attacked_them():
    run = coding_run(standin_plus(r"\bthe police\b", "GHACOP", "GHA", "COP", "sector"))
    got = run(
        "Ghanaian protesters threw rocks at Ghanaian police on Monday, and the police responded "
        "with tear gas."
    )
    assert ("GHACOP", "GHACVL", "175") in [(e.source, e.target, e.code) for e in got]


@pytest.mark.parametrize(
    "text",
    [
        # nothing answered in the sentence: no target to give the reply
        "Peru responded with artillery fire on Monday.",
        "Kenyan troops hit back by opening fire on Monday.",
    ],
)
def test_a_reply_with_nothing_to_answer_codes_nothing(run, text):
    assert by_root(run(text)) == []


def test_aid_sent_in_reply_is_not_aimed_at_the_attacker(run):
    got = by_code(
        run(
            "Chilean troops shelled Peruvian villages on Monday, and Peru responded by sending "
            "food to its border towns."
        )
    )
    assert not any(code.startswith("07") for _s, _t, code in got)


OWN_SIDE = [
    # the one kept from acting, not the place or party it would have acted on
    (
        "Norway refused to let Poland ship Norwegian rifles to Ghana on Monday.",
        ("NOR", "POL", "12"),
    ),
    (
        "Peru has refused to allow Chile's envoy to visit the jailed Peruvian opposition leader.",
        ("PER", "CHL", "12"),
    ),
    # a rioting crowd's own province is where, not at whom: the foreign power they rail at
    (
        "Vietnamese protesters set fire to factories in Hanoi on Monday, venting anger over "
        "Poland's deployment of a drilling ship.",
        ("VNM", "POL", "14"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SIDE)
def test_the_sources_own_side_is_not_the_target(run, text, expected):
    got = by_root(run(text))
    assert expected in got
    assert not any(s == t for s, t, _r in got)


def test_the_speakers_own_army_by_a_possessive_is_not_threatened():
    run = coding_run(standin_plus(r"\bhis army\b", "KENMIL", "KEN", "MIL", "sector"))
    got = by_root(
        run("The Kenyan government warned on Monday that his army would attack rebels in Ghana.")
    )
    assert ("KEN", "KEN", "13") not in got


@pytest.mark.parametrize(
    "text",
    [
        # victims of a harm the act is about are not its target
        "The Peruvian government denied any role in the killing of Peruvian protesters.",
        "The Chilean government demanded the release of Chilean protesters held abroad.",
    ],
)
def test_own_victims_of_a_harm_are_not_the_target(run, text):
    assert not any(s == t for s, t, _r in by_root(run(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own acts on its own people stay
        (
            "Peruvian police arrested 40 Peruvian protesters at a meeting in Lima on Monday.",
            ("PER", "PER", "17"),
        ),
        (
            "The Chilean government accused Chilean protesters of looting shops on Monday.",
            ("CHL", "CHL", "11"),
        ),
        # a rebel group's claim of a bombing in its own country
        (
            "Peruvian rebels claimed responsibility for the bombing in Peru on Monday.",
            ("PER", "PER", "01"),
        ),
    ],
)
def test_domestic_acts_on_own_people_stay(run, text, expected):
    assert expected in by_root(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or its forces launching 'strikes' strike militarily, not as workers
        (
            "Kenya launched strikes on Ghanaian rebel camps in retaliation for a border raid.",
            ("KEN", "GHA", "19"),
        ),
        (
            "Polish troops launched strikes against Norwegian positions on Monday.",
            ("POL", "NOR", "19"),
        ),
    ],
)
def test_a_state_launching_strikes_uses_force(run, text, expected):
    got = by_root(run(text))
    assert expected in got
    assert not any(r == "14" for _s, _t, r in got)


def test_workers_launching_a_strike_still_strike(run):
    got = by_root(
        run("Kenyan protesters launched a strike against the Kenyan government on Monday.")
    )
    assert ("KEN", "KEN", "14") in got


def test_a_vowed_counterattack_is_a_threat_of_force(run):
    got = by_root(run("Peru said it would counterattack Chile if provoked."))
    assert ("PER", "CHL", "13") in got
