"""Two rules of the actor sweep: a bare surname shared by several office-holders of one
country, and parties coded GOV or OPP by whether they held government on the date.
People and parties below are made up (tables given as text) unless a test says 'shipped'."""

from __future__ import annotations

import dataclasses

import pytest

from detente.actors import ActorFinder
from detente.actors.tables import (
    default_tables,
    read_codes,
    read_governing,
    read_officeholders,
)
from detente.errors import DictionaryError

PEOPLE = """name,aliases,country,sector,role,start,end
Anna Kovarik,,CZE,GOV,foreign_minister,2010-01-01,2014-12-31
Pavel Kovarik,,CZE,GOV,defence_minister,2012-01-01,2016-12-31
Jan Kovarik,,CZE,MIL,military_chief,2014-06-01,2018-12-31
Lena Brandvold,,NOR,GOV,foreign_minister,2010-01-01,2015-12-31
Erik Brandvold,,DNK,GOV,defence_minister,2012-01-01,2015-12-31
Mara Quillon,,CHL,GOV,head_of_state,2011-01-01,2013-12-31
"""

PARTIES = """name,aliases,code
Green Dawn Party,Green Dawn|GDP-X,PRTOPP
Harbour Union,,PRTGOV
People's Lantern Front,,PRTOPP
"""

GOVERNING = """party,country,start,end
Green Dawn Party,PRT,2001-01-01,2004-12-31
Green Dawn Party,PRT,2015-06-01,
Harbour Union,PRT,2005-01-01,2015-06-01
"""


@pytest.fixture(scope="module")
def made_up() -> ActorFinder:
    tables = dataclasses.replace(
        default_tables(),
        officeholders=read_officeholders("people.csv", PEOPLE),
        nonstate=default_tables().nonstate + read_codes("parties.csv", PARTIES),
        governing=read_governing("governing.csv", GOVERNING),
    )
    return ActorFinder(tables)


def _code(finder, text, date, surface):
    hits = [m for m in finder.find(text, date) if surface in m.text]
    return hits[0].code if hits else None


# --- rule 1: same-country surname clashes -------------------------------------------------


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2011-05-05", "CZEGOV"),  # only the foreign minister holds office
        ("2013-05-05", "CZEGOV"),  # two ministers of one government: the government
        ("2014-09-09", "CZE"),  # ministers and the army chief: the country alone
        ("2017-05-05", "CZEMIL"),  # only the army chief is left
        ("2020-05-05", None),  # nobody in office
    ],
)
def test_a_surname_shared_within_one_country_resolves_to_what_they_share(made_up, date, code):
    assert _code(made_up, "Kovarik said the exercise would go ahead.", date, "Kovarik") == code


def test_a_surname_shared_across_countries_stays_unresolved(made_up):
    text = "Brandvold warned that the fishing quota was too low."
    assert _code(made_up, text, "2013-03-03", "Brandvold") is None
    # before the Danish minister took office the name was the Norwegian's alone
    assert _code(made_up, text, "2011-03-03", "Brandvold") == "NORGOV"


def test_a_full_name_still_picks_its_own_office(made_up):
    got = _code(made_up, "Jan Kovarik inspected the troops.", "2014-09-09", "Jan Kovarik")
    assert got == "CZEMIL"


def test_shipped_head_of_government_and_army_chief_share_only_the_country(shipped):
    # the shipped tables hold a prime minister and an army chief of one surname in 2014
    text = "Sharif flew to the border region on Sunday."
    assert _code(shipped, text, "2014-05-01", "Sharif") == "PAK"


# --- rule 2: parties by date --------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2002-07-07", "PRTGOV"),
        ("2009-07-07", "PRTOPP"),
        ("2015-06-01", "PRTGOV"),  # both ends of a spell count
        ("2023-07-07", "PRTGOV"),  # an open spell lasts
    ],
)
def test_a_party_is_gov_while_it_governs_and_opp_otherwise(made_up, date, code):
    text = "The ruling Green Dawn Party pushed the reform through parliament."
    assert _code(made_up, text, date, "Green Dawn") == code


def test_the_fixed_code_yields_to_the_table_both_ways(made_up):
    text = "Harbour Union deputies walked out of the chamber."
    assert _code(made_up, text, "2010-01-01", "Harbour Union") == "PRTGOV"
    assert _code(made_up, text, "2018-01-01", "Harbour Union") == "PRTOPP"


def test_an_alias_and_a_party_without_spells(made_up):
    assert _code(made_up, "GDP-X activists rallied in the square.", "2003-03-03", "GDP") == (
        "PRTGOV"
    )
    # no spells in the table: the fixed code stands on every date
    text = "The People's Lantern Front called a strike."
    assert _code(made_up, text, "2003-03-03", "Lantern") == "PRTOPP"


def test_without_a_date_the_fixed_code_stands(made_up):
    assert _code(made_up, "Harbour Union backed the bill.", None, "Harbour") == "PRTGOV"


def test_another_countrys_namesake_is_not_dated_by_the_table(shipped):
    # UK Labour governed in 2005; Norway's party of that name is not dated by UK spells
    got = _code(shipped, "Norway's Labour Party lost seats.", "2005-03-01", "Labour")
    assert got == "NOROPP"


def test_a_party_name_is_no_surname(shipped):
    assert not [
        m for m in shipped.find("Likud said it would vote.", "2017-02-02") if m.how == "surname"
    ]


@pytest.mark.parametrize(
    ("text", "surface", "date", "code"),
    [
        ("The ruling Likud party rejected the ceasefire terms.", "Likud", "2007-03-03", "ISROPP"),
        ("The ruling Likud party rejected the ceasefire terms.", "Likud", "2016-03-03", "ISRGOV"),
        ("Kadima ministers defended the budget.", "Kadima", "2007-03-03", "ISRGOV"),
        ("The Congress party attacked the BJP.", "BJP", "2001-01-10", "INDGOV"),
        ("The Congress party attacked the BJP.", "BJP", "2010-01-10", "INDOPP"),
        ("The Congress party attacked the BJP.", "Congress", "2010-01-10", "INDGOV"),
        ("The Kuomintang criticised the visit.", "Kuomintang", "2012-02-02", "TWNGOV"),
        ("The Kuomintang criticised the visit.", "Kuomintang", "2019-02-02", "TWNOPP"),
        ("The CDU chose a new leader.", "CDU", "2000-02-02", "DEUOPP"),
        ("The CDU chose a new leader.", "CDU", "2010-02-02", "DEUGOV"),
        ("PTI supporters blocked the motorway.", "PTI", "2020-02-02", "PAKGOV"),
        ("PTI supporters blocked the motorway.", "PTI", "2023-02-02", "PAKOPP"),
    ],
)
def test_shipped_parties_by_date(shipped, text, surface, date, code):
    assert _code(shipped, text, date, surface) == code


def test_governing_table_names_known_parties_of_their_own_country():
    tables = default_tables()
    rows = {p.phrases[0].lower(): p for p in tables.nonstate}
    for term in tables.governing:
        party = rows.get(term.party.lower())
        assert party is not None, term.party
        # parties (GOV/OPP by date) and armed groups that ruled (REB, GOV by date)
        assert party.country == term.country and party.sector in ("GOV", "OPP", "REB"), term


def test_governing_table_rejects_a_spell_that_ends_before_it_starts():
    bad = "party,country,start,end\nHarbour Union,PRT,2010-01-01,2009-01-01\n"
    with pytest.raises(DictionaryError):
        read_governing("bad.csv", bad)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shelled a market in Dasht-e-Kovarik on Friday.",
        "Refugees crossed into Bandar-Kovarik overnight.",
    ],
)
def test_a_surname_glued_into_a_hyphenated_place_does_not_fire(made_up, text):
    assert not [m for m in made_up.find(text, "2013-05-05") if m.how == "surname"]


def test_a_surname_after_pro_or_anti_still_resolves(made_up):
    got = made_up.find("Anti-Kovarik slogans were painted on the wall.", "2011-05-05")
    assert [m.code for m in got if m.how == "surname"] == ["CZEGOV"]
