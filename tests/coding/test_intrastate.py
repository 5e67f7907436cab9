"""Events inside one country: private people acting on their own state, the implied targets of
strikes, shows of force, curfews and bans, and mass violence against one's own places."""

from __future__ import annotations

import pytest


def _keys(coder, text, date):
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in coder.code(text, date)}


def _events(coder, text, date):
    return [(e.source, e.target, e.code) for e in coder.code(text, date)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "French air traffic controllers walked off the job on Monday in protest at the "
            "government's plan to cut staff.",
            "FRA",
        ),
        (
            "Italian taxi drivers staged a strike on Monday in protest at the government's plan "
            "to open the market.",
            "ITA",
        ),
    ],
)
def test_strike_in_protest_at_own_government(real_coder, text, country):
    # people named by a trade no table places are private people, not the state, and what a
    # strike is 'in protest at' names whom it is aimed at
    assert (country, country, "14") in _keys(real_coder, text, "2023-03-06")


def test_a_border_is_no_private_person(real_coder):
    events = _events(
        real_coder,
        "Ukrainian troops captured ten Russian paratroopers near the Russian border on Monday.",
        "2014-08-26",
    )
    assert all(not (s.startswith("RUS") and t.startswith("RUS")) for s, t, _c in events)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar government troops used chemical weapons against villages in Sagaing region, "
        "a rights group said on Tuesday.",
        "Ethiopian troops carried out a campaign of ethnic cleansing in western Tigray, a "
        "rights group said.",
    ],
)
def test_mass_violence_at_home_falls_on_civilians(real_coder, text):
    events = _events(real_coder, text, "2023-03-07")
    assert any(c.startswith("20") and t.endswith("CVL") for _s, t, c in events), events


def test_ban_on_gatherings_falls_on_the_public(real_coder):
    events = _events(
        real_coder,
        "The Ecuadorian government banned all public gatherings in Quito on Tuesday.",
        "2024-01-09",
    )
    assert ("ECUGOV", "ECUCVL", "1721") in events


def test_ban_on_a_paper_is_not_a_ban_on_the_public(real_coder):
    events = _events(
        real_coder,
        "Zimbabwe's government banned an independent newspaper on Monday after a row with "
        "Zimbabwean officials.",
        "2024-01-09",
    )
    assert not any(t.endswith("CVL") for _s, t, _c in events)


def test_show_of_force_ahead_of_a_rally(real_coder):
    events = _events(
        real_coder,
        "Ugandan police deployed hundreds of officers across Kampala on Wednesday ahead of a "
        "rally called by the opposition.",
        "2024-01-10",
    )
    assert ("UGACOP", "UGAOPP", "153") in events
