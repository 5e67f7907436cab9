"""Readers that turn web pages, e-mail, feeds and text corpora into documents.

``read(paths, on_error=...)`` sniffs each input's kind and dispatches it to the reader registered
for that kind (see :mod:`detente.sources.registry`).
"""

from detente.sources import dedupe
from detente.sources.core import ignore_error, raise_error, read
from detente.sources.ids import document_id
from detente.sources.inputs import MAX_BYTES
from detente.sources.sentences import split_sentences

__all__ = [
    "MAX_BYTES",
    "dedupe",
    "document_id",
    "ignore_error",
    "raise_error",
    "read",
    "split_sentences",
]
