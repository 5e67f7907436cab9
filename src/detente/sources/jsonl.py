"""JSON Lines corpora: one object per line with ``text`` and optional metadata.

Recognised fields: ``text`` (required), ``id``, ``title``, ``date`` (ISO), ``url``, ``source``.
A document's origin is ``path#<id>`` when the line has an id, else ``path#<line number>``; a bad
line is a :class:`SourceError` for ``path:<line number>`` and the next lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from detente.errors import SourceError
from detente.records import Document
from detente.sources.build import make_document
from detente.sources.dates import parse_date
from detente.sources.encoding import bom_encoding
from detente.sources.inputs import Input
from detente.sources.registry import Item, reader

TEXT_FIELDS = ("title", "url", "source")


@reader("jsonl")
def read_jsonl(source: Input) -> Iterator[Item]:
    with source.open() as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                yield line_document(raw, origin=source.origin, number=number)
            except SourceError as error:
                yield error


def line_document(raw: bytes, *, origin: str, number: int) -> Document:
    where = f"{origin}:{number}"
    record = _load(raw, where, first=number == 1)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(where, "no 'text' string")
    fields = {key: _string(record.get(key)) for key in TEXT_FIELDS}
    date = parse_date(_string(record.get("date")))
    ident = _string(record.get("id"))
    return make_document(
        text,
        kind="jsonl",
        origin=f"{origin}#{ident or number}",
        date=date,
        date_source="metadata",
        **fields,
    )


def _load(raw: bytes, where: str, *, first: bool) -> dict:
    try:
        line = raw.decode(bom_encoding(raw) or "utf-8") if first else raw.decode("utf-8")
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        raise SourceError(where, f"not UTF-8 at byte {exc.start}") from exc
    except ValueError as exc:
        raise SourceError(where, f"invalid JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise SourceError(where, f"a line must hold a JSON object, not {type(record).__name__}")
    return record


def _string(value: object) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip() or None
    return None
