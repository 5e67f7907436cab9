"""A seeded corpus of many distinct news items, assembled from the sample corpus's sentences.

Every item is a plain-text wire story: a headline, a dateline with its own date, and a seeded
draw of sentences from ``examples/corpus``. The sample files themselves are copied too, so the
run also reads pages, e-mail, an mbox, a feed and JSONL.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from detente.sources import ignore_error, read

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
CITIES = ("MOSCOW", "TOKYO", "KIEV", "BRUSSELS", "WASHINGTON", "BEIJING", "SEOUL", "PARIS")


def sentence_pool() -> list[str]:
    """Every sentence of the sample corpus, in reading order, without repeats."""
    seen: dict[str, None] = {}
    for doc in read([EXAMPLES], on_error=ignore_error):
        for sentence in doc.sentences:
            if len(sentence.text.split()) >= 5:
                seen.setdefault(sentence.text, None)
    return list(seen)


def make_corpus(folder: Path, count: int, *, seed: int = 8) -> Path:
    """Write ``count`` generated stories plus a copy of the sample corpus under ``folder``."""
    rng = random.Random(seed)
    pool = sentence_pool()
    shutil.copytree(EXAMPLES, folder / "sample")
    out = folder / "wire"
    out.mkdir()
    start = dt.date(2014, 1, 1)
    for n in range(count):
        day = start + dt.timedelta(days=rng.randrange(120))
        body = rng.sample(pool, rng.randint(4, 9))
        text = (
            f"Wire report {n}: {rng.choice(body)[:60].rstrip('.')}\n\n"
            f"{rng.choice(CITIES)}, {day:%B} {day.day}, {day.year} (Wire) - "
            + "\n\n".join(body)
            + "\n"
        )
        (out / f"story-{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder
