"""An e-mail newsletter pasted into a page or a text file, header lines and all.

Such a text holds labels like ``Subject: ... Date: ... From: ... To: ...``, often run together on
one line with the body, after some page furniture and before more (a "Posted on" line, link
lists, a copyright). The mail's own subject, date and sender are the document's title, date and
source; the body starts after the header labels, without the repeated title and dateline that
newsletters print above the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parseaddr

from detente.sources.boilerplate import clean_title, strip_chrome
from detente.sources.dates import dateline_match, parse_date
from detente.sources.encoding import collapse
from detente.sources.sniff import PASTED_LABEL, pasted_mail

# Longest header value: a gap wider than this between two labels ends a header group.
MAX_VALUE_CHARS = 300
_ADDRESSES = re.compile(
    r"(?:\s*(?:\"[^\"\n]{0,80}\"|[^\s<>@,\"]+(?:\s+[^\s<>@,\"]+){0,3})?\s*<[^<>\s]+@[^<>\s]+>"
    r"|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*[,;](?=\s*\S))?"
)
_RFC_DATE = re.compile(
    r"(?:\w{3},\s*)?\d{1,2}\s+\w{3}\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{4}|\s+[A-Z]{2,5})?"
)
_CLOCK = re.compile(r"\s*\d{3,4}\s*(?:GMT|UTC)\b|\s*\d{1,2}:\d{2}\s*(?:GMT|UTC|[ap]\.?m\.?)?")
_DASH = re.compile(r"\s*[-–—|:]?\s*")


@dataclass(frozen=True, slots=True)
class PastedMail:
    title: str | None
    date: dt.date | None
    source: str | None
    body: str


def parse_pasted(text: str) -> PastedMail | None:
    """Split a pasted e-mail into its header fields and its body; ``None`` if there is none."""
    if not pasted_mail(text):
        return None
    group = _best_group(list(PASTED_LABEL.finditer(text, 0, 20000)))
    if group is None:
        return None
    headers, body_start = _header_values(text, group)
    sender = _sender(headers.get("from", ""))
    title = clean_title(headers.get("subject"), site=sender)
    body = _drop_title_and_dateline(text[body_start:], title)
    return PastedMail(
        title=title,
        date=parse_date(headers.get("date") or headers.get("sent")),
        source=sender,
        body=strip_chrome(body),
    )


def _best_group(labels: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The run of nearby labels naming the most headers (the later one on a tie)."""
    groups: list[list[re.Match[str]]] = []
    for label in labels:
        if groups and label.start() - groups[-1][-1].end() <= MAX_VALUE_CHARS:
            groups[-1].append(label)
        else:
            groups.append([label])
    best, best_names = None, 0
    for group in groups:
        names = {label.group(1).lower() for label in group}
        if "subject" in names and names & {"from", "date"} and len(names) >= best_names:
            best, best_names = group, len(names)
    return best


def _header_values(text: str, group: list[re.Match[str]]) -> tuple[dict[str, str], int]:
    """Each label's value, and where the body starts (after the last label's value)."""
    headers: dict[str, str] = {}
    for label, following in zip(group, group[1:], strict=False):
        headers.setdefault(label.group(1).lower(), collapse(text[label.end() : following.start()]))
    last = group[-1]
    end = _last_value_end(text, last)
    headers.setdefault(last.group(1).lower(), collapse(text[last.end() : end]))
    return headers, end


def _last_value_end(text: str, label: re.Match[str]) -> int:
    """The end of the last header's value, which may run on into the body on the same line."""
    newline = text.find("\n", label.end())
    if 0 <= newline - label.end() <= MAX_VALUE_CHARS:
        return newline
    name = label.group(1).lower()
    if name in ("date", "sent"):
        match = _RFC_DATE.match(text, label.end())
        return match.end() if match else label.end()
    end = label.end()
    if name in ("from", "to", "cc", "reply-to"):
        while match := _ADDRESSES.match(text, end):
            end = match.end()
    return end


def _sender(value: str) -> str | None:
    name, address = parseaddr(value)
    if name:
        return name
    return address if "@" in value else (value or None)


def _drop_title_and_dateline(body: str, title: str | None) -> str:
    body = body.lstrip()
    if title:
        words = [re.escape(word) for word in title.split()]
        repeat = re.match(r"\W*" + r"\W+".join(words) + r"\b", body, re.IGNORECASE)
        if repeat:
            body = body[repeat.end() :].lstrip()
    match = dateline_match(body)
    if match and not match.group("place"):
        rest = body[match.end() :]
        clock = _CLOCK.match(rest)
        rest = rest[clock.end() :] if clock else rest
        body = rest[_DASH.match(rest).end() :]
    return body
