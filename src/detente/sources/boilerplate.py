"""Page furniture in extracted text: chrome lines, trailing link lists, site suffixes in titles."""

from __future__ import annotations

import re

from detente.sources.dates import parse_date
from detente.sources.encoding import collapse
from detente.sources.tables import patterns

# A line longer than this is prose, never furniture.
MAX_CHROME_CHARS = 100
# A trailing line with at most this many words and no final punctuation is a link or a label.
MAX_LABEL_WORDS = 8

_SENTENCE_END = re.compile(r"[.!?…:\"'”’)]$")
_POSTED = re.compile(r"^(?:posted|published)(?: on)?:?\s+(.{6,60})$", re.IGNORECASE | re.MULTILINE)
_DOUBLE_DASH_SITE = re.compile(r"\s+-\s+-\s+[^-]{1,60}$")
_TITLE_PREFIX = re.compile(r"^(?:subject|fwd?|re):\s*", re.IGNORECASE)


def is_chrome(line: str) -> bool:
    """Whether a line is page furniture ("Posted on ...", "Recently viewed", a copyright...)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHROME_CHARS:
        return False
    return any(pattern.match(stripped) for pattern in patterns("chrome"))


def strip_chrome(text: str) -> str:
    """Drop chrome lines anywhere, then the short label lines trailing after the last prose."""
    lines = [line for line in text.split("\n") if not is_chrome(line)]
    last = max((i for i, line in enumerate(lines) if _is_prose(line)), default=len(lines) - 1)
    return "\n".join(lines[: last + 1]).strip()


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    return bool(_SENTENCE_END.search(stripped)) or len(stripped.split()) > MAX_LABEL_WORDS


def posted_year(text: str) -> int | None:
    """The year of a "Posted on: <date>" line: a publication context for year-less datelines."""
    match = _POSTED.search(text)
    date = parse_date(match.group(1)) if match else None
    return date.year if date else None


def clean_title(title: str | None, *, site: str | None = None) -> str | None:
    """A title without "Subject:", a " - - Site" suffix or a trailing " - <site>" / " | <site>"."""
    if not title:
        return None
    title = _TITLE_PREFIX.sub("", collapse(title))
    title = _DOUBLE_DASH_SITE.sub("", title)
    if site:
        title = re.sub(r"\s+[-|–—:]\s+" + re.escape(collapse(site)) + r"$", "", title, flags=re.I)
    return title.strip(" -|") or None
