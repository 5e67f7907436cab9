from pathlib import Path

from detente.records import Document, Sentence
from detente.scale.stories import fold_stories
from detente.sources.dedupe import signature
from detente.store import open_store, parquet

BASE = (
    "The foreign ministers of both countries met in the capital on Tuesday to discuss a "
    "fisheries accord, trade quotas for the coming season and the release of detained crews. "
    "Officials said the talks ran late and a joint statement would follow within days."
)
OTHER = (
    "Heavy rain closed mountain roads across the northern provinces, and rail operators "
    "cancelled several night services while engineers inspected two damaged bridges."
)


def _doc(text: str, name: str) -> Document:
    from detente.sources import document_id

    return Document(document_id(text), text, (Sentence(0, 0, len(text), text),), "text", name)


def _write(dataset: Path, key: str, rows) -> str:
    table = parquet.document_table([(d, r, i, signature(d.text)) for d, r, i in rows], "test")
    return str(parquet.write_table(table, dataset / "documents" / f"part-{key}.parquet"))


def test_reposts_fold_across_partitions_in_reading_order(tmp_path):
    original = _doc(BASE, "a")
    exact = _doc(BASE, "b")
    near = _doc(BASE.replace("Tuesday", "Wednesday").replace("within days", "soon"), "c")
    other = _doc(OTHER, "d")
    # the near-duplicate is read first (rank 0) but sits in the second partition
    files = [
        _write(tmp_path, "p1", [(original, 1, 0), (other, 3, 0)]),
        _write(tmp_path, "p2", [(near, 0, 0), (exact, 2, 0)]),
    ]
    stories = fold_stories(open_store(":memory:"), files)
    assert stories.story[near.id] == near.id
    assert stories.story[original.id] == near.id
    assert stories.story[other.id] == other.id
    assert (stories.new, stories.duplicates, stories.near_duplicates) == (3, 1, 1)


def test_documents_already_stored_keep_their_story(tmp_path):
    store = open_store(":memory:")
    stored = _doc(BASE, "old")
    store.write_documents([(stored, "story-0", signature(BASE))], [stored])
    near = _doc(BASE.replace("Tuesday", "Friday"), "new")
    files = [_write(tmp_path, "p", [(near, 0, 0), (_doc(BASE, "again"), 1, 0)])]
    stories = fold_stories(store, files)
    assert stories.story == {near.id: "story-0", stored.id: "story-0"}
    assert (stories.new, stories.duplicates, stories.near_duplicates) == (1, 1, 1)
