"""A cheap language guess: is this English?"""

from __future__ import annotations

import re

from detente.sources.tables import words

_WORD = re.compile(r"[^\W\d_]+")
# English news prose has 35-50 % of its words in the stop list; other languages sharing the
# alphabet have under 10 %.
MIN_SHARE = 0.2
MIN_WORDS = 5
SAMPLE_CHARS = 5000


def guess_language(text: str) -> str | None:
    """``"en"`` when enough of the words are common English function words, else ``None``."""
    tokens = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(tokens) < MIN_WORDS:
        return None
    stop = words("stopwords_en")
    share = sum(1 for token in tokens if token in stop) / len(tokens)
    return "en" if share >= MIN_SHARE else None
