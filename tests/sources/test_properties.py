"""Property tests: whatever the bytes, a reader yields documents or SourceErrors, nothing else."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import SourceError
from detente.records import Document
from detente.sources.inputs import HEAD_BYTES, Input
from detente.sources.registry import get_reader
from detente.sources.sniff import KINDS, sniff

# DETENTE_PROP_EXAMPLES=1000 runs a longer search locally.
MAX_EXAMPLES = int(os.environ.get("DETENTE_PROP_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

words = st.sampled_from(
    "Peru Chile met talks border the and of in on said minister Lima . , ; é — ’ < > & \" ' "
    "Subject: From: Date: To: 2014 March 11 | GMT -- \n".split(" ")
)
prose = st.lists(words, max_size=60).map(" ".join)


def run_reader(kind: str, data: bytes) -> list:
    source = Input(origin="prop", head=data[:HEAD_BYTES], data=data)
    items = []
    try:
        for item in get_reader(kind, "prop")(source):
            assert isinstance(item, Document | SourceError)
            items.append(item)
    except SourceError as error:
        items.append(error)
    for item in items:
        if isinstance(item, Document):
            assert item.text and item.text == item.text.strip()
            for sentence in item.sentences:
                assert item.text[sentence.start : sentence.end] == sentence.text
        else:
            assert item.reason and "\n" not in item.reason
    return items


@pytest.mark.parametrize("kind", KINDS)
@SETTINGS
@given(data=st.binary(max_size=600))
def test_random_bytes(kind, data):
    run_reader(kind, data)


@given(data=st.binary(max_size=600))
def test_sniff_always_answers(data):
    assert sniff(data) in (*KINDS, "binary")


tags = st.sampled_from(["p", "div", "article", "nav", "footer", "script", "h1", "time", "title"])


@st.composite
def html_pages(draw):
    parts = ["<html><head>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(prose)}</title>")
    if draw(st.booleans()):
        value = draw(st.sampled_from(["2014-03-11", "garbage", "", "2014-99-99T00:00Z"]))
        parts.append(f"<meta property='article:published_time' content='{value}'>")
    if draw(st.booleans()):
        parts.append(f"<script type='application/ld+json'>{draw(prose)}</script>")
    parts.append("</head><body>")
    for tag in draw(st.lists(tags, max_size=8)):
        parts.append(f"<{tag}>{draw(prose)}</{tag}>" if draw(st.booleans()) else f"<{tag}>")
    return "".join(parts)[: draw(st.integers(0, 4000))]


@SETTINGS
@given(page=html_pages())
def test_random_html(page):
    run_reader("html", page.encode("utf-8"))


header_names = st.sampled_from(["From", "To", "Subject", "Date", "Content-Type", "X-Odd"])
header_values = st.one_of(
    prose,
    st.sampled_from(
        [
            "text/plain; charset=no-such",
            "multipart/alternative; boundary=B",
            "text/html; charset=utf-8",
            "Tue, 11 Mar 2014 02:30:21 +0000",
            "=?utf-8?b?broken?=",
            "<a@b>",
        ]
    ),
)


@SETTINGS
@given(
    headers=st.lists(st.tuples(header_names, header_values), max_size=6),
    body=prose,
    multipart=st.booleans(),
)
def test_random_email(headers, body, multipart):
    lines = [f"{name}: {value}" for name, value in headers]
    if multipart:
        body = f"--B\nContent-Type: text/plain\n\n{body}\n--B--\n"
    data = ("\n".join(lines) + "\n\n" + body).encode("utf-8")
    run_reader("email", data)
    run_reader("mbox", b"From x@y Mon Jun  1 09:00:00 2020\n" + data)


@SETTINGS
@given(
    root=st.sampled_from(["rss", "feed", "rdf:RDF"]),
    entries=st.lists(st.tuples(prose, prose, st.sampled_from(["", "2014-03-11", "junk"]))),
    cut=st.integers(0, 3000),
)
def test_random_feed(root, entries, cut):
    items = "".join(
        f"<item><title>{title}</title><description>{text}</description>"
        f"<pubDate>{date}</pubDate></item>"
        for title, text, date in entries
    )
    xml = f"<?xml version='1.0'?><{root}><channel><title>T</title>{items}</channel></{root}>"
    run_reader("feed", xml[:cut].encode("utf-8"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | prose,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(prose, children, max_size=3),
    max_leaves=6,
)


@SETTINGS
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["text", "id", "title", "date", "url", "source", "other"]),
            json_values,
        )
        | json_values,
        max_size=5,
    )
)
def test_random_jsonl(records):
    data = "\n".join(json.dumps(record) for record in records).encode("utf-8")
    run_reader("jsonl", data)
