"""Kinds of input and the reader registered for each.

A reader takes an :class:`~detente.sources.inputs.Input` and yields documents; a failure that
spoils only one item of a multi-item input (a message of an mbox, a line of a JSONL file) is
yielded as a :class:`SourceError` so that the other items go on. The built-in readers register
through :func:`reader` like any later one would.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from functools import cache

from detente.errors import SourceError, UnsupportedSource
from detente.records import Document
from detente.sources.inputs import Input

Item = Document | SourceError
Reader = Callable[[Input], Iterator[Item]]

BUILTIN_READERS = (
    "detente.sources.page",
    "detente.sources.mail",
    "detente.sources.feed",
    "detente.sources.jsonl",
    "detente.sources.plain",
)
_READERS: dict[str, Reader] = {}


def reader(kind: str) -> Callable[[Reader], Reader]:
    """Register the decorated function as the reader of ``kind``."""

    def register(func: Reader) -> Reader:
        _READERS[kind] = func
        return func

    return register


@cache
def _load_builtin() -> None:
    for module in BUILTIN_READERS:
        importlib.import_module(module)


def known_kinds() -> tuple[str, ...]:
    _load_builtin()
    return tuple(sorted(_READERS))


def get_reader(kind: str, origin: str = "") -> Reader:
    """The reader of ``kind``; :class:`UnsupportedSource` (listing the known kinds) if none."""
    _load_builtin()
    try:
        return _READERS[kind]
    except KeyError:
        known = ", ".join(known_kinds())
        raise UnsupportedSource(origin, f"unsupported kind {kind!r} (known: {known})") from None
