"""The command line: every command has help; the store commands round-trip a real corpus."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def command_names() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_stats_refuses_a_missing_database(tmp_path):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such database" in result.output


def test_ingest_of_nothing_readable_exits_non_zero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


@pytest.mark.skipif(not CORPUS.is_dir(), reason="sample corpus not present")
def test_ingesting_the_sample_twice_changes_nothing(tmp_path):
    db = str(tmp_path / "x.duckdb")
    first = runner.invoke(app, ["ingest", str(CORPUS), "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert report["stored"] >= 12
    stats_before = runner.invoke(app, ["stats", "--db", db, "--json"]).stdout
    docs_before = runner.invoke(app, ["docs", "--db", db, "--json", "--limit", "1000"]).stdout
    second = json.loads(runner.invoke(app, ["ingest", str(CORPUS), "--db", db, "--json"]).stdout)
    assert second["stored"] == 0
    assert second["duplicates"] == second["read"] == report["read"]
    assert runner.invoke(app, ["stats", "--db", db, "--json"]).stdout == stats_before
    assert runner.invoke(app, ["docs", "--db", db, "--json", "--limit", "1000"]).stdout == (
        docs_before
    )
    counts = json.loads(stats_before)
    assert counts["sightings"] > counts["documents"], "the sample's exact repost is one document"
    docs = [json.loads(line) for line in docs_before.splitlines()]
    assert {"id", "title", "date", "source", "url", "story", "text"} <= set(docs[0])
    stories = [d["story"] for d in docs]
    assert len(set(stories)) < len(stories), "the sample's near-duplicate repost forms one story"


def test_a_bad_setting_is_one_line_not_a_traceback():
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "from detente.cli import main; main()", "code"],
        input="Japan condemned Russia.\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DETENTE_MODEL": "no_such_pipeline"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "no_such_pipeline" in result.stderr
