"""``read``: inputs (files, directories, feed URLs) to documents, one failure at a time."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from detente.errors import SourceError
from detente.records import Document
from detente.sources import inputs
from detente.sources.registry import get_reader
from detente.sources.sniff import sniff

ErrorHandler = Callable[[SourceError], None]


def raise_error(error: SourceError) -> None:
    raise error


def ignore_error(error: SourceError) -> None:
    """An ``on_error`` handler that skips failed inputs silently."""


def read(
    paths: Iterable[str | os.PathLike],
    *,
    on_error: ErrorHandler | None = None,
    max_bytes: int = inputs.MAX_BYTES,
) -> Iterator[Document]:
    """Yield the documents of every input, in order.

    ``paths`` holds files, directories (read recursively, sorted, hidden entries skipped) and
    ``http(s)://`` feed or page URLs. Each input's kind is sniffed from its content. A failure
    (unreadable, empty, too large, binary, undecodable, invalid...) becomes one
    :class:`SourceError` passed to ``on_error`` (default: raise it), and reading goes on with the
    next input or item. Files over ``max_bytes`` are refused without being read.
    """
    handle = on_error or raise_error
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for target in _expand(paths):
        yield from _read_one(target, handle, max_bytes)


def _expand(paths: Iterable[str | os.PathLike]) -> Iterator[str | Path]:
    for value in paths:
        if isinstance(value, str) and inputs.is_url(value):
            yield value
            continue
        path = Path(value)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_one(target: str | Path, handle: ErrorHandler, max_bytes: int) -> Iterator[Document]:
    """The documents of one input; every failure goes to ``handle``, outside any ``try``."""
    items = _items(target, max_bytes)
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except SourceError as error:
            handle(error)
            return
        except Exception as exc:  # noqa: BLE001 - a reader bug must not end a batch run
            reason = f"unexpected {type(exc).__name__}: {_one_line(exc)}"
            handle(SourceError(str(target), reason))
            return
        if isinstance(item, SourceError):
            handle(item)
        else:
            yield item


def _items(target: str | Path, max_bytes: int):
    if isinstance(target, str):
        source = inputs.open_url(target, max_bytes=max_bytes)
    else:
        source = inputs.open_file(target, max_bytes=max_bytes)
    kind = sniff(source.head, name=str(target), content_type=source.content_type)
    yield from get_reader(kind, source.origin)(source)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]
