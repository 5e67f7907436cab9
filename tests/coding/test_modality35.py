"""Acts that have not happened (yet): a weekday ahead in a future or hoped-for clause, content
told as alleged or purported, a plot's aim, advice on a condition told to the press. Each with
a control that keeps a current event. Sentences of our own with the stand-in gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import by_code, by_root

MONDAY = "2024-05-13"


@pytest.mark.parametrize(
    "text",
    [
        "Norway will hold talks with Chile on Tuesday.",
        "Norway and Chile are due to meet on Thursday.",
        "Norway is set to sign a trade accord with Chile on Friday.",
    ],
)
def test_a_future_weekday_act_is_an_intent_dated_today(run, text):
    events = run(text, MONDAY)
    assert events and all(e.code.startswith("03") for e in events)
    assert all(e.date == dt.date(2024, 5, 13) for e in events)


def test_a_past_weekday_act_keeps_its_past_date(run):
    events = run("Norway held talks with Chile on Friday.", MONDAY)
    assert ("NOR", "CHL", "04") in by_root(events)
    assert all(e.date == dt.date(2024, 5, 10) for e in events)


def test_talks_under_a_present_hope_are_ahead(run):
    text = (
        "Oslo said Monday that Norway hopes to settle the quarrel during talks Wednesday"
        " with Chile."
    )
    events = run(text, MONDAY)
    assert by_root(events) == [("NOR", "CHL", "03")]
    assert events[0].date == dt.date(2024, 5, 13)


def test_talks_under_a_past_hope_were_held(run):
    text = "Norway hoped to settle the quarrel during talks with Chile."
    assert ("NOR", "CHL", "04") in by_root(run(text, MONDAY))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police foiled an alleged Chilean plot to kill a Peruvian minister.",
        "A Kenyan court heard details of a purported Chilean scheme to bomb Peru's embassy.",
        "Peru is studying reports of Chile's purported use of two freighters to import arms"
        " from Norway.",
    ],
)
def test_alleged_or_plotted_acts_are_not_coded(run, text):
    codes = by_root(run(text))
    assert not any(root in ("18", "19", "06", "04") for _, _, root in codes)


def test_suspected_doers_still_act(run):
    assert ("KEN", "CHL", "17") in by_root(
        run("Kenyan police arrested the suspected Chilean rebels.")
    )


def test_an_alleged_killing_as_a_noun_is_not_coded(run):
    assert by_root(run("The alleged killing of Chilean diplomats by Peruvian troops")) == []


@pytest.mark.parametrize(
    "text",
    [
        "If there is proof, Peru should push for his extradition, the Norwegian minister"
        " told reporters.",
        "Chile should press Kenya for his handover, a Norwegian diplomat told Peruvian reporters.",
        "The Norwegian minister told Peru that if the evidence holds, it must demand his"
        " extradition.",
    ],
)
def test_advice_told_to_others_is_no_demand_on_the_hearer(run, text):
    assert not any(root == "10" for _, _, root in by_root(run(text)))


def test_a_direct_instruction_is_still_a_demand(run):
    text = "The Norwegian minister told Peru that it must hand over the suspect."
    assert any(s == "NOR" and t == "PER" and c[:2] == "10" for s, t, c in by_code(run(text)))


def test_a_weekday_on_the_saying_still_dates_the_intent(run):
    events = run("Norway said on Friday that it will meet Chile.", MONDAY)
    assert events and all(e.code.startswith("03") for e in events)
    assert all(e.date == dt.date(2024, 5, 10) for e in events)
