"""Plain text files, and the shared path from extracted text to a document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from detente.records import Document
from detente.sources.boilerplate import clean_title, posted_year, strip_chrome
from detente.sources.build import make_document
from detente.sources.encoding import clean_text, decode
from detente.sources.inputs import Input
from detente.sources.pasted import parse_pasted
from detente.sources.registry import Item, reader

MAX_HEADLINE_CHARS = 150
MAX_HEADLINE_WORDS = 25
_NOT_HEADLINE_END = re.compile(r"[.,;:]$")


@reader("text")
def read_text(source: Input) -> Iterator[Item]:
    text = clean_text(decode(source.read_bytes(), source.origin))
    yield text_document(text, kind="text", origin=source.origin, url=source.url)


def text_document(
    text: str,
    *,
    kind: str,
    origin: str,
    title: str | None = None,
    date: dt.date | None = None,
    date_source: str = "metadata",
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """A document from extracted text: a pasted e-mail's own fields win over page metadata.

    Without a given ``title``, a first line that reads like a headline becomes the title.
    """
    context_year = posted_year(text)
    mail = parse_pasted(text)
    if mail is not None:
        return make_document(
            mail.body,
            kind=kind,
            origin=origin,
            title=mail.title or title,
            date=mail.date or date,
            date_source="header" if mail.date else date_source,
            source=mail.source or source,
            url=url,
            context_year=context_year,
        )
    body = strip_chrome(text)
    if title is None:
        title, body = split_headline(body)
    else:
        body = drop_repeated_title(body, title)
    return make_document(
        body,
        kind=kind,
        origin=origin,
        title=clean_title(title, site=source),
        date=date,
        date_source=date_source,
        source=source,
        url=url,
        context_year=context_year,
    )


def drop_repeated_title(body: str, title: str) -> str:
    """The body without a first line that only repeats the title."""
    first, _, rest = body.partition("\n")
    same = " ".join(first.split()).casefold() == " ".join(title.split()).casefold()
    return rest if same and rest.strip() else body


def split_headline(text: str) -> tuple[str | None, str]:
    """``(first line, rest)`` if the first line reads like a headline, else ``(None, text)``."""
    first, _, rest = text.partition("\n")
    line = first.strip()
    words = line.split()
    if (
        rest.strip()
        and 0 < len(line) <= MAX_HEADLINE_CHARS
        and 2 <= len(words) <= MAX_HEADLINE_WORDS
        and (line[0].isupper() or line[0].isdigit())
        and not _NOT_HEADLINE_END.search(line)
    ):
        return line, rest
    return None, text
