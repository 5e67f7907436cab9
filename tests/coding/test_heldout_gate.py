"""Second quality gate: the coder on our own held-out set (``heldout.jsonl``).

The 60 sentences were written and hand-coded by the gold README rules before the coder was run
on them, so they measure generalisation beyond the dev set the coder was tuned on. The floors
sit a little below the measured scores; the hash pins the file, so an edit to the set must be
a deliberate change to this gate too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "heldout.jsonl"
HELDOUT_SHA256 = "4008c05580cdef22598bd568e3ccab9cbe1c7884ac2e4cd8e13030bcb311874c"
FLOORS = {"root_f1": 0.88, "exact_f1": 0.76, "no_event_clean": 0.9}


def test_heldout_file_is_the_pinned_one():
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == HELDOUT_SHA256


def test_heldout_file_is_well_formed():
    cases = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    assert len(cases) == 60
    assert len({c["id"] for c in cases}) == len({c["text"] for c in cases}) == 60
    assert all(set(c) == {"id", "date", "text", "events", "tags", "why"} for c in cases)
    assert sum(not c["events"] for c in cases) == 12


def test_heldout_scores_stay_above_floors():
    from detente.coding import evaluate

    report = evaluate(HELDOUT)
    assert report.root.f1 >= FLOORS["root_f1"], report.to_text()
    assert report.exact.f1 >= FLOORS["exact_f1"], report.to_text()
    assert report.no_event_clean >= FLOORS["no_event_clean"], report.to_text()
