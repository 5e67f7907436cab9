"""User data tables with errors: every message names the file, the line and the reason."""

from __future__ import annotations

import pytest

from detente.errors import DictionaryError

GOOD_COUNTRY = "JPN,Japan,Japanese,Japanese,Nippon"


@pytest.mark.parametrize(
    ("header", "rows", "bad_line", "reason"),
    [
        ("code,name,adjectives,demonyms,aliases", [GOOD_COUNTRY, "J1,Nowhere,,,"], 3, "J1"),
        (
            "name,aliases,country,sector,role,start,end",
            [
                "Shinzo Abe,Abe,JPN,GOV,head_of_government,2012-12-26,2020-09-16",
                "Taro Aso,Aso,JPN,GOV,other_minister,2014-13-45,",
            ],
            3,
            "2014-13-45",
        ),
    ],
)
def test_actor_table_errors_name_file_line_and_reason(tmp_path, header, rows, bad_line, reason):
    from detente.actors import ActorFinder

    table = tmp_path / "mine.csv"
    table.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        ActorFinder.from_tables(table, defaults=False)
    error = caught.value
    assert error.path == str(table) and error.line == bad_line
    assert reason in error.reason
    assert str(error).startswith(f"{table}:{bad_line}: ")


def test_an_unknown_table_header_is_named(tmp_path):
    from detente.actors import ActorFinder

    table = tmp_path / "odd.csv"
    table.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"odd\.csv:1: unknown table header"):
        ActorFinder.from_tables(table, defaults=False)


def test_a_petrarch_dictionary_error_names_file_and_line(tmp_path):
    from detente.actors.petrarch import load

    path = tmp_path / "actors.txt"
    path.write_text("TOKYO [JPN]\nOSAKA [JPN 991399-]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load(path, strict=True)
    assert caught.value.path == str(path) and caught.value.line == 2


@pytest.mark.parametrize(
    ("row", "reason"),
    [("21,NOT A ROOT,0.0,1,", "bad CAMEO code"), ("01,X,zero,1,", ""), ("01,X,0.0,9,", "")],
)
def test_a_codebook_error_names_file_and_line(row, reason):
    from detente.coding.ontology import parse_codes

    lines = ["code,name,goldstein,quad,plover", row]
    with pytest.raises(DictionaryError) as caught:
        parse_codes(lines, "my-codes.csv")
    assert caught.value.path == "my-codes.csv" and caught.value.line == 2
    assert reason in caught.value.reason


def test_import_row_errors_name_file_and_line(tmp_path):
    from detente.exchange import import_gdelt
    from detente.store import open_store

    path = tmp_path / "events.tsv"
    path.write_bytes(b"too\tfew\tcolumns\n\xff\xfe not utf-8\n" + b"x" * (1024 * 1024 + 10) + b"\n")
    store = open_store(":memory:")
    report = import_gdelt([path], store)
    store.close()
    assert [s.origin for s in report.skipped] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    reasons = [s.reason for s in report.skipped]
    assert "columns" in reasons[0] and "not UTF-8" in reasons[1] and "longer than" in reasons[2]
