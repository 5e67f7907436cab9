"""By-eye review 27: speculation under a report, retaking territory, upgrade words kept to
the act's own clause. Sentences are written for these tests."""

import datetime as dt

import pytest

from detente.coding import default_coder

DATE = dt.date(2021, 6, 1)


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _events(coder, text):
    return [(e.source, e.target, e.code) for e in coder.code(text, DATE)]


@pytest.mark.parametrize(
    "text",
    [
        "The French army says several of its soldiers have deserted and have likely "
        "gone to Mali to fight against the rebels.",
        "Ethiopian police said the gunmen had probably crossed into Kenya to attack "
        "Kenyan villagers.",
        "Officials in Warsaw confirmed that Polish volunteers have possibly travelled to "
        "Belarus to attack the Belarusian army.",
    ],
)
def test_hedge_under_report_is_speculation(coder, text):
    assert not [e for e in _events(coder, text) if e[2].startswith("19")]


def test_unhedged_report_still_coded(coder):
    text = "Officials in Warsaw confirmed that Polish volunteers attacked the Belarusian army."
    assert any(e[2].startswith("19") for e in _events(coder, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ukrainian forces retook the village of Robotyne from Russian troops on Sunday.",
            "UKRMIL",
            "RUSMIL",
        ),
        (
            "The army has recaptured two suburbs of Aleppo from Islamist militants.",
            "SYRMIL",
            "SYRREB",
        ),
        (
            "Malian soldiers regained the northern town of Kidal from Tuareg separatists.",
            "MLIMIL",
            "MLIREB",
        ),
        ("Government forces wrested the stronghold of Marib from Houthi rebels.", None, "YEMREB"),
    ],
)
def test_retaking_territory_is_occupation(coder, text, source, target):
    events = _events(coder, text)
    assert any(
        e[2] == "192" and e[1] == target and (source is None or e[0] == source) for e in events
    ), events
    assert not any(e[2].startswith("171") for e in events)


def test_took_back_a_district(coder):
    events = _events(coder, "Iraqi troops took back the district of Hawija from jihadist fighters.")
    assert ("IRQMIL", "IRQREB", "192") in events, events  # taken from the fighters


def test_retaken_from_a_group_targets_the_group_not_the_place(coder):
    events = _events(coder, "Colombian soldiers retook the town of Toribio from FARC guerrillas.")
    assert ("COLMIL", "COLREB", "192") in events, events


def test_tasked_with_retaking_is_not_done(coder):
    text = "Nigerian troops were tasked with retaking the town of Baga from Boko Haram."
    assert not [e for e in _events(coder, text) if e[2].startswith("19")]


def test_upgrade_word_of_a_later_clause_not_borrowed(coder):
    text = (
        "Kurdish fighters kill four Iraqi soldiers near Kirkuk, before Iraqi warplanes "
        "bomb Kurdish positions in the mountains."
    )
    codes = {e[2] for e in _events(coder, text) if e[1] == "IRQMIL"}
    assert codes and "195" not in codes


def test_conjunct_with_its_own_subject_keeps_its_weapon(coder):
    text = (
        "Rebels shot dead two Nigerian soldiers, and later Nigerian jets struck rebel "
        "camps near the border."
    )
    events = _events(coder, text)
    assert ("NGAMIL", "NGAREB", "195") in events, events
    assert not any(e[0] == "NGAREB" and e[2] == "195" for e in events)


def test_when_clause_still_tells_the_manner(coder):
    text = (
        "Nine shoppers were killed when a suicide bomber blew himself up in a market in "
        "Maiduguri, police said."
    )
    assert any(e[2] == "1831" for e in _events(coder, text))
