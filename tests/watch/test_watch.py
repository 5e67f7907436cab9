"""``watch``: polls real feeds served on 127.0.0.1, stores only what is new, survives failures."""

import datetime as dt
from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente import api
from detente import watch as watching
from detente.errors import ConfigError
from detente.store import open_store
from detente.watch import backoff, parse_every, watch

STORIES = [
    "Peru and Chile signed a fisheries accord in Lima on Monday after two years of talks.",
    "Norwegian coast guard vessels escorted a Russian trawler out of the disputed zone.",
    "The Kenyan foreign minister flew to Addis Ababa to discuss the dam on the Nile.",
    "Brazil announced new tariffs on Argentine steel, citing a flood of cheap imports.",
    "Japanese and Korean negotiators met in Seoul to settle a row over wartime labour.",
]


def rss(items, title="Wire") -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{guid}</title>"
        f"<description>{escape(text)}</description></item>"
        for guid, link, text in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{body}'
        "</channel></rss>"
    ).encode()


def items(count, start=0, prefix="w"):
    return [
        (f"{prefix}{n}", f"https://{prefix}.example/{n}", STORIES[n])
        for n in range(start, start + count)
    ]


@pytest.fixture
def coder(monkeypatch):
    """A stand-in for the coder: counts the calls, codes nothing."""
    calls = []

    def code_documents(store, **kwargs):
        calls.append(store)
        return api.CodeReport()

    monkeypatch.setattr(api, "code_documents", code_documents)
    return calls


@pytest.fixture
def db(tmp_path):
    return tmp_path / "watch.duckdb"


def run(feeds, db, **kwargs):
    reports = []
    with_store = open_store(db)
    try:
        summary = watch(
            feeds, with_store, once=True, allow_private=True, on_event=reports.append, **kwargs
        )
    finally:
        with_store.close()
    return summary, reports


def counts(db):
    store = open_store(db)
    try:
        return store.counts()
    finally:
        store.close()


def test_a_restart_reads_nothing_twice(server, db, coder):
    url = server.serve("/feed", rss(items(3)))
    summary, [report] = run([url], db)
    assert (summary.polls, summary.new_items, summary.stored) == (1, 3, 3)
    assert report.feeds[0].status == "read" and report.feeds[0].new == 3
    assert counts(db)["documents"] == 3
    _, [again] = run([url], db)  # a new process: state comes from the database
    assert again.feeds[0].status == "unchanged" and again.stored == 0
    assert server.requests[-1][1]["If-None-Match"] == server.routes["/feed"].etag
    assert counts(db)["documents"] == 3 and counts(db)["sightings"] == 3


def test_without_conditional_requests_seen_entries_are_skipped(server, db, coder):
    url = server.serve("/feed", rss(items(3)), etag=None, last_modified=None)
    run([url], db)
    _, [again] = run([url], db)
    assert again.feeds[0].status == "read" and again.feeds[0].entries == 3
    assert again.new_items == 0 and again.stored == 0
    assert counts(db)["documents"] == 3 and counts(db)["sightings"] == 3


def test_new_and_changed_entries_are_read_and_a_change_joins_its_story(server, db, coder):
    url = server.serve("/feed", rss(items(3)))
    run([url], db)
    changed = [
        (g, link, text + " Both sides called it a step forward.") if g == "w0" else (g, link, text)
        for g, link, text in items(4)
    ]
    server.serve("/feed", rss(changed))
    _, [report] = run([url], db)
    result = report.feeds[0]
    assert (result.new, result.updated, result.stored) == (1, 1, 2)
    store = open_store(db)
    rows = store.con.execute("SELECT url, story FROM documents").fetchall()
    store.close()
    first = [story for link, story in rows if link == "https://w.example/0"]
    assert len(rows) == 5 and len(first) == 2 and first[0] == first[1]
    assert len({story for _, story in rows}) == 4


def test_one_failing_feed_does_not_stop_the_others(server, db, coder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-5678")
    good = server.serve("/good", rss(items(2)))
    other = server.serve("/other", rss(items(2, start=2, prefix="o")))
    bad = {
        server.url("/missing"): "HTTP 404",
        server.serve("/laughs", laughs()): "declares entities",
        server.serve("/xxe", xxe(secret.as_uri())): "declares entities",
        server.serve(
            "/junk", b"\x00\x01 not a feed at all", content_type="text/plain"
        ): "invalid feed",
        server.serve("/huge", b"<rss>" + b" " * (watching.FEED_MAX_BYTES + 1)): "too large",
    }
    summary, [report] = run([good, *bad, other], db)
    by_url = {r.url: r for r in report.feeds}
    assert by_url[good].stored == 2 and by_url[other].stored == 2
    for url, reason in bad.items():
        assert by_url[url].status == "failed" and reason in by_url[url].error, url
    assert summary.errors == len(bad) == len(report.errors)
    store = open_store(db)
    texts = " ".join(r[0] for r in store.con.execute("SELECT text FROM documents").fetchall())
    state = store.feed_state(server.url("/missing"))
    store.close()
    assert "TOPSECRET" not in texts
    assert state["failures"] == 1 and "404" in state["last_error"]


def test_failing_feeds_back_off_exponentially_and_recover(server, db, coder):
    good = server.serve("/good", rss(items(1)))
    down = server.serve("/down", b"", status=503)
    clock = FakeClock()
    store = open_store(db)
    reports = []
    watch(
        [good, down],
        store,
        every="1m",
        max_polls=8,
        allow_private=True,
        on_event=reports.append,
        sleep=clock.sleep,
        clock=clock,
    )
    statuses = [r.feeds[1].status for r in reports]
    # failures double the wait: 1, 2, 4 intervals
    assert statuses == [
        "failed",
        "failed",
        "waiting",
        "failed",
        "waiting",
        "waiting",
        "waiting",
        "failed",
    ]
    assert server.hits("/down") == 4 and server.hits("/good") == 8
    assert store.feed_state(down)["failures"] == 4
    server.serve("/down", rss(items(1, start=1, prefix="d")))
    clock.now += dt.timedelta(hours=1)
    watch([good, down], store, once=True, allow_private=True, on_event=reports.append, clock=clock)
    assert reports[-1].feeds[1].status == "read" and reports[-1].feeds[1].stored == 1
    assert store.feed_state(down)["failures"] == 0
    store.close()


def test_polls_sleep_the_rest_of_the_interval_and_stop_at_max_polls(server, db, coder):
    url = server.serve("/feed", rss(items(1)))
    clock = FakeClock()
    store = open_store(db)
    summary = watch(
        [url, url], store, every=30, max_polls=3, allow_private=True, sleep=clock.sleep, clock=clock
    )
    store.close()
    assert summary.polls == 3 and clock.slept == [30.0, 30.0]
    assert server.hits("/feed") == 3  # a feed named twice is polled once
    assert len(coder) == 1  # coded on the first poll only: nothing new afterwards


def test_an_interrupted_poll_is_finished_without_duplicates(server, db, coder, monkeypatch):
    url = server.serve("/feed", rss(items(3)))
    store = open_store(db)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # stopped after the documents, before the feed state

    monkeypatch.setattr(type(store), "save_feed", crash)
    with pytest.raises(KeyboardInterrupt):
        watch([url], store, once=True, allow_private=True)
    store.close()
    monkeypatch.undo()
    monkeypatch.setattr(api, "code_documents", lambda store, **kw: api.CodeReport())
    _, [report] = run([url], db)
    assert report.new_items == 3 and report.stored == 0
    assert counts(db)["documents"] == 3 and counts(db)["sightings"] == 3


def test_entries_sharing_an_id_count_once(server, db, coder):
    twice = [("dup", "https://w.example/a", STORIES[0]), ("dup", "https://w.example/b", STORIES[1])]
    url = server.serve("/feed", rss(twice), etag=None, last_modified=None)
    _, [report] = run([url], db)
    assert report.feeds[0].entries == 1 and report.stored == 1
    _, [again] = run([url], db)
    assert again.new_items == 0


def test_relative_links_resolve_against_the_feed(server, db, coder):
    url = server.serve("/news/feed", rss([("a1", "/story/1", STORIES[0])]))
    run([url], db)
    store = open_store(db)
    [(link,)] = store.con.execute("SELECT url FROM documents").fetchall()
    store.close()
    assert link == server.url("/story/1")


def test_private_feeds_are_refused_unless_allowed(server, db, coder):
    url = server.serve("/feed", rss(items(1)))
    store = open_store(db)
    summary = watch([url], store, once=True)
    store.close()
    assert summary.errors == 1 and server.requests == []


def test_entries_without_text_are_marked_and_not_stored(server, db, coder):
    url = server.serve("/feed", rss([("e1", "https://w.example/e1", "  "), *items(1)]))
    _, [report] = run([url], db)
    assert report.feeds[0].skipped == 1 and report.stored == 1
    _, [again] = run([url], db)
    assert again.new_items == 0


def test_events_are_coded_and_alerts_checked(server, db):
    sentences = [
        "Japan condemned Russia over the missile test on Monday.",
        "China and Vietnam signed a border agreement in Hanoi.",
    ]
    url = server.serve(
        "/feed",
        rss([(f"c{n}", f"https://c.example/{n}", text) for n, text in enumerate(sentences)]),
    )
    _, [report] = run([url], db)
    assert report.documents == 2 and report.events >= 1
    assert report.alerts is not None
    assert counts(db)["events"] == report.events
    _, [again] = run([url], db)
    assert again.documents == 0 and again.alerts is None


def test_alerts_are_skipped_without_the_analysis_package(monkeypatch):
    monkeypatch.setattr(watching.importlib.util, "find_spec", lambda name: None)
    assert watching._alerts(object()) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30),
        ("15m", 900),
        ("1h", 3600),
        ("1h30m", 5400),
        ("2d", 172800),
        ("90", 90),
        (" 1.5m ", 90),
        ("1H", 3600),
    ],
)
def test_every_accepts_units(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15x", "-5m", "0s", "1.5.2h", "15 m", "h1", "0"])
def test_every_refuses_what_is_not_an_interval(text):
    with pytest.raises(ConfigError):
        parse_every(text)


@settings(deadline=None)  # the first example may load tables
@given(st.integers(0, 99), st.integers(0, 59), st.integers(0, 59))
def test_every_adds_its_parts(hours, minutes, seconds):
    text = "".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (seconds, "s")) if n)
    total = hours * 3600 + minutes * 60 + seconds
    if total:
        assert parse_every(text) == total


@settings(deadline=None)  # the first example may load tables
@given(st.floats(1, 86400), st.integers(1, 200))
def test_backoff_doubles_and_is_capped(interval, failures):
    wait = backoff(interval, failures)
    assert interval <= wait <= max(watching.MAX_BACKOFF, interval)
    assert backoff(interval, failures + 1) >= wait


def test_watch_needs_feeds_and_a_positive_interval(db):
    store = open_store(db)
    with pytest.raises(ConfigError):
        watch([], store, once=True)
    with pytest.raises(ConfigError):
        watch(["https://a.example/feed"], store, every=0, once=True)
    store.close()


class FakeClock:
    def __init__(self):
        self.now = dt.datetime(2026, 3, 1, 12, 0)
        self.slept: list[float] = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


def laughs() -> bytes:
    entities = "".join(f'<!ENTITY l{i} "{(f"&l{i - 1};" if i else "lol") * 10}">' for i in range(9))
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<item><guid>x</guid><description>&l8;</description></item></channel></rss>"
    ).encode()


def xxe(target: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "{target}">]>\n'
        '<rss version="2.0"><channel><item><guid>x</guid><description>Leak: &x; here.'
        "</description></item></channel></rss>"
    ).encode()
