"""Background, habit and mood on whole sentences (gold rules 4 and 5): habits and standing
states, acts dated to the past through their object or place, dated event nouns, remembered
events, deeds named as the ground of a suspicion, and offers on terms; each family with
controls that stay coded (today's act, a present-perfect news act). Sentences are our own."""

from __future__ import annotations

import pytest
from coding_helpers import by_root


@pytest.fixture(scope="module")
def run(real_coder):
    def _run(text):
        return by_root(real_coder.code(text, "2024-03-12"))

    return _run


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia routinely expels Malaysian fishing crews.",
        "Chile has long supplied copper to Japan.",
        "For years, Kuwait has funded hospitals in Jordan.",
        "Thai and Cambodian soldiers often trade fire along the border.",
        "Over the years, Norway has hosted envoys from Sri Lanka.",
        "Peruvian ministers have traditionally visited Bolivia every year.",
    ],
)
def test_habits_and_standing_states_are_not_coded(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Portugal shut its consulate in Luanda in 2019.",
        "Oman hosted talks between Yemen and Saudi Arabia in Muscat in 2016.",
        "Uruguay expelled Paraguayan diplomats from Montevideo two years ago.",
    ],
)
def test_a_past_date_on_the_object_or_place_dates_the_act(run, text):
    assert run(text) == []


def test_a_weekday_keeps_the_act_today_despite_a_place_or_object(run):
    assert run("Oman on Tuesday hosted talks between Yemen and Saudi Arabia in Muscat.") != []
    assert run("Uruguay on Tuesday expelled Paraguayan diplomats from Montevideo.") != []


@pytest.mark.parametrize(
    "text",
    [
        "The 2008 Russian war with Georgia drove thousands from their homes.",
        "Last year's talks between Egypt and Turkey in Cairo opened the door to a thaw.",
    ],
)
def test_a_dated_event_noun_and_what_it_did_are_background(run, text):
    assert run(text) == []


def test_after_a_dated_meeting_only_the_main_act_is_coded(run):
    text = (
        "Three days after Friday's meeting between the leaders of Ghana and Togo, "
        "Ghana accused Togo of harbouring gunmen."
    )
    assert run(text) == [("GHA", "TGO", "11")]


def test_the_event_an_anniversary_recalls_is_not_coded(run):
    text = "The anniversary of the Iraqi invasion of Kuwait was marked in Kuwait City on Tuesday."
    assert run(text) == []


def test_a_deed_named_as_a_suspicion_is_not_coded_but_the_arrest_is(run):
    assert run("Jordan detained an Iraqi suspected of kidnapping Jordanian traders.") == [
        ("JOR", "IRQ", "17")
    ]
    assert run("An Afghan soldier suspected of shooting at Iranian guards was held.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Canada said it would send engineers to Haiti if asked.",
        "Switzerland is ready to mediate between Armenia and Azerbaijan if both sides ask.",
        "Finland offered to host talks between Georgia and Russia if both sides agreed.",
    ],
)
def test_offers_on_terms_are_not_coded(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Latvia has expelled a Russian diplomat.", ("LVA", "RUS", "16")),
        ("Iraq on Tuesday struck Turkish positions near Zakho.", ("IRQ", "TUR", "19")),
        (
            "Ghana recalled its envoy from Togo on Tuesday, a week after Togo seized a "
            "Ghanaian trawler.",
            ("GHA", "TGO", "16"),
        ),
    ],
)
def test_todays_acts_and_news_perfects_stay_coded(run, text, event):
    assert event in run(text)
