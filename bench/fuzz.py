"""A longer fuzz run of every parser of user-supplied bytes (see tests/reliability/targets.py).

Usage: python bench/fuzz.py [--cases 2000] [--seed 1] [--target NAME ...]

Each target gets the hostile inputs, then ``--cases`` seeded random cases (random bytes, or a
near-valid seed with bytes inserted, deleted or replaced). Prints, per target: cases, how many
were read, refused with a typed error, or crashed; the slowest case; and the growth of the
process's peak memory. Exits 1 if any case crashed.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability.targets import SEEDS, TARGETS, hostile_inputs, run  # noqa: E402

SPECIAL = [
    b"\x00",
    b"\n",
    b"\r\n",
    b"\t",
    b",",
    b'"',
    b"|",
    b"[",
    b"]",
    b"~",
    b"<",
    b"&",
    b"\xff",
    b"\xc3",
    b"=?utf-8?b?",
    b"--",
    b"From ",
]


def random_case(rng: random.Random) -> bytes:
    if rng.random() < 0.3:
        return rng.randbytes(rng.randint(0, 2000))
    out = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(out))
        cut = rng.randint(0, 8)
        insert = rng.choice(
            [
                rng.randbytes(rng.randint(0, 16)),
                rng.choice(SPECIAL) * rng.randint(1, 50),
            ]
        )
        out[at : at + cut] = insert
    return bytes(out)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fuzz(name: str, cases: int, seed: int, folder: Path) -> dict:
    rng = random.Random(f"{seed}:{name}")
    inputs = [(label, data) for label, data in hostile_inputs().items()]
    inputs += [(f"random #{i}", random_case(rng)) for i in range(cases)]
    stats = {"cases": 0, "ok": 0, "typed": 0, "crashed": 0, "slowest": (0.0, ""), "crash": ""}
    before = peak_mb()
    for label, data in inputs:
        started = time.perf_counter()
        try:
            outcome = run(name, data, folder)
        except Exception as exc:  # noqa: BLE001 - a crash is what this run looks for
            stats["crashed"] += 1
            stats["crash"] = stats["crash"] or f"{label}: {type(exc).__name__}: {exc}"[:160]
            if stats["crashed"] == 1:
                traceback.print_exc(limit=3)
        else:
            stats["ok" if outcome == "ok" else "typed"] += 1
        seconds = time.perf_counter() - started
        if seconds > stats["slowest"][0]:
            stats["slowest"] = (seconds, label)
        stats["cases"] += 1
    stats["memory_mb"] = peak_mb() - before
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--target", action="append", choices=list(TARGETS))
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    crashed = 0
    print(
        f"{'target':22} {'cases':>6} {'ok':>6} {'typed':>6} {'crash':>6} "
        f"{'slowest':>9}  {'+peak MB':>8}  slowest case / first crash"
    )
    with tempfile.TemporaryDirectory(prefix="detente-fuzz-") as tmp:
        for name in args.target or TARGETS:
            s = fuzz(name, args.cases, args.seed, Path(tmp))
            crashed += s["crashed"]
            print(
                f"{name:22} {s['cases']:6} {s['ok']:6} {s['typed']:6} {s['crashed']:6} "
                f"{s['slowest'][0]:8.2f}s  {s['memory_mb']:8.0f}  "
                f"{s['crash'] or s['slowest'][1]}",
                flush=True,
            )
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
