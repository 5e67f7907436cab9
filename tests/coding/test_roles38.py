"""Roles across sets (roles session 38), with the shipped tables: a force posture another
side's act moved its doer to ('X held drills, prompting Y to put its forces on alert', '..., and
in response Y ...') is aimed at that act's doers; a firm's holding told with the country it
lies in ('the Russian subsidiaries of X') belongs to its owner; an agentless passive done under
a decree is done by who signed it; the goods a convoy carries name the giver before the route
it came by. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2020-06-02")


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Chinese and Russian warships began joint naval drills off the coast on Monday, "
            "prompting Japan to put its coast guard on high alert.",
            {("JPN", "CHN", "15"), ("JPN", "RUS", "15")},
        ),
        (
            "Iran test-fired a ballistic missile on Sunday, forcing Israel to raise the "
            "readiness of its air defences.",
            {("ISR", "IRN", "15")},
        ),
        (
            "Pakistan conducted a missile test on Thursday, prompting India to hold its own "
            "military exercise in response.",
            {("IND", "PAK", "15")},
        ),
        (
            "Azerbaijani forces shelled villages along the frontier, and in response Armenia "
            "put its army on full combat alert.",
            {("ARM", "AZE", "15")},
        ),
    ],
)
def test_a_posture_prompted_by_another_side_is_aimed_at_it(code, text, keys):
    assert keys <= _roots(code(text))


def test_a_posture_prompted_by_no_one_names_no_target(code):
    events = code("Heavy floods hit the region, prompting Kenya to deploy troops to the area.")
    assert not [e for e in events if e[0].startswith("KEN")]


@pytest.mark.parametrize(
    ("text", "keys", "not_aimed"),
    [
        (
            "The local branches of German carmaker Volkswagen were placed under state "
            "administration, according to a decree signed by President Alexander Lukashenko.",
            {("BLR", "DEU", "17")},
            "BLR",
        ),
        (
            "Minsk has seized control of the Belarusian operations of Poland's Orlen and "
            "Lithuania's Achema, placing them under state management.",
            {("BLR", "POL", "17"), ("BLR", "LTU", "17")},
            "BLR",
        ),
        (
            "The government took over the Argentine subsidiary of Spain's Repsol.",
            {("ARG", "ESP", "17")},
            "ARG",
        ),
        (
            "The Kremlin seized the Russian assets of a Finnish energy group.",
            {("RUS", "FIN", "17")},
            "RUS",
        ),
        (
            "Two Ukrainian diplomats were expelled by decree of the Belarusian foreign ministry.",
            {("BLR", "UKR", "16")},
            "BLR",
        ),
    ],
)
def test_a_holding_belongs_to_its_owner_and_a_decree_to_its_signer(code, text, keys, not_aimed):
    got = _roots(code(text))
    assert keys <= got
    assert not [k for k in got if k[1] == not_aimed]


@pytest.mark.parametrize(
    ("text", "key", "route"),
    [
        (
            "Twenty trucks carrying Saudi food aid arrived in Yemen from Oman on Friday.",
            ("SAU", "YEM", "07"),
            "OMN",
        ),
        (
            "A column of lorries carrying Qatari medicine crossed into Lebanon from Syria.",
            ("QAT", "LBN", "07"),
            "SYR",
        ),
    ],
)
def test_carried_goods_name_the_giver_before_the_route(code, text, key, route):
    got = _roots(code(text))
    assert key in got
    assert not [k for k in got if k[0] == route]


def test_a_route_with_no_owner_of_the_goods_still_names_the_giver(code):
    got = _roots(code("Trucks loaded with medicine crossed into Sudan from Chad."))
    assert ("TCD", "SDN", "07") in got


def test_an_extradition_from_a_state_is_its_act(code):
    got = _roots(
        code(
            "A former Bolivian minister was extradited from Spain to Bolivia on Monday to face "
            "charges of embezzlement."
        )
    )
    assert ("ESP", "BOL", "06") in got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Lithuania accused Russia of jamming satellite signals over the Baltic, an "
            "allegation Moscow denied.",
            ("RUS", "LTU", "01"),
        ),
        (
            "Greece accused Turkey of violating its airspace, and Ankara denied the "
            "accusation on Friday.",
            ("TUR", "GRC", "01"),
        ),
    ],
)
def test_a_denial_of_a_charge_is_aimed_at_the_accuser(code, text, key):
    assert key in _roots(code(text))


def test_a_with_clause_told_by_a_participle_names_no_partner(real_coder):
    # 'with X doing Y' is a circumstance: the marines it names are no third party to the drills
    text = (
        "Qatari and Kuwaiti naval units opened a week of joint exercises on Tuesday, with "
        "frigates, helicopters and marines rehearsing the defence of oil platforms near the "
        "Iranian port of Bushehr."
    )
    pairs = {(e.source[:3], e.target[:3]) for e in real_coder.code(text, "2016-07-14")}
    assert ("QAT", "KWT") in pairs and ("KWT", "QAT") in pairs, pairs
    assert not any("IRN" in p for p in pairs), pairs


def test_an_allegation_dismissed_in_a_relative_clause_is_a_denial_of_the_accuser(real_coder):
    text = (
        "Latvia accused Moscow on Tuesday of staging a cyberattack on its railways, an "
        "allegation the Kremlin dismissed as absurd."
    )
    keys = {(e.source[:3], e.target[:3], e.code) for e in real_coder.code(text, "2016-07-14")}
    assert ("RUS", "LVA", "016") in keys, keys
