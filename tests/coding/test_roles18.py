"""Acts found without a target (roles session 18), with the shipped tables: a demand whose
that-clause verb the parser read as a noun, a protest at home that names no one it is aimed
at (the country's government, unless it is background or another state is named), a
rejected call whose object the parser set loose after the act's date, an actor named right
after the common noun that describes it ('the regional bloc X'), and an alert whose cause an
'as' clause or 'in anticipation of' / 'in response to' gives. Sentences of our own."""

from __future__ import annotations

import pytest
from coding_helpers import roots_of as _roots
from coding_helpers import triples


@pytest.fixture(scope="module")
def code(real_coder):
    return triples(real_coder, "2021-03-10")


# --- a demand whose that-clause verb the parser read as a noun -------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Malian opposition parties demanded on Friday that the military council hand over "
            "power to a civilian administration.",
            ("MLI", "MLI", "10"),
        ),
        (
            "Guinean union leaders insisted on Monday that the junta return power to civilians "
            "without delay.",
            ("GIN", "GIN", "10"),
        ),
        (
            "Chadian opposition leaders demanded on Friday that the junta hand power to a "
            "civilian government.",
            ("TCD", "TCD", "10"),
        ),
    ],
)
def test_demand_aimed_at_the_subject_of_its_that_clause(code, text, key):
    assert key in _roots(code(text, "2019-06-03"))


# --- a protest at home with no named target ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Thousands of Peruvian teachers marched through Lima on Thursday against a new "
            "pension law.",
            ("PER", "PER", "14"),
        ),
        (
            "Chilean dockworkers staged a nationwide strike on Monday over cuts to port wages.",
            ("CHL", "CHL", "14"),
        ),
        (
            "Tens of thousands of Kenyans poured into central Nairobi on Saturday for the "
            "largest anti-government rally in years.",
            ("KEN", "KEN", "14"),
        ),
    ],
)
def test_home_protest_is_aimed_at_its_own_government(code, text, key):
    got = code(text, "2023-03-03")
    assert key in _roots(got)
    assert all(t.endswith("GOV") for s, t, c in got if c.startswith("14"))


def test_protest_against_a_named_foreign_state_keeps_that_state(code):
    got = _roots(
        code(
            "Thousands of Vietnamese marched in Hanoi on Sunday against China's oil rig in "
            "disputed waters.",
            "2023-03-03",
        )
    )
    assert ("VNM", "CHN", "14") in got
    assert ("VNM", "VNM", "14") not in got


def test_rally_a_show_of_force_awaits_is_not_a_protest_told(code):
    got = code(
        "Kenyan authorities deployed riot police across Nairobi on Sunday ahead of a planned "
        "opposition rally.",
        "2023-03-03",
    )
    assert not [e for e in got if e[2].startswith("14")]
    assert ("KEN", "KEN", "15") in _roots(got)


def test_protest_someone_might_join_is_not_aimed_at_the_government(code):
    got = code(
        "Ghana's police chief warned that officers would arrest anyone who joined opposition "
        "protests planned for next week.",
        "2023-03-03",
    )
    assert not [e for e in got if e[1] == "GHAGOV"]


# --- a rejected call set after the act's date; 'the regional bloc X' --------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Bolivian President Luis Arce rejected on Friday calls by the Organization of "
            "American States for a new vote.",
            ("BOL", "IGO", "12"),
        ),
        (
            "Nicaragua's government dismissed on Tuesday demands by the European Union for the "
            "release of opposition leaders.",
            ("NIC", "IGO", "12"),
        ),
        (
            "Chad's foreign ministry on Thursday threw out a proposal by the regional bloc "
            "ECOWAS to send observers.",
            ("TCD", "IGO", "12"),
        ),
        (
            "Burkina Faso's junta brushed aside on Monday an offer by the regional bloc ECOWAS "
            "to mediate.",
            ("BFA", "IGO", "12"),
        ),
        (
            "Mali's junta threw out a plan by the regional bloc ECOWAS for an 18-month transition.",
            ("MLI", "IGO", "12"),
        ),
    ],
)
def test_rejection_aimed_at_the_maker_of_the_call(code, text, key):
    assert key in _roots(code(text))


# --- an alert aimed at the state whose deed it answers -------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Finland's army put its air defences on high alert on Friday as Russia moved troops "
            "toward the border.",
            ("FIN", "RUS", "15"),
        ),
        (
            "Japan's navy raised its alert level on Friday in anticipation of a North Korean "
            "missile launch.",
            ("JPN", "PRK", "15"),
        ),
        (
            "Taiwan's military put its forces on heightened readiness on Sunday in response to "
            "Chinese drills near the island.",
            ("TWN", "CHN", "15"),
        ),
        (
            "Estonia's military put its units on alert on Tuesday as Russian warships gathered "
            "off its coast.",
            ("EST", "RUS", "15"),
        ),
        (
            "South Korea's army raised its readiness level in anticipation of a North Korean "
            "nuclear test.",
            ("KOR", "PRK", "15"),
        ),
        (
            "Lithuania put its army on high alert on Friday as Belarus massed troops near the "
            "border.",
            ("LTU", "BLR", "15"),
        ),
    ],
)
def test_alert_aimed_at_the_state_its_cause_names(code, text, key):
    assert key in _roots(code(text))


def test_alert_with_a_cause_that_names_no_one_has_no_target(code):
    got = code("Finland's army put its air defences on high alert on Friday as temperatures fell.")
    assert not [e for e in got if e[2].startswith("15")]


def test_protesters_another_act_falls_on_are_no_protest_aimed_at_the_state(code):
    got = code(
        "Hundreds of people holding a vigil in Kharkiv for a united Ukraine were beaten with "
        "clubs by masked men.",
        "2014-04-20",
    )
    assert not [e for e in got if e[2].startswith("14")]


def test_protest_in_a_relative_clause_of_a_warning_keeps_the_warned(code):
    got = code(
        "Kazakhstan's security chief warned on Friday that opposition activists who marched "
        "through Almaty this week would face prosecution.",
        "2022-01-14",
    )
    assert not [e for e in got if e[1] == "KAZGOV"]
