"""Ingest folds reposts through the store's band index: across runs, within a batch, and for
documents stored before the index existed."""

import datetime as dt

from datasketch import MinHashLSH

from detente.api import StoryFolder
from detente.records import Document, Sentence
from detente.sources import dedupe, document_id
from detente.store import open_store

STORY = (
    "The foreign ministers of Chile and Peru met in Arica on Tuesday to settle the last details "
    "of a fishing accord for the waters off their shared coast. Officials said the accord sets "
    "quotas for anchovy and hake, opens two ports to boats from both countries and creates a "
    "joint patrol for the spawning season. The ministers also agreed to share satellite data on "
    "sea temperatures. A signing ceremony is planned in Lima next month, where both presidents "
    "are expected to attend, and Peru said it would host the first joint patrol."
)
OTHER_STORY = (
    "Chile and Peru traded complaints on Friday about a customs strike that has left hundreds "
    "of lorries waiting at the border crossing near Tacna. Drivers said they had slept in their "
    "cabs for four nights while inspectors demanded higher pay. Chilean exporters of fruit said "
    "their goods were spoiling, and a Peruvian trade group asked both governments to open an "
    "emergency lane. Talks between the unions and the customs service resume on Monday."
)

REPOST = "Home | World | Log in\n" + STORY.replace("two thousand", "three thousand") + "\nShare."


def doc(text: str, origin: str) -> Document:
    return Document(
        id=document_id(text),
        text=text,
        sentences=(Sentence(0, 0, len(text), text),),
        kind="text",
        origin=origin,
        date=dt.date(2014, 3, 1),
        date_source="metadata",
    )


def stories(store) -> dict[str, str]:
    return dict(store.con.execute("SELECT id, story FROM documents").fetchall())


def test_band_layout_is_the_lsh_optimum_for_the_threshold():
    lsh = MinHashLSH(threshold=dedupe.THRESHOLD, num_perm=dedupe.NUM_PERM)
    assert (dedupe.BANDS, dedupe.ROWS) == (lsh.b, lsh.r)
    keys = dedupe.band_keys(dedupe.signature(STORY))
    assert len(keys) == dedupe.BANDS and all(0 <= k < 2**63 for k in keys)


def test_a_near_duplicate_in_a_later_run_joins_the_story(tmp_path):
    path = tmp_path / "x.duckdb"
    store = open_store(path)
    assert StoryFolder(store).add([doc(STORY, "a.txt")]) == (1, 0)
    store.close()
    store = open_store(path)
    assert StoryFolder(store).add([doc(REPOST, "b.txt"), doc(OTHER_STORY, "c.txt")]) == (2, 1)
    found = stories(store)
    assert found[document_id(REPOST)] == document_id(STORY)
    assert found[document_id(OTHER_STORY)] == document_id(OTHER_STORY)


def test_near_duplicates_within_one_batch_and_exact_reposts(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    batch = [doc(STORY, "a.txt"), doc(REPOST, "b.txt"), doc(STORY, "c.html")]
    assert StoryFolder(store).add(batch) == (2, 1)
    assert set(stories(store).values()) == {document_id(STORY)}
    assert store.counts()["sightings"] == 3


def test_documents_stored_without_bands_are_indexed_on_first_use(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    original = doc(STORY, "a.txt")
    store.write_documents([(original, original.id, dedupe.signature(STORY))], [original])
    assert list(store.unbanded_signatures())
    folder = StoryFolder(store)
    assert not list(store.unbanded_signatures())
    assert folder.add([doc(REPOST, "b.txt")]) == (1, 1)
