"""AC27: peoples of Cyprus, the ethnic-Armenian side of Nagorno-Karabakh, Gaza towns, and
agents at sea off a coast (own sentences, not from any gold set)."""

import datetime as dt

import pytest

from detente.coding import default_coder

DATE = dt.date(2020, 10, 12)


@pytest.fixture(scope="module")
def coder():
    return default_coder()


def _codes(shipped, text):
    return {m.text: m.code for m in shipped.find(text, DATE)}


def _events(coder, text):
    return [(e.source, e.target, e.code[:2]) for e in coder.code(text, DATE)]


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        (
            "Turkish Cypriot leaders rejected the proposal on Monday.",
            "Turkish Cypriot leaders",
            "CYPGOV",
        ),
        (
            "Turkish Cypriots marched through the northern half of the island.",
            "Turkish Cypriots",
            "CYPCVL",
        ),
        (
            "Greek Cypriot negotiators walked out of the talks.",
            "Greek Cypriot negotiators",
            "CYPGOV",
        ),
    ],
)
def test_both_communities_of_cyprus_are_cypriot(shipped, text, phrase, code):
    assert _codes(shipped, text).get(phrase) == code


@pytest.mark.parametrize(
    "text, first",
    [
        ("Greek and Turkish Cypriots held a joint rally for reunification.", "Greek"),
        ("Turkish and Greek Cypriot leaders resumed talks on the island's future.", "Turkish"),
        ("Greek or Turkish Cypriots may cross the buffer zone freely now.", "Greek"),
    ],
)
def test_a_demonym_joined_to_a_compound_demonym_shares_its_head(shipped, text, first):
    found = _codes(shipped, text)
    assert found[first][:3] == "CYP"


@pytest.mark.parametrize(
    "text, first, code",
    [
        ("Greek and Turkish troops exchanged fire in the Aegean.", "Greek", "GRCMIL"),
        ("Greek and Turkish diplomats met in Ankara on Monday.", "Greek", "GRCGOV"),
        ("Greek and Cypriot officials signed the accord.", "Greek", "GRCGOV"),
    ],
)
def test_a_plain_demonym_pair_keeps_each_country(shipped, text, first, code):
    assert _codes(shipped, text)[first] == code


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("Artsakh forces shelled positions near Ganja overnight.", "Artsakh forces", "ARMMIL"),
        (
            "Karabakh separatists fired rockets at an Azerbaijani village.",
            "Karabakh separatists",
            "ARMREB",
        ),
        (
            "Nagorno-Karabakh officials appealed for a ceasefire.",
            "Nagorno-Karabakh officials",
            "ARMGOV",
        ),
        ("The Artsakh Defence Army pulled back from the front.", "Artsakh Defence Army", "ARMMIL"),
    ],
)
def test_the_ethnic_armenian_side_of_karabakh_is_armenia(shipped, text, phrase, code):
    assert _codes(shipped, text).get(phrase) == code


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani artillery pounded Stepanakert for a third day on Sunday.",
        "Azerbaijani troops shelled the town of Martuni overnight.",
        "Azerbaijani drones struck Hadrut, Armenian officials said.",
    ],
)
def test_azerbaijani_fire_on_an_armenian_held_town_strikes_armenia(coder, text):
    found = _events(coder, text)
    assert any(s.startswith("AZE") and t.startswith("ARM") and c == "19" for s, t, c in found)
    assert not any(t.startswith("AZE") for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Five civilians were killed when Israeli tanks shelled Beit Lahiya on Tuesday.",
        "Israeli troops shot dead two farmers near Beit Hanun, medics said.",
        "Israeli jets bombed a house in Deir el-Balah, killing six civilians.",
    ],
)
def test_victims_in_a_gaza_town_are_palestinian(coder, text):
    found = _events(coder, text)
    assert any(s.startswith("ISR") and t.startswith("PSE") for s, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized a Maltese-flagged tanker off the coast of Lome, Togo, on Monday.",
        "Gunmen hijacked a Greek-owned cargo ship in waters off Cotonou on Friday.",
        "Militants attacked a Liberian-flagged vessel off Ghana's coast on Sunday.",
    ],
)
def test_agents_at_sea_take_no_country_from_the_coast_or_the_ship(coder, text):
    sources = {s for s, _, _ in _events(coder, text)}
    assert sources, text
    assert all(s.startswith("---") for s in sources), sources


@pytest.mark.parametrize(
    "text, source",
    [
        ("Gunmen killed four villagers in northern Togo on Monday.", "TGO"),
        ("Police fired tear gas at protesters in Accra, Ghana, on Friday.", "GHA"),
    ],
)
def test_agents_on_land_still_take_the_place(coder, text, source):
    assert any(s.startswith(source) for s, _, _ in _events(coder, text))


def test_a_coast_named_as_target_is_kept(coder):
    text = "Spanish marines occupied a rocky islet off the Moroccan coast on Thursday."
    assert any(s == "ESPMIL" and t.startswith("MAR") for s, t, _ in _events(coder, text))


@pytest.mark.parametrize(
    "text, code",
    [
        ("Two Indonesian fishermen were kidnapped off the coast of Sabah by gunmen.", "IDN"),
        ("Police sealed off Mombasa's port and arrested dozens of dockworkers.", "KEN"),
    ],
)
def test_the_sea_rule_leaves_crews_and_other_offs_alone(coder, text, code):
    found = _events(coder, text)
    assert any(s.startswith(code) or t.startswith(code) for s, t, _ in found), found
