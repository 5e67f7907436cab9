import pytest

from detente.analysis import names

TABLE = [
    ("JPN", "Japan"),
    ("USA", "United States"),
    ("NLD", "Netherlands"),
    ("IGOWSTNAT", "NATO"),
    ("IGOEUREEC", "European Union"),
]


@pytest.fixture
def table(monkeypatch):
    monkeypatch.setattr(names, "_read", lambda name: TABLE if name == "countries.csv" else [])
    names.reset_caches()
    yield
    names.reset_caches()


@pytest.mark.parametrize(
    ("code", "shown", "in_sentence"),
    [
        ("JPN", "Japan", "Japan"),
        ("USA", "United States", "the United States"),
        ("NLD", "Netherlands", "the Netherlands"),
        ("JPNGOV", "Japan (GOV)", "Japan (GOV)"),
        ("IGOWSTNAT", "NATO", "NATO"),
        ("IGOEUREEC", "European Union", "the European Union"),
        ("XYZ", "XYZ", "XYZ"),
    ],
)
def test_names_and_articles(table, code, shown, in_sentence):
    assert names.display_name(code) == shown
    assert names.phrase(code) == in_sentence


def test_a_table_without_code_and_name_columns_gives_no_names():
    assert names._rows("code,label\nJPN,Japan\n") == []
    assert names._rows("code,name\nJPN,Japan\n,\n") == [("JPN", "Japan")]
