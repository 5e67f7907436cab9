import os

import pytest

from detente.sources.sniff import BINARY, looks_like_headers, pasted_mail, sniff

from .conftest import RESOURCES


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("article.html", "html"),
        ("truncated.html", "html"),
        ("newsletter.eml", "email"),
        ("html_only.eml", "email"),
        ("digest.mbox", "mbox"),
        ("wire.rss", "feed"),
        ("wire.atom", "feed"),
        ("wire.rdf", "feed"),
        ("corpus.jsonl", "jsonl"),
        ("story.txt", "text"),
        ("utf16.txt", "text"),
    ],
)
def test_sniff_fixtures(name, kind):
    assert sniff((RESOURCES / name).read_bytes()[:4096], name=name) == kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>", "feed"),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"  <!DOCTYPE html>\n<html>", "html"),
        (b"<p>Just a fragment</p>", "html"),
        (b"From: a@b.example\nDate: Mon, 1 Jun 2020 09:00:00 +0000\n\nHi", "email"),
        (b"From x@y Mon Jun  1 09:00:00 2020\nFrom: a@b\n", "mbox"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"Subject: one header only\n\nbody", "text"),
        (b"Plain words.", "text"),
    ],
)
def test_sniff_content_beats_name(head, kind):
    assert sniff(head, name="misleading.txt") == kind


def test_name_and_content_type_decide_ambiguous_text():
    assert sniff(b"garbage that is text", name="x.rss") == "feed"
    assert sniff(b"garbage that is text", content_type="application/rss+xml") == "feed"
    assert sniff(b"garbage that is text", content_type="text/html; charset=utf-8") == "html"


def test_binary():
    assert sniff(os.urandom(2048)) == BINARY
    assert sniff(b"\x00\x01\x02PK\x03\x04") == BINARY


def test_headers_need_two_mail_headers():
    assert looks_like_headers("From: a@b\nSubject: x\n\nbody")
    assert not looks_like_headers("Subject: x\n\nbody")
    assert not looks_like_headers("Note: this is text\nAnd: more\n\n")


def test_pasted_mail_inline_and_on_lines():
    inline = "x Subject: Talks - Desk Date: Tue, 11 Mar 2014 02:30:21 +0000 From: Desk To: Talks y"
    lines = "Subject: Talks\nFrom: Desk\nDate: Tue, 11 Mar 2014\nTo: me\n\nBody."
    assert pasted_mail(inline) and pasted_mail(lines)
    assert not pasted_mail("The subject: trade. The date: unknown. From: nobody.")
    assert not pasted_mail("Subject: Talks\n\nA normal text about talks.")
