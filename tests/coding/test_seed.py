"""End to end on the seed article: raw page text -> sentences -> events."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_b78376088f1c647a.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")


def _sentences(text: str) -> list[str]:
    # Until ingestion lands: the body is the one long line after the mail headers.
    body = max(text.splitlines(), key=len)
    body = body[body.find("|") + 1 :] if "|" in body[:400] else body
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body) if s.strip()]


@pytest.fixture(scope="module")
def events():
    from detente.actors import DocumentContext
    from detente.coding import code_sentences

    context = DocumentContext()
    items = [(i, s, "2014-03-11", context) for i, s in enumerate(_sentences(SEED.read_text()))]
    return [e for _k, evs in code_sentences(items, include_flagged=False) for e in evs]


def _has(events, source, target, roots):
    return any(
        e.source[:3] == source and e.target[:3] == target and e.root in roots for e in events
    )


@pytest.mark.parametrize(
    ("source", "target", "roots"),
    [
        ("JPN", "RUS", {"03", "04", "05"}),
        ("RUS", "UKR", {"19"}),
        ("JPN", "RUS", {"11"}),
        ("JPN", "PRK", {"03", "04"}),
        ("USA", "JPN", {"10", "17"}),
        ("USA", "RUS", {"16"}),
    ],
)
def test_seed_events(events, source, target, roots):
    assert _has(events, source, target, roots)


def test_military_talks_both_ways(events):
    talks = {
        (e.source, e.target)
        for e in events
        if e.root in {"03", "04"} and e.source.endswith("MIL") and e.target.endswith("MIL")
    }
    assert {("JPNMIL", "RUSMIL"), ("RUSMIL", "JPNMIL")} <= talks


def test_no_sanction_by_japan(events):
    assert not [e for e in events if e.source.startswith("JPN") and e.root == "16"]
