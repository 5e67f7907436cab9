"""Distributed-run benchmark: documents/s with 1 and 2 workers, and peak memory per worker.

    python bench/scale.py --n 100000                       # local clusters of 1 and 2 workers
    python bench/scale.py --n 100000 --scheduler tcp://scheduler:8786   # an existing cluster

The corpus is generated (invented wire-style items naming states, about 1% exact reposts and 1%
near-duplicates) as JSONL files of 250 items. Against a real cluster the corpus folder must be
on a file system the workers share (``--work``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

COUNTRIES = [
    "Japan",
    "Russia",
    "China",
    "Ukraine",
    "Germany",
    "France",
    "India",
    "Brazil",
    "Turkey",
    "Egypt",
    "Poland",
    "Canada",
]
CITIES = ["Geneva", "Vienna", "Jakarta", "Nairobi", "Oslo", "Lima"]
SENTENCES = [
    "{a} and {b} held talks in {city} on {day} about fishing rights.",
    "The foreign minister of {a} accused {b} of violating the ceasefire.",
    "{a} promised economic aid to {b} after the floods, officials said.",
    "{b} rejected a proposal from {a} to reopen the border crossing.",
    "Officials in {a} said they would impose new sanctions on {b}.",
    "{a} expelled two diplomats from {b} on {day}.",
    "Local markets were quiet and traders expected little change this week.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
PER_FILE = 250


def item(rng: random.Random, number: int) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    body = " ".join(
        rng.choice(SENTENCES).format(a=a, b=b, city=rng.choice(CITIES), day=rng.choice(DAYS))
        for _ in range(rng.randint(3, 6))
    )
    day = f"2014-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "id": f"bench-{number}",
        "title": f"{a} and {b}",
        "date": day,
        "text": f"Report {number}. {body}",
    }


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    items: list[dict] = []
    for number in range(n):
        roll = rng.random()
        if items and roll < 0.01:  # an exact repost of an earlier item
            items.append(dict(rng.choice(items), id=f"bench-{number}"))
        elif items and roll < 0.02:  # a near-duplicate: an earlier item with a sentence added
            base = rng.choice(items)
            items.append(
                dict(
                    base,
                    id=f"bench-{number}",
                    text=base["text"] + " Markets were calm on the news.",
                )
            )
        else:
            items.append(item(rng, number))
    for start in range(0, n, PER_FILE):
        with (folder / f"part-{start // PER_FILE:05d}.jsonl").open("w") as fh:
            for row in items[start : start + PER_FILE]:
                fh.write(json.dumps(row) + "\n")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_once(corpus: Path, work: Path, address: str, n: int) -> dict:
    from distributed import Client

    from detente.scale import run_distributed
    from detente.store import open_store

    dataset, db = work / f"ds-{time.time_ns()}", work / f"bench-{time.time_ns()}.duckdb"
    store = open_store(db)
    with Client(address) as client:
        workers = len(client.scheduler_info()["workers"])
        started = time.perf_counter()
        report = run_distributed(
            [corpus],
            scheduler=address,
            dataset=dataset,
            store=store,
            partitions=max(2 * workers, n // 2000),
        )
        seconds = time.perf_counter() - started
        peaks = client.run(peak_rss_mb)
    store.close()
    return {
        "workers": workers,
        "documents": report.read,
        "stored": report.stored,
        "events": report.events,
        "seconds": round(seconds, 1),
        "docs_per_s": round(report.read / seconds, 1),
        "peak_worker_mb": round(max(peaks.values()), 1),
        "model_loads": report.model_loads,
        "failed_partitions": len(report.failed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument(
        "--scheduler",
        default="local:1,local:2",
        help="comma-separated: local:N (a cluster started here) or an address",
    )
    parser.add_argument("--work", type=Path, default=None, help="shared working folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="detente-scale-"))
    corpus = work / "corpus"
    generate(corpus, args.n)
    for spec in args.scheduler.split(","):
        if spec.startswith("local:"):
            from distributed import LocalCluster

            with LocalCluster(
                n_workers=int(spec[6:]),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster:
                result = run_once(corpus, work, cluster.scheduler_address, args.n)
        else:
            result = run_once(corpus, work, spec, args.n)
        print(json.dumps({"scheduler": spec, **result}))
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
