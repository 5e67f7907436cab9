"""Relative dates: 'on Tuesday' resolved to the latest such weekday on or before the date."""

from __future__ import annotations

import calendar
import datetime as dt

WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}


def resolve_weekday(name: str, anchor: dt.date) -> dt.date | None:
    """The latest day named ``name`` on or before ``anchor``; None if not a weekday name."""
    number = WEEKDAYS.get(name.lower())
    if number is None:
        return None
    return anchor - dt.timedelta(days=(anchor.weekday() - number) % 7)


_DAY_WORDS = (*WEEKDAYS, "yesterday")


def may_name_day(text: str) -> bool:
    """False only if no word of ``text`` can be a weekday or 'yesterday': then
    :func:`event_date` is the anchor date, with no walk over the parse."""
    low = text.lower()
    return any(word in low for word in _DAY_WORDS)


def event_date(token, anchor: dt.date | None) -> dt.date | None:
    """The date an event happened: a weekday, 'yesterday' or 'today' near the trigger, else the
    anchor (sentence or document) date."""
    if anchor is None:
        return None
    for word in _time_words(token):
        low = word.lower_
        if low == "yesterday":
            return anchor - dt.timedelta(days=1)
        if low in WEEKDAYS:
            return resolve_weekday(low, anchor)
    return anchor


def _time_words(token):
    """Weekday words attached to the trigger first, then any in the sentence."""
    near = [t for t in token.subtree if t.lower_ in WEEKDAYS or t.lower_ == "yesterday"]
    if token.dep_ != "ROOT":
        near += [t for t in token.head.children if t.lower_ in WEEKDAYS]
    return near or [t for t in token.doc if t.lower_ in WEEKDAYS or t.lower_ == "yesterday"]
