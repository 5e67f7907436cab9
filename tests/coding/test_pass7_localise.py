"""Seventh pass on ``localise`` (country-less agents get the country of the sentence) and on
topic headers before a sentence. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.coding.pipeline import localise, topic_header
from detente.records import Mention


def _sector(text: str, word: str, sector: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, "---" + sector, None, sector, "sector")


def _named(text: str, word: str, code: str, how: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, code, code[:3], code[3:] or None, how)


def _gunmen_code(text: str, *others: tuple[str, str, str]) -> str:
    mentions = [_sector(text, "gunmen", "REB")] + [_named(text, *o) for o in others]
    mentions.sort(key=lambda m: m.start)
    return next(m.code for m in localise(mentions, text) if m.text == "gunmen")


def test_a_targets_country_does_not_lend_itself_to_the_agent_before_it():
    text = "Masked gunmen opened fire on Kenyan soldiers, Somali officials said."
    got = _gunmen_code(text, ("Kenyan soldiers", "KENMIL", "sector"), ("Somali", "SOM", "demonym"))
    assert got == "SOMREB"


def test_a_targets_country_is_still_the_last_resort():
    text = "Masked gunmen opened fire on Kenyan soldiers overnight."
    assert _gunmen_code(text, ("Kenyan soldiers", "KENMIL", "sector")) == "KENREB"


def test_a_country_after_in_is_where_the_agents_act():
    text = "Masked gunmen attacked a Zambian convoy in northwestern Angola on Friday."
    got = _gunmen_code(text, ("Zambian", "ZMB", "demonym"), ("Angola", "AGO", "country"))
    assert got == "AGOREB"


def test_a_quantity_of_people_is_not_a_target():
    text = "Thousands of Chileans marched as police watched."
    police = _sector(text, "police", "COP")
    chileans = _named(text, "Chileans", "CHLCVL", "people")
    assert localise([chileans, police], text)[1].code == "CHLCOP"


def test_a_victim_after_the_attackers_takes_the_first_country_named_before_it():
    text = "Rockets were fired at Israeli towns by Palestinian militants, wounding civilians."
    israeli = _named(text, "Israeli", "ISR", "demonym")
    militants = _named(text, "Palestinian militants", "PSEREB", "sector")
    civilians = _sector(text, "civilians", "CVL")
    assert localise([israeli, militants, civilians], text)[2].code == "ISRCVL"


def test_judges_do_not_take_the_country_of_the_hague():
    text = "Judges sitting in The Hague ordered Croatia to pay damages."
    judges = _sector(text, "Judges", "JUD")
    hague = _named(text, "The Hague", "NLD", "location")
    croatia = _named(text, "Croatia", "HRV", "country")
    assert not localise([judges, hague, croatia], text)[0].code.startswith("NLD")
    text = "Protesters gathered in The Hague on Sunday."
    crowd = _sector(text, "Protesters", "CVL")
    hague = _named(text, "The Hague", "NLD", "location")
    assert localise([crowd, hague], text)[0].code == "NLDCVL"


def test_a_place_before_an_agent_gives_its_country_and_keeps_the_sector():
    text = "Mombasa police dispersed the crowd."
    place = _named(text, "Mombasa", "KEN", "location")
    police = _sector(text, "police", "COP")
    assert localise([place, police], text)[1].code == "KENCOP"


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Andean water dispute: Chilean troops crossed into Peru.", "Andean water dispute: "),
        (
            "Great Lakes crisis (1996-97): Rwandan forces shelled the camps.",
            "Great Lakes crisis (1996-97): ",
        ),
        ("Peruvian minister: Chile must pay for the damage caused.", "Peruvian minister: "),
    ],
)
def test_a_verbless_topic_header_is_found(text, header):
    assert text[: topic_header(text)] == header


@pytest.mark.parametrize(
    "text",
    [
        "Bachelet: Chile will not give up an inch of its sea.",  # a speaker, not a topic
        "The minister said: we will fight on.",
        "Our view is plain: Peru is wrong about the border.",
        "Chile recalled its envoy from Lima on Monday.",
        "Andean dispute: none.",
    ],
)
def test_no_header_is_cut_from_a_clause_or_a_speakers_name(text):
    assert topic_header(text) == 0


def test_a_header_is_cut_but_spans_index_the_original_text(coder):
    text = "Andean water dispute: Chilean troops attacked Peruvian police on Monday."
    events = coder.code(text, "2024-05-13")
    assert events, "the sentence after the header should be coded"
    for e in events:
        assert text[slice(*e.source_span)] == e.source_text
        assert text[slice(*e.target_span)] == e.target_text
        assert text[slice(*e.trigger_span)] == e.trigger_text
    assert {(e.source[:3], e.target[:3]) for e in events} >= {("CHL", "PER")}


@pytest.fixture(scope="module")
def real(coder):
    from detente.coding.pipeline import Coder

    return Coder(nlp=coder.nlp)


def test_unnamed_attackers_and_victims_are_domestic(real):
    events = real.code(
        "A gang of gunmen killed nine people at a market in Kaduna on Friday.", "2021-06-04"
    )
    assert ("NGA", "NGA") in {(e.source[:3], e.target[:3]) for e in events}


def test_unnamed_police_and_crowd_in_a_city_are_domestic(real):
    text = "Riot police fired tear gas at students in central Dhaka on Tuesday."
    events = real.code(text, "2018-08-07")
    assert ("BGD", "BGD") in {(e.source[:3], e.target[:3]) for e in events}
