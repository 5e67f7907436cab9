"""Stable document ids: a hash of the normalised body text."""

from __future__ import annotations

import hashlib
import unicodedata

ID_LENGTH = 20


def normalise(text: str) -> str:
    """NFKC, case-folded, with every run of white space collapsed to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def document_id(text: str) -> str:
    """The first :data:`ID_LENGTH` hex digits of the SHA-256 of :func:`normalise` (text).

    An exact repost (even re-wrapped, re-cased or with other Unicode forms) gets the same id.
    """
    digest = hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]
