"""Inputs to partitions: stable, so that a rerun over the same inputs finds the same partitions.

Each input (a file, or a URL) goes to the partition ``sha1(path) mod n``. A partition's key is a
hash of its members with their sizes and modification times, so an edited or added file gives
its partition a new key (and a rerun recomputes only that one), while every other partition
keeps its key and is skipped.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: aim for about this much input per partition when the caller does not say how many
PARTITION_BYTES = 8 * 2**20
#: but make at least this many (when there are as many inputs), so small runs still spread out
MIN_PARTITIONS = 4


@dataclass(frozen=True, slots=True)
class Partition:
    """Inputs read together by one task. ``inputs`` are ``(rank, target)``: ``rank`` is the
    input's place in the whole run's reading order, which the driver's de-duplication follows.
    """

    key: str
    inputs: tuple[tuple[int, str], ...]


def list_inputs(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Every input under ``paths`` in the order a single-process ``read`` visits them.

    Directories are walked recursively, sorted, skipping hidden entries; files become absolute
    paths (workers on other machines need a shared file system at the same place); URLs stay.
    """
    out: list[str] = []
    for value in paths:
        text = os.fspath(value)
        if text.startswith(("http://", "https://")):
            out.append(text)
            continue
        path = Path(text).resolve()
        if not path.is_dir():
            out.append(str(path))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            out += [str(Path(root) / f) for f in sorted(files) if not f.startswith(".")]
    return out


def default_count(inputs: list[str]) -> int:
    total = sum(_stat(target)[0] for target in inputs)
    wanted = max(math.ceil(total / PARTITION_BYTES), MIN_PARTITIONS)
    return max(1, min(wanted, len(inputs)))


def make_partitions(inputs: list[str], count: int | None = None) -> list[Partition]:
    """Split ``inputs`` (in reading order) into at most ``count`` non-empty partitions."""
    count = count or default_count(inputs)
    buckets: dict[int, list[tuple[int, str]]] = {}
    for rank, target in enumerate(inputs):
        digest = hashlib.sha1(target.encode("utf-8")).digest()
        buckets.setdefault(int.from_bytes(digest[:8], "big") % count, []).append((rank, target))
    return [Partition(_key(members), tuple(members)) for _, members in sorted(buckets.items())]


def _key(members: list[tuple[int, str]]) -> str:
    digest = hashlib.sha1()
    for _, target in members:
        size, mtime = _stat(target)
        digest.update(f"{target}\t{size}\t{mtime}\n".encode())
    return digest.hexdigest()[:16]


def _stat(target: str) -> tuple[int, int]:
    try:
        info = os.stat(target)
    except OSError:  # a URL, or a file that vanished: the reader will report it
        return 0, 0
    return info.st_size, info.st_mtime_ns
