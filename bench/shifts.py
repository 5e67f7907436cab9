"""Detection delay and false alarm rate of the shift detector on constructed weekly series.

Each series is a dyad's weekly net cooperation: Poisson cooperation minus Poisson conflict
counts, whose means switch at a known week. A detection is the first shift toward the new level
starting at or after the change (within ``--horizon`` weeks); a false alarm is any shift that
starts before the change. Prints one row per scenario and detector setting.

    python bench/shifts.py [--series 500] [--seed 1]
"""

from __future__ import annotations

import argparse
import statistics

import numpy as np

from detente.analysis import ShiftParams, detect_shifts

# name: (cooperation, conflict) weekly means before and after the change
SCENARIOS = {
    "busy dyad turns hostile": ((4.0, 1.0), (1.0, 7.0)),
    "busy dyad, moderate turn": ((4.0, 2.0), (2.0, 5.0)),
    "quiet dyad flares up": ((0.5, 0.2), (0.2, 5.0)),
    "no change (control)": ((3.0, 2.0), (3.0, 2.0)),
}
# label: (parameters, whether the counting-noise floor is used, as ``alerts`` does)
SETTINGS = {
    "default": (ShiftParams(), True),
    "no count floor": (ShiftParams(), False),
    "threshold 3.0": (ShiftParams(threshold=3.0), True),
    "window 12": (ShiftParams(window=12), True),
}


def run(before, after, params: ShiftParams, floor: bool, *, series, horizon, rng) -> dict:
    delays, missed, false_alarms, quiet_weeks = [], 0, 0, 0
    for _ in range(series):
        change, length = int(rng.integers(12, 40)), 52
        means = [before if t < change else after for t in range(length)]
        counts = [(int(rng.poisson(c)), int(rng.poisson(k))) for c, k in means]
        values = [c - k for c, k in counts]
        shifts = detect_shifts(values, params, [c + k for c, k in counts] if floor else None)
        false_alarms += sum(1 for s in shifts if s.first < change)
        quiet_weeks += change
        if before == after:
            false_alarms += sum(1 for s in shifts if s.first >= change)
            quiet_weeks += length - change
            continue
        toward = 1 if (after[0] - after[1]) > (before[0] - before[1]) else -1
        hits = [
            s.first - change
            for s in shifts
            if change <= s.first <= change + horizon and s.direction == toward
        ]
        if hits:
            delays.append(hits[0])
        else:
            missed += 1
    return {
        "detected": 1 - missed / series if before != after else None,
        "median_delay": statistics.median(delays) if delays else None,
        "mean_delay": statistics.fmean(delays) if delays else None,
        "false_per_100_weeks": 100 * false_alarms / quiet_weeks,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--horizon", type=int, default=4)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    print(f"{args.series} series of 52 weeks per row; detection within {args.horizon} weeks")
    print(
        f"{'scenario':28} {'setting':15} {'detected':>9} {'delay med':>9} {'delay mean':>10} "
        f"{'false/100wk':>11}"
    )
    for name, (before, after) in SCENARIOS.items():
        for label, (params, floor) in SETTINGS.items():
            r = run(before, after, params, floor, series=args.series, horizon=args.horizon, rng=rng)
            detected = "-" if r["detected"] is None else f"{r['detected']:.1%}"
            med = "-" if r["median_delay"] is None else f"{r['median_delay']:g}"
            mean = "-" if r["mean_delay"] is None else f"{r['mean_delay']:.2f}"
            print(
                f"{name:28} {label:15} {detected:>9} {med:>9} {mean:>10} "
                f"{r['false_per_100_weeks']:>11.2f}"
            )


if __name__ == "__main__":
    main()
