"""Distributed runs against single-process runs of the sample corpus.

One test runs a real two-process ``LocalCluster``; the others use an in-process (threaded)
cluster, where a monkeypatched function reaches the workers and the coder is loaded already.
"""

from pathlib import Path

import pytest

from detente import api
from detente.scale import list_inputs, make_partitions, run_distributed
from detente.scale.worker import marker_path
from detente.store import open_store
from detente.store import parquet as store_parquet

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
EVENT_KEY = "SELECT doc_id, story, sentence_index, source, target, code, date, negated FROM events"


def _events(store) -> set[tuple]:
    return set(store.con.execute(EVENT_KEY).fetchall())


def _events_and_stories(store) -> tuple[set[tuple], set[frozenset]]:
    """The events without their story label, and the documents grouped by story.

    After a failed partition, the rerun's documents meet the stored ones first, so a story may be
    named after another of its copies than in a single-process run; what must not change is
    every event and which documents share a story."""
    events = {row[:1] + row[2:] for row in _events(store)}
    groups: dict[str, set[str]] = {}
    for doc_id, story in store.con.execute("SELECT id, story FROM documents").fetchall():
        groups.setdefault(story, set()).add(doc_id)
    return events, {frozenset(members) for members in groups.values()}


@pytest.fixture(scope="module")
def single():
    store = open_store(":memory:")
    api.ingest([CORPUS], store)
    api.code_documents(store)
    return store


@pytest.fixture(scope="module")
def split_count(single):
    """A partition count that puts the two copies of the exact repost in different partitions."""
    (doc_id,) = single.con.execute(
        "SELECT doc_id FROM sightings GROUP BY doc_id HAVING count(*) > 1"
    ).fetchone()
    origins = {
        o
        for (o,) in single.con.execute(
            "SELECT origin FROM sightings WHERE doc_id = ?", [doc_id]
        ).fetchall()
    }
    names = {Path(o).name for o in origins}
    for count in range(2, 9):
        parts = make_partitions(list_inputs([CORPUS]), count)
        holding = [p for p in parts if names & {Path(t).name for _, t in p.inputs}]
        if len(holding) == 2:
            return count
    raise AssertionError("no partition count splits the repost")


@pytest.fixture(scope="module")
def threaded():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_process_cluster_equals_single_process_run(single, split_count, tmp_path):
    from distributed import LocalCluster

    store = open_store(":memory:")
    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        report = run_distributed(
            [CORPUS],
            scheduler=cluster.scheduler_address,
            dataset=tmp_path / "ds",
            store=store,
            partitions=split_count,
        )
    assert report.computed == report.partitions == split_count and not report.failed
    assert _events(store) == _events(single)
    assert store.counts() == single.counts()
    # the repost read in two partitions is one document with two sightings; stories match
    assert report.duplicates == 1 and report.near_duplicates == 1
    # the model loads once per worker process, not once per task
    assert len(report.workers) <= 2 and report.model_loads == len(report.workers)
    events = sorted((tmp_path / "ds" / "events").glob("year=*/month=*/part-*.parquet"))
    assert events and all(p.parent.name.startswith("month=") for p in events)


def test_threaded_cluster_equals_single_process_run(single, split_count, threaded, tmp_path):
    store = open_store(":memory:")
    report = run_distributed(
        [CORPUS], scheduler=threaded, dataset=tmp_path / "ds", store=store, partitions=split_count
    )
    assert _events(store) == _events(single)
    assert store.counts() == single.counts()
    assert (report.read, report.stored, report.events) == (25, 24, single.counts()["events"])


def test_a_failing_partition_is_retried_alone(single, threaded, tmp_path, monkeypatch):
    real = store_parquet.write_parquet_partition
    calls: list[str] = []

    def flaky(dataset, key, **tables):
        calls.append(key)
        if calls.count(key) == 1 and key == min(calls):
            raise OSError("disk hiccup")
        return real(dataset, key, **tables)

    monkeypatch.setattr(store_parquet, "write_parquet_partition", flaky)
    store = open_store(":memory:")
    report = run_distributed(
        [CORPUS], scheduler=threaded, dataset=tmp_path / "ds", store=store, partitions=3, retries=2
    )
    assert report.retried >= 1 and not report.failed and report.computed == 3
    assert len(calls) == 3 + report.retried  # only the failed one ran again
    assert _events(store) == _events(single)


def test_a_partition_that_keeps_failing_is_reported_and_done_on_rerun(
    single, threaded, tmp_path, monkeypatch
):
    parts = make_partitions(list_inputs([CORPUS]), 3)
    doomed = parts[0].key
    real = store_parquet.write_parquet_partition

    def broken(dataset, key, **tables):
        if key == doomed:
            raise OSError("disk full")
        return real(dataset, key, **tables)

    monkeypatch.setattr(store_parquet, "write_parquet_partition", broken)
    dataset, store = tmp_path / "ds", open_store(":memory:")
    report = run_distributed(
        [CORPUS], scheduler=threaded, dataset=dataset, store=store, partitions=3, retries=1
    )
    assert [(f.key, f.attempts) for f in report.failed] == [(doomed, 2)]
    assert "disk full" in report.failed[0].reason
    assert report.computed == 2 and not marker_path(dataset, doomed).exists()
    assert 0 < store.counts()["documents"] < single.counts()["documents"]

    monkeypatch.setattr(store_parquet, "write_parquet_partition", real)
    again = run_distributed(
        [CORPUS], scheduler=threaded, dataset=dataset, store=store, partitions=3
    )
    assert (again.skipped, again.computed, again.failed) == (2, 1, [])
    assert _events_and_stories(store) == _events_and_stories(single)


def test_a_rerun_of_a_finished_dataset_needs_no_cluster(single, threaded, tmp_path):
    dataset = tmp_path / "ds"
    run_distributed(
        [CORPUS], scheduler=threaded, dataset=dataset, store=open_store(":memory:"), partitions=3
    )
    fresh = open_store(":memory:")
    # nothing is left to compute, so the unreachable scheduler is never contacted
    report = run_distributed(
        [CORPUS], scheduler="tcp://127.0.0.1:9", dataset=dataset, store=fresh, partitions=3
    )
    assert (report.skipped, report.computed) == (3, 0)
    assert _events(fresh) == _events(single)
