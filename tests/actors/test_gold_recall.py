"""Gate: gold actor codes (first three letters) found among a sentence's mentions (issue 3)."""

import json
from pathlib import Path

import pytest

from detente.actors import find

GOLD = Path("/work/shared/gold/dev.jsonl")


def actor_recall(path: Path) -> float:
    """Share of gold event actors whose code[:3] is a mention's code[:3] or a group member."""
    total = found = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        mentions = find(case["text"], case["date"])
        seen = {m.code[:3] for m in mentions if m.code}
        seen |= {member for m in mentions for member in m.members}
        for event in case["events"]:
            for code in (event["source"], event["target"]):
                total += 1
                found += code[:3] in seen
    return found / total


@pytest.mark.skipif(not GOLD.exists(), reason="gold dev set not available")
def test_gold_actor_recall():
    assert actor_recall(GOLD) >= 0.95
