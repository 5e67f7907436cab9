"""Precision families from a by-eye review of coded WCEP/VOA events (session 16, PR25): a
warning against an act ('warned X against joining Y') is itself a threat-like warning to X,
and the act warned against is not done; an act only being negotiated ('is negotiating to
buy', 'in talks to buy') is not done; an act about to happen ('is about to fly to X', 'on
the verge of signing') is an intent, not a deed. Every sentence is written for this file;
each family has controls that must still be coded."""

from __future__ import annotations

import pytest
from coding_helpers import counted_roots


# 1. 'warn/caution X against V-ing': the warning to X is coded, the act warned against is not
@pytest.mark.parametrize(
    "text, warning, undone",
    [
        ("Putin warned Finland against joining NATO.", ("RUS", "FIN", "13"), None),
        (
            "Pyongyang cautioned Seoul against holding naval drills with Washington.",
            ("PRK", "KOR", "13"),
            ("KOR", "USA", "06"),
        ),
        (
            "Ankara warned Stockholm on Monday against sending weapons to Kurdish fighters.",
            ("TUR", "SWE", "13"),
            ("SWE", "SYR", "07"),
        ),
    ],
)
def test_warned_against(real_coder, text, warning, undone):
    keys = counted_roots(real_coder, text)
    assert warning in keys
    if undone:
        assert not any(k[:2] == undone[:2] for k in keys)


def test_voted_against_sending_is_not_sending(real_coder):
    keys = counted_roots(real_coder, "Lawmakers in Lima voted against sending troops to Bolivia.")
    assert not any(k[2] in ("04", "06", "07", "15", "19") and k[1] == "BOL" for k in keys)


def test_warning_control_done_act_still_coded(real_coder):
    assert ("FRA", "MLI", "16") in counted_roots(
        real_coder, "France expelled Mali's ambassador on Monday."
    )


# 2. an act under negotiation is not done
@pytest.mark.parametrize(
    "text",
    [
        "Egypt is negotiating to import natural gas from Israel.",
        "Kenya is negotiating to buy wheat from Ukraine, a ministry official said.",
        "Kenya was in talks to buy wheat from Ukraine.",
    ],
)
def test_negotiated_purchase_not_done(real_coder, text):
    assert not any(k[2] == "06" for k in counted_roots(real_coder, text))


def test_done_purchase_still_coded(real_coder):
    assert ("KEN", "UKR", "06") in counted_roots(
        real_coder, "Kenya bought wheat from Ukraine on Monday."
    )


# 3. an act about to happen is an intent at most
@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Brazilian president is about to travel to Argentina.", ("BRA", "ARG")),
        ("Macron was about to fly to Algeria when the crisis erupted.", ("FRA", "DZA")),
    ],
)
def test_about_to_travel_is_no_visit(real_coder, text, pair):
    keys = counted_roots(real_coder, text)
    assert (*pair, "04") not in keys


def test_verge_of_signing_is_no_signing(real_coder):
    keys = counted_roots(real_coder, "Israel is on the verge of signing a trade deal with Morocco.")
    assert ("ISR", "MAR", "05") not in keys


def test_visit_control_still_coded(real_coder):
    assert ("IND", "NPL", "04") in counted_roots(
        real_coder, "The Indian prime minister travelled to Nepal on Monday."
    )


def test_talked_about_visiting_is_not_future(real_coder):
    # 'about' as a topic preposition is no imminence cue: the visit itself is not coded
    # either way, but the meeting that took place still is
    keys = counted_roots(
        real_coder, "Spain's foreign minister met his Moroccan counterpart in Rabat on Monday."
    )
    assert ("ESP", "MAR", "04") in keys


def test_a_warning_against_an_act_is_aimed_at_the_one_warned_only(real_coder):
    """'warned X against interfering in Y': X is warned; Y is only where the act would be."""
    events = {
        (e.source[:3], e.target[:3], e.code[:2])
        for e in real_coder.code(
            "Iran warned Azerbaijan against interfering in Armenia.", "2023-05-02"
        )
    }
    assert ("IRN", "AZE", "13") in events
    assert not [e for e in events if e[1] == "ARM"]
