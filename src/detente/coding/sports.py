"""Whether a sentence tells of a game: 'beat', 'defeat', 'rout' and 'crush' report matches as
well as force, and 'X of Y, partnered with Z of W' names players, not states. The words of
sport are the ``sports_*`` cues; how much of them counts is the caller's scope."""

from __future__ import annotations

import re
from functools import cache

# a score: '3-1', '2 - 0', '4–2', never a part of a longer number, date or decimal
_SCORE = re.compile(r"(?<![\d.])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.])")


@cache
def _any_of(words: frozenset[str], case: bool = False) -> re.Pattern:
    """A pattern for any of ``words`` (or phrases) standing whole in a text."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    flags = 0 if case else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


@cache
def _margin(units: frozenset[str]) -> re.Pattern:
    """A winning margin: 'by 45 runs', 'by 3 seconds'."""
    return re.compile(rf"\bby \d+ (?:{'|'.join(map(re.escape, sorted(units)))})\b")


def sport_told(doc, cues, *, scored: bool) -> bool:
    """The sentence tells of a game. With ``scored`` only a score beside any word of sport
    counts ('Russia beat the Netherlands 3-1 after extra time'): the test for any act of
    force, which a game alone may also be the venue of ('a bomb went off at a football
    match'). Without it, for verbs that name a contest, a score, a winning margin ('by 45
    runs'), or a word that names sport on its own ('the doubles', 'in the final', 'the Madrid
    Open') counts."""
    text = doc.text
    score = _SCORE.search(text) is not None
    if scored and not score:
        return False
    named = (
        _any_of(cues["sports_names"]).search(text) is not None
        or _any_of(cues["sports_titles"], case=True).search(text) is not None
    )
    if scored:
        words = {t.lower_ for t in doc}
        return named or bool(words & (cues["sports_words"] | cues["sports_events"]))
    if score or named or _margin(cues["sports_margins"]).search(text) is not None:
        return True
    return any(t.pos_ == "NOUN" and t.lower_ in cues["sports_events"] for t in doc)
