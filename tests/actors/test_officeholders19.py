"""Office-holders by date (AG19): "former" before a title leaves the country only, unless the
table has the named person in a new office on the date, begun after their earlier terms
ended ('a former president, now prime minister'); and a few terms the tables lacked.
Sentences are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.actors import ActorFinder
from detente.actors.tables import default_tables, read_officeholders

TABLE = """name,aliases,country,sector,role,start,end
Tomas Varga,,HUN,GOV,head_of_state,2005-01-01,2012-01-01
Tomas Varga,,HUN,GOV,head_of_government,2013-06-01,
Ilse Brenner,,AUT,GOV,foreign_minister,2001-01-01,2009-01-01
Ilse Brenner,,AUT,GOV,defence_minister,2004-01-01,2015-01-01
"""


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    path = tmp_path_factory.mktemp("ag19") / "offices.csv"
    path.write_text(TABLE)
    rows = read_officeholders(path)
    return ActorFinder(dataclasses.replace(default_tables(), officeholders=rows))


def _codes(finder, text, day):
    return [(m.code, m.how) for m in finder.find(text, dt.date.fromisoformat(day))]


def test_former_title_of_a_person_now_in_a_new_office(made_up):
    got = _codes(made_up, "Former president Tomas Varga, now premier, met bankers.", "2016-03-02")
    assert ("HUNGOV", "office") in got


def test_former_title_with_no_office_on_the_date(made_up):
    got = _codes(made_up, "Former president Tomas Varga criticised the budget.", "2012-09-09")
    assert ("HUN", "former") in got and ("HUNGOV", "office") not in got


def test_former_with_an_overlapping_term_still_former(made_up):
    # the defence term began before the foreign term ended: not a new office
    got = _codes(made_up, "Former minister Ilse Brenner attended the funeral.", "2011-05-05")
    assert ("AUT", "former") in got


def test_plain_name_in_office(made_up):
    assert ("HUNGOV", "office") in _codes(made_up, "Tomas Varga opened talks.", "2014-01-01")


@pytest.fixture(scope="module")
def shipped():
    return ActorFinder(default_tables())


@pytest.mark.parametrize(
    "text, day, code",
    [
        # a state post after the premiership
        ("Dmitry Medvedev warned the West again on Friday.", "2023-02-10", "RUSGOV"),
        (
            "Ex-president Dmitry Medvedev, a senior security official, spoke.",
            "2021-06-01",
            "RUSGOV",
        ),
        # the short spell as finance minister in the spring of 2022
        ("Colombo's Ali Sabry met bond holders on Wednesday.", "2022-04-27", "LKAGOV"),
        # a former president back in office as prime minister for one week
        ("Protesters told former president Serzh Sargsyan to go.", "2018-04-20", "ARMGOV"),
    ],
)
def test_shipped_terms(shipped, text, day, code):
    assert code in [m.code for m in shipped.find(text, dt.date.fromisoformat(day))]


def test_shipped_former_before_new_term(shipped):
    day = dt.date(2018, 4, 12)
    got = [m.code for m in shipped.find("Former president Serzh Sargsyan spoke.", day)]
    assert "ARM" in got and "ARMGOV" not in got
