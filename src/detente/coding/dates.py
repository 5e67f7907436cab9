"""Dates of events: 'on Tuesday' resolved to the latest such weekday on or before the document
date, and calendar dates ('on Feb. 18', 'in December') that place an act weeks before it."""

from __future__ import annotations

import calendar
import datetime as dt

WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
# spans of time a noun may name ('over the weekend', 'every year')
TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "decade", "summer", "winter"})
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)


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
    words = _time_words(token)
    if words and words[0].lower_ in WEEKDAYS and _own(words[0], token) and ahead(token):
        # 'will meet on Friday': the intent is stated now, the day is ahead; a weekday on the
        # saying ('said Wednesday that it will meet Y') still dates the statement
        return anchor
    for word in words:
        low = word.lower_
        if low == "yesterday":
            return anchor - dt.timedelta(days=1)
        if low in WEEKDAYS:
            return resolve_weekday(low, anchor)
    return anchor


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: present verbs and adjectives that put what they govern ahead ('hopes to', 'is due to')
_AHEAD_WORDS = frozenset({"hope", "plan", "expect", "aim", "intend", "due", "set", "schedule"})
#: links that stay inside the clause of the act on the way up to the verb that dates it
_CLAUSE_LINKS = frozenset({"xcomp", "conj", "pobj", "prep", "acl", "dobj", "pcomp", "npadvmod"})


def ahead(token) -> bool:
    """True if the act of ``token`` is told as still to come: a future auxiliary on its
    clause ('will hold talks on Tuesday'), or a present hope, plan or schedule above it
    ('hopes to settle it during talks Tuesday', 'are due to meet Thursday'); a past verb on
    the way up ('held talks Tuesday', 'planned to meet') ends the walk."""
    node = token
    for _ in range(6):
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if aux & _FUTURE_AUX:
            return True
        if node.lemma_.lower() in _AHEAD_WORDS and (
            node.tag_ in ("VBZ", "VBP", "VBN", "JJ") and node is not token
        ):
            if node.tag_ != "VBN" or aux & {"is", "are", "am", "be"}:
                return True  # 'is set to', 'are scheduled to'; not 'had planned to'
        if node.tag_ == "VBD" or (node.tag_ == "VBN" and aux & {"has", "have", "had"}):
            return False
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _own(word, token) -> bool:
    """Whether ``word`` sits in the clause of ``token`` (not on the verb above it)."""
    return token.left_edge.i <= word.i <= token.right_edge.i and word in token.subtree


def _time_words(token):
    """Weekday words attached to the trigger first, then any in the sentence."""
    near = [t for t in token.subtree if t.lower_ in WEEKDAYS or t.lower_ == "yesterday"]
    if token.dep_ != "ROOT":
        near += [t for t in token.head.children if t.lower_ in WEEKDAYS]
    return near or [t for t in token.doc if t.lower_ in WEEKDAYS or t.lower_ == "yesterday"]


_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name[:3]: number for name, number in list(_MONTHS.items())} | {"sept": 9}
#: how long before the document date a dated act is still news, not background
RECENT = dt.timedelta(days=7)
#: a date without a year this far after the document date is last year's ('in December'
#: in a March article); nearer, it is one ahead ('talks on March 20' in a March 10 article)
_AHEAD = dt.timedelta(days=120)


def calendar_date(token, anchor: dt.date | None) -> dt.date | None:
    """A calendar date on the trigger itself ('met on Feb. 18', 'talks in Riyadh on 18
    February', 'in December, U.S. forces struck ...'): the day it names (a month alone: its
    last day), the year taken from the text or else the nearest that fits the anchor."""
    if anchor is None:
        return None
    for child in token.children:
        heads = [child] if child.dep_ == "npadvmod" else []
        if child.dep_ == "prep" and child.lower_ in ("on", "in"):
            heads = [g for g in child.children if g.dep_ == "pobj"]
        for head in heads:
            day = _date_phrase(head, anchor)
            if day is not None:
                return day
    return None


def _date_phrase(head, anchor: dt.date) -> dt.date | None:
    """The date a month's name heads, with the day and year numbers it governs; a phrase
    that only holds a month further down ('a truce that has held since April') is none."""
    if not _is_month(head):
        return None
    month = _MONTHS[head.lower_.rstrip(".")]
    numbers = [int(w.text) for w in head.children if w.text.isdigit()]
    years = [n for n in numbers if 1900 <= n <= 2100]
    days = [n for n in numbers if 1 <= n <= 31]
    year = years[0] if years else anchor.year
    last = calendar.monthrange(year, month)[1]
    day = dt.date(year, month, min(days[0], last) if days else last)
    if not years and day - anchor > _AHEAD:
        day = day.replace(year=year - 1, day=min(day.day, calendar.monthrange(year - 1, month)[1]))
    if not days and (day.year, day.month) == (anchor.year, anchor.month):
        return anchor  # 'in March' in a March article: this month, no earlier
    return day


def _is_month(word) -> bool:
    """A month's name, capitalised ('May' the month, not 'may' the verb), or its abbreviation
    with a point or a day after it ('Feb. 18', 'Sept 3'; not 'Jan' the given name)."""
    low = word.lower_.rstrip(".")
    if low not in _MONTHS or not word.text[:1].isupper():
        return False
    if len(low) <= 4 and low not in ("may", "june", "july"):
        after = word.nbor(1) if word.i + 1 < len(word.doc) else None
        return word.text.endswith(".") or (after is not None and after.text.isdigit())
    return low != "may" or word.pos_ == "PROPN"


def past_date(token, anchor: dt.date | None) -> dt.date | None:
    """The trigger's calendar date when it is on or before the anchor (a date ahead is when a
    planned act is due, not when the intent was stated)."""
    day = calendar_date(token, anchor)
    return day if day is not None and day <= anchor else None


def dated_before(token, anchor: dt.date | None) -> bool:
    """True if the trigger carries a calendar date more than :data:`RECENT` before the
    anchor: then the act is background to the news, not the news (gold rule 4)."""
    if token.tag_ in ("VBZ", "VBP"):
        return False  # 'X condemns the tests in April': a present act; the date is the noun's
    day = calendar_date(token, anchor)
    return day is not None and anchor - day > RECENT
