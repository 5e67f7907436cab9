import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import ConfigError, SourceError
from detente.exchange import export_events, import_gdelt, import_icews
from detente.exchange.actors import gdelt_actor, icews_actor
from detente.exchange.gdelt import COLUMNS
from detente.store import open_store

DATA = Path(__file__).parent / "data"
GDELT, ICEWS = DATA / "events.gdelt.tsv", DATA / "events.icews.tab"


@pytest.fixture()
def store():
    store = open_store(":memory:")
    import_gdelt([GDELT], store)
    import_icews([ICEWS], store)
    return store


def _events(store):
    return store.con.execute(
        "SELECT doc_id, source, target, code, date, plover FROM events ORDER BY doc_id"
    ).fetchall()


def test_gdelt_rows_are_imported_with_their_provenance():
    store = open_store(":memory:")
    report = import_gdelt([GDELT], store)
    assert (report.rows, report.imported) == (7, 4)
    problems = {s.origin.rsplit(":", 1)[1]: s.reason for s in report.skipped}
    assert set(problems) == {"5", "6", "7"}
    assert "61" in problems["7"] and "date" in problems["6"] and "actor" in problems["5"]
    rows = dict((r[0], r[1:]) for r in _events(store))
    assert rows["gdelt-900000003"][:3] == ("JPNGOV", "IGOWSTNAT", "0311")  # rebuilt from columns
    assert rows["gdelt-900000004"][:4] == ("USA", "RUSBUS", "163", dt.date(2014, 3, 20))
    origin, url = store.con.execute(
        "SELECT origin, url FROM sightings WHERE doc_id = 'gdelt-900000004'"
    ).fetchone()
    assert origin == f"{GDELT}:4" and url == "https://ledger.example/sanctions"


def test_events_of_one_gdelt_article_share_a_story_and_count_once():
    store = open_store(":memory:")
    import_gdelt([GDELT], store)
    stories = store.con.execute(
        "SELECT count(DISTINCT story) FROM events WHERE doc_id IN "
        "('gdelt-900000001', 'gdelt-900000002')"
    ).fetchone()[0]
    assert stories == 1


def test_icews_countries_resolve_by_name_and_sectors_by_word():
    store = open_store(":memory:")
    report = import_icews([ICEWS], store)
    assert (report.rows, report.imported, len(report.skipped)) == (5, 3, 2)
    rows = {r[0]: r[1:] for r in _events(store)}
    assert rows["icews-7100001"][:3] == ("JPNGOV", "RUS", "036")
    assert rows["icews-7100002"][:3] == ("JPNGOV", "RUSMIL", "043")  # "43" lost its zero
    assert rows["icews-7100003"][:2] == ("UKRCVL", "RUS")


def test_imported_documents_are_not_coded_again(store):
    from detente.coding import CODER_VERSION

    assert list(store.uncoded_documents(CODER_VERSION)) == []


def test_a_file_without_icews_columns_is_refused(tmp_path):
    path = tmp_path / "x.tab"
    path.write_text("a\tb\n1\t2\n")
    with pytest.raises(SourceError, match="ICEWS"):
        import_icews([path], open_store(":memory:"))


@pytest.mark.parametrize(
    ("code", "country", "type1", "expected"),
    [
        ("RUSGOV", "RUS", "GOV", "RUSGOV"),
        ("GOV", "JPN", "GOV", "JPNGOV"),
        ("REB", "", "", "---REB"),
        ("IGOUNO", "", "", "IGOUNO"),
        ("EUR", "", "", None),
    ],
)
def test_gdelt_actor_codes(code, country, type1, expected):
    assert gdelt_actor(code, country, type1) == expected


def test_icews_actor_unknown_country_keeps_sector():
    assert icews_actor("Atlantis", "Police") == "---COP"
    assert icews_actor("United Kingdom", "") == "GBR"


def test_jsonl_carries_every_event_column_and_provenance(store):
    out = io.BytesIO()
    count = export_events(store, "jsonl", out=out)
    rows = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert count == len(rows) == 7
    table_columns = [r[0] for r in store.con.execute("DESCRIBE events").fetchall()]
    assert set(table_columns) <= set(rows[0])
    assert {"sentence", "doc_url", "origins"} <= set(rows[0])


def test_since_and_until_are_inclusive(store):
    out = io.BytesIO()
    count = export_events(store, "csv", dt.date(2014, 3, 4), dt.date(2014, 3, 11), out)
    dates = [r["date"] for r in csv.DictReader(io.StringIO(out.getvalue().decode()))]
    assert count == len(dates) == 4
    assert min(dates) == "2014-03-04" and max(dates) == "2014-03-11"


def test_gdelt_layout_round_trips_through_the_importer(store, tmp_path):
    path = tmp_path / "out.gdelt.tsv"
    assert export_events(store, "gdelt", out=path) == 7
    lines = path.read_text().splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert all(len(line.split("\t")) == 61 for line in lines)
    again = open_store(":memory:")
    report = import_gdelt([path], again)
    assert report.imported == 7 and not report.skipped
    exported = {(s, t, c, d) for _, s, t, c, d, _ in _events(store)}
    assert {(s, t, c, d) for _, s, t, c, d, _ in _events(again)} == exported


def test_parquet_and_plover(store, tmp_path):
    assert export_events(store, "parquet", out=tmp_path / "e.parquet") == 7
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 7 and "origins" in table.column_names
    out = io.BytesIO()
    count = export_events(store, "plover", out=out)
    records = json.loads(out.getvalue())
    assert count == len(records) and all(r["event_type"] for r in records)


def test_unknown_format_is_refused(store):
    with pytest.raises(ConfigError, match="plover"):
        export_events(store, "xml", out=io.BytesIO())


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=30, deadline=None)
@given(name=_text, goldstein=st.floats(-10, 10, allow_nan=False).map(lambda x: round(x, 1)))
def test_gdelt_rows_round_trip_any_actor_name(tmp_path_factory, name, goldstein):
    fields = dict.fromkeys(COLUMNS, "")
    fields |= {
        "GLOBALEVENTID": "1",
        "SQLDATE": "20140301",
        "Actor1Code": "USA",
        "Actor1Name": name,
        "Actor2Code": "CHN",
        "EventCode": "051",
        "GoldsteinScale": str(goldstein),
    }
    path = tmp_path_factory.mktemp("g") / "one.tsv"
    path.write_text("\t".join(" ".join(fields[c].split()) for c in COLUMNS) + "\n")
    store = open_store(":memory:")
    assert import_gdelt([path], store).imported == 1
    out = io.BytesIO()
    export_events(store, "jsonl", out=out)
    row = json.loads(out.getvalue())
    assert row["source_text"] == " ".join(name.split()) and row["goldstein"] == goldstein
