"""Watching live feeds: poll each feed, store and code only what is new, report every poll.

The state of every feed lives in the store: its ETag and Last-Modified (for conditional
requests), its failures and when to retry it, and the entries already read with the hash of
their text. A restart therefore reads nothing twice, and an entry whose text changes is read
again (its new version joins the story of the old one as a near-duplicate).
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import feedparser

from .api import StoryFolder
from .errors import ConfigError, SourceError
from .records import Document
from .sources import fetch
from .sources.dates import make_date
from .sources.feed import entry_document
from .store import Store

FEED_MAX_BYTES = 10 * 1024 * 1024
FEED_TIMEOUT = 30.0
MAX_BACKOFF = 6 * 3600.0
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"(\d+(?:\.\d+)?)([smhd])")


def parse_every(text: str) -> float:
    """Seconds from an interval such as ``30s``, ``15m``, ``1h``, ``1h30m`` or ``90`` (seconds)."""
    value = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        seconds = float(value)
    elif value and _EVERY.sub("", value) == "":
        seconds = sum(float(n) * _UNITS[unit] for n, unit in _EVERY.findall(value))
    else:
        raise ConfigError(f"--every {text!r}: expected a number with s, m, h or d, such as 15m")
    if seconds <= 0:
        raise ConfigError(f"--every {text!r}: the interval must be longer than zero")
    return seconds


@dataclass(frozen=True, slots=True)
class FeedResult:
    """One feed in one poll.

    ``status`` is ``read`` (fetched and parsed), ``unchanged`` (the server answered 304),
    ``failed`` (``error`` says why; retried at ``retry_at``) or ``waiting`` (backing off after
    failures until ``retry_at``). ``new`` entries were never seen, ``updated`` ones were seen
    with another text; ``stored`` documents were not in the store yet.
    """

    url: str
    status: str
    entries: int = 0
    new: int = 0
    updated: int = 0
    stored: int = 0
    skipped: int = 0
    error: str | None = None
    retry_at: dt.datetime | None = None

    def to_dict(self) -> dict:
        return {
            "url": self.url,
            "status": self.status,
            "entries": self.entries,
            "new": self.new,
            "updated": self.updated,
            "stored": self.stored,
            "skipped": self.skipped,
            "error": self.error,
            "retry_at": self.retry_at.isoformat() if self.retry_at else None,
        }


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll of every feed did. Times are UTC. ``alerts`` are the relation shifts that
    appeared since the watch started (None when no analysis ran: nothing new, or no module)."""

    number: int
    started: dt.datetime
    feeds: tuple[FeedResult, ...]
    documents: int = 0
    events: int = 0
    flagged: int = 0
    alerts: tuple | None = None

    @property
    def new_items(self) -> int:
        return sum(f.new + f.updated for f in self.feeds)

    @property
    def stored(self) -> int:
        return sum(f.stored for f in self.feeds)

    @property
    def errors(self) -> tuple[FeedResult, ...]:
        return tuple(f for f in self.feeds if f.status == "failed")

    def to_dict(self) -> dict:
        return {
            "poll": self.number,
            "started": self.started.isoformat(),
            "new_items": self.new_items,
            "stored": self.stored,
            "coded_documents": self.documents,
            "events": self.events,
            "flagged": self.flagged,
            "errors": len(self.errors),
            "alerts": None if self.alerts is None else [a.to_dict() for a in self.alerts],
            "feeds": [f.to_dict() for f in self.feeds],
        }


@dataclass(slots=True)
class WatchSummary:
    """Totals over the polls of one :func:`watch` call."""

    polls: int = 0
    new_items: int = 0
    stored: int = 0
    events: int = 0
    errors: int = 0

    def add(self, report: PollReport) -> None:
        self.polls += 1
        self.new_items += report.new_items
        self.stored += report.stored
        self.events += report.events
        self.errors += len(report.errors)

    def to_dict(self) -> dict:
        return {
            "polls": self.polls,
            "new_items": self.new_items,
            "stored": self.stored,
            "events": self.events,
            "errors": self.errors,
        }


def utc_now() -> dt.datetime:
    """The current time in UTC, without a time zone (as the store keeps it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def watch(
    feeds: Iterable[str],
    store: Store,
    *,
    every: float | str = "15m",
    once: bool = False,
    allow_private: bool = False,
    max_polls: int | None = None,
    on_event: Callable[[PollReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], dt.datetime] = utc_now,
) -> WatchSummary:
    """Poll ``feeds`` every ``every`` (seconds, or a string such as ``15m``) until stopped.

    Each poll fetches every feed (refusing private addresses unless ``allow_private``), stores
    the new entries, codes them and, when anything was coded, runs the alert detector. One
    feed's failure is reported and backed off exponentially; the other feeds go on. ``on_event``
    receives each poll's :class:`PollReport`. ``once`` is one poll; ``max_polls`` stops after
    that many. ``sleep`` and ``clock`` are replaced in tests.
    """
    interval = parse_every(every) if isinstance(every, str) else float(every)
    if interval <= 0:
        raise ConfigError(f"every={every!r}: the interval must be longer than zero")
    urls = list(dict.fromkeys(feeds))
    if not urls:
        raise ConfigError("no feed to watch")
    limit = 1 if once else max_polls
    watcher = _Watcher(store, interval=interval, allow_private=allow_private, clock=clock)
    summary = WatchSummary()
    while limit is None or summary.polls < limit:
        started = clock()
        report = watcher.poll(urls, summary.polls + 1)
        summary.add(report)
        if on_event:
            on_event(report)
        if limit is None or summary.polls < limit:
            sleep(max(0.0, interval - (clock() - started).total_seconds()))
    return summary


def backoff(interval: float, failures: int) -> float:
    """Seconds to wait after the ``failures``-th failure in a row: doubling from ``interval``."""
    return min(interval * 2 ** min(failures - 1, 32), max(MAX_BACKOFF, interval))


class _Watcher:
    """The polling state kept between polls: the store, the story index, the known alerts."""

    def __init__(self, store: Store, *, interval: float, allow_private: bool, clock):
        self.store = store
        self.interval = interval
        self.allow_private = allow_private
        self.clock = clock
        self.stories = StoryFolder(store)
        self.known_alerts = {_alert_key(a) for a in _alerts(store) or ()}

    def poll(self, urls: list[str], number: int) -> PollReport:
        started = self.clock()
        results = tuple(self.poll_feed(url) for url in urls)
        # the first poll also codes what an interrupted run stored but did not code
        if number > 1 and not any(r.stored for r in results):
            return PollReport(number, started, results)
        from .api import code_documents

        coded = code_documents(self.store)
        alerts = self._new_alerts() if coded.events else None
        return PollReport(
            number, started, results, coded.documents, coded.events, coded.flagged, alerts
        )

    def poll_feed(self, url: str) -> FeedResult:
        state = self.store.feed_state(url) or {"url": url, "failures": 0}
        now = self.clock()
        retry = state.get("retry_after")
        # half an interval of slack, so that a retry due at the next poll is not missed by jitter
        if retry and retry > now + dt.timedelta(seconds=self.interval / 2):
            return FeedResult(url, "waiting", error=state.get("last_error"), retry_at=retry)
        try:
            return self._read(url, state, now)
        except SourceError as error:
            return self._failed(state, now, error.reason)

    def _read(self, url: str, state: dict, now: dt.datetime) -> FeedResult:
        response = fetch.get(
            url,
            allow_private=self.allow_private,
            etag=state.get("etag"),
            last_modified=state.get("last_modified"),
            max_bytes=FEED_MAX_BYTES,
            timeout=FEED_TIMEOUT,
        )
        if response.not_modified:
            self.store.save_feed(_succeeded(state, now))
            return FeedResult(url, "unchanged")
        items: dict[str, Document | None] = {}
        for key, doc in feed_items(response):
            items.setdefault(key, doc)  # of entries sharing an id, the first (newest) counts
        seen = self.store.feed_entries(url)
        fresh = [
            (key, doc.id if doc else "", doc)
            for key, doc in items.items()
            if seen.get(key) != (doc.id if doc else "")
        ]
        stored, _ = self.stories.add([doc for _, _, doc in fresh if doc])
        validators = {"etag": response.etag, "last_modified": response.last_modified}
        marks = [(key, digest, doc.id if doc else None) for key, digest, doc in fresh]
        self.store.save_feed(_succeeded(state, now) | validators, marks, seen=now)
        new = sum(key not in seen for key, _, _ in fresh)
        return FeedResult(
            url,
            "read",
            entries=len(items),
            new=new,
            updated=len(fresh) - new,
            stored=stored,
            skipped=sum(doc is None for _, _, doc in fresh),
        )

    def _failed(self, state: dict, now: dt.datetime, reason: str) -> FeedResult:
        failures = (state.get("failures") or 0) + 1
        retry = now + dt.timedelta(seconds=backoff(self.interval, failures))
        saved = state | {
            "last_poll": now,
            "failures": failures,
            "retry_after": retry,
            "last_error": reason,
        }
        self.store.save_feed(saved)
        return FeedResult(state["url"], "failed", error=reason, retry_at=retry)

    def _new_alerts(self) -> tuple | None:
        found = _alerts(self.store)
        if found is None:
            return None
        fresh = tuple(a for a in found if _alert_key(a) not in self.known_alerts)
        self.known_alerts |= {_alert_key(a) for a in fresh}
        return fresh


def feed_items(response: fetch.Response) -> list[tuple[str, Document | None]]:
    """``(entry key, document)`` for each entry of a fetched feed, in order.

    The key is the entry's id, else its link, else the hash of its text; the document is None
    for an entry without text. Any failure is a :class:`SourceError` naming the feed.
    """
    url = response.url
    try:
        parsed = parse_feed(response)
        site = parsed.feed.get("title") or None
        feed_date = _feed_date(parsed.feed)
        return [_entry(url, entry, site, feed_date) for entry in parsed.entries]
    except SourceError:
        raise
    except Exception as exc:  # a parser bug must not stop the other feeds
        raise SourceError(url, f"unexpected {type(exc).__name__}: {_one_line(exc)}") from exc


def parse_feed(response: fetch.Response) -> feedparser.FeedParserDict:
    """Parse a fetched feed after refusing entity declarations; relative links resolve against
    the feed's final URL."""
    fetch.refuse_entity_declarations(response.body, response.url)
    headers = {"content-location": response.url}
    if response.content_type:
        headers["content-type"] = response.content_type
    parsed = feedparser.parse(
        response.body, sanitize_html=True, resolve_relative_uris=True, response_headers=headers
    )
    if not parsed.entries and parsed.bozo:
        reason = _one_line(parsed.get("bozo_exception", "")) or "no entries"
        raise SourceError(response.url, f"invalid feed XML: {reason}")
    return parsed


def _entry(
    url: str, entry: dict, site: str | None, feed_date: dt.date | None
) -> tuple[str, Document | None]:
    key = entry.get("id") or entry.get("link")
    try:
        doc = entry_document(entry, origin=f"{url}#{key or 'text'}", site=site, feed_date=feed_date)
    except SourceError:  # no text
        doc = None
    if not key:  # neither id nor link: the text is all that tells entries apart
        key = f"text:{doc.id}" if doc else "text:"
    return key, doc


def _feed_date(feed: dict) -> dt.date | None:
    """The feed's own date, which dates a dateline that gives no year."""
    value = dict.get(feed, "updated_parsed") or dict.get(feed, "published_parsed")
    return make_date(value.tm_year, value.tm_mon, value.tm_mday) if value else None


def _succeeded(state: dict, now: dt.datetime) -> dict:
    return state | {
        "last_poll": now,
        "last_success": now,
        "failures": 0,
        "retry_after": None,
        "last_error": None,
    }


def _alerts(store: Store) -> list | None:
    """The current relation shifts, or None when the analysis package is not installed."""
    if importlib.util.find_spec("detente.analysis") is None:
        return None
    detect = getattr(importlib.import_module("detente.analysis"), "alerts", None)
    return None if detect is None else detect(store)


def _alert_key(alert) -> tuple:
    return (alert.a, alert.b, alert.grain, alert.start, alert.direction)


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
