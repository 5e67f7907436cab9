"""Regional blocs named by their region ("West African leaders" -> ECOWAS), Brussels as the
EU's seat, "X of a Y" taking Y's country, and an unknown ethnic or religious group word
between a demonym and its sector noun. Sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import mentions


def _code(finder, text, phrase, date="2021-03-02"):
    return {t: c for t, c, _ in mentions(finder, text, date)}.get(phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "West African leaders suspended Guinea on Wednesday.",
            "West African leaders",
            "IGOAFRECOWAS",
        ),
        ("The West African bloc lifted sanctions on Mali.", "West African bloc", "IGOAFRECOWAS"),
        (
            "West African heads of state met in Accra on Friday.",
            "West African heads of state",
            "IGOAFRECOWAS",
        ),
        (
            "Southeast Asian leaders urged Myanmar to end the violence.",
            "Southeast Asian leaders",
            "IGOSEAASN",
        ),
        (
            "The southern African bloc urged calm in Mozambique.",
            "southern African bloc",
            "IGOAFRSADC",
        ),
        ("Gulf Arab leaders welcomed the Saudi proposal.", "Gulf Arab leaders", "IGOGCC"),
    ],
)
def test_a_region_named_as_a_bloc_is_its_regional_igo(finder, text, phrase, code):
    assert _code(finder, text, phrase) == code


def test_the_west_is_not_read_inside_west_african(finder):
    found = mentions(finder, "The West African bloc warned Burkina Faso's junta on Monday.")
    assert all(code is not None for _, code, _ in found)
    assert ("Burkina Faso's junta", "BFAGOV") in [(t, c) for t, c, _ in found]


def test_brussels_stands_for_the_european_union(finder):
    assert (
        _code(finder, "Budapest accused Brussels on Friday of blackmail.", "Brussels")
        == "IGOEUREEC"
    )
    assert _code(finder, "Warsaw rejected a demand from Brussels on Monday.", "Warsaw") == "POLGOV"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Kenyan police arrested three executives of a Turkish construction company.",
            "executives of a Turkish construction company",
            "TURBUS",
        ),
        (
            "Ghana expelled employees of an Ivorian bank on Monday.",
            "employees of an Ivorian bank",
            "CIVBUS",
        ),
    ],
)
def test_a_sector_word_of_a_foreign_phrase_takes_its_country(finder, text, phrase, code):
    assert _code(finder, text, phrase) == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Gunmen killed dozens of Sudanese Masalit refugees in Chad.",
            "Sudanese Masalit refugees",
            "SDNREF",
        ),
        ("Iraqi Yazidi women were freed on Sunday.", "Iraqi Yazidi women", "IRQCVL"),
        ("Malian Tuareg rebels seized a town.", "Malian Tuareg rebels", "MLIREB"),
    ],
)
def test_a_group_name_between_demonym_and_sector_noun_keeps_one_phrase(finder, text, phrase, code):
    assert _code(finder, text, phrase) == code


def test_two_capitalised_words_after_a_demonym_still_end_the_phrase(finder):
    found = [
        (t, c)
        for t, c, _ in mentions(finder, "A Turkish Airlines Boeing Dreamliner crew landed in Oslo.")
    ]
    assert ("crew", "TURBUS") not in found


def test_an_unknown_name_before_a_title_is_not_the_titles_country(finder):
    found = [
        (t, c)
        for t, c, _ in mentions(finder, "The Thai Society president Somchai spoke in Auckland.")
    ]
    assert all(c != "THAGOV" for _, c in found)
