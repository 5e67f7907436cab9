"""What the CLI and the web both call: ingest, code, and read back.

Each function takes an open :class:`~detente.store.Store` and plain arguments, and returns a
small report; none prints. Progress is reported through an optional callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

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


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    batch_size: int = 200,
    progress: Progress | None = None,
) -> IngestReport:
    """Read every input, fold reposts, and store documents one transaction per batch.

    An exact repost (same normalised text, so the same id) is stored once with one sighting per
    place it was seen. A near-duplicate gets its own document but joins the story of the
    document it resembles, so later stages count its events once.
    """
    from .sources import read
    from .sources.dedupe import StoryIndex, signature

    report = IngestReport()
    index = StoryIndex()
    story_of: dict[str, str] = {}
    for doc_id, story, sig in store.signatures():
        index.add(doc_id, sig)
        story_of[doc_id] = story

    def fold(batch: list[Document]) -> None:
        known = store.known_documents(d.id for d in batch)
        new: list[tuple[Document, str, bytes]] = []
        for doc in batch:
            if doc.id in known or doc.id in story_of:
                report.duplicates += 1
                continue
            sig = signature(doc.text)
            match = index.match(sig)
            story = story_of.get(match, match) if match else doc.id
            if match:
                report.near_duplicates += 1
            index.add(doc.id, sig)
            story_of[doc.id] = story
            new.append((doc, story, sig))
        store.write_documents(new, batch)
        report.stored += len(new)

    batch: list[Document] = []
    for doc in read(paths, on_error=report.failures.append):
        report.read += 1
        batch.append(doc)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            fold(batch)
            batch = []
    if batch:
        fold(batch)
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
