"""Office-holders for Africa and the smaller American states (africa_americas.csv)."""

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

import detente.actors.tables as tables_module
from detente.actors.tables import read_countries, read_officeholders

DATA = Path(tables_module.__file__).parent.parent / "data" / "actors"
TABLE = DATA / "officeholders" / "africa_americas.csv"
SINGLE = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


@pytest.fixture(scope="module")
def rows():
    return read_officeholders(TABLE)


def test_table_loads_and_uses_known_countries(rows):
    known = {c.code for c in read_countries(DATA / "countries.csv")}
    assert len(rows) > 500
    assert {r.country for r in rows} <= known


def test_no_overlapping_terms_for_one_office(rows):
    by_office = defaultdict(list)
    for row in rows:
        if row.role in SINGLE or row.role == "opposition_leader":
            by_office[row.country, row.role].append(row)
    slack = dt.timedelta(days=1)
    clashes = []
    for office, terms in by_office.items():
        terms.sort(key=lambda t: t.start)
        for before, after in zip(terms, terms[1:], strict=False):
            if before.end is None or after.start < before.end - slack:
                clashes.append((office, before.name, after.name))
    assert clashes == []


def test_no_term_repeats_a_row_of_another_file(rows):
    others = {
        (r.name.casefold(), r.country, r.role, r.start)
        for path in TABLE.parent.glob("*.csv")
        if path != TABLE
        for r in read_officeholders(path)
    }
    assert [r for r in rows if (r.name.casefold(), r.country, r.role, r.start) in others] == []


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Paul Kagame opened the new hospital.", "2015-05-04", "RWAGOV"),
        ("Paul Kagame inspected the troops.", "1997-06-02", "RWAGOV"),  # as defence minister
        ("Joseph Kabila flew to Lubumbashi.", "2022-03-01", "COD"),  # after his term
        ("Macky Sall presented the budget.", "2006-01-10", "SENGOV"),  # prime minister then
        ("Ousmane Sonko rallied his supporters.", "2021-03-05", "SENOPP"),
        ("Hakainde Hichilema criticised the ruling party.", "2016-09-01", "ZMBOPP"),
        ("Hakainde Hichilema welcomed the investors.", "2022-09-01", "ZMBGOV"),
        ("Ellen Johnson Sirleaf thanked the donors.", "2010-02-11", "LBRGOV"),
        ("Farmaajo met the envoys.", "2019-07-08", "SOMGOV"),
        ("Evo Morales addressed the coca growers.", "2010-05-03", "BOLGOV"),
        ("Evo Morales addressed the coca growers.", "2021-05-03", "BOL"),  # former
        ("Nayib Bukele announced a new prison.", "2023-02-01", "SLVGOV"),
    ],
)
def test_a_name_resolves_by_its_role_on_the_date(shipped, text, date, code):
    got = shipped.find(text, date)
    assert got and got[0].code == code


def test_a_bare_surname_of_a_sitting_leader_resolves(shipped):
    got = shipped.find("Museveni said the elections would go ahead.", "2016-01-12")
    assert got and got[0].code == "UGAGOV"
