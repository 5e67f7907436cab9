"""The DuckDB store: one file, a versioned schema, one transaction per batch.

A batch (documents with their sightings and sentences, or a document's events) is written inside
one transaction, so an interrupted run leaves every finished batch intact and no half-written
document. Every insert is keyed, so writing the same batch twice adds nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..records import Document, Event
from .schema import MIGRATIONS, SCHEMA_VERSION

MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def open_store(path: str | os.PathLike, *, read_only: bool = False) -> Store:
    """Open (and create or migrate, unless ``read_only``) the store at ``path``.

    ``":memory:"`` gives a throw-away in-memory store. A file that exists but is not a DuckDB
    database is refused, never overwritten.
    """
    target = str(path)
    if target != ":memory:":
        _check_is_duckdb(Path(target), read_only)
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{target}: cannot open the database: {_open_reason(exc)}") from exc
    store = Store(con, target)
    try:
        if read_only:
            store.check_version()
        else:
            store.migrate()
    except BaseException as exc:
        con.close()
        if isinstance(exc, duckdb.Error):  # a damaged file can open and fail at first read
            raise StoreError(f"{target}: damaged database: {_first_line(exc)}") from exc
        raise
    return store


def _check_is_duckdb(path: Path, read_only: bool) -> None:
    if not path.exists():
        if read_only:
            raise StoreError(f"{path}: no such database")
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head[8:12] != MAGIC:
        raise StoreError(f"{path}: not a DuckDB database; refusing to touch it")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# failures of the disk, the file system or the process, not of the data written
_MACHINE_ERRORS = (
    duckdb.OperationalError,  # IOException, TransactionException (failed commit), OutOfMemory
    duckdb.PermissionException,
    duckdb.FatalException,
)
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in .*?\(PID (\d+)\)")


def _open_reason(exc: duckdb.Error) -> str:
    """DuckDB's reason, or for a held lock who holds it and what to do about it."""
    text = str(exc)
    if "Could not set lock" not in text:
        return _first_line(exc)
    holder = _LOCK_HOLDER.search(text)
    who = f"process {holder.group(1)}" if holder else "another process"
    return (
        f"in use by {who}; one process may write to it, or several read it, at a time: "
        "wait for that one to finish"
    )


def event_id(event: Event) -> str:
    """A stable key for an event: the same event from the same sentence always gets it."""
    parts = (
        event.doc_id,
        event.sentence_index,
        event.source,
        event.target,
        event.code,
        event.trigger_span,
        event.source_span,
        event.target_span,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


class Store:
    """A DuckDB connection with the project's schema. ``con`` is open for read queries."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str):
        self.con = con
        self.path = path

    # -- schema ---------------------------------------------------------------------------
    def version(self) -> int:
        has_meta = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchall()[0][0]
        if not has_meta:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        return int(row[0][0]) if row else 0

    def check_version(self) -> None:
        found = self.version()
        if found != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {found}, this detente needs {SCHEMA_VERSION}; "
                "open it once without read-only to migrate"
            )

    def migrate(self) -> None:
        found = self.version()
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {found} is newer than this detente "
                f"({SCHEMA_VERSION}); upgrade detente"
            )
        for number in range(found + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                if number == 1:
                    self.con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
                self.con.execute(MIGRATIONS[number - 1])
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number)]
                )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; a database failure inside (a full disk, a read-only file) rolls it
        back and becomes a :class:`StoreError`, so a batch is stored whole or not at all. Other
        database errors (a broken constraint: a bug, not the machine) are rolled back and
        re-raised as they are."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, _MACHINE_ERRORS):
                raise StoreError(f"{self.path}: cannot write: {_first_line(exc)}") from exc
            raise

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # a failed COMMIT has already ended the transaction

    def close(self) -> None:
        self.con.close()

    # -- documents ------------------------------------------------------------------------
    def known_documents(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """Yield ``(doc_id, story, signature)`` for every stored document that has one."""
        cur = self.con.execute(
            "SELECT id, story, signature FROM documents WHERE signature IS NOT NULL ORDER BY id"
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def write_documents(
        self,
        docs: Sequence[tuple[Document, str, bytes | None]],
        sightings: Sequence[Document],
        bands: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        """Store new documents ``(document, story, signature)``, sightings of any document, and
        the LSH ``(band, key, doc_id)`` rows of the new documents' signatures."""
        doc_rows = {
            "id": [d.id for d, _, _ in docs],
            "story": [s for _, s, _ in docs],
            "title": [d.title for d, _, _ in docs],
            "date": pa.array([d.date for d, _, _ in docs], pa.date32()),
            "date_source": [d.date_source for d, _, _ in docs],
            "source": [d.source for d, _, _ in docs],
            "url": [d.url for d, _, _ in docs],
            "language": [d.language for d, _, _ in docs],
            "kind": [d.kind for d, _, _ in docs],
            "text": [d.text for d, _, _ in docs],
            "signature": pa.array([sig for _, _, sig in docs], pa.binary()),
        }
        sentence_rows = {"doc_id": [], "idx": [], "start_char": [], "end_char": [], "text": []}
        for d, _, _ in docs:
            for s in d.sentences:
                sentence_rows["doc_id"].append(d.id)
                sentence_rows["idx"].append(s.index)
                sentence_rows["start_char"].append(s.start)
                sentence_rows["end_char"].append(s.end)
                sentence_rows["text"].append(s.text)
        sighting_rows = {
            "doc_id": [d.id for d in sightings],
            "origin": [d.origin for d in sightings],
            "source": [d.source for d in sightings],
            "url": [d.url for d in sightings],
        }
        with self.transaction():
            self._insert("documents", doc_rows)
            self._insert("sentences", sentence_rows)
            self._insert("sightings", sighting_rows)
            self._insert_bands(bands)

    # -- near-duplicate index -------------------------------------------------------------
    def _insert_bands(self, bands: Sequence[tuple[int, int, str]]) -> None:
        if not bands:
            return
        rows = pa.table(  # noqa: F841 - read by name through DuckDB's replacement scan
            {
                "band": pa.array([b for b, _, _ in bands], pa.int16()),
                "key": pa.array([k for _, k, _ in bands], pa.int64()),
                "doc_id": [d for _, _, d in bands],
            }
        )
        self.con.execute("INSERT INTO story_bands SELECT band, key, doc_id FROM rows")

    def write_bands(self, bands: Sequence[tuple[int, int, str]]) -> None:
        """Add band rows for documents stored without them (an older store, an import)."""
        with self.transaction():
            self._insert_bands(bands)

    def unbanded_signatures(self) -> Iterator[tuple[str, bytes]]:
        """``(doc_id, signature)`` of documents with a signature but no band rows yet."""
        cur = self.con.execute(
            "SELECT id, signature FROM documents d WHERE signature IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM story_bands b WHERE b.doc_id = d.id) ORDER BY id"
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def band_candidates(self, bands: Sequence[tuple[int, int, str]]) -> list[tuple[str, str]]:
        """``(probe, doc_id)`` pairs: stored documents sharing a band key with a probe's
        ``(band, key, probe)`` rows."""
        if not bands:
            return []
        probe = pa.table(  # noqa: F841 - read by name through DuckDB's replacement scan
            {
                "band": pa.array([b for b, _, _ in bands], pa.int16()),
                "key": pa.array([k for _, k, _ in bands], pa.int64()),
                "probe": [p for _, _, p in bands],
            }
        )
        return self.con.execute(
            "SELECT DISTINCT p.probe, b.doc_id FROM probe p"
            " JOIN story_bands b ON b.band = p.band AND b.key = p.key"
        ).fetchall()

    def stories_and_signatures(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, bytes]]:
        """``{doc_id: (story, signature)}`` for stored documents among ``doc_ids``."""
        ids = list(set(doc_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, story, signature FROM documents WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {doc_id: (story, sig) for doc_id, story, sig in rows}

    def _insert(self, table: str, columns: dict[str, list]) -> None:
        """Insert columns keyed by primary key, ignoring rows already present."""
        batch = pa.table(columns)  # found by name through DuckDB's replacement scan
        if batch.num_rows == 0:
            return
        names = ", ".join(columns)
        self.con.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM batch")

    # -- events ---------------------------------------------------------------------------
    def uncoded_documents(self, coder_version: str) -> Iterator[tuple[str, object, str]]:
        """Yield ``(doc_id, date, story)`` of documents this coder version has not read."""
        cur = self.con.execute(
            "SELECT id, date, story FROM documents d WHERE NOT EXISTS ("
            " SELECT 1 FROM coded c WHERE c.doc_id = d.id AND c.coder_version = ?)"
            " ORDER BY id",
            [coder_version],
        )
        while rows := cur.fetchmany(1000):
            yield from rows

    def sentences_of(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, str]]]:
        """The ``(index, text)`` sentences of each document, in order."""
        out: dict[str, list[tuple[int, str]]] = {doc_id: [] for doc_id in doc_ids}
        rows = self.con.execute(
            "SELECT doc_id, idx, text FROM sentences WHERE doc_id IN (SELECT unnest(?))"
            " ORDER BY doc_id, idx",
            [list(doc_ids)],
        ).fetchall()
        for doc_id, idx, text in rows:
            out[doc_id].append((idx, text))
        return out

    def write_events(self, coded: Sequence[tuple[str, str | None, list[Event]]], version: str):
        """Store the events of fully coded documents ``(doc_id, story, events)`` and mark them."""
        rows: dict[str, list] = {name: [] for name in _EVENT_COLUMNS}
        for _doc_id, story, events in coded:
            for e in events:
                for name, value in _event_row(e, story).items():
                    rows[name].append(value)
        rows["date"] = pa.array(rows["date"], pa.date32())
        marks = {"doc_id": [d for d, _, _ in coded], "coder_version": [version] * len(coded)}
        with self.transaction():
            self._insert("events", rows)
            self._insert("coded", marks)

    # -- watched feeds -----------------------------------------------------------------------
    def feed_state(self, url: str) -> dict | None:
        """The saved state of a watched feed (a row of ``feeds`` as a dict), None if new."""
        cur = self.con.execute("SELECT * FROM feeds WHERE url = ?", [url])
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def feed_entries(self, url: str) -> dict[str, str]:
        """``{entry key: content hash}`` of every entry of the feed ``url`` already read."""
        rows = self.con.execute(
            "SELECT entry, content_hash FROM feed_entries WHERE feed = ?", [url]
        ).fetchall()
        return dict(rows)

    def save_feed(
        self, state: dict, entries: Sequence[tuple[str, str, str | None]] = (), *, seen=None
    ) -> None:
        """Save a feed's state (a ``feeds`` row as a dict; missing columns become NULL) and
        mark entries ``(entry key, content hash, doc_id)`` as read at ``seen``, in one
        transaction."""
        columns = (
            "url",
            "etag",
            "last_modified",
            "last_poll",
            "last_success",
            "failures",
            "retry_after",
            "last_error",
        )
        row = [state.get(name) for name in columns]
        row[5] = row[5] or 0
        with self.transaction():
            self.con.execute(f"INSERT OR REPLACE INTO feeds VALUES ({', '.join('?' * 8)})", row)
            if entries:
                self.con.executemany(
                    "INSERT OR REPLACE INTO feed_entries VALUES (?, ?, ?, ?, ?)",
                    [(state["url"], key, digest, doc_id, seen) for key, digest, doc_id in entries],
                )

    # -- counts ---------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row counts that depend only on what was stored, never on when."""
        queries = {
            "documents": "SELECT count(*) FROM documents",
            "stories": "SELECT count(DISTINCT story) FROM documents",
            "sightings": "SELECT count(*) FROM sightings",
            "sentences": "SELECT count(*) FROM sentences",
            "events": "SELECT count(*) FROM events WHERE NOT negated AND NOT hypothetical",
            "flagged_events": "SELECT count(*) FROM events WHERE negated OR hypothetical",
        }
        return {name: self.con.execute(q).fetchall()[0][0] for name, q in queries.items()}

    # -- Parquet datasets and exports -------------------------------------------------------
    def import_dataset(self, files: dict[str, Sequence[str]], stories: str) -> None:
        """Copy a Parquet dataset (see :mod:`detente.store.parquet`) into the tables, keyed.

        ``files`` maps ``documents``, ``sightings``, ``sentences`` and ``events`` to absolute
        Parquet paths (file names ``part-<key>.parquet``); ``stories`` is the ``(id, story,
        part)`` file the driver's de-duplication wrote. Of several copies of one document (an
        exact repost read in two partitions) only the copy of partition ``part`` is kept, with
        its sentences and events; documents are marked as read by the coder version that coded
        them. One transaction: a failed import leaves the store as it was.
        """
        with self.transaction():
            for table, sql in _IMPORT_SQL.items():
                paths = list(files.get(_IMPORT_SOURCE[table], ()))
                params = {"files": paths}
                if "$stories" in sql:
                    params["stories"] = stories
                if paths:
                    self.con.execute(sql, params)

    def export_batches(
        self, *, since=None, until=None, include_flagged: bool = False, batch_size: int = 10_000
    ) -> pa.RecordBatchReader:
        """Events dated ``since..until`` (inclusive; ``None`` is open) with their provenance.

        Columns: every column of ``events``, then ``sentence`` (its text), ``doc_title``,
        ``doc_url``, ``doc_source`` and ``origins`` (every place the document was seen).
        """
        where, params = ["TRUE"], []
        if not include_flagged:
            where.append("NOT e.negated AND NOT e.hypothetical")
        if since is not None:
            where.append("e.date >= ?")
            params.append(since)
        if until is not None:
            where.append("e.date <= ?")
            params.append(until)
        sql = _EXPORT_SQL.format(where=" AND ".join(where))
        return self.con.sql(sql, params=params).to_arrow_reader(batch_size)


_EVENT_COLUMNS = (
    "id",
    "doc_id",
    "sentence_index",
    "story",
    "date",
    "source",
    "target",
    "source_country",
    "target_country",
    "code",
    "root",
    "goldstein",
    "quad",
    "plover",
    "source_text",
    "target_text",
    "trigger_text",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "trigger_start",
    "trigger_end",
    "negated",
    "hypothetical",
    "confidence",
    "coder_version",
)


def _event_row(e: Event, story: str | None) -> dict:
    return {
        "id": event_id(e),
        "doc_id": e.doc_id,
        "sentence_index": e.sentence_index,
        "story": story,
        "date": e.date,
        "source": e.source,
        "target": e.target,
        "source_country": e.source[:3],
        "target_country": e.target[:3],
        "code": e.code,
        "root": e.root,
        "goldstein": e.goldstein,
        "quad": e.quad,
        "plover": e.plover,
        "source_text": e.source_text,
        "target_text": e.target_text,
        "trigger_text": e.trigger_text,
        "source_start": e.source_span[0],
        "source_end": e.source_span[1],
        "target_start": e.target_span[0],
        "target_end": e.target_span[1],
        "trigger_start": e.trigger_span[0],
        "trigger_end": e.trigger_span[1],
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
        "coder_version": e.coder_version,
    }


_IMPORT_SOURCE = {
    "documents": "documents",
    "sightings": "sightings",
    "sentences": "sentences",
    "events": "events",
    "coded": "documents",
}
_DOC_COLUMNS = "id, story, title, date, date_source, source, url, language, kind, text, signature"
# of a document read in several partitions, the copy kept is the one of partition stories.part
_KEPT = (
    "JOIN read_parquet($stories) s"
    " ON s.id = {t}.{id} AND parse_filename({t}.filename, true) = 'part-' || s.part"
)
_IMPORT_SQL = {
    "documents": f"""
        INSERT OR IGNORE INTO documents ({_DOC_COLUMNS})
        SELECT {_DOC_COLUMNS.replace("id,", "d.id,").replace("story", "s.story")}
        FROM read_parquet($files, filename = true) d {_KEPT.format(t="d", id="id")}""",
    "sightings": """
        INSERT OR IGNORE INTO sightings (doc_id, origin, source, url)
        SELECT DISTINCT ON (doc_id, origin) doc_id, origin, source, url
        FROM read_parquet($files)""",
    "sentences": f"""
        INSERT OR IGNORE INTO sentences (doc_id, idx, start_char, end_char, text)
        SELECT t.doc_id, t.idx, t.start_char, t.end_char, t.text
        FROM read_parquet($files, filename = true) t {_KEPT.format(t="t", id="doc_id")}""",
    "events": f"""
        INSERT OR IGNORE INTO events ({", ".join(_EVENT_COLUMNS)})
        SELECT {", ".join("s.story" if c == "story" else f"e.{c}" for c in _EVENT_COLUMNS)}
        FROM read_parquet($files, hive_partitioning = false, filename = true) e
        {_KEPT.format(t="e", id="doc_id")}""",
    "coded": f"""
        INSERT OR IGNORE INTO coded (doc_id, coder_version)
        SELECT d.id, d.coder_version
        FROM read_parquet($files, filename = true) d {_KEPT.format(t="d", id="id")}""",
}
_EXPORT_SQL = """
    SELECT e.*, s.text AS sentence, d.title AS doc_title, d.url AS doc_url,
           d.source AS doc_source,
           (SELECT list(g.origin ORDER BY g.origin) FROM sightings g WHERE g.doc_id = e.doc_id)
               AS origins
    FROM events e
    LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index
    LEFT JOIN documents d ON d.id = e.doc_id
    WHERE {where}
    ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.trigger_start, e.id"""
