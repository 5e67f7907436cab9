"""Pass 12: heads of IGOs by date, notable private people, named armed groups, and names that
look like a demonym or a country ("Joshua French", "Friends of Syria")."""

import dataclasses

import pytest

from detente.actors import ActorFinder
from detente.actors.people import DocumentContext
from detente.actors.tables import default_tables, read_officeholders
from detente.errors import DictionaryError

HEADER = "name,aliases,country,sector,role,start,end,code\n"
TABLE = HEADER + (
    "Ada Quimbly,,NZL,,igo_head,2010-01-01,2014-12-31,IGOUNO\n"
    "Ada Quimbly,,NZL,GOV,foreign_minister,2005-01-01,2009-06-30,\n"
    "Boris Quimbly,,ZAF,,igo_head,2015-01-01,,IGOWSTNAT\n"
    "Carla Vantongeren,,BEL,,private,2011-01-01,,\n"
    "Dario Vexmoor,,CHL,OPP,private,2012-01-01,,\n"
)


@pytest.fixture(scope="module")
def small() -> ActorFinder:
    rows = read_officeholders("pass12.csv", TABLE)
    return ActorFinder(dataclasses.replace(default_tables(), officeholders=rows))


def first(finder, text, date):
    found = finder.find(text, date)
    assert found, text
    return found[0].code, found[0].how


# -- the code column -----------------------------------------------------------------------


def test_code_column_is_read_and_checked():
    rows = read_officeholders("t.csv", TABLE)
    assert rows[0].code == "IGOUNO" and rows[0].sector is None
    assert rows[3].office_code == "BEL"  # a private person without sector: the country alone
    assert rows[4].office_code == "CHLOPP"
    with pytest.raises(DictionaryError):
        read_officeholders("t.csv", HEADER + "X Y,,NZL,,igo_head,2010-01-01,,igo-un\n")
    with pytest.raises(DictionaryError):  # no sector, no code, not private
        read_officeholders("t.csv", HEADER + "X Y,,NZL,,head_of_state,2010-01-01,,\n")


# -- date logic -----------------------------------------------------------------------------


def test_igo_head_in_office_is_the_igo(small):
    assert first(small, "Ada Quimbly urged restraint.", "2012-03-01") == ("IGOUNO", "office")
    assert small.find("Ada Quimbly urged restraint.", "2012-03-01")[0].country is None


def test_igo_head_before_and_after_the_term(small):
    # before: the national office she held then
    assert first(small, "Ada Quimbly urged restraint.", "2007-03-01") == ("NZLGOV", "office")
    # between two offices and after the last one: her nationality only
    assert first(small, "Ada Quimbly urged restraint.", "2009-09-01") == ("NZL", "former")
    assert first(small, "Ada Quimbly urged restraint.", "2019-09-01") == ("NZL", "former")


def test_former_before_igo_title_gives_nationality(small):
    text = "Former U.N. Secretary-General Ada Quimbly criticised the vote."
    assert first(small, text, "2019-09-01") == ("NZL", "former")
    # an official the tables do not know: no longer the IGO, and no country either
    found = small.find("Former NATO envoy Ivo Prdlk criticised the vote.", "2019-09-01")
    assert found[0].code is None and found[0].how == "former"


def test_title_then_igo_head_keeps_the_igo(small):
    found = small.find("Secretary-General Boris Quimbly arrived in Oslo.", "2016-05-05")
    assert found[0].code == "IGOWSTNAT"


# -- surname rule ---------------------------------------------------------------------------


def test_bare_surname_of_igo_head_needs_a_single_holder(small, shipped):
    # two Quimblys never overlap, so the surname follows the date
    assert first(small, "Quimbly urged restraint.", "2012-03-01") == ("IGOUNO", "surname")
    assert first(small, "Quimbly urged restraint.", "2016-03-01") == ("IGOWSTNAT", "surname")
    # shipped table: Stoltenberg led NATO, then no one in office has the name
    assert first(shipped, "Stoltenberg warned Moscow.", "2018-02-02")[0] == "IGOWSTNAT"


def test_private_people_need_context_for_a_bare_surname(small):
    assert small.find("Vantongeren said the charges were false.", "2015-01-01") == []
    ctx = DocumentContext()
    small.find("Carla Vantongeren was detained in Minsk.", "2015-01-01", context=ctx)
    later = small.find("Vantongeren said the charges were false.", "2015-01-01", context=ctx)
    assert [(m.text, m.code) for m in later] == [("Vantongeren", "BEL")]


def test_igo_surname_is_remembered_in_the_document(small):
    ctx = DocumentContext()
    small.find("Boris Quimbly met the envoy.", "2016-01-01", context=ctx)
    assert first(small, "Quimbly left.", "2016-01-01")[0] == "IGOWSTNAT"
    assert ctx.names["quimbly"].code == "IGOWSTNAT"


def test_hyphenated_korean_given_name_leaves_the_family_name_usable(shipped):
    assert first(shipped, "Ban pressed both sides to talk.", "2011-06-06") == (
        "IGOUNO",
        "surname",
    )


# -- shipped IGO heads ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Kofi Annan flew to Damascus.", "2012-04-01", "IGOUNO"),
        ("Kofi Annan flew to Damascus.", "2015-04-01", "GHA"),
        ("Christine Lagarde warned Athens.", "2013-04-01", "IGOWLDIMF"),
        ("Christine Lagarde warned Athens.", "2009-04-01", "FRAGOV"),
        ("Mohamed ElBaradei visited Tehran.", "2005-04-01", "IGOUNOIAE"),
        ("Jens Stoltenberg met Norwegian voters.", "2008-04-01", "NORGOV"),
        ("Moussa Faki condemned the coup.", "2021-04-01", "IGOAFRAFU"),
        ("Josep Borrell spoke to Lavrov.", "2022-04-01", "IGOEUREEC"),
        ("Tedros praised Beijing.", "2020-02-01", "IGOUNOWHO"),
        ("Fatou Bensouda opened an inquiry.", "2016-02-01", "IGOICC"),
    ],
)
def test_shipped_igo_heads(shipped, text, date, code):
    assert shipped.find(text, date)[0].code == code


# -- notable private people -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Julian Assange sought asylum at an embassy.", "2012-06-20", "AUS"),
        ("Edward Snowden asked Moscow for asylum.", "2013-07-12", "USA"),
        ("Alexei Navalny called for street protests.", "2018-01-20", "RUSOPP"),
        ("Liu Xiaobo wrote a charter.", "2009-01-20", "CHNOPP"),
        ("Mikhail Khodorkovsky bought an oil firm.", "1998-01-20", "RUSBUS"),
        ("Mikhail Khodorkovsky criticised the Kremlin.", "2015-01-20", "RUSOPP"),
        ("Osama bin Laden issued a new threat.", "2004-01-20", "---REB"),
    ],
)
def test_private_people(shipped, text, date, code):
    assert shipped.find(text, date)[0].code == code


def test_private_person_after_death_is_the_country_only(shipped):
    found = shipped.find("Alexei Navalny was buried in Moscow.", "2024-03-01")
    assert (found[0].code, found[0].how) == ("RUS", "former")


# -- named armed groups ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("JNIM fighters ambushed an army convoy.", "MLIREB"),
        ("The Polisario Front rejected the plan.", "ESHREB"),
        ("Kataib Hezbollah fired rockets at a base.", "IRQREB"),
        ("ADF rebels raided a village.", "UGAREB"),
        ("The Kachin Independence Army seized an outpost.", "MMRREB"),
        ("ISKP claimed the bombing.", "---REB"),
        ("Peshmerga forces retook the town.", "IRQMIL"),
    ],
)
def test_named_armed_groups(shipped, text, code):
    assert shipped.find(text, "2020-05-05")[0].code == code


# -- names that look like places or nations -------------------------------------------------


def test_demonym_as_a_surname_is_no_country(shipped):
    found = shipped.find("Thomas English was freed by a Chadian court.", "2015-05-05")
    assert [m.code for m in found] == ["TCDJUD"]
    # still an adjective when a noun follows, or when the word before is a table's
    assert shipped.find("Ethnic Albanian rebels attacked.", "2000-05-05")[0].code == "ALBREB"
    assert [m.code for m in shipped.find("Dutch and German troops left.", "2010-05-05")] == [
        "NLDMIL",
        "DEUMIL",
    ]


def test_friends_of_a_country_group_is_not_that_country(shipped):
    found = shipped.find("The Friends of Yemen group pledged aid.", "2012-05-05")
    assert found[0].code is None and found[0].how == "group"
    assert all(m.code != "YEM" for m in found)
