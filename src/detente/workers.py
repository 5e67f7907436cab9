"""Coding on several processes, with the same results in the same order as on one.

Work goes out in batches to a pool of spawned processes (each loads the spaCy pipeline once, on
its first batch); at most two batches per worker are in flight, so memory stays bounded however
long the input. With one worker, everything runs in this process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

Tag = TypeVar("Tag")


def code_batch(items: list[tuple]) -> list[tuple]:
    """``(key, events)`` for each ``(key, text, date, context)`` item, flagged events kept."""
    from .coding import code_sentences

    return list(code_sentences(items, include_flagged=True))


def code_batches(
    batches: Iterable[tuple[Tag, list[tuple]]], *, workers: int = 1
) -> Iterator[tuple[Tag, list[tuple]]]:
    """Code ``(tag, items)`` batches, yielding ``(tag, results)`` in input order."""
    if workers <= 1:
        for tag, items in batches:
            yield tag, code_batch(items)
        return
    # spawn, not fork: the parent holds a DuckDB connection and its threads
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        window: deque = deque()
        for tag, items in batches:
            window.append((tag, pool.submit(code_batch, items)))
            if len(window) >= 2 * workers:
                done_tag, future = window.popleft()
                yield done_tag, future.result()
        while window:
            done_tag, future = window.popleft()
            yield done_tag, future.result()


def batched(items: Iterable, size: int) -> Iterator[tuple[None, list]]:
    """``(None, chunk)`` pairs of at most ``size`` items, for :func:`code_batches`."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield None, chunk
            chunk = []
    if chunk:
        yield None, chunk
