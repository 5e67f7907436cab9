"""A fast rule-based sentence splitter with exact character offsets.

A boundary is a run of ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes or brackets)
followed by white space, or a line break. A period does not end a sentence after a known
abbreviation (``Mr.``, ``Gen.``, ``Jan.``, ``No.``), after a single capital initial, or before a
lower-case word; after an initialism such as ``U.S.`` it ends one only when the next word is a
usual sentence opener ("The", "But", "He"...). A single line break ends a sentence unless the text
is hard-wrapped (most lines of similar width), where only blank lines and punctuation count.
"""

from __future__ import annotations

import re

from detente.records import Sentence
from detente.sources.tables import words

_CANDIDATE = re.compile(r"(?:\.\.\.|…|[.!?])+[\"'”’»)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"[\w.'’-]*$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*(\S?)(\w*)")
_INITIALISM = re.compile(r"(?:\w\.)+\w$")
_BLANK_AFTER = re.compile(r"[ \t]*\n")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` always holds."""
    wrapped = _hard_wrapped(text)
    spans = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if _is_boundary(text, match, wrapped):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(text)))
    return tuple(_sentences(text, spans))


def _sentences(text: str, spans: list[tuple[int, int]]):
    index = 0
    for start, end in spans:
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        begin = start + (len(piece) - len(piece.lstrip()))
        yield Sentence(index=index, start=begin, end=begin + len(stripped), text=stripped)
        index += 1


def _is_boundary(text: str, match: re.Match[str], wrapped: bool) -> bool:
    if match.group() == "\n":
        return not wrapped or _BLANK_AFTER.match(text, match.end()) is not None
    after = _NEXT_WORD.match(text, match.end())
    first, rest = after.group(1), after.group(2)
    if not first:
        return True
    if first.islower():
        return False
    punct = match.group().rstrip("\"'”’»)]")
    if not punct.endswith(".") or punct.endswith("...") or punct.endswith("…"):
        return True
    return _period_ends(text[max(0, match.start() - 40) : match.start()], first + rest)


def _period_ends(before: str, next_word: str) -> bool:
    word = _WORD_BEFORE.search(before).group().lstrip(".'’-")
    if not word:
        return True
    if word.lower() in words("abbreviations"):
        return False
    if len(word) == 1 and word.isupper():
        return False
    if _INITIALISM.match(word):
        return next_word.lower() in words("starters")
    return True


def _hard_wrapped(text: str) -> bool:
    """Whether most lines have similar widths, as in text wrapped at a fixed column."""
    if text.count("\n") < 4:
        return False
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < 4:
        return False
    widest = max(lengths)
    near = sum(1 for n in lengths if n >= 0.75 * widest)
    return widest <= 100 and near >= 0.6 * len(lengths)
