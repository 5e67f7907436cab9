"""Scoring against a hand-coded gold file, exactly as the gold README defines it.

Keys are ``(source[:3], target[:3], code[:2])`` (root level) or with the full code (exact);
true positives are multiset intersections per case, summed into micro precision, recall, F1.
Flagged (negated or hypothetical) events are never predictions.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import DictionaryError


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class EvalReport:
    root: Score
    exact: Score
    no_event_clean: float
    no_event_cases: int
    per_root: dict[str, Score]
    per_tag: dict[str, Score]
    misses: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "root": self.root.to_dict(),
            "exact": self.exact.to_dict(),
            "no_event_clean": round(self.no_event_clean, 4),
            "no_event_cases": self.no_event_cases,
            "per_root": {k: v.to_dict() for k, v in sorted(self.per_root.items())},
            "per_tag": {k: v.to_dict() for k, v in sorted(self.per_tag.items())},
            "misses": self.misses,
        }

    def to_text(self) -> str:
        lines = [
            _line("root ", self.root),
            _line("exact", self.exact),
            f"no-event cases left empty: {self.no_event_clean:.1%} of {self.no_event_cases}",
            "",
            "per root (F1, gold, predicted):",
        ]
        lines += [
            f"  {k}  {v.f1:.2f}  {v.gold:3d}  {v.predicted:3d}"
            for k, v in sorted(self.per_root.items())
        ]
        lines += ["", "per tag (F1):"]
        lines += [f"  {k:20s} {v.f1:.2f}" for k, v in sorted(self.per_tag.items())]
        lines += ["", f"misses ({len(self.misses)}):"]
        for miss in self.misses:
            lines.append(f"  {miss['id']}: missing {miss['missing']} extra {miss['extra']}")
        return "\n".join(lines)


def _line(name: str, score: Score) -> str:
    return f"{name}  P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"


def keys(events, full: bool) -> Counter:
    return Counter(
        (e["source"][:3], e["target"][:3], e["code"] if full else e["code"][:2]) for e in events
    )


def read_gold(path) -> list[dict]:
    cases = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DictionaryError(str(path), number, f"bad JSON: {exc.msg}") from exc
    return cases


def _default_predict(cases: list[dict]) -> dict[str, list[dict]]:
    from detente.coding import code_sentences

    items = ((c["id"], c["text"], c.get("date"), None) for c in cases)
    return {
        key: [e.to_dict() for e in events if not e.flagged]
        for key, events in code_sentences(items, include_flagged=False)
    }


def evaluate(
    gold_path, *, predict: Callable[[list[dict]], dict[str, list[dict]]] | None = None
) -> EvalReport:
    """Score the coder (or ``predict(cases) -> {id: [event dicts]}``) on a gold JSONL file."""
    cases = read_gold(gold_path)
    predicted = (predict or _default_predict)(cases)
    totals = {False: [0, 0, 0], True: [0, 0, 0]}
    per_root: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses, clean, empty = [], 0, 0
    for case in cases:
        pred = [
            e
            for e in predicted.get(case["id"], [])
            if not (e.get("negated") or e.get("hypothetical"))
        ]
        gold = case["events"]
        for full in (False, True):
            g, p = keys(gold, full), keys(pred, full)
            _add(totals[full], g, p)
        g, p = keys(gold, False), keys(pred, False)
        for root in {k[2] for k in g} | {k[2] for k in p}:
            _add(per_root[root], _only(g, root), _only(p, root))
        for tag in case.get("tags", []):
            _add(per_tag[tag], g, p)
        if not gold:
            empty += 1
            clean += not pred
        if g != p:
            misses.append({"id": case["id"], "missing": _fmt(g - p), "extra": _fmt(p - g)})
    return EvalReport(
        root=Score(*totals[False]),
        exact=Score(*totals[True]),
        no_event_clean=clean / empty if empty else 1.0,
        no_event_cases=empty,
        per_root={k: Score(*v) for k, v in per_root.items()},
        per_tag={k: Score(*v) for k, v in per_tag.items()},
        misses=misses,
    )


def _add(total: list[int], gold: Counter, pred: Counter) -> None:
    total[0] += sum((gold & pred).values())
    total[1] += sum(gold.values())
    total[2] += sum(pred.values())


def _only(counter: Counter, root: str) -> Counter:
    return Counter({k: v for k, v in counter.items() if k[2] == root})


def _fmt(counter: Counter) -> list[str]:
    return [f"{s}>{t}:{c}" for (s, t, c), n in sorted(counter.items()) for _ in range(n)]
