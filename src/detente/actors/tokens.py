"""A fast regex tokenizer for actor matching (no spaCy model needed).

Tokens keep their character offsets and a normalised form: lower case, accents stripped, curly
apostrophes made straight, dots of abbreviations dropped ("U.S." -> "us"). A possessive "'s" is
its own token, as is every hyphen, so "Ki-moon" and "Saudi-led" split the same way in the text
and in the tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # abbreviations with dots: U.S., U.N., D.C.
    r"|[’']s\b"  # possessive
    r"|\w+(?:[’']\w+)*(?<![’']s)"  # words, keeping inner apostrophes (d'Ivoire, N'Djamena)
    r"|[^\w\s]"  # any other single character
)
_DOTLESS = re.compile(r"[.’]")


class Token(NamedTuple):
    """One token: ``norm`` is the matching key; ``shape`` is 2 all caps, 1 capitalised, 0 other.

    A named tuple rather than a dataclass: millions are made, and tuples are built fastest.
    """

    start: int
    end: int
    raw: str
    norm: str
    shape: int


def normalise(raw: str) -> str:
    """Matching key of one token: lower case, no accents, no dots, straight apostrophe."""
    text = _DOTLESS.sub(lambda m: "'" if m.group() == "’" else "", raw)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower() or raw


def shape(raw: str) -> int:
    """2 if every letter is upper case (more than one letter), 1 if capitalised, else 0."""
    letters = [ch for ch in raw if ch.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    return 2 if len(letters) > 1 and all(ch.isupper() for ch in letters) else 1


@lru_cache(maxsize=200_000)
def _key(raw: str) -> tuple[str, int]:
    return normalise(raw), shape(raw)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into :class:`Token` objects with offsets into ``text``."""
    tokens = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        tokens.append(Token(m.start(), m.end(), raw, *_key(raw)))
    return tokens


def phrase_tokens(phrase: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Keys and case requirements of a table phrase.

    A table word written capitalised must be capitalised in the text; a short all-caps word
    ("US", "UN", "EU", "IS") must be all caps, so the pronoun "us" never matches "US".
    """
    toks = tokenize(phrase)
    keys = tuple(t.norm for t in toks)
    needs = tuple(2 if t.shape == 2 and len(t.norm) <= 3 else min(t.shape, 1) for t in toks)
    return keys, needs
