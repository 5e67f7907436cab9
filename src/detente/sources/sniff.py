"""Which kind of input is this? Decided from the first bytes, then headers, then the name.

Kinds: ``html``, ``email`` (one RFC 822 message), ``mbox``, ``feed`` (RSS or Atom), ``jsonl`` and
``text``; ``binary`` for content that is no text at all (no reader takes it). Also
:func:`pasted_mail`, which spots an e-mail pasted into a page or a text file.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from detente.sources.encoding import bom_encoding

KINDS = ("html", "email", "mbox", "feed", "jsonl", "text")
BINARY = "binary"
# Share of control bytes above which content is binary, not text.
MAX_CONTROL_SHARE = 0.1

_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "email",
    ".mbox": "mbox",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_CONTENT_TYPES = (
    ("html", "html"),
    ("rss", "feed"),
    ("atom", "feed"),
    ("xml", "feed"),
    ("json", "jsonl"),
    ("message/rfc822", "email"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_XML_PROLOG = re.compile(r"\s*(?:<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_MBOX_FROM = re.compile(r"From \S+ .*\d\d:\d\d")
_HEADER = re.compile(r"([!-9;-~]+):(?:[ \t]|$)")
MAIL_HEADERS = frozenset(
    "from to cc subject date message-id received return-path mime-version content-type "
    "delivered-to reply-to sender x-mailer in-reply-to references list-unsubscribe".split()
)


def sniff(head: bytes, *, name: str = "", content_type: str | None = None) -> str:
    """The kind of an input from its first bytes (``head``), file name and Content-Type."""
    text = _head_text(head)
    if text is None:
        return BINARY
    return (
        _sniff_text(text)
        or _by_content_type(content_type)
        or _SUFFIXES.get(PurePath(name).suffix.lower())
        or "text"
    )


def _head_text(head: bytes) -> str | None:
    encoding = bom_encoding(head)
    if encoding:
        return head.decode(encoding, errors="replace")
    if _CONTROL_BYTES.search(head[:8]) or head.count(0) or _control_share(head) > MAX_CONTROL_SHARE:
        return None
    return head.decode("utf-8", errors="replace")


def _control_share(head: bytes) -> float:
    return len(_CONTROL_BYTES.findall(head)) / max(len(head), 1)


def _sniff_text(text: str) -> str | None:
    stripped = text.lstrip()
    if _MBOX_FROM.match(stripped):
        return "mbox"
    prolog = _XML_PROLOG.match(text)
    if _FEED_ROOT.match(text, prolog.end()):
        return "feed"
    if _HTML_START.match(text):
        return "html"
    if looks_like_headers(stripped):
        return "email"
    if stripped.startswith("{"):
        return "jsonl"
    return None


def _by_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    lowered = content_type.lower()
    return next((kind for key, kind in _CONTENT_TYPES if key in lowered), None)


def looks_like_headers(text: str) -> bool:
    """Whether ``text`` opens with an RFC 822 header block naming two or more mail headers."""
    block = text.split("\n\n", 1)[0].replace("\r", "")
    lines = block.split("\n")
    if "\n\n" not in text and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off by the head's end
    names = set()
    for line in lines:
        if line[:1] in (" ", "\t"):
            continue
        match = _HEADER.match(line)
        if not match:
            return False
        names.add(match.group(1).lower())
    return len(names & MAIL_HEADERS) >= 2


_LABEL_NAMES = ("Subject", "Date", "From", "Reply-To", "To", "Cc", "Sent")
PASTED_LABEL = re.compile(
    r"(?<![\w-])(" + "|".join(_LABEL_NAMES + tuple(n.upper() for n in _LABEL_NAMES)) + "):"
)
PASTED_WINDOW = 600


def pasted_mail(text: str) -> bool:
    """Whether ``text`` holds an e-mail's header lines pasted as text (a newsletter on a page).

    True when a ``Subject:`` label has ``From:`` or ``Date:`` and one more header label within
    :data:`PASTED_WINDOW` characters of it, on the same line or on nearby lines.
    """
    labels = [(m.start(), m.group(1).lower()) for m in PASTED_LABEL.finditer(text, 0, 20000)]
    for start, label in labels:
        if label != "subject":
            continue
        near = {name for pos, name in labels if 0 <= pos - start <= PASTED_WINDOW}
        if len(near) >= 3 and near & {"from", "date"}:
            return True
    return False
