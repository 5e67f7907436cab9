"""What one worker task does with one partition: read, fold exact reposts, code, write Parquet.

Everything here runs in a worker process and touches no database: documents and events stay
plain records until they are written as Parquet. The spaCy pipeline and the coder's tables are
cached at module level by :func:`detente.coding.default_coder`, so a worker process loads them
for its first task only; :attr:`PartitionResult.loaded_model` says whether this task paid it.

A partition is done when its marker ``_partitions/<key>.json`` exists. The marker is written
last, after every Parquet file is in place, so a task that dies part-way leaves no marker and
the partition is computed again (its files are overwritten, never appended to).
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from detente.errors import SourceError
from detente.records import Document, Event
from detente.scale.partition import Partition
from detente.store import parquet

MARKERS = "_partitions"


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a task did; also the content of the partition's marker file."""

    key: str
    outputs: dict[str, list[str]]
    read: int
    documents: int
    duplicates: int
    sentences: int
    events: int
    flagged: int
    coder_version: str
    failures: list[tuple[str, str]] = field(default_factory=list)
    worker: str = ""
    loaded_model: bool = False
    seconds: float = 0.0


def run_partition(part: Partition, dataset: str) -> PartitionResult:
    """Ingest and code the inputs of ``part``; write its Parquet files and then its marker."""
    from detente.coding import CODER_VERSION, default_coder

    started = time.perf_counter()
    loaded = default_coder.cache_info().currsize == 0
    failures: list[SourceError] = []
    copies, firsts = read_partition(part, failures.append)
    events = code_documents([doc for doc, _, _ in firsts])
    signed = [(doc, rank, item, _signature(doc)) for doc, rank, item in firsts]
    outputs = parquet.write_parquet_partition(
        Path(dataset),
        part.key,
        documents=parquet.document_table(signed, CODER_VERSION),
        sightings=parquet.sighting_table(copies),
        sentences=parquet.sentence_table(doc for doc, _, _ in firsts),
        events=parquet.event_table(events),
    )
    result = PartitionResult(
        key=part.key,
        outputs=outputs,
        read=len(copies),
        documents=len(firsts),
        duplicates=len(copies) - len(firsts),
        sentences=sum(len(doc.sentences) for doc, _, _ in firsts),
        events=sum(not e.flagged for e in events),
        flagged=sum(e.flagged for e in events),
        coder_version=CODER_VERSION,
        failures=[(f.origin, f.reason) for f in failures],
        worker=f"{socket.gethostname()}:{os.getpid()}",
        loaded_model=loaded,
        seconds=time.perf_counter() - started,
    )
    write_marker(Path(dataset), part, result)
    return result


def read_partition(
    part: Partition, on_error: Callable[[SourceError], None]
) -> tuple[list[Document], list[tuple[Document, int, int]]]:
    """Every copy read, and the first copy of each distinct document with its ``(rank, item)``.

    Exact reposts inside the partition fold here; across partitions the driver folds them.
    """
    from detente.sources import read

    copies: list[Document] = []
    firsts: dict[str, tuple[Document, int, int]] = {}
    for rank, target in part.inputs:
        for item, doc in enumerate(read([target], on_error=on_error)):
            copies.append(doc)
            firsts.setdefault(doc.id, (doc, rank, item))
    return copies, list(firsts.values())


def code_documents(docs: list[Document]) -> list[Event]:
    """Events of ``docs`` (flagged ones included), each sentence coded in its document's context,
    exactly as :func:`detente.api.code_documents` does over the store."""
    from detente.actors import DocumentContext
    from detente.coding import code_sentences

    items = []
    for doc in docs:
        context = DocumentContext()
        items += [((doc.id, s.index), s.text, doc.date, context) for s in doc.sentences]
    return [
        replace(e, doc_id=doc_id, sentence_index=idx)
        for (doc_id, idx), found in code_sentences(items)
        for e in found
    ]


def _signature(doc: Document) -> bytes:
    from detente.sources.dedupe import signature

    return signature(doc.text)


def marker_path(dataset: Path, key: str) -> Path:
    return dataset / MARKERS / f"{key}.json"


def write_marker(dataset: Path, part: Partition, result: PartitionResult) -> None:
    body = {"inputs": [target for _, target in part.inputs], "result": asdict(result)}
    path = marker_path(dataset, part.key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(body, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def read_marker(dataset: Path, key: str) -> PartitionResult | None:
    """The result recorded by an earlier run, or ``None`` if the partition is not done."""
    path = marker_path(dataset, key)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))["result"]
    data["failures"] = [tuple(f) for f in data["failures"]]
    return PartitionResult(**data)
