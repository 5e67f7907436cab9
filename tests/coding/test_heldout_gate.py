"""Quality gates on our own evaluation sets, beside the dev gate (``test_gold_gate.py``).

Each set was written and hand-coded by the gold README rules by someone who had not run the
coder, so its first score measured generalisation beyond the dev set:

- ``heldout.jsonl`` (60 sentences): first scored root F1 0.625, before pass 5.
- ``blind_a.jsonl`` and ``blind_b.jsonl`` (100 each): first scored root F1 0.562 and 0.533, at
  the start of passes 6-8; those passes then used them to find what was missing.

All three have served for tuning since, so they are regression gates now, not blind measures;
the README gives the figure on a set that stayed sealed. The floors sit a little below the
measured scores; the hashes pin the files, so an edit to a set is a deliberate change here too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

# name: (sha256, cases, no-event cases, floors for root F1, exact F1, no-event cases left empty)
SETS = {
    "heldout.jsonl": (
        "4008c05580cdef22598bd568e3ccab9cbe1c7884ac2e4cd8e13030bcb311874c",
        60,
        12,
        (0.90, 0.80, 0.90),
    ),
    "blind_a.jsonl": (
        "46d9bedf259a6667368bdb6753ca2693cd0370249238654e42dad490aa7d84c1",
        100,
        20,
        (0.79, 0.66, 0.85),
    ),
    "blind_b.jsonl": (
        "6c1f7ef82f08195715194ea8656674b86c482f864b99d98e0b52216f9ecd94c3",
        100,
        20,
        (0.83, 0.63, 0.95),
    ),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_the_pinned_one_and_well_formed(name):
    digest, size, empty, _floors = SETS[name]
    path = HERE / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(cases) == size
    assert len({c["id"] for c in cases}) == len({c["text"] for c in cases}) == size
    assert all(set(c) == {"id", "date", "text", "events", "tags", "why"} for c in cases)
    assert sum(not c["events"] for c in cases) == empty


@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_stay_above_floors(name):
    from detente.coding import evaluate

    root_f1, exact_f1, no_event = SETS[name][3]
    report = evaluate(HERE / name)
    assert report.root.f1 >= root_f1, report.to_text()
    assert report.exact.f1 >= exact_f1, report.to_text()
    assert report.no_event_clean >= no_event, report.to_text()
