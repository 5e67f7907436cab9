"""AL39: a demonym with no plural form counted as people ('thousands of Lebanese') names
civilians; a private person the tables know with no sector of their own, named right after a
national sector noun ('jailed Egyptian blogger X'), takes the description's sector; a lone
'activist' is a dissident (own sentences, not from any gold set)."""

import datetime as dt

import pytest

DATE = dt.date(2021, 3, 4)


def _found(shipped, text):
    return {m.text: m.code for m in shipped.find(text, DATE)}


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("Thousands of Lebanese rallied in central Beirut on Sunday.", "Lebanese", "LBNCVL"),
        ("Tens of thousands of Sudanese marched in Omdurman.", "Sudanese", "SDNCVL"),
        ("Police detained 300 Togolese who had gathered at the rally.", "Togolese", "TGOCVL"),
        ("Many Congolese fled across the lake overnight.", "Congolese", "CODCVL"),
        ("Hundreds of Senegalese gathered outside the court.", "Senegalese", "SENCVL"),
    ],
)
def test_counted_demonym_is_civilians(shipped, text, word, code):
    assert _found(shipped, text).get(word) == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hundreds of Congolese soldiers crossed the border.", "CODMIL"),
        ("Dozens of Chinese diplomats left the capital.", "CHNGOV"),
    ],
)
def test_sector_noun_after_counted_demonym_still_decides(shipped, text, code):
    assert code in _found(shipped, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "China seized 12 Vietnamese fishing boats near the islands.",
        "Hundreds of Japanese and Chinese troops faced each other.",
        "The 2019 Sudanese uprising toppled the president.",
        "Thousands of Polish soldiers joined the drills.",
    ],
)
def test_counted_demonym_before_a_noun_is_not_civilians(shipped, text):
    assert not any(m.code and m.code.endswith("CVL") for m in shipped.find(text, DATE))


def test_demonym_without_count_is_unchanged(shipped):
    # 'the Lebanese' is the state by the table's rule; a bare adjective stays the country
    found = _found(shipped, "The Lebanese said the talks would resume in Beirut.")
    assert "LBNCVL" not in found.values()


@pytest.mark.parametrize(
    "text, code",
    [
        ("Jailed Iranian lawyer Narges Mohammadi began a hunger strike.", "IRNCVL"),
        ("Emirati activist Ahmed Mansoor was moved to solitary confinement.", "AREOPP"),
    ],
)
def test_private_person_takes_the_description(shipped, text, code):
    found = shipped.find(text, DATE)
    person = [m for m in found if "Mohammadi" in m.text or "Mansoor" in m.text]
    assert len(person) == 1
    assert person[0].code == code
    assert person[0].text.split()[0] in ("Iranian", "Emirati")


def test_office_holder_after_sector_noun_keeps_office(shipped):
    # a person who held a state office keeps the table's own code
    found = shipped.find("Former Russian lawyer Vladimir Putin spoke on Monday.", DATE)
    assert any(m.code == "RUSGOV" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan activist was arrested in Nairobi.",
        "Police questioned a Bolivian activist about the blockade.",
    ],
)
def test_lone_activist_is_dissident(shipped, text):
    assert any(m.code and m.code.endswith("OPP") for m in shipped.find(text, DATE))
