"""Ingestion benchmark: documents/s and peak memory, reading alone and into the store.

Generates a mixed corpus (HTML pages, .eml, mbox, RSS, JSONL, .txt) of N documents from
templates and random sentences in a temporary folder, then, in a fresh child process for each of
two corpus sizes (N/4 and N), either reads it (``detente.sources.read`` + MinHash signatures) or
ingests it whole (``detente.api.ingest``: reading, repost folding and the DuckDB writes), so the
peak memory of each run is its own: a flat figure means that ingestion streams. CPU time is
printed beside wall time, since the machine may be shared.

    python bench/ingest.py --n 10000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

COUNTRIES = "Norway Chile Peru Kenya Japan Brazil Egypt Poland Canada Ghana Laos Mexico".split()
VERBS = "met criticised praised signed a deal with sanctioned hosted accused warned".split(" ")
OBJECTS = "trade fishing rail water border grain energy aid visa tariffs".split()
PLACES = "Oslo Lima Nairobi Tokyo Cairo Warsaw Accra Quito Dakar Hanoi".split()
MIX = (("html", 0.2), ("eml", 0.15), ("mbox", 0.15), ("rss", 0.15), ("jsonl", 0.2), ("txt", 0.15))
PER_FILE = {"mbox": 10, "rss": 10, "jsonl": 100}


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    return (
        f"Officials from {a} {rng.choice(VERBS)} {b} over {rng.choice(OBJECTS)} in "
        f"{rng.choice(PLACES)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
        f"a spokesman said after {rng.randint(2, 40)} hours of talks."
    )


def story(rng: random.Random) -> tuple[str, list[str]]:
    title = f"{rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} discuss {rng.choice(OBJECTS)}"
    paragraphs = [
        " ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(3, 8))
    ]
    return title, paragraphs


def html_page(rng: random.Random) -> str:
    title, paragraphs = story(rng)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Bench Times</title>"
        f"<meta property='article:published_time' content='2020-0{rng.randint(1, 9)}-15'>"
        "</head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>© Bench Times. All rights reserved.</footer></body></html>"
    )


def eml(rng: random.Random, number: int) -> str:
    title, paragraphs = story(rng)
    when = format_datetime(__import__("datetime").datetime(2020, 1 + number % 12, 1 + number % 28))
    return (
        f"From: Bench Letter <desk@bench.example>\nTo: r@example.net\nSubject: {title}\n"
        f"Date: {when}\nContent-Type: text/plain; charset=utf-8\n\n" + "\n\n".join(paragraphs)
    )


def rss_item(rng: random.Random) -> str:
    title, paragraphs = story(rng)
    text = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in paragraphs)
    return (
        f"<item><title>{title}</title><link>https://bench.example/{rng.random()}</link>"
        f"<pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate><description>{text}</description></item>"
    )


def write_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """About ``n`` documents spread over the kinds of :data:`MIX`."""
    rng = random.Random(seed)
    for kind, share in MIX:
        count = int(n * share)
        per_file = PER_FILE.get(kind, 1)
        for file_no in range(0, count, per_file):
            size = min(per_file, count - file_no)
            path = folder / kind / f"{file_no:07d}.{kind}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(kind, rng, file_no, size), encoding="utf-8")


def render(kind: str, rng: random.Random, number: int, size: int) -> str:
    if kind == "html":
        return html_page(rng)
    if kind == "eml":
        return eml(rng, number)
    if kind == "mbox":
        return "".join(
            f"From desk@bench.example Mon Mar  2 10:00:00 2020\n{eml(rng, number + i)}\n\n"
            for i in range(size)
        )
    if kind == "rss":
        items = "".join(rss_item(rng) for _ in range(size))
        channel = f"<channel><title>Bench</title>{items}</channel>"
        return f"<?xml version='1.0'?><rss version='2.0'>{channel}</rss>"
    if kind == "jsonl":
        lines = []
        for i in range(size):
            title, paragraphs = story(rng)
            record = {"id": f"b{number + i}", "date": "2020-03-02", "title": title}
            lines.append(json.dumps({**record, "text": "\n\n".join(paragraphs)}) + "\n")
        return "".join(lines)
    title, paragraphs = story(rng)
    return f"{title}\n\nLIMA, March 2, 2020 (Bench) - " + "\n\n".join(paragraphs)


def measure(folder: Path, mode: str) -> dict:
    """Read (and sign) or ingest every document under ``folder``; runs in the child process."""
    start, start_cpu = time.perf_counter(), time.process_time()
    if mode == "read":
        from detente.sources import dedupe, read

        errors: list = []
        count = 0
        for doc in read([folder / "corpus"], on_error=errors.append):
            dedupe.signature(doc.text)
            count += 1
    else:
        from detente.api import ingest
        from detente.store import open_store

        store = open_store(folder / "bench.duckdb")
        report = ingest([folder / "corpus"], store)
        store.close()
        count, errors = report.read, report.failures
    return {
        "documents": count,
        "errors": len(errors),
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - start_cpu,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run(n: int) -> None:
    for mode in ("read", "ingest"):
        for size in (max(n // 4, 1), n):
            with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
                write_corpus(Path(tmp) / "corpus", size)
                out = subprocess.run(
                    [sys.executable, __file__, "--measure", tmp, "--mode", mode],
                    check=True,
                    capture_output=True,
                    text=True,
                )
            report(mode, size, json.loads(out.stdout))


def report(mode: str, size: int, result: dict) -> None:
    docs = result["documents"]
    print(
        f"{mode:<6} corpus {size:>6}: {docs} documents, {result['errors']} errors, "
        f"wall {result['seconds']:.1f} s ({docs / result['seconds']:.0f} documents/s), "
        f"CPU {result['cpu_seconds']:.1f} s ({docs / result['cpu_seconds']:.0f} documents/s "
        f"on one core), peak RSS {result['peak_mib']:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000, help="documents in the larger corpus")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="read", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.mode)))
    else:
        run(args.n)


if __name__ == "__main__":
    main()
