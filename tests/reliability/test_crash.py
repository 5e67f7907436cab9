"""Crash safety: ``detente run`` killed with SIGKILL at random points, then rerun, must leave
exactly the store an uninterrupted run leaves (same rows in every table, nothing twice)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time

import duckdb
import pytest

from .conftest import detente_command

SEED = 20140303
KILLS = 4
RETRIES = 4
# (table, key columns): every column is compared; the key must be unique
TABLES = {
    "documents": "id",
    "sightings": "doc_id, origin",
    "sentences": "doc_id, idx",
    "events": "id",
    "coded": "doc_id, coder_version",
}


def run(corpus, db, *, kill_after: float | None = None) -> float:
    """Run ``detente run``; with ``kill_after``, SIGKILL it then. Returns the seconds it ran."""
    command = [*detente_command(), "run", str(corpus), "--db", str(db), "--json"]
    started = time.monotonic()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()[-2000:]
        return time.monotonic() - started
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return time.monotonic() - started


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, sorted; asserts that no key occurs twice."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table, key in TABLES.items():
            dupes = con.execute(
                f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY {key}"
                " HAVING count(*) > 1)"
            ).fetchone()[0]
            assert dupes == 0, f"{table}: {dupes} keys stored twice"
            out[table] = sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean_run(big_corpus, tmp_path_factory):
    """One uninterrupted run: its database, how long it took, and its rows."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    seconds = run(big_corpus, db)
    rows = snapshot(db)
    assert rows["events"], "the corpus must give events, or the comparison proves nothing"
    return db, seconds, rows


def progress(db) -> tuple[int, int]:
    """``(documents, documents coded)`` a killed run left behind (0, 0 if no database)."""
    if not db.exists():
        return 0, 0
    rows = snapshot(db)
    return len(rows["documents"]), len(rows["coded"])


def test_killed_runs_finish_with_the_uninterrupted_store(big_corpus, clean_run, tmp_path):
    _, full, expected = clean_run
    killed_db = tmp_path / "killed.duckdb"
    rng = random.Random(SEED)
    # each rerun has less left to do, so the points are drawn afresh for each, over the part of
    # a full run that follows start-up (reading, the ingest transactions, the coding chunks)
    total = len(expected["documents"])
    left = []
    for _ in range(KILLS):
        run(big_corpus, killed_db, kill_after=rng.uniform(0.3, 0.9) * full)
        left.append(progress(killed_db))
    # at least one kill must land mid-run, with work done but not all of it; timing varies with
    # the machine's load, so a few more tries start afresh and aim at the middle of a run
    for _ in range(RETRIES):
        if any(0 < docs and coded < total for docs, coded in left):
            break
        shutil.rmtree(tmp_path / "retry", ignore_errors=True)
        killed_db = tmp_path / "retry" / "killed.duckdb"
        killed_db.parent.mkdir()
        run(big_corpus, killed_db, kill_after=rng.uniform(0.45, 0.75) * full)
        left.append(progress(killed_db))
    assert any(0 < docs and coded < total for docs, coded in left), left
    run(big_corpus, killed_db)
    got = snapshot(killed_db)
    for table in TABLES:
        assert len(got[table]) == len(expected[table]), table
        assert got[table] == expected[table], f"{table} differs from the uninterrupted run"


def test_rerunning_a_finished_run_adds_nothing(big_corpus, clean_run, tmp_path):
    db, _, first = clean_run
    again = tmp_path / "again.duckdb"
    shutil.copyfile(db, again)
    run(big_corpus, again)
    assert snapshot(again) == first
