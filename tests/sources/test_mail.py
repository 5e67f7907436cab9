import datetime as dt

import pytest

from detente.sources import read
from detente.sources.mail import strip_mail_furniture

from .conftest import RESOURCES


def read_all(name):
    errors = []
    docs = list(read([RESOURCES / name], on_error=errors.append))
    return docs, errors


def test_multipart_newsletter_prefers_plain_and_cuts_footer():
    (doc,), errors = read_all("newsletter.eml")
    assert errors == []
    assert doc.kind == "email"
    assert doc.title == "Peru and Bolivia reopen a border crossing"
    assert doc.date == dt.date(2019, 7, 15) and doc.date_source == "header"
    assert doc.source == "Andes Weekly"
    assert doc.text.startswith("Peru and Bolivia reopened the Desaguadero border crossing")
    assert "Lima’s trade office" in doc.text  # quoted-printable UTF-8 decoded
    assert "HTML copy" not in doc.text and "JVBER" not in doc.text
    assert "nsubscribe" not in doc.text and "receiving this" not in doc.text


def test_html_only_base64():
    (doc,), _ = read_all("html_only.eml")
    assert doc.source == "Ice Shelf Notes"
    assert doc.text.startswith("Argentina and the United Kingdom agreed")
    assert "Ice Shelf Notes" not in doc.text


def test_declared_latin1_and_encoded_subject():
    (doc,), _ = read_all("latin1.eml")
    assert doc.title == "Le Mali et le Sénégal signent un accord"
    assert "Sénégal ont signé" in doc.text


def test_bad_declared_charset_falls_back():
    (doc,), errors = read_all("badcharset.eml")
    assert errors == []
    assert "“the talks went well”" in doc.text


def test_reply_and_signature_are_stripped():
    (doc,), _ = read_all("reply.eml")
    assert doc.title == "Uruguay port talks"
    assert "wrote:" not in doc.text and "Can you confirm" not in doc.text


def test_mbox_one_document_per_message_and_errors_per_message():
    docs, errors = read_all("digest.mbox")
    assert [d.origin.rsplit("#", 1)[1] for d in docs] == ["1", "3"]
    assert "From now on, patrol boats" in docs[0].text
    assert "Earlier you wrote" not in docs[1].text and "Lagoon Letter, Accra" not in docs[1].text
    assert len(errors) == 1 and errors[0].origin.endswith("digest.mbox#2")
    assert "no text body" in errors[0].reason


def test_message_without_body():
    docs, errors = read_all("nobody.eml")
    assert docs == [] and len(errors) == 1
    assert errors[0].reason == "e-mail has no text body"


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("News here.\n\n-- \nJane, desk", "News here.", "Jane"),
        ("News here.\n> quoted line\nMore news.", "More news.", "quoted"),
        ("News here.\n\nOn Mon, 1 Jun 2020, Bob wrote:\n> hi", "News here.", "Bob"),
        ("A.\n\nB.\n\nC.\n\nTo unsubscribe click here.", "C.", "unsubscribe"),
    ],
)
def test_strip_mail_furniture(text, kept, dropped):
    out = strip_mail_furniture(text)
    assert kept in out and dropped not in out
