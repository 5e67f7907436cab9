"""Time the analysis queries on synthetic events in a DuckDB file.

Generates ``--events`` events (default 10 million) with DuckDB SQL into a fresh store: 60
countries drawn with a skewed (squared-uniform) distribution, a sector suffix on two thirds of the
codes, one IGO among the actors, dates uniform over ``--years`` years, quad classes uniform, and
one event in ten a repost of another (same story, new document) so de-duplication has work to do.
Rows are written in random date order (the worst case for DuckDB's zone maps; ``--order date``
writes them by date, as a news stream arrives). Then times a
weekly dyad series over the whole span and a one-month network, median of ``--runs`` runs after
one warm-up, and prints the figures.

    python bench/analysis.py [--db /tmp/detente-bench.duckdb] [--events 10000000] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time

from detente.analysis import dyad_series, network, tensions
from detente.store import open_store

COUNTRIES = (
    "USA RUS CHN UKR JPN GBR FRA DEU IRN ISR PSE SYR IRQ TUR IND PAK AFG KOR PRK SAU "
    "EGY QAT ARE YEM LBN JOR POL BLR GEO ARM AZE KAZ VNM PHL IDN MYS THA AUS CAN MEX "
    "BRA ARG VEN COL CUB NGA ETH SDN SSD SOM KEN ZAF MLI LBY TUN DZA MAR SRB HUN IGOWSTNAT"
).split()

GENERATE = """
INSERT INTO events
WITH base AS (
    SELECT i,
           floor(60 * pow(random(), 2))::INTEGER AS s_idx,
           floor(60 * pow(random(), 2))::INTEGER AS t_raw,
           floor(random() * 3)::INTEGER AS s_sector,
           floor(random() * 3)::INTEGER AS t_sector,
           DATE '{start}' + floor(random() * {days})::INTEGER AS day,
           1 + floor(random() * 4)::INTEGER AS quad
    FROM range({base}) t(i)
),
coded AS (
    SELECT i, day, quad,
           $countries[s_idx + 1] || (CASE WHEN s_idx = 59 THEN '' ELSE
               ['', 'GOV', 'MIL'][s_sector + 1] END) AS source,
           $countries[((s_idx + 1 + t_raw) % 60) + 1] || (CASE WHEN (s_idx + 1 + t_raw) % 60 = 59
               THEN '' ELSE ['', 'GOV', 'MIL'][t_sector + 1] END) AS target,
           ['043', '061', '112', '190'][quad] AS code,
           [2.8, 6.4, -2.0, -10.0][quad] AS goldstein
    FROM base
),
copies AS (
    SELECT i, 'd' || i AS doc_id FROM coded
    UNION ALL
    SELECT i, 'r' || i AS doc_id FROM coded WHERE i % 9 = 0
)
SELECT md5(c.doc_id)[:24], c.doc_id, 0, 's' || e.i, e.day, e.source, e.target,
       e.source[:3], e.target[:3], e.code, e.code[:2], e.goldstein, e.quad, NULL,
       e.source, e.target, 'met', 0, 3, 4, 7, 8, 11, false, false, 1.0, 'bench'
FROM copies c JOIN coded e USING (i)
{order}
"""


def generate(path: str, events: int, years: int, order: str) -> float:
    if os.path.exists(path):
        os.remove(path)
    store = open_store(path)
    base = round(events * 9 / 10)
    start = time.perf_counter()
    store.con.execute("SELECT setseed(0.42)")
    store.con.execute(
        GENERATE.format(
            start="2010-01-01",
            days=365 * years,
            base=base,
            order="ORDER BY e.day" if order == "date" else "",
        ),
        {"countries": COUNTRIES},
    )
    store.con.execute("CHECKPOINT")
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def timed(fn, runs: int) -> tuple[str, object]:
    """Median wall and CPU (all threads of this process) milliseconds, and the last result.

    CPU time is printed beside wall time because a loaded machine inflates wall time only.
    """
    result = fn()  # warm-up
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return (
        f"{statistics.median(wall) * 1000:7.1f} ms wall, "
        f"{statistics.median(cpu) * 1000:7.1f} ms CPU"
    ), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/detente-bench.duckdb")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--order",
        choices=("random", "date"),
        default="random",
        help="row order on disk: random dates, or by date as a news stream",
    )
    parser.add_argument("--keep", action="store_true", help="reuse an existing --db file")
    args = parser.parse_args()
    if not (args.keep and os.path.exists(args.db)):
        seconds = generate(args.db, args.events, args.years, args.order)
        print(f"generated in {seconds:.1f} s: {args.db}")
    store = open_store(args.db)  # migrates a file kept from an older schema
    con = store.con
    query = "SELECT count(*), min(date), max(date) FROM events"
    total, first, last = con.execute(query).fetchall()[0]
    print(
        f"{total:,} events from {first} to {last}; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    month = (dt.date(2012, 3, 1), dt.date(2012, 3, 31))
    for ids in (True, False):
        label = "with event ids" if ids else "counts only (ids=False)"
        ms, series = timed(lambda ids=ids: dyad_series(con, "RUS", "UKR", ids=ids), args.runs)
        n = sum(b.events for b in series)
        print(
            f"dyad series RUS-UKR by week, whole span, {label}: {ms} median "
            f"({len(series)} weeks, {n:,} counted events)"
        )
        ms, net = timed(
            lambda ids=ids: network(con, since=month[0], until=month[1], ids=ids), args.runs
        )
        n = sum(e.events for e in net.edges)
        print(
            f"network {month[0]}..{month[1]}, {label}: {ms} median "
            f"({len(net.edges)} edges, {n:,} counted events)"
        )
    ms, found = timed(lambda: tensions(con, since=month[0], until=month[1]), args.runs)
    print(
        f"tensions (network with ids + triads), same month: {ms} median "
        f"({len(found)} unbalanced triads)"
    )
    store.close()


if __name__ == "__main__":
    main()
