"""Assembling a :class:`Document` from a reader's fields."""

from __future__ import annotations

import datetime as dt

from detente.errors import SourceError
from detente.records import Document
from detente.sources.dates import dateline
from detente.sources.encoding import clean_text, collapse
from detente.sources.ids import document_id
from detente.sources.language import guess_language
from detente.sources.sentences import split_sentences


def make_document(
    body: str,
    *,
    kind: str,
    origin: str,
    title: str | None = None,
    date: dt.date | None = None,
    date_source: str = "metadata",
    source: str | None = None,
    url: str | None = None,
    context_year: int | None = None,
) -> Document:
    """Clean ``body``, fill id, sentences and language; raise if no text is left.

    ``date_source`` names where ``date`` came from. Without a date, a dateline opening the body
    gives one (``"dateline"``); otherwise the date stays unknown.
    """
    text = clean_text(body)
    if not any(char.isalnum() for char in text):
        raise SourceError(origin, "no text")
    if date is None:
        date = dateline(text, context_year)
        date_source = "dateline" if date else "unknown"
    return Document(
        id=document_id(text),
        text=text,
        sentences=split_sentences(text),
        kind=kind,
        origin=origin,
        title=_field(title),
        date=date,
        date_source=date_source,
        source=_field(source),
        url=_field(url),
        language=guess_language(text),
    )


def _field(value: str | None) -> str | None:
    return collapse(clean_text(value)) or None if value else None
