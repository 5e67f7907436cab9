"""Bounded load test of the API on loopback: a fixed number of requests, then it stops.

Starts ``detente.web.serve`` on a free 127.0.0.1 port in a child process, then sends
``--requests`` requests per endpoint (``/api/events`` pages and dyad series, over the busiest
dyads) from ``--clients`` concurrent httpx clients, and prints requests/s and latency
percentiles for each endpoint.

    python bench/load.py --db demo.duckdb --requests 2000 --clients 50
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter

import httpx


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    """The server in its own process, so the clients here do not share its interpreter."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = (
        "import sys; from detente.web import serve; "
        "serve(sys.argv[1], '127.0.0.1', int(sys.argv[2]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, db, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(f"{base}/api/summary", timeout=1).raise_for_status()
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start within 30 s")


async def run(base: str, urls: list[str], clients: int) -> tuple[float, list[float], int]:
    """Send every url once with ``clients`` workers; returns (seconds, latencies, failures)."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    latencies: list[float] = []
    failures = 0
    reasons: Counter = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal failures
        while not queue.empty():
            url = queue.get_nowait()
            t0 = time.perf_counter()
            try:
                response = await client.get(url)
            except httpx.HTTPError as exc:
                failures += 1
                reasons[type(exc).__name__] += 1
                continue
            latencies.append(time.perf_counter() - t0)
            if response.status_code != 200:
                failures += 1
                reasons[f"HTTP {response.status_code}: {response.text[:120]}"] += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        for reason, count in reasons.items():
            print(f"  failed {count}x: {reason}", file=sys.stderr)
        return time.perf_counter() - t0, latencies, failures


def plan(base: str, requests: int) -> dict[str, list[str]]:
    summary = httpx.get(f"{base}/api/summary").json()
    dyads = httpx.get(f"{base}/api/dyads", params={"limit": 10}).json()["dyads"]
    if not dyads:
        raise SystemExit("the database has no dyads to query")
    window = f"since={summary['first_date']}&until={summary['last_date']}"
    events, series = [], []
    for i in range(requests):
        d = dyads[i % len(dyads)]
        events.append(f"/api/events?dyad={d['a']},{d['b']}&limit=50&order=desc")
        series.append(f"/api/dyads/{d['a']}/{d['b']}/series?grain=week&{window}")
    return {"/api/events": events, "/api/dyads/{a}/{b}/series": series}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="DuckDB file to serve (read-only).")
    parser.add_argument("--requests", type=int, default=1000, help="Requests per endpoint.")
    parser.add_argument("--clients", type=int, default=50, help="Concurrent clients.")
    args = parser.parse_args()
    proc, base = start_server(args.db)
    try:
        for name, urls in plan(base, args.requests).items():
            seconds, latencies, failures = asyncio.run(run(base, urls, args.clients))
            cuts = statistics.quantiles(latencies, n=100)
            print(
                f"{name:28} {len(urls) / seconds:8.1f} req/s  p50 {cuts[49] * 1000:7.1f} ms  "
                f"p95 {cuts[94] * 1000:7.1f} ms  failures {failures}/{len(urls)}"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
