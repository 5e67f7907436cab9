import datetime as dt

from detente.sources import read

from .conftest import RESOURCES


def test_jsonl_lines_and_bad_lines():
    errors = []
    docs = list(read([RESOURCES / "corpus.jsonl"], on_error=errors.append))
    assert [d.origin.rsplit("#", 1)[1] for d in docs] == ["c-1", "c-2", "6"]
    first = docs[0]
    assert first.kind == "jsonl" and first.title == "Laos and Vietnam open a highway"
    assert first.date == dt.date(2018, 6, 1) and first.date_source == "metadata"
    assert first.url == "https://corpus.example/c-1" and first.source == "Mekong Desk"
    assert docs[2].date is None and docs[2].date_source == "unknown"
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["3", "4", "5"]
    assert str(errors[0]).startswith(f"{RESOURCES / 'corpus.jsonl'}:3: invalid JSON")


def test_undecodable_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Good line about Peru."}\n{"text": "bad \xff\xfe"}\n')
    errors = []
    docs = list(read([path], on_error=errors.append))
    assert len(docs) == 1 and len(errors) == 1
    assert "not UTF-8" in errors[0].reason
