"""Coding on several processes gives the same events, in the same order, as on one."""

import json

from typer.testing import CliRunner

from detente.cli import app
from detente.workers import batched, code_batches

SENTENCES = [
    "Japan condemned Russia on Tuesday for its seizure of the peninsula.",
    "The weather in the capital was mild for the season.",
    "Russian troops attacked Ukrainian border posts on Friday.",
    "Chile and Peru signed a fishing agreement in Lima on Monday.",
    "Norway did not impose sanctions on Kenya.",
    "The French president visited Ghana on Wednesday.",
] * 5


def items():
    return [(n, text, "2014-03-07", None) for n, text in enumerate(SENTENCES)]


def test_two_workers_code_like_one():
    one = [r for _, results in code_batches(batched(items(), 4), workers=1) for r in results]
    two = [r for _, results in code_batches(batched(items(), 4), workers=2) for r in results]
    assert [key for key, _ in two] == list(range(len(SENTENCES)))
    assert two == one
    assert sum(len(events) for _, events in one) >= len(SENTENCES) // 6 * 3


def test_the_code_command_takes_workers(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": f"s{n}", "date": "2014-03-07", "text": text}) + "\n"
            for n, text in enumerate(SENTENCES[:6])
        )
    )
    runner = CliRunner()
    plain = runner.invoke(app, ["code", str(source)])
    parallel = runner.invoke(app, ["code", str(source), "--workers", "2"])
    assert plain.exit_code == parallel.exit_code == 0
    assert parallel.stdout == plain.stdout
    ids = {json.loads(line)["id"] for line in plain.stdout.splitlines()}
    assert "s1" not in ids and "s4" not in ids  # no event; a negated one is left out
    assert {"s0", "s2", "s3"} <= ids
