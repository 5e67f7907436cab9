"""Dates from metadata values, e-mail headers and datelines. Nothing is ever guessed.

A date is the calendar day as written by the publisher (no time-zone conversion).
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

MIN_YEAR, MAX_YEAR = 1800, 2100

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_WEEKDAY = r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
# A place at the head of a dateline: "MOSCOW," or "Kuala Lumpur, Malaysia,".
_PLACE = r"(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},\s+(?:[A-Z][\w.'’-]*,\s+)?)?"
# What may follow a dateline: "(Reuters) -", "| 0052 GMT", "--", ":".
_TAIL = r"(?P<tail>\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—|:]|\n|$))?"
_US = _PLACE + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
_UK = _PLACE + _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?"
_ISO_LINE = _PLACE + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
DATELINES = tuple(re.compile(r"\s*" + pattern + _TAIL) for pattern in (_US, _UK, _ISO_LINE))
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def make_date(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str | None) -> dt.date | None:
    """An ISO 8601 (``2014-03-11``, ``2014-03-11T02:30:21Z``), RFC 2822 or written date."""
    if not value or not value.strip():
        return None
    iso = _ISO.match(value)
    if iso:
        return make_date(*(int(part) for part in iso.groups()))
    rfc = parsedate_tz(value)
    if rfc:
        return make_date(*rfc[:3])
    match = dateline_match(value)
    if match and match.group("year"):
        return _match_date(match, None)
    return None


def dateline_match(text: str) -> re.Match[str] | None:
    """The dateline at the very start of ``text``, if there is one."""
    for pattern in DATELINES:
        match = pattern.match(text, 0, 160)
        if match and (match.group("year") or match.group("tail")):
            return match
    return None


def dateline(text: str, context_year: int | None = None) -> dt.date | None:
    """The date of a dateline opening ``text``.

    ``MOSCOW, March 3 (Reuters) -`` has no year: it takes ``context_year`` (the year of a known
    publication context, such as the feed or page it came from) or gives ``None``.
    """
    match = dateline_match(text)
    return _match_date(match, context_year) if match else None


def _match_date(match: re.Match[str], context_year: int | None) -> dt.date | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    year = int(match.group("year")) if match.group("year") else context_year
    if year is None:
        return None
    return make_date(year, number, int(match.group("day")))
