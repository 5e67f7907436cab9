"""Parquet files of documents, sentences and events: the layout a distributed run writes.

A dataset is a folder::

    documents/part-<key>.parquet        one row per distinct document a partition read
    sightings/part-<key>.parquet        one row per copy read (origin, source, URL)
    sentences/part-<key>.parquet
    events/year=YYYY/month=MM/part-<key>.parquet   (undated events: year=__HIVE_DEFAULT_PARTITION__)
    stories.parquet                     document id -> story and kept partition (the driver's)

Every file is written under a temporary name and renamed into place, so a reader (or a rerun
after a crash) never sees half a file. No spaCy imports here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Document, Event
from .duckdb_store import _EVENT_COLUMNS, Store, _event_row

UNDATED = "__HIVE_DEFAULT_PARTITION__"  # the name Hive (and DuckDB) give a NULL partition value

DOCUMENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("file_rank", pa.int64()),
        ("item", pa.int64()),
        ("title", pa.string()),
        ("date", pa.date32()),
        ("date_source", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("signature", pa.binary()),
        ("coder_version", pa.string()),
    ]
)
SIGHTING_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("origin", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
    ]
)
SENTENCE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("idx", pa.int32()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
    ]
)
_EVENT_TYPES = {
    "sentence_index": pa.int32(),
    "date": pa.date32(),
    "goldstein": pa.float64(),
    "quad": pa.int8(),
    "negated": pa.bool_(),
    "hypothetical": pa.bool_(),
    "confidence": pa.float64(),
    **{
        f"{side}_{end}": pa.int32()
        for side in ("source", "target", "trigger")
        for end in ("start", "end")
    },
}
#: the events table's columns except ``story``, which the driver assigns after the whole run
EVENT_SCHEMA = pa.schema(
    [(name, _EVENT_TYPES.get(name, pa.string())) for name in _EVENT_COLUMNS if name != "story"]
)
#: the driver's verdict: each document's story, and the partition whose copy of it is kept
STORY_SCHEMA = pa.schema([("id", pa.string()), ("story", pa.string()), ("part", pa.string())])


def partition_key(path: str | os.PathLike) -> str:
    """The partition key in a file name ``part-<key>.parquet``."""
    return Path(path).name.removeprefix("part-").removesuffix(".parquet")


def write_table(table: pa.Table, path: Path) -> Path:
    """Write ``table`` to ``path`` atomically (a temporary name in the same folder, renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def document_table(
    docs: Sequence[tuple[Document, int, int, bytes]], coder_version: str
) -> pa.Table:
    """Rows of distinct documents ``(document, file_rank, item, signature)``."""
    return pa.table(
        {
            "id": [d.id for d, _, _, _ in docs],
            "file_rank": [r for _, r, _, _ in docs],
            "item": [i for _, _, i, _ in docs],
            "title": [d.title for d, _, _, _ in docs],
            "date": [d.date for d, _, _, _ in docs],
            "date_source": [d.date_source for d, _, _, _ in docs],
            "source": [d.source for d, _, _, _ in docs],
            "url": [d.url for d, _, _, _ in docs],
            "language": [d.language for d, _, _, _ in docs],
            "kind": [d.kind for d, _, _, _ in docs],
            "text": [d.text for d, _, _, _ in docs],
            "signature": [s for _, _, _, s in docs],
            "coder_version": [coder_version] * len(docs),
        },
        schema=DOCUMENT_SCHEMA,
    )


def sighting_table(copies: Sequence[Document]) -> pa.Table:
    return pa.table(
        {
            "doc_id": [d.id for d in copies],
            "origin": [d.origin for d in copies],
            "source": [d.source for d in copies],
            "url": [d.url for d in copies],
        },
        schema=SIGHTING_SCHEMA,
    )


def sentence_table(docs: Iterable[Document]) -> pa.Table:
    rows = [(d.id, s.index, s.start, s.end, s.text) for d in docs for s in d.sentences]
    names = SENTENCE_SCHEMA.names
    return pa.table(
        {name: [row[i] for row in rows] for i, name in enumerate(names)}, schema=SENTENCE_SCHEMA
    )


def event_table(events: Sequence[Event]) -> pa.Table:
    rows = [_event_row(e, None) for e in events]
    return pa.table(
        {name: [r[name] for r in rows] for name in EVENT_SCHEMA.names}, schema=EVENT_SCHEMA
    )


def write_parquet_partition(
    dataset: Path,
    key: str,
    *,
    documents: pa.Table,
    sightings: pa.Table,
    sentences: pa.Table,
    events: pa.Table,
) -> dict[str, list[str]]:
    """Write one partition's tables under ``dataset``; events split by year and month.

    RETURNS (dict): table name -> the files written, relative to ``dataset`` (an empty table
    writes no file).
    """
    name = f"part-{key}.parquet"
    out: dict[str, list[str]] = {"documents": [], "sightings": [], "sentences": [], "events": []}
    for table_name, table in (
        ("documents", documents),
        ("sightings", sightings),
        ("sentences", sentences),
    ):
        if table.num_rows:
            write_table(table, dataset / table_name / name)
            out[table_name].append(f"{table_name}/{name}")
    for folder, part in _by_month(events):
        write_table(part, dataset / "events" / folder / name)
        out["events"].append(f"events/{folder}/{name}")
    return out


def _by_month(events: pa.Table) -> list[tuple[str, pa.Table]]:
    """``(year=YYYY/month=MM, rows)`` groups of an event table, in folder order."""
    groups: dict[str, list[int]] = {}
    for row, day in enumerate(events.column("date").to_pylist()):
        folder = f"year={day.year:04d}/month={day.month:02d}" if day else f"year={UNDATED}"
        if not day:
            folder += f"/month={UNDATED}"
        groups.setdefault(folder, []).append(row)
    return [(folder, events.take(rows)) for folder, rows in sorted(groups.items())]


def export_events(
    store: Store,
    path: str | os.PathLike | BinaryIO,
    since=None,
    until=None,
    *,
    include_flagged: bool = False,
) -> int:
    """Write the store's events dated ``since..until`` with their provenance as Parquet.

    ``path`` is a file name (written atomically) or an open binary stream.
    RETURNS (int): the number of events written.
    """
    reader = store.export_batches(since=since, until=until, include_flagged=include_flagged)
    if not isinstance(path, str | os.PathLike):
        return _write_batches(reader, path)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    count = _write_batches(reader, tmp)
    os.replace(tmp, target)
    return count


def _write_batches(reader: pa.RecordBatchReader, sink) -> int:
    count = 0
    with pq.ParquetWriter(sink, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count
