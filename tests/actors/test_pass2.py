"""Issue 4 second pass: actor fixes seen by the coder (sentences written for these tests)."""

import pytest

from detente.actors import ActorFinder
from detente.actors.tables import default_tables

from .conftest import codes


@pytest.fixture(scope="module")
def shipped() -> ActorFinder:
    """The shipped tables, including every office-holders file."""
    return ActorFinder(default_tables())


def test_a_title_after_a_sector_word_and_a_verb_is_a_new_mention(finder):
    got = codes(finder.find("Polish police questioned Prime Minister Tomasz Nowak.", "2014-03-11"))
    assert ("Polish police", "POLCOP") in got
    assert not any("questioned" in text for text, _code in got)


def test_sector_words_following_each_other_still_combine(finder):
    got = codes(finder.find("Syrian government helicopters bombed the town.", "2014-03-11"))
    assert got[0] == ("Syrian government helicopters", "SYRMIL")


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("President Robert Mugabe spoke.", "2005-06-01", "ZWEGOV"),
        ("President Robert Mugabe spoke.", "1987-12-31", "ZWEGOV"),
        ("Robert Mugabe spoke.", "2019-05-01", "ZWE"),  # after his term: country only
        ("Morgan Tsvangirai spoke.", "2008-04-02", "ZWEOPP"),
        ("Morgan Tsvangirai spoke.", "2010-01-05", "ZWEGOV"),
        ("Isaias Afwerki spoke.", "2020-01-05", "ERIGOV"),
        ("Erna Solberg spoke.", "2015-01-05", "NORGOV"),
        ("Salva Kiir spoke.", "2016-07-10", "SSDGOV"),
        ("President Cristina Fernandez spoke.", "2010-03-01", "ARGGOV"),
    ],
)
def test_added_office_holders_resolve_by_date(shipped, text, date, code):
    got = shipped.find(text, date)
    assert got and got[0].code == code
