"""A small event store built through the store's own writers, and clients over it."""

import datetime as dt

import pytest

from detente.records import Document, Event, Sentence
from detente.store import open_store

NAMES = {"USA": "Washington", "JPN": "Tokyo", "RUS": "Moscow", "CHN": "Beijing", "FRA": "Paris"}
VERBS = {  # code -> (root, goldstein, quad, plover, trigger word)
    "042": ("04", 1.9, 1, "CONSULT", "visited"),
    "061": ("06", 6.4, 2, "COOPERATE", "traded with"),
    "112": ("11", -2.0, 3, "ACCUSE", "accused"),
    "173": ("17", -5.0, 4, "COERCE", "arrested envoys of"),
}
# (source, target, code, how many per week): USA-JPN and USA-RUS friendly, JPN-RUS hostile, so
# the triad USA/JPN/RUS is unbalanced with the United States cross-pressured.
PATTERN = [
    ("USA", "JPN", "042", 2),
    ("JPN", "USA", "061", 1),
    ("USA", "RUS", "042", 2),
    ("RUS", "USA", "061", 1),
    ("JPN", "RUS", "112", 2),
    ("RUS", "JPN", "173", 1),
    ("CHN", "FRA", "042", 1),
]
WEEKS = [dt.date(2014, 3, 3) + dt.timedelta(weeks=w) for w in range(6)]


def sentence_for(source: str, target: str, code: str) -> tuple[str, dict]:
    src, tgt, trigger = NAMES[source], NAMES[target], VERBS[code][4]
    text = f"{src} {trigger} {tgt} on Tuesday, officials said."
    spans = {
        "source_span": (0, len(src)),
        "trigger_span": (len(src) + 1, len(src) + 1 + len(trigger)),
        "target_span": (len(src) + len(trigger) + 2, len(src) + len(trigger) + 2 + len(tgt)),
    }
    return text, spans


def make_event(source, target, code, day, doc_id, *, negated=False, actor_suffix=""):
    root, goldstein, quad, plover, trigger = VERBS[code]
    text, spans = sentence_for(source, target, code)
    return Event(
        source=source + actor_suffix,
        target=target,
        code=code,
        root=root,
        goldstein=goldstein,
        quad=quad,
        plover=plover,
        source_text=NAMES[source],
        target_text=NAMES[target],
        trigger_text=trigger,
        negated=negated,
        date=day,
        doc_id=doc_id,
        sentence_index=0,
        coder_version="t1",
        **spans,
    )


def make_document(doc_id, text, day):
    return Document(
        id=doc_id,
        text=text,
        sentences=(Sentence(0, 0, len(text), text),),
        kind="html",
        origin=f"https://news.example/{doc_id}",
        title=f"Report {doc_id}",
        date=day,
        date_source="metadata",
        source="Example News",
        url=f"https://news.example/{doc_id}",
    )


def build_store(path):
    """Write the fixture documents and events; returns the number of counted events."""
    store = open_store(path)
    docs, coded, counted = [], [], 0
    n = 0
    for week in WEEKS:
        for source, target, code, times in PATTERN:
            for k in range(times):
                n += 1
                doc_id, day = f"d{n:04d}", week + dt.timedelta(days=k)
                text, _ = sentence_for(source, target, code)
                docs.append((make_document(doc_id, text, day), doc_id, None))
                coded.append((doc_id, doc_id, [make_event(source, target, code, day, doc_id)]))
                counted += 1
    # one negated event and one sector-level event, to test the filters
    n += 1
    neg_id, day = f"d{n:04d}", WEEKS[0]
    text, _ = sentence_for("JPN", "CHN", "112")
    docs.append((make_document(neg_id, text, day), neg_id, None))
    coded.append((neg_id, neg_id, [make_event("JPN", "CHN", "112", day, neg_id, negated=True)]))
    store.write_documents(docs, [d for d, _, _ in docs])
    store.write_events(coded, "t1")
    store.close()
    return counted


@pytest.fixture(scope="session")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="session")
def client(db_path):
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(db_path, max_page=100), raise_server_exceptions=False) as c:
        yield c
