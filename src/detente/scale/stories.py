"""The driver's de-duplication pass: one story per repost, across every partition.

Workers fold exact reposts only inside their partition and sign every distinct document with
its MinHash. The driver then replays what a single-process ingest does, over the signatures
alone: documents already in the store come first, then the run's documents in reading order
(``file_rank, item``: the order :func:`detente.sources.read` visits the inputs). A document whose
id was seen before is an exact repost; one whose signature matches an earlier document's joins
that document's story; any other starts its own story. Because the order is the reading order and
not the partition order, the stories are the ones a single-process run over the same inputs
would give, however the inputs were split.

Cost: the signatures (512 bytes per document) are read into the driver and indexed by LSH, so
the pass is linear in the number of documents and needs no second round of tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.parquet as pq

from detente.store import Store
from detente.store.parquet import partition_key


@dataclass(slots=True)
class Stories:
    """``story`` maps every document id of the run to its story id, ``part`` to the partition
    whose copy stands for it (the copy read first): its row and its events are the ones kept."""

    story: dict[str, str] = field(default_factory=dict)
    part: dict[str, str] = field(default_factory=dict)
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0

    def table(self) -> pa.Table:
        from detente.store.parquet import STORY_SCHEMA

        ids = list(self.story)
        return pa.table(
            {"id": ids, "story": [self.story[i] for i in ids], "part": [self.part[i] for i in ids]},
            schema=STORY_SCHEMA,
        )


def fold_stories(store: Store, document_files: Sequence[str]) -> Stories:
    """Assign stories to the documents in ``document_files`` (see the module docstring)."""
    from detente.sources.dedupe import StoryIndex

    index = StoryIndex()
    known: dict[str, str] = {}
    for doc_id, story, sig in store.signatures():
        index.add(doc_id, sig)
        known[doc_id] = story
    out = Stories()
    for doc_id, sig, part in _in_reading_order(document_files):
        out.part.setdefault(doc_id, part)
        if doc_id in known:
            out.duplicates += 1
            out.story[doc_id] = known[doc_id]
            continue
        match = index.match(sig)
        story = known.get(match, match) if match else doc_id
        out.near_duplicates += match is not None
        out.new += 1
        index.add(doc_id, sig)
        known[doc_id] = out.story[doc_id] = story
    return out


def _in_reading_order(files: Sequence[str]):
    """``(id, signature, partition key)`` of every document row, in reading order."""
    if not files:
        return
    tables = []
    for path in files:
        table = pq.read_table(path, columns=["id", "file_rank", "item", "signature"])
        key = partition_key(path)
        tables.append(table.append_column("part", pa.array([key] * table.num_rows, pa.string())))
    table = pa.concat_tables(tables).sort_by([("file_rank", "ascending"), ("item", "ascending")])
    columns = (table.column(name).to_pylist() for name in ("id", "signature", "part"))
    yield from zip(*columns, strict=True)
