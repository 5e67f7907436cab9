"""Web pages (HTML): trafilatura's main text plus the page's own metadata."""

from __future__ import annotations

from collections.abc import Iterator

from detente.errors import SourceError
from detente.sources.boilerplate import clean_title
from detente.sources.encoding import decode
from detente.sources.htmltext import declared_charset, main_text, parse
from detente.sources.inputs import MAX_BYTES, Input
from detente.sources.meta import page_meta
from detente.sources.plain import text_document
from detente.sources.registry import Item, reader


@reader("html")
def read_html(source: Input) -> Iterator[Item]:
    data = source.read_bytes()
    charset = declared_charset(source.head, source.content_type)
    markup = decode(data, source.origin, declared=charset)
    yield page_document(markup, origin=source.origin, url=source.url)


def page_document(markup: str, *, origin: str, url: str | None = None, max_bytes: int = MAX_BYTES):
    tree = parse(markup)
    if tree is None:
        raise SourceError(origin, "no HTML content")
    text = main_text(tree, max_bytes)
    if not text:
        raise SourceError(origin, "no main text found")
    meta = page_meta(tree)
    return text_document(
        text,
        kind="html",
        origin=origin,
        title=clean_title(meta.title, site=meta.site),
        date=meta.date,
        source=meta.site,
        url=meta.url or url,
    )
