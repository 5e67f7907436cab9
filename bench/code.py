"""Benchmark: text -> events with the detente coder, beside the full spaCy pipeline alone.

Usage: python bench/code.py [--corpus PATH] [--limit N] [--batch-size N] [--repeat N]

Without --corpus it measures the Wikipedia current-events summaries (dense: most sentences hold
actors) and the VOA articles (split into sentences: most hold no event) from ../shared/corpora,
or a generated corpus when that folder is absent. Reports sentences/s and peak RSS growth for
both, and their ratio, in one run: the best and the median of ``--repeat`` passes (steady
state, caches warm, as in a long run over a corpus; the median is the figure to trust on a
shared machine) and the first pass. The median rate by process CPU time is printed beside it:
on a machine other jobs keep busy it moves less than the wall-clock rate (it still counts the
cache and core sharing), so compare two versions by it, run back to back.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import time
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
_SPLIT = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"])")


def read_corpus(path: Path, limit: int) -> list[tuple[str, str, str]]:
    """(key, sentence, date) from a JSONL corpus; long texts are split into sentences."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for i, sentence in enumerate(_SPLIT.split(row["text"])):
                if sentence.strip():
                    out.append((f"{row['id']}#{i}", sentence.strip(), row.get("date")))
            if len(out) >= limit:
                break
    return out[:limit]


def generated(limit: int) -> list[tuple[str, str, str]]:
    rng = random.Random(7)
    actors = ["Norway", "Chile", "Peru", "Kenyan troops", "Vietnam", "Polish police"]
    acts = ["condemned", "met", "attacked", "praised", "imposed sanctions on", "visited"]
    filler = [
        "Prices rose in the spring.",
        "The weather stayed mild all week.",
        "Markets were closed for the holiday.",
    ]
    out = []
    for i in range(limit):
        if i % 3:
            out.append((str(i), rng.choice(filler), "2024-05-17"))
        else:
            a, b = rng.sample(actors, 2)
            out.append((str(i), f"{a} {rng.choice(acts)} {b} on Monday.", "2024-05-17"))
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rates(sentences, run, repeat: int) -> tuple[list[float], list[float]]:
    """Sentences/s of each of ``repeat`` calls of ``run``: by wall clock and by CPU time."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(len(sentences) / (time.perf_counter() - start))
        cpu.append(len(sentences) / max(time.process_time() - start_cpu, 1e-9))
    return wall, cpu


def bench_coder(sentences, batch_size: int, repeat: int):
    """(wall-clock rate of each pass, CPU-time rates, events, peak RSS growth) over ``repeat``
    passes."""
    from detente.coding import default_coder

    coder = default_coder()
    coder.code("Norway condemned Chile.", "2024-01-01")  # warm caches and tables
    before = _peak_mb()
    events = 0

    def run() -> None:
        nonlocal events
        items = ((k, s, d, None) for k, s, d in sentences)
        events = sum(len(evs) for _k, evs in coder.code_sentences(items, batch_size=batch_size))

    rates, cpu = _rates(sentences, run, repeat)
    return rates, cpu, events, _peak_mb() - before


def bench_spacy(sentences, batch_size: int, repeat: int):
    """(wall-clock rate of each pass, CPU-time rates, peak RSS growth) of the pipeline exactly
    as shipped."""
    from detente.nlp import load_nlp

    nlp = load_nlp(disable=(), fast=False)
    list(nlp.pipe(["Warm up the pipeline."]))
    before = _peak_mb()

    def run() -> None:
        for _doc in nlp.pipe((s for _k, s, _d in sentences), batch_size=batch_size):
            pass

    rates, cpu = _rates(sentences, run, repeat)
    return rates, cpu, _peak_mb() - before


def run(name: str, sentences, batch_size: int, repeat: int) -> None:
    coder, coder_cpu, events, coder_mem = bench_coder(sentences, batch_size, repeat)
    spacy, spacy_cpu, spacy_mem = bench_spacy(sentences, batch_size, repeat)
    print(f"{name}: {len(sentences)} sentences, {events} events (best of {repeat} passes)")
    for label, rates, cpu, mem in (
        ("detente coder", coder, coder_cpu, coder_mem),
        ("spaCy alone  ", spacy, spacy_cpu, spacy_mem),
    ):
        print(
            f"  {label} : {max(rates):8.1f} sentences/s  (median {statistics.median(rates):.1f},"
            f" first pass {rates[0]:.1f}; CPU-time median {statistics.median(cpu):.1f})"
            f"  peak +{mem:.0f} MB"
        )
    median = statistics.median(coder) / statistics.median(spacy)
    print(
        f"  ratio         : {max(coder) / max(spacy):.2f}x  (medians {median:.2f}x,"
        f" first passes {coder[0] / spacy[0]:.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    args = parser.parse_args()
    corpora = args.corpus or [
        p
        for p in [
            *sorted((CORPORA / "wcep").glob("*.jsonl"))[-1:],
            CORPORA / "voa" / "voa_sample.jsonl",
        ]
        if p.exists()
    ]
    if not corpora:
        run("generated", generated(args.limit), args.batch_size, args.repeat)
    for path in corpora:
        run(path.name, read_corpus(path, args.limit), args.batch_size, args.repeat)


if __name__ == "__main__":
    main()
