import datetime as dt

from detente.sources import read

from .conftest import RESOURCES


def read_all(name):
    errors = []
    return list(read([RESOURCES / name], on_error=errors.append)), errors


def test_rss2_entries():
    docs, errors = read_all("wire.rss")
    assert [d.title for d in docs] == [
        "Panama and Costa Rica open a joint customs post",
        "Honduras recalls its envoy",
    ]
    first, second = docs
    assert first.kind == "feed" and first.source == "Isthmus Wire"
    assert first.url == "https://isthmus.example/2021/02/customs-post"
    assert first.date == dt.date(2021, 2, 11) and first.date_source == "metadata"
    # content:encoded is preferred over the short description; scripts are dropped.
    assert "inspected only once" in first.text and "track()" not in first.text
    assert "<p>" not in first.text
    # No pubDate: the dateline's year comes from the feed's own date.
    assert second.date == dt.date(2021, 2, 10) and second.date_source == "dateline"
    assert len(errors) == 1 and errors[0].origin.endswith("wire.rss#3")


def test_atom_entry():
    (doc,), _ = read_all("wire.atom")
    assert doc.title == "Iceland and Denmark sign a search and rescue pact"
    assert doc.url == "https://fjord.example/sar-pact"
    assert doc.date == dt.date(2022, 5, 2)
    assert doc.text.count("\n") >= 1


def test_rss1_entry():
    (doc,), _ = read_all("wire.rdf")
    assert doc.date == dt.date(2023, 1, 20) and doc.source == "Savanna Digest"


def test_invalid_feed_xml():
    docs, errors = read_all("broken.rss")
    assert docs == [] and len(errors) == 1
    assert errors[0].reason.startswith("invalid feed XML")


def test_bozo_feed_with_entries_is_kept(tmp_path):
    path = tmp_path / "loose.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>Loose</title><item><title>Entry &nbsp; one</title>"
        "<description>Peru and Chile met in Arica on Monday &amp; agreed.</description>"
        "</item></channel></rss>"
    )
    docs, errors = read_all(path)
    assert errors == [] and len(docs) == 1
    assert "Arica" in docs[0].text
