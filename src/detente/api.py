"""What the CLI and the web both call: ingest, code, and read back.

Each function takes an open :class:`~detente.store.Store` and plain arguments, and returns a
small report; none prints. Progress is reported through an optional callback.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

import numpy as np

from .errors import SourceError
from .records import Document
from .store import Store

Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did. ``failures`` keep each input's origin and reason."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failures: list[SourceError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": len(self.failures),
            "failures": [{"origin": f.origin, "reason": f.reason} for f in self.failures],
        }


class StoryFolder:
    """Stores documents, folding reposts: an exact repost (same normalised text, so the same id)
    once, with one sighting per place it was seen; a near-duplicate as its own document in the
    story of the document it resembles, so later stages count its events once.

    Near-duplicates are found through the LSH band keys kept in the store (``story_bands``): a
    batch's keys are joined against them, and each candidate's MinHash similarity is checked
    against the threshold. Nothing grows in memory with the size of the store.
    """

    def __init__(self, store: Store):
        from .sources.dedupe import band_keys

        self.store = store
        backlog = [  # documents stored without band keys (an older store, an import)
            (band, key, doc_id)
            for doc_id, sig in store.unbanded_signatures()
            for band, key in enumerate(band_keys(sig))
        ]
        if backlog:
            store.write_bands(backlog)

    def add(self, docs: list[Document]) -> tuple[int, int]:
        """Store ``docs`` and a sighting of each in one transaction.

        RETURNS: the number of new documents and how many of them were near-duplicates.
        """
        from .sources.dedupe import THRESHOLD, band_keys, signature, similarities

        known = self.store.known_documents(d.id for d in docs)
        fresh = {doc.id: doc for doc in reversed(docs) if doc.id not in known}  # first copy wins
        sigs = {doc_id: signature(fresh[doc_id].text) for doc_id in sorted(fresh, key=_order(docs))}
        keys = {doc_id: set(enumerate(band_keys(sig))) for doc_id, sig in sigs.items()}
        bands = [(band, key, doc_id) for doc_id, pairs in keys.items() for band, key in pairs]
        candidates: dict[str, set[str]] = {doc_id: set() for doc_id in sigs}
        for probe, doc_id in self.store.band_candidates(bands):
            candidates[probe].add(doc_id)
        stored = self.store.stories_and_signatures(set().union(*candidates.values()))
        story_of = {doc_id: story for doc_id, (story, _) in stored.items()}
        sig_of = {doc_id: sig for doc_id, (_, sig) in stored.items()}
        new: list[tuple[Document, str, bytes]] = []
        near = 0
        for doc_id, sig in sigs.items():
            # stored candidates first, then earlier documents of this batch sharing a band key
            batch = [d.id for d, _, _ in new if keys[d.id] & keys[doc_id]]
            others = sorted(candidates[doc_id]) + batch
            scores = similarities(sig, [sig_of[other] for other in others])
            best = None
            if len(scores) and scores.max() >= THRESHOLD:  # ties: the last, as StoryIndex
                best = others[len(scores) - 1 - int(np.argmax(scores[::-1]))]
            story_of[doc_id] = story_of[best] if best else doc_id
            sig_of[doc_id] = sig
            near += best is not None
            new.append((fresh[doc_id], story_of[doc_id], sig))
        if docs:
            self.store.write_documents(new, docs, bands)
        return len(new), near


def _order(docs: list[Document]):
    """Sort key: a document id's first position in ``docs`` (reading order decides stories)."""
    first: dict[str, int] = {}
    for position, doc in enumerate(docs):
        first.setdefault(doc.id, position)
    return first.__getitem__


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    batch_size: int = 200,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every input and store its documents one transaction per batch (see StoryFolder)."""
    from .sources import read

    report = IngestReport()
    folder = StoryFolder(store)

    def flush(batch: list[Document]) -> None:
        stored, near = folder.add(batch)
        report.stored += stored
        report.near_duplicates += near
        report.duplicates += len(batch) - stored

    batch: list[Document] = []
    for doc in read(paths, on_error=report.failures.append):
        report.read += 1
        batch.append(doc)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return report


def documents(
    store: Store, *, query: str | None = None, limit: int | None = None
) -> Iterator[dict]:
    """Stored documents, oldest first, optionally filtered by a case-insensitive text query."""
    sql = (
        "SELECT id, title, date, date_source, source, url, story, kind, text FROM documents"
        + (" WHERE text ILIKE ? OR title ILIKE ?" if query else "")
        + " ORDER BY date NULLS LAST, id"
        + (" LIMIT ?" if limit else "")
    )
    params: list = []
    if query:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
        sql = sql.replace("ILIKE ?", "ILIKE ? ESCAPE '\\'")
    if limit:
        params.append(limit)
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        out = dict(zip(names, row, strict=True))
        out["date"] = out["date"].isoformat() if out["date"] else None
        yield out


@dataclass(slots=True)
class CodeReport:
    """What one coding pass did."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    flagged: int = 0

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            "events": self.events,
            "flagged": self.flagged,
        }


def code_documents(
    store: Store, *, chunk: int = 100, workers: int = 1, progress: Progress | None = None
) -> CodeReport:
    """Code every stored document this coder version has not read yet.

    Documents are coded and written ``chunk`` at a time, each chunk in one transaction together
    with the marks that say they were read, so a rerun (or a run after an interruption) codes
    exactly the documents that are missing. ``workers`` > 1 codes chunks on that many processes;
    writing stays in this one.
    """
    from .coding import CODER_VERSION
    from .workers import code_batches

    report = CodeReport()
    pending = list(store.uncoded_documents(CODER_VERSION))
    parts = (pending[start : start + chunk] for start in range(0, len(pending), chunk))
    for part, results in code_batches(_document_items(store, parts), workers=workers):
        found: dict[str, list] = {doc_id: [] for doc_id, _, _ in part}
        for (doc_id, idx), events in results:
            found[doc_id] += [replace(e, doc_id=doc_id, sentence_index=idx) for e in events]
        store.write_events([(d, story, found[d]) for d, _, story in part], CODER_VERSION)
        for events in found.values():
            report.events += sum(not e.flagged for e in events)
            report.flagged += sum(e.flagged for e in events)
        report.documents += len(part)
        report.sentences += len(results)
        if progress:
            progress(len(part))
    return report


def _document_items(store: Store, parts: Iterable[list]) -> Iterator[tuple[list, list]]:
    """Each chunk of documents with its coder items: every sentence, one context a document."""
    from .actors import DocumentContext

    for part in parts:
        sentences = store.sentences_of([doc_id for doc_id, _, _ in part])
        items = []
        for doc_id, date, _story in part:
            context = DocumentContext()
            items += [((doc_id, idx), text, date, context) for idx, text in sentences[doc_id]]
        yield part, items


def text_items(stream: TextIO) -> Iterator[tuple[object, dt.date | None, str]]:
    """``(id, date, text)`` from JSONL lines ``{"id", "date", "text"}`` or plain text lines.

    A plain-text line, or a JSON line without an ``id``, gets its line number as id; a date that
    is not ISO ``YYYY-MM-DD`` is treated as unknown.
    """
    for number, raw in enumerate(stream, 1):
        line = raw.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            yield obj.get("id", number), _iso_date(obj.get("date")), obj["text"]
        else:
            yield number, None, line


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


EVENT_COLUMNS = (
    "e.id, e.date, e.source, e.target, e.code, e.root, e.goldstein, e.quad, e.plover, "
    "e.source_text, e.target_text, e.trigger_text, e.source_start, e.source_end, "
    "e.target_start, e.target_end, e.trigger_start, e.trigger_end, e.negated, e.hypothetical, "
    "e.confidence, e.doc_id, e.sentence_index, e.story, s.text AS sentence, d.title, d.url"
)


def events(
    store: Store, *, limit: int | None = 100, include_flagged: bool = False
) -> Iterator[dict]:
    """Stored events with their provenance (sentence, document title and URL), by date."""
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e"
        " JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index"
        " JOIN documents d ON d.id = e.doc_id"
        + ("" if include_flagged else " WHERE NOT e.negated AND NOT e.hypothetical")
        + " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.trigger_start"
        + (" LIMIT ?" if limit else "")
    )
    cur = store.con.execute(sql, [limit] if limit else [])
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        out = dict(zip(names, row, strict=True))
        out["date"] = out["date"].isoformat() if out["date"] else None
        yield out
