"""``run_distributed``: a Dask cluster ingests and codes; the driver folds stories and records.

Recording: the driver copies the Parquet dataset into the store's tables with
``INSERT OR IGNORE ... SELECT FROM read_parquet(...)`` (:meth:`Store.import_dataset`) instead of
laying views over it. Analysis, the web layer and the writers all address the ``events``,
``documents`` and ``sentences`` *tables*: the analysis groups stray rows by ``rowid`` and the
coder inserts into ``events``, neither of which a view over Parquet allows, and a view would
break the day the dataset folder moves. DuckDB reads the Parquet files itself (no row passes
through Python), keys make the import idempotent, and the dataset stays on disk as the
shareable, partitioned copy that other tools (or ``read_parquet`` in DuckDB) query directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from detente.errors import DetenteError, SourceError
from detente.scale.partition import Partition, list_inputs, make_partitions
from detente.scale.stories import fold_stories
from detente.scale.worker import PartitionResult, read_marker, run_partition
from detente.store import Store
from detente.store.parquet import partition_key, write_table

Progress = Callable[[int], None]
STORIES_FILE = "stories.parquet"


class ClusterError(DetenteError):
    """The scheduler address is malformed or cannot be reached."""


@dataclass(frozen=True, slots=True)
class PartitionFailure:
    key: str
    inputs: tuple[str, ...]
    attempts: int
    reason: str


@dataclass(slots=True)
class ScaleReport:
    """What one distributed run did. Counts of documents follow :class:`api.IngestReport`."""

    partitions: int = 0
    computed: int = 0
    skipped: int = 0
    retried: int = 0
    failed: list[PartitionFailure] = field(default_factory=list)
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    sentences: int = 0
    events: int = 0
    flagged: int = 0
    model_loads: int = 0
    workers: list[str] = field(default_factory=list)
    failures: list[SourceError] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in self.__slots__ if k not in ("failed", "failures")}
        out["failed"] = [asdict(f) for f in self.failed]
        out["failures"] = [{"origin": f.origin, "reason": f.reason} for f in self.failures]
        return out


def run_distributed(
    paths: Iterable[str | Path],
    *,
    scheduler: str,
    dataset: Path,
    store: Store,
    partitions: int | None = None,
    retries: int = 2,
    progress: Progress | None = None,
) -> ScaleReport:
    """Ingest and code ``paths`` on a Dask cluster into the Parquet ``dataset``, then record it.

    scheduler (str): ``tcp://host:8786`` (or any Dask address), or ``local:N`` for a local
        cluster of N single-threaded worker processes, started and stopped here.
    dataset (Path): the dataset folder (see :mod:`detente.store.parquet`); a rerun skips the
        partitions whose marker is there.
    partitions (int | None): how many partitions; by default from the input size.
    retries (int): how many times a failed partition is resubmitted (alone) before it is
        reported in ``failed``; the other partitions are recorded either way.
    progress: called with the number of documents read each time a partition finishes.
    RETURNS (ScaleReport).
    """
    started = time.perf_counter()
    dataset = Path(dataset).resolve()
    parts = make_partitions(list_inputs(paths), partitions)
    report = ScaleReport(partitions=len(parts))
    done = {p.key: r for p in parts if (r := read_marker(dataset, p.key)) is not None}
    report.skipped = len(done)
    todo = [p for p in parts if p.key not in done]
    if todo:
        with connect(scheduler) as client:
            done.update(_execute(client, todo, dataset, retries, report, progress))
    _record(store, dataset, [done[p.key] for p in parts if p.key in done], report)
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def connect(scheduler: str) -> Iterator:
    """A ``distributed.Client`` for ``scheduler`` (see :func:`run_distributed`)."""
    from distributed import Client, LocalCluster

    if scheduler.startswith("local:"):
        count = scheduler.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"{scheduler!r}: expected local:N with N >= 1 workers")
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, ValueError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        yield client


def _execute(
    client,
    todo: list[Partition],
    dataset: Path,
    retries: int,
    report: ScaleReport,
    progress: Progress | None,
) -> dict[str, PartitionResult]:
    """Run the partitions, resubmitting a failed one alone up to ``retries`` times."""
    from distributed import as_completed

    attempts = {p.key: 1 for p in todo}
    owner = {}

    def submit(part: Partition):
        future = client.submit(
            run_partition,
            part,
            str(dataset),
            key=f"detente-{part.key}-{attempts[part.key]}",
            pure=False,
        )
        owner[future.key] = part
        return future

    results: dict[str, PartitionResult] = {}
    pending = as_completed([submit(p) for p in todo])
    for future in pending:
        part = owner[future.key]
        if future.status == "finished":
            results[part.key] = future.result()
            report.computed += 1
            if progress:
                progress(results[part.key].read)
        elif attempts[part.key] <= retries:
            attempts[part.key] += 1
            report.retried += 1
            pending.add(submit(part))
        else:
            reason = f"{type(future.exception()).__name__}: {future.exception()}"
            inputs = tuple(t for _, t in part.inputs)
            report.failed.append(PartitionFailure(part.key, inputs, attempts[part.key], reason))
        future.release()
    return results


def _record(
    store: Store, dataset: Path, results: list[PartitionResult], report: ScaleReport
) -> None:
    """Fold stories over every finished partition, then import them into the store."""
    files: dict[str, list[str]] = {"documents": [], "sightings": [], "sentences": [], "events": []}
    for result in results:
        for table, names in result.outputs.items():
            files[table] += [str(dataset / name) for name in names]
        report.read += result.read
        report.duplicates += result.duplicates
        report.model_loads += result.loaded_model
        report.failures += [SourceError(origin, reason) for origin, reason in result.failures]
    report.workers = sorted({r.worker for r in results})
    stories = fold_stories(store, files["documents"])
    report.stored = stories.new
    report.duplicates += stories.duplicates
    report.near_duplicates = stories.near_duplicates
    report.sentences, report.events, report.flagged = _kept_counts(files, stories.part)
    if not files["documents"]:
        return
    write_table(stories.table(), dataset / STORIES_FILE)
    store.import_dataset(files, str(dataset / STORIES_FILE))


def _kept_counts(files: dict[str, list[str]], kept: dict[str, str]) -> tuple[int, int, int]:
    """Sentences, counted and flagged events of the copies kept (``kept``: document id ->
    partition), so that an exact repost read in two partitions counts once."""
    sentences = events = flagged = 0
    for path in files["sentences"]:
        ids = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
        sentences += sum(kept.get(i) == partition_key(path) for i in ids)
    for path in files["events"]:
        table = pq.read_table(path, columns=["doc_id", "negated", "hypothetical"]).to_pydict()
        for doc_id, negated, hypothetical in zip(*table.values(), strict=True):
            if kept.get(doc_id) == partition_key(path):
                flagged += negated or hypothetical
                events += not (negated or hypothetical)
    return sentences, events, flagged
