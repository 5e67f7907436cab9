"""A bounded soak of the server: loopback only, a fixed duration and request cap, then it stops.

Usage: python bench/soak.py [--seconds 60] [--clients 200] [--max-requests 200000]

Starts ``detente serve`` in a subprocess on 127.0.0.1 over a fresh store with a token, then
runs ``--clients`` concurrent readers (events pages, filters, summary, dyads, actors) and one
authorised writer posting small documents to ``POST /api/ingest`` (without coding, so the
writer measures the store, not the coder). Prints requests, errors, p50/p95/p99 latency per
kind, and checks afterwards that the store holds exactly the documents posted, each once.
Exits 1 on any error or inconsistency.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from detente.store import open_store

TOKEN = "soak-token"
READS = [
    "/api/summary",
    "/api/events?limit=50",
    "/api/events?limit=20&order=desc",
    "/api/events?q=talks",
    "/api/actors?q=ja",
    "/api/dyads",
    "/api/events?include_flagged=true",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def document(n: int) -> bytes:
    return (
        f"Soak report {n}\n\nTOKYO, March 3, 2014 (Wire) - Diplomats of delegation {n} met "
        f"counterparts in Geneva on Monday about fishing quota number {n * 7919}. The talks "
        f"lasted {n % 9 + 1} hours, officials said.\n"
    ).encode()


class Stats:
    def __init__(self):
        self.latency: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.requests = 0

    def add(self, kind: str, seconds: float, error: str | None) -> None:
        self.requests += 1
        self.latency.setdefault(kind, []).append(seconds)
        if error:
            self.errors.append(f"{kind}: {error}")


async def reader(client, stats, deadline, budget, rng):
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        path = rng.choice(READS)
        started = time.perf_counter()
        error = None
        try:
            response = await client.get(path)
            if response.status_code != 200:
                error = f"{path} -> {response.status_code}"
        except httpx.HTTPError as exc:
            error = f"{path} -> {type(exc).__name__}"
        stats.add("read", time.perf_counter() - started, error)


async def writer(client, stats, deadline, posted):
    n = 0
    while time.monotonic() < deadline:
        started = time.perf_counter()
        error = None
        try:
            response = await client.post(
                "/api/ingest",
                params={"name": f"soak-{n}.txt", "code": "false"},
                content=document(n),
                headers={"authorization": f"Bearer {TOKEN}"},
            )
            if response.status_code != 200 or response.json()["ingest"]["stored"] != 1:
                error = f"ingest {n} -> {response.status_code} {response.text[:120]}"
            else:
                posted.append(n)
        except httpx.HTTPError as exc:
            error = f"ingest {n} -> {type(exc).__name__}"
        stats.add("write", time.perf_counter() - started, error)
        n += 1


async def soak(port: int, seconds: float, clients: int, max_requests: int):
    stats, posted, budget = Stats(), [], [max_requests]
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=30
    ) as client:
        tasks = [reader(client, stats, deadline, budget, random.Random(i)) for i in range(clients)]
        tasks.append(writer(client, stats, deadline, posted))
        await asyncio.gather(*tasks)
    return stats, posted


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share) - 1] if len(values) > 1 else values[0]


def check_store(db: Path, posted: list[int]) -> list[str]:
    store = open_store(db, read_only=True)
    try:
        rows = store.con.execute(
            "SELECT count(*), count(DISTINCT id), count(*) FILTER (WHERE title LIKE 'Soak report%')"
            " FROM documents"
        ).fetchone()
        sightings = store.con.execute("SELECT count(*) FROM sightings").fetchone()[0]
    finally:
        store.close()
    problems = []
    if rows[0] != rows[1]:
        problems.append(f"{rows[0] - rows[1]} documents stored twice")
    if rows[2] != len(posted):
        problems.append(f"{rows[2]} soak documents stored, {len(posted)} posted")
    if sightings != rows[0]:
        problems.append(f"{sightings} sightings for {rows[0]} documents")
    return problems


def start_server(db: Path, port: int) -> subprocess.Popen:
    """``detente serve`` on the loopback address, once it answers."""
    command = [
        sys.executable,
        "-c",
        "from detente.cli import app; app()",
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(
        command,
        env={**os.environ, "DETENTE_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("the server did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-soak-") as tmp:
        db = Path(tmp) / "soak.duckdb"
        open_store(db).close()
        port = free_port()
        server = start_server(db, port)
        try:
            started = time.monotonic()
            stats, posted = asyncio.run(soak(port, args.seconds, args.clients, args.max_requests))
            elapsed = time.monotonic() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
        problems = check_store(db, posted)
    print(
        f"{args.clients} readers + 1 writer for {elapsed:.1f} s on 127.0.0.1: "
        f"{stats.requests} requests ({stats.requests / elapsed:.0f}/s), "
        f"{len(stats.errors)} errors"
    )
    for kind, values in sorted(stats.latency.items()):
        print(
            f"  {kind:5} n={len(values):6}  p50={percentile(values, 50) * 1000:7.1f} ms  "
            f"p95={percentile(values, 95) * 1000:7.1f} ms  "
            f"p99={percentile(values, 99) * 1000:7.1f} ms"
        )
    print(f"  documents posted: {len(posted)}; store: {'consistent' if not problems else problems}")
    for error in stats.errors[:10]:
        print("  error:", error)
    return 1 if stats.errors or problems else 0


if __name__ == "__main__":
    sys.exit(main())
