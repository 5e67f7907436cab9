import datetime as dt

import duckdb
import pytest

from detente.errors import StoreError
from detente.records import Document, Event, Sentence
from detente.store import SCHEMA_VERSION, open_store


def make_doc(text: str, doc_id: str, origin: str = "a.txt") -> Document:
    sentence = Sentence(0, 0, len(text), text)
    return Document(
        id=doc_id,
        text=text,
        sentences=(sentence,),
        kind="text",
        origin=origin,
        title="T",
        date=dt.date(2014, 3, 11),
        date_source="header",
        source="S",
    )


def make_event(doc_id: str, code: str = "112", *, negated: bool = False) -> Event:
    return Event(
        source="JPNGOV",
        target="RUS",
        code=code,
        root=code[:2],
        goldstein=-2.0,
        quad=3,
        plover="ACCUSE",
        source_text="Tokyo",
        target_text="Russia",
        trigger_text="condemned",
        source_span=(0, 5),
        target_span=(20, 26),
        trigger_span=(6, 15),
        negated=negated,
        date=dt.date(2014, 3, 11),
        doc_id=doc_id,
        sentence_index=0,
        coder_version="t1",
    )


def test_new_store_is_at_current_schema(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    assert store.version() == SCHEMA_VERSION
    assert store.counts()["documents"] == 0


def test_writing_the_same_batch_twice_adds_nothing(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    doc = make_doc("Tokyo condemned Russia.", "d1")
    store.write_documents([(doc, "d1", b"sig")], [doc])
    store.write_documents([(doc, "d1", b"sig")], [doc])
    store.write_events([("d1", "d1", [make_event("d1")])], "t1")
    store.write_events([("d1", "d1", [make_event("d1")])], "t1")
    assert store.counts() == {
        "documents": 1,
        "stories": 1,
        "sightings": 1,
        "sentences": 1,
        "events": 1,
        "flagged_events": 0,
    }


def test_a_second_sighting_is_kept(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    doc = make_doc("Tokyo condemned Russia.", "d1")
    store.write_documents([(doc, "d1", None)], [doc])
    repost = make_doc("Tokyo condemned Russia.", "d1", origin="b.html")
    store.write_documents([], [repost])
    assert store.counts()["sightings"] == 2
    assert store.counts()["documents"] == 1


def test_flagged_events_are_stored_but_not_counted(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    store.write_events([("d1", "d1", [make_event("d1", negated=True)])], "t1")
    assert store.counts()["events"] == 0
    assert store.counts()["flagged_events"] == 1


def test_failed_batch_leaves_nothing_behind(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    good = make_doc("Tokyo condemned Russia.", "d1")
    store.write_documents([(good, "d1", None)], [good])
    broken = make_doc("Moscow answered.", None)  # id is NOT NULL: the batch must fail whole
    other = make_doc("Beijing watched.", "d3")
    with pytest.raises(duckdb.ConstraintException):
        store.write_documents([(other, "d3", None), (broken, "x", None)], [other])
    assert store.counts()["documents"] == 1
    assert store.counts()["sightings"] == 1


def test_uncoded_documents_follow_the_coder_version(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    doc = make_doc("Tokyo condemned Russia.", "d1")
    store.write_documents([(doc, "d1", None)], [doc])
    assert [r[0] for r in store.uncoded_documents("t1")] == ["d1"]
    store.write_events([("d1", "d1", [])], "t1")
    assert list(store.uncoded_documents("t1")) == []
    assert [r[0] for r in store.uncoded_documents("t2")] == ["d1"]


def test_reopening_keeps_data_and_version(tmp_path):
    path = tmp_path / "x.duckdb"
    store = open_store(path)
    doc = make_doc("Tokyo condemned Russia.", "d1")
    store.write_documents([(doc, "d1", None)], [doc])
    store.close()
    again = open_store(path, read_only=True)
    assert again.counts()["documents"] == 1


def test_a_foreign_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a DuckDB database"):
        open_store(path)
    assert path.read_bytes() == before


def test_read_only_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
