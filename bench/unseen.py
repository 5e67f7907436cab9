"""Accuracy on hand-coded sets nobody who changes the coder reads: totals only, never misses.

Usage: python bench/unseen.py [validation|sealed|all] [--per-set]

The sets in ``bench/unseen/`` were written and coded by the gold README's rules by team members
who had not run the coder. They are gzipped so that a search of the tree does not show their
sentences. ``validation`` sets are scored after every change, to show it does not hurt text the
change was not made for; ``sealed`` sets only at the start and the end of a session, and never
to decide anything. Reading a set's sentences or misses turns it into a tuning set: move it to
``tests/coding/`` then, as was done with every earlier set.
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
from pathlib import Path

from detente.coding import evaluate

HERE = Path(__file__).resolve().parent / "unseen"
GROUPS = {"validation": ("ba", "bc", "be"), "sealed": ("bb", "bd", "bf")}


def score(name: str):
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl") as plain:
        plain.write(gzip.decompress((HERE / f"{name}.jsonl.gz").read_bytes()))
        plain.flush()
        return evaluate(plain.name)


def _line(label: str, tp: int, pred: int, gold: int) -> str:
    p, r = tp / max(pred, 1), tp / max(gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{label:7s} F1 {f1:.3f} (P {p:.3f}, R {r:.3f}; tp {tp}, predicted {pred}, gold {gold})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("group", nargs="?", default="validation", choices=[*GROUPS, "all"])
    parser.add_argument("--per-set", action="store_true", help="a line for each set too")
    args = parser.parse_args()
    names = [n for g, ns in GROUPS.items() if args.group in (g, "all") for n in ns]
    totals = {"root": [0, 0, 0], "exact": [0, 0, 0]}
    clean = empty = 0
    for name in names:
        report = score(name)
        for level, s in (("root", report.root), ("exact", report.exact)):
            totals[level] = [
                a + b for a, b in zip(totals[level], (s.tp, s.predicted, s.gold), strict=True)
            ]
        clean += round(report.no_event_clean * report.no_event_cases)
        empty += report.no_event_cases
        if args.per_set:
            print(
                f"{name.upper()}: "
                + _line("root", report.root.tp, report.root.predicted, report.root.gold)
            )
    print(f"{args.group} ({', '.join(n.upper() for n in names)}), pooled:")
    for level, (tp, pred, gold) in totals.items():
        print("  " + _line(level, tp, pred, gold))
    print(f"  no-event cases left empty: {clean}/{empty}")


if __name__ == "__main__":
    main()
