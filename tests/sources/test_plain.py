import datetime as dt

import pytest

from detente.sources import read

from .conftest import RESOURCES, SEED


def read_one(path, **kwargs):
    docs = list(read([path], **kwargs))
    assert len(docs) == 1
    return docs[0]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not found at ../shared/seed/")
def test_seed_pasted_newsletter():
    errors = []
    docs = list(read([SEED], on_error=errors.append))
    assert errors == []
    assert len(docs) == 1
    doc = docs[0]
    assert doc.title == "Japans Policy Toward Russia Is Put to the Test"
    assert doc.date == dt.date(2014, 3, 11)
    assert doc.date_source == "header"
    assert doc.source == "Stratfor"
    assert doc.text.startswith("Japans recent attempts to practice")
    for chrome in ("Recently Viewed Topics", "©", "Posted on", "Subject:", "Reply-To:", "0052 GMT"):
        assert chrome not in doc.text
    assert doc.language == "en"
    assert len(doc.sentences) > 20


def test_headline_and_dateline():
    doc = read_one(RESOURCES / "story.txt")
    assert doc.kind == "text"
    assert doc.title == "Mexico and Guatemala sign a water accord"
    assert doc.date == dt.date(2017, 8, 5) and doc.date_source == "dateline"
    assert doc.text.startswith("MEXICO CITY, August 5, 2017")
    assert "Share this" not in doc.text and "Related Articles" not in doc.text
    assert "Rain returns" not in doc.text
    assert doc.text.endswith("welcomed the news.")


def test_no_headline_no_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("the talks went on all night, and nobody spoke to the press afterwards.\n")
    doc = read_one(path)
    assert doc.title is None
    assert doc.date is None and doc.date_source == "unknown"


def test_dateline_without_year_stays_unknown(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("QUITO, May 4 (Andes Wire) - Ecuador closed a border post on Sunday.\n")
    assert read_one(path).date is None


def test_dateline_takes_year_from_posted_line(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "QUITO, May 4 (Andes Wire) - Ecuador closed a border post on Sunday.\n"
        "Posted on: Mon, 05 May 2014 10:00:00 +0000\n"
    )
    doc = read_one(path)
    assert doc.date == dt.date(2014, 5, 4) and doc.date_source == "dateline"
    assert "Posted on" not in doc.text


@pytest.mark.parametrize("name", ["mojibake.txt", "cp1252.txt", "utf16.txt"])
def test_encodings_are_repaired(name):
    doc = read_one(RESOURCES / name)
    assert "â€" not in doc.text and "Ã" not in doc.text and "\ufffd" not in doc.text
    assert any(accent in doc.text for accent in ("í", "á"))


def test_pasted_mail_lines(tmp_path):
    path = tmp_path / "forward.txt"
    path.write_text(
        "Subject: Chad and Niger Discuss Lake Levels\n"
        "From: Sahel Notes <notes@sahel.example>\n"
        "Date: Fri, 06 Jun 2014 07:00:00 +0100\n"
        "To: reader@example.net\n\n"
        "Chad and Niger discussed the falling level of Lake Chad at a meeting in N'Djamena.\n"
        "Experts will present a report next year.\n"
    )
    doc = read_one(path)
    assert doc.title == "Chad and Niger Discuss Lake Levels"
    assert doc.source == "Sahel Notes"
    assert doc.date == dt.date(2014, 6, 6) and doc.date_source == "header"
    assert doc.text.startswith("Chad and Niger discussed")
