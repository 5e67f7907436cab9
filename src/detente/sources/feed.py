"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser): one document per entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import feedparser

from detente.errors import SourceError
from detente.records import Document
from detente.sources.build import make_document
from detente.sources.dates import make_date
from detente.sources.fetch import refuse_entity_declarations
from detente.sources.htmltext import fragment_text
from detente.sources.inputs import Input
from detente.sources.registry import Item, reader


@reader("feed")
def read_feed(source: Input) -> Iterator[Item]:
    data = source.read_bytes()
    refuse_entity_declarations(data, source.origin)  # feedparser's fallback parser expands them
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries:
        if parsed.bozo:
            reason = " ".join(str(parsed.get("bozo_exception", "")).split())[:200]
            raise SourceError(source.origin, f"invalid feed XML: {reason}")
        raise SourceError(source.origin, "feed has no entries")
    feed_date = _struct_date(parsed.feed, "updated_parsed") or _struct_date(
        parsed.feed, "published_parsed"
    )
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        origin = f"{source.origin}#{number}"
        try:
            yield entry_document(entry, origin=origin, site=site, feed_date=feed_date)
        except SourceError as error:
            yield error


def entry_document(
    entry: dict, *, origin: str, site: str | None, feed_date: dt.date | None
) -> Document:
    """A document from a feed entry: its link, title, date (metadata) and cleaned content."""
    body = _entry_text(entry)
    if not body:
        raise SourceError(origin, "feed entry has no text")
    date = _struct_date(entry, "published_parsed") or _struct_date(entry, "updated_parsed")
    return make_document(
        body,
        kind="feed",
        origin=origin,
        title=entry.get("title") or None,
        date=date,
        date_source="metadata",
        source=site,
        url=entry.get("link") or None,
        context_year=feed_date.year if feed_date else None,
    )


def _entry_text(entry: dict) -> str:
    """The longest of the entry's content blocks and summary, as text."""
    blocks = [item.get("value", "") for item in entry.get("content", []) or []]
    blocks.append(entry.get("summary", "") or "")
    texts = [fragment_text(block) for block in blocks if block and block.strip()]
    return max(texts, key=len, default="")


def _struct_date(item: dict, key: str) -> dt.date | None:
    value = dict.get(item, key)  # not item.get: feedparser maps missing keys with a warning
    return make_date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
