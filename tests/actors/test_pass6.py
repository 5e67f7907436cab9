"""Sixth pass on the actor tables and composition rules: lexicon gaps (misspelt demonyms, EU
officials, international tribunals, labour nouns, regional demonyms), kin appositives, named
capitals, companies and courts that must not read as states. Sentences are our own."""

from __future__ import annotations

import pytest

from detente.actors import find


def _codes(text, date="2011-03-04"):
    return [(m.text, m.code, m.how) for m in find(text, date)]


def _coded(text, date="2011-03-04"):
    return [m.code for m in find(text, date) if m.code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Palestenian militants fired rockets", "PSEREB"),
        ("Palestinan police arrested him", "PSECOP"),
        ("Phillipine troops raided a camp", "PHLMIL"),
        ("Isreali soldiers opened fire", "ISRMIL"),
        ("Chechen rebels ambushed a convoy", "RUSREB"),
        ("Bosnian Serb forces shelled the town", "BIHMIL"),
        ("Kosovo Serb protesters blocked a road", "XKXCVL"),
    ],
)
def test_variant_and_regional_demonyms_give_the_country(text, code):
    assert _coded(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Commissioner for energy warned Kyiv", "IGOEUREEC"),
        ("The Special Court for Sierra Leone convicted him", "IGOUNOSCSL"),
        ("The ICTY acquitted two generals", "IGOUNOICTY"),
        ("The Rwanda war crimes tribunal sentenced a former mayor", "IGOUNOICTR"),
        ("The Special Tribunal for Lebanon indicted four men", "IGOUNOSTL"),
        ("The European Court of Justice struck down the rule", "IGOEURCOJ"),
    ],
)
def test_eu_officials_and_international_tribunals_are_igos(text, code):
    assert _coded(text)[0] == code


def test_a_country_inside_a_tribunals_name_is_not_an_actor():
    # 'Sierra Leone' alone would be coded SLE; inside the court's name it is not.
    assert _coded("He was sentenced by the Special Court for Sierra Leone in The Hague") == [
        "IGOUNOSCSL",
        "NLD",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Striking miners marched on the capital", "---LAB"),
        ("Dockworkers walked off the job", "---LAB"),
        ("Mexican workers protested at the plant", "MEXLAB"),
        ("Striking teachers occupied the ministry", "---LAB"),
    ],
)
def test_labour_nouns_are_lab(text, code):
    assert _coded(text)[0] == code


def test_plain_workers_alone_are_not_an_actor():
    assert _coded("workers were seen leaving the building") == []


def test_a_kin_appositive_gives_the_bare_country_of_the_relative():
    found = _codes(
        "Maria Lopez, daughter of former Chilean dictator Augusto Pinochet, asked Peru for asylum.",
        "2006-02-01",
    )
    assert found[0][1:] == ("CHL", "kin")
    assert found[0][0].startswith("Maria Lopez, daughter of")
    assert [c for _, c, _ in found] == ["CHL", "PER"]


def test_the_son_of_a_president_is_a_private_person_of_that_country():
    found = _codes("The son of Peru's president met Chilean officials", "2011-03-04")
    assert found[0][1:] == ("PER", "kin")


def test_kin_noun_without_of_is_untouched():
    found = _codes("His daughter met Chilean officials")
    assert found == [("Chilean officials", "CHLGOV", "sector")]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in the Ukrainian capital Kyiv",
        "Clashes broke out in Ukraine's capital, Kyiv",
        "the Ukrainian capital Kyiv was quiet",
    ],
)
def test_a_named_capital_after_the_word_capital_is_a_place(text):
    places = [m for m in find(text, "2022-03-01") if m.code]
    assert [(m.code, m.how) for m in places] == [("UKR", "location")]
    assert "capital" in places[0].text


def test_a_capital_as_subject_is_still_the_government():
    assert _coded("Kyiv rejected the proposal", "2022-03-01") == ["UKRGOV"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkish Airlines suspended flights", "TURBUS"),
        ("Air France cancelled flights", "FRABUS"),
        ("Iran Air grounded its fleet", "IRNBUS"),
        ("Israel Aerospace Industries sold drones", "ISRBUS"),
        ("Russian Railways signed a contract", "RUSBUS"),
        ("Royal Dutch Shell pulled out", "NLDBUS"),
    ],
)
def test_a_country_inside_a_company_name_is_a_business(text, code):
    assert _coded(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Russian Central Bank raised rates", "RUSGOV"),
        ("The U.S. Air Force bombed the bridge", "USAMIL"),
        ("Tehran's Revolutionary Court sentenced him", "IRNJUD"),
        ("China's Supreme People's Court ruled", "CHNJUD"),
        ("A Moscow court jailed him", "RUSJUD"),
    ],
)
def test_state_organs_and_courts_keep_their_sector(text, code):
    assert _coded(text)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        "troops shelled rebel-held villages",
        "the army entered separatist-controlled towns",
    ],
)
def test_rebel_held_places_name_the_rebels(text):
    assert "---REB" in _coded(text)


def test_an_igo_as_prefix_of_a_participle_is_no_actor():
    assert _coded("Troops overran the U.N.-protected enclave") == ["---MIL"]
