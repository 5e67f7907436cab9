"""E-mail: single messages (``.eml``) and mailboxes (``mbox``, one document per message).

The text/plain part is preferred; an HTML-only message goes through the HTML extractor.
Attachments are ignored. Quoted replies, signatures and newsletter footers are cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from typing import BinaryIO

from charset_normalizer import from_bytes

from detente.errors import SourceError
from detente.records import Document
from detente.sources.dates import parse_date
from detente.sources.encoding import clean_text, decode
from detente.sources.htmltext import main_text, parse
from detente.sources.inputs import MAX_BYTES, Input
from detente.sources.plain import text_document
from detente.sources.registry import Item, reader
from detente.sources.tables import patterns

_PARSER = BytesParser(policy=policy.default)
_WROTE = re.compile(r"^(?:On\b.{0,200}\bwrote:|-{2,}\s*Original Message\s*-{2,})\s*$", re.M | re.I)
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)
_QUOTED = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
_MBOX_SEPARATOR = re.compile(rb"From \S+ .*\d\d:\d\d")


@reader("email")
def read_email(source: Input) -> Iterator[Item]:
    message = _PARSER.parsebytes(source.read_bytes())
    yield message_document(message, origin=source.origin)


@reader("mbox")
def read_mbox(source: Input) -> Iterator[Item]:
    with source.open() as handle:
        for number, raw in enumerate(mbox_messages(handle), 1):
            origin = f"{source.origin}#{number}"
            try:
                yield message_document(_PARSER.parsebytes(raw), origin=origin)
            except SourceError as error:
                yield error


def mbox_messages(handle: BinaryIO) -> Iterator[bytes]:
    """The raw messages of an mbox, read line by line (``>From`` quoting undone)."""
    lines: list[bytes] = []
    blank_before = True
    for line in handle:
        if blank_before and _MBOX_SEPARATOR.match(line):
            if lines:
                yield b"".join(lines)
            lines = []
        elif lines or line.strip():
            lines.append(line[1:] if re.match(rb">+From ", line) else line)
        blank_before = not line.strip()
    if lines:
        yield b"".join(lines)


def message_document(message: EmailMessage, *, origin: str) -> Document:
    """A document from one e-mail: Subject as title, Date (header) as date, sender as source."""
    body = strip_mail_furniture(_body_text(message, origin))
    if not body.strip():
        raise SourceError(origin, "e-mail has no text body")
    name, address = parseaddr(_header(message, "from"))
    return text_document(
        body,
        kind="email",
        origin=origin,
        title=_header(message, "subject") or None,
        date=parse_date(_header(message, "date")),
        date_source="header",
        source=name or address or None,
    )


def _header(message: EmailMessage, name: str) -> str:
    """A header as text; a malformed header gives its raw value or nothing, never an error."""
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError, AttributeError, LookupError):
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _body_text(message: EmailMessage, origin: str) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _part_text(part, origin)
    if part.get_content_subtype() == "html":
        tree = parse(text) if text.strip() else None
        return main_text(tree, MAX_BYTES) if tree is not None else ""
    return clean_text(text)


def _part_text(part: EmailMessage, origin: str) -> str:
    """The decoded text of a part: its declared charset, else a detected one."""
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        pass
    payload = part.get_payload(decode=True) or b""
    best = from_bytes(payload).best()
    return str(best) if best is not None else decode(payload, origin)


def strip_mail_furniture(text: str) -> str:
    """Cut quoted replies, a signature after "-- ", and a newsletter footer in the second half."""
    for pattern in (_WROTE, _SIGNATURE):
        match = pattern.search(text)
        if match:
            text = text[: match.start()]
    text = _QUOTED.sub("", text)
    return _cut_footer(text)


def _cut_footer(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    half = len(paragraphs) // 2
    for index in range(max(half, 1), len(paragraphs)):
        if any(pattern.search(paragraphs[index]) for pattern in patterns("mail_footer")):
            return "\n\n".join(paragraphs[:index])
    return text
