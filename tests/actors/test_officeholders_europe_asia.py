"""The office-holders table for smaller European, Asian and Gulf states and armed-group leaders
(``officeholders/europe_asia.csv``): it loads, its terms do not overlap, and the shipped finder
codes a person by the office they hold on the sentence's date. Sentences are our own."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from detente.actors.tables import default_tables, read_officeholders

FOLDER = Path(str(resources.files("detente") / "data" / "actors" / "officeholders"))
TABLE = FOLDER / "europe_asia.csv"

#: offices with one holder at a time (other_minister, other_official etc. have many)
SINGLE = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
#: offices really held by several people at once: Bosnia's three-member presidency and
#: Cambodia's two co-premiers of 1993-1998
SHARED = {("BIH", "head_of_state"), ("KHM", "head_of_government")}


@pytest.fixture(scope="module")
def rows():
    return read_officeholders(TABLE)


def _codes(finder, text, date):
    return {m.text: m.code for m in finder.find(text, date)}


def test_the_table_loads_with_known_countries(rows):
    known = {c.code for c in default_tables().countries}
    assert len(rows) > 500
    assert {r.country for r in rows} <= known
    assert {"AUT", "KSV", "NZL", "KWT", "TLS"} <= {r.country for r in rows}


def test_single_holder_offices_do_not_overlap(rows):
    terms = defaultdict(list)
    for row in rows:
        if row.role in SINGLE and (row.country, row.role) not in SHARED:
            terms[(row.country, row.role, row.sector)].append(row)
    clashes = []
    for key, held in terms.items():
        held.sort(key=lambda r: r.start)
        for before, after in zip(held, held[1:], strict=False):
            end = before.end or dt.date.max
            if end > after.start + dt.timedelta(days=1):
                clashes.append((key, before.name, after.name))
    assert clashes == []


def test_no_term_repeats_one_from_another_table(rows):
    others = {
        (r.name.casefold(), r.country, r.role, r.start)
        for path in FOLDER.glob("*.csv")
        if path.name != TABLE.name
        for r in read_officeholders(path)
    }
    repeated = [r.name for r in rows if (r.name.casefold(), r.country, r.role, r.start) in others]
    assert repeated == []


@pytest.mark.parametrize(
    ("text", "date", "name", "code"),
    [
        ("Robert Fico promised to end arms deliveries.", "2024-02-01", "Robert Fico", "SVKGOV"),
        ("Robert Fico attacked the coalition.", "2021-06-01", "Robert Fico", "SVKOPP"),
        ("Maia Sandu asked for more gas.", "2022-11-02", "Maia Sandu", "MDAGOV"),
        ("Albin Kurti refused to remove the police.", "2023-06-01", "Albin Kurti", "KSVGOV"),
        ("Sultan Qaboos received the envoy.", "2011-03-03", "Sultan Qaboos", "OMNGOV"),
        (
            "Lars Løkke Rasmussen called his counterpart.",
            "2023-04-04",
            "Lars Løkke Rasmussen",
            "DNKGOV",
        ),
        ("Prachanda called a general strike.", "2003-09-01", "Prachanda", "NPLREB"),
        ("Prachanda flew to New Delhi.", "2009-02-01", "Prachanda", "NPLGOV"),
        ("Hassan Nasrallah threatened the north.", "2010-08-03", "Hassan Nasrallah", "LBNREB"),
    ],
)
def test_a_name_is_coded_by_the_office_held_on_the_date(shipped, text, date, name, code):
    assert _codes(shipped, text, date).get(name) == code


@pytest.mark.parametrize(
    ("text", "date", "name", "country"),
    [
        ("Jacinda Ardern gave a lecture in Boston.", "2024-05-01", "Jacinda Ardern", "NZL"),
        ("Heinz Fischer wrote a memoir.", "2019-03-01", "Heinz Fischer", "AUT"),
    ],
)
def test_a_former_holder_gets_the_bare_country(shipped, text, date, name, country):
    assert _codes(shipped, text, date).get(name) == country


def test_a_bare_surname_resolves_only_while_in_office(shipped):
    assert _codes(shipped, "Kurti rejected the plan.", "2022-09-01").get("Kurti") == "KSVGOV"
    assert "Zeman" not in _codes(shipped, "Zeman rejected the plan.", "2024-09-01")
