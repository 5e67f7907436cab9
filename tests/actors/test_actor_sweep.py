"""A sample of the systematic actor sweep: wire-service spellings of states, capitals and
demonyms; office-holders by date; IGOs, parties, security services and armed groups; and
surnames that are common words. Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

import detente.actors.tables as tables_module
from detente.actors.tables import default_tables, read_countries, read_officeholders

DATA = Path(tables_module.__file__).parent.parent / "data" / "actors"


def _code_of(finder, text, date, surface):
    hits = [m for m in finder.find(text, date) if surface.lower() in m.text.lower()]
    return hits[0].code if hits else None


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("eSwatini", "SWZ"),
        ("Timor Leste", "TLS"),
        ("Guinea Bissau", "GNB"),
        ("Congo Brazzaville", "COG"),
        ("St. Lucia", "LCA"),
        ("St. Vincent and the Grenadines", "VCT"),
        ("Kazakstan", "KAZ"),
        ("Belorussia", "BLR"),
    ],
)
def test_wire_spellings_of_states(shipped, surface, code):
    text = f"On Thursday {surface} recalled its envoy over the dispute."
    assert _code_of(shipped, text, "2012-04-05", surface) == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Equatorial Guinean soldiers guarded the port.", "Equatorial Guinean", "GNQMIL"),
        ("The Kyrgyzstani government shut the border.", "Kyrgyzstani", "KGZGOV"),
        ("PNG police arrested the smugglers.", "PNG", "PNGCOP"),
        ("Gitega accused Kigali of backing the rebels.", "Gitega", "BDIGOV"),
        ("Prishtina rejected the proposal from Belgrade.", "Prishtina", "KSVGOV"),
        ("Bonn protested to Paris about the decision.", "Bonn", "DEUGOV"),
    ],
)
def test_demonyms_and_capitals_of_the_sweep(shipped, text, surface, code):
    assert _code_of(shipped, text, "1997-06-03", surface) == code


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("John Key", "2013-02-04", "NZLGOV"),
        ("John Key", "2019-02-04", "NZL"),  # out of office: the country only
        ("Bill English", "2017-03-01", "NZLGOV"),
        ("Hun Sen", "2009-10-20", "KHMGOV"),
        ("Lakshman Kadirgamar", "1999-07-07", "LKAGOV"),
        ("G.L. Peiris", "2013-01-15", "LKAGOV"),
        ("Ali Sabry", "2023-09-09", "LKAGOV"),
        ("Kamal Kharrazi", "2002-02-02", "IRNGOV"),
        ("Walid al-Moualem", "2014-08-08", "SYRGOV"),
        ("Bipin Rawat", "2018-04-04", "INDMIL"),
        ("Tukur Buratai", "2017-11-11", "NGAMIL"),
        ("Berhanu Jula", "2022-02-02", "ETHMIL"),
        ("Moven Mahachi", "1999-01-20", "ZWEGOV"),
    ],
)
def test_office_holders_of_the_sweep_by_date(shipped, name, date, code):
    text = f"{name} told reporters on Tuesday that the talks would resume."
    assert _code_of(shipped, text, date, name) == code


@pytest.mark.parametrize(
    ("text", "surface", "prefix"),
    [
        ("The IOM said it had flown 200 migrants home from Niger.", "IOM", "IGO"),
        ("CARICOM leaders urged Haiti to hold elections.", "CARICOM", "IGO"),
        ("The EBRD agreed a loan to Moldova.", "EBRD", "IGO"),
        ("The FATF kept Pakistan on its grey list.", "FATF", "IGO"),
        ("The ANC suspended two of its councillors.", "ANC", "ZAF"),
        ("ZANU-PF youths beat opposition activists.", "ZANU-PF", "ZWE"),
        ("The BJP demanded an apology from the minister.", "BJP", "IND"),
        ("The Kuomintang criticised the trip to Washington.", "Kuomintang", "TWN"),
        ("Mossad agents were blamed for the killing.", "Mossad", "ISR"),
        ("The FSB detained an American journalist.", "FSB", "RUS"),
        ("The Tatmadaw shelled villages near the border.", "Tatmadaw", "MMR"),
        ("The Justice and Equality Movement attacked a garrison.", "Justice and Equality", "SDN"),
        ("The Southern Transitional Council seized the airport.", "Southern Transitional", "YEM"),
        ("The KRG rejected the budget law passed in Baghdad.", "KRG", "IRQ"),
    ],
)
def test_organisations_parties_and_armed_groups(shipped, text, surface, prefix):
    code = _code_of(shipped, text, "2016-05-10", surface)
    assert code is not None and code.startswith(prefix)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Norway's Labour Party won the most seats.", "Labour Party", "NOROPP"),
        ("Nepal's Maoists quit the coalition.", "Maoists", "NPLREB"),
        ("Morocco's Justice and Development Party lost the vote.", "Justice", "MAROPP"),
    ],
)
def test_a_possessive_country_owns_a_national_group(shipped, text, surface, code):
    assert _code_of(shipped, text, "2016-05-10", surface) is not None
    assert _code_of(shipped, text, "2016-05-10", surface)[:3] == code[:3]


def test_a_possessive_leaves_a_transnational_group_alone(shipped):
    text = "Somalia's Islamic State cell claimed the bombing."
    assert _code_of(shipped, text, "2019-05-10", "Islamic State") == "---REB"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Key ministers met in Wellington on Monday.", "2012-05-01"),
        ("Sen. Maria Lopez questioned the envoy.", "2015-05-01"),
        ("Long queues formed outside the embassy.", "2010-05-01"),
    ],
)
def test_a_surname_that_is_a_common_word_does_not_fire_alone(shipped, text, date):
    first = text.split()[0].rstrip(".")
    assert not [m for m in shipped.find(text, date) if m.text == first and m.code]


def test_a_surname_shared_with_no_common_word_still_resolves(shipped):
    got = shipped.find("Kadirgamar said the talks would resume.", "1999-07-07")
    assert got and got[0].code == "LKAGOV"


def test_sweep_rows_use_known_countries_and_no_overlapping_single_offices():
    rows = read_officeholders(DATA / "officeholders" / "sweep_gaps.csv")
    known = {c.code for c in read_countries(DATA / "countries.csv")}
    assert {r.country for r in rows} <= known
    single = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
    by_office: dict = {}
    for row in sorted(rows, key=lambda r: r.start):
        if row.role in single:
            before = by_office.get((row.country, row.role))
            assert before is None or (before.end is not None and before.end <= row.start)
            by_office[row.country, row.role] = row


def test_every_new_phrase_is_unique_across_code_tables():
    tables = default_tables()
    seen: dict[str, str] = {}
    clashes = []
    for row in tables.igos + tables.nonstate:
        for phrase in row.phrases:
            if phrase in seen and seen[phrase] != row.code:
                clashes.append(phrase)
            seen[phrase] = row.code
    assert clashes == []
