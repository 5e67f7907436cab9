"""Inputs to partitions: stable, so that a rerun over the same inputs finds the same partitions.

Each input (a file, or a URL) goes to the partition ``sha1(name) mod n``. A file's name is its
path below the folder that holds every file of the run, so a corpus moved or mounted elsewhere
as a whole keeps its partitions. A partition's key is a hash of its members' names with their
sizes and modification times, so an edited or added file gives its partition a new key (and a
rerun recomputes only that one), while every other partition keeps its key and is skipped.
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
        if _is_url(text):
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
    names = _names(inputs)
    buckets: dict[int, list[tuple[int, str]]] = {}
    for rank, target in enumerate(inputs):
        digest = hashlib.sha1(names[target].encode("utf-8")).digest()
        buckets.setdefault(int.from_bytes(digest[:8], "big") % count, []).append((rank, target))
    return [
        Partition(_key(members, names), tuple(members)) for _, members in sorted(buckets.items())
    ]


def _is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _names(inputs: list[str]) -> dict[str, str]:
    """Each input's name independent of where the run's files sit: the path below the
    deepest folder common to all of them (URLs are their own name)."""
    files = [target for target in inputs if not _is_url(target)]
    base = os.path.commonpath([os.path.dirname(t) for t in files]) if files else ""
    return {t: t if _is_url(t) else Path(os.path.relpath(t, base)).as_posix() for t in inputs}


def _key(members: list[tuple[int, str]], names: dict[str, str]) -> str:
    digest = hashlib.sha1()
    for _, target in members:
        size, mtime = _stat(target)
        digest.update(f"{names[target]}\t{size}\t{mtime}\n".encode())
    return digest.hexdigest()[:16]


def _stat(target: str) -> tuple[int, int]:
    try:
        info = os.stat(target)
    except OSError:  # a URL, or a file that vanished: the reader will report it
        return 0, 0
    return info.st_size, info.st_mtime_ns
