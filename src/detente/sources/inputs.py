"""Opening one input (a file or a fetched URL) within a size bound."""

from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from detente.errors import SourceError
from detente.sources.fetch import (
    FETCH_TIMEOUT,
    MAX_BYTES,
    URL_SCHEMES,
    get,
    refuse_entity_declarations,
)

HEAD_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Input:
    """One input ready for a reader: where it came from, its first bytes, a way to read it all.

    ``data`` holds the whole content of a fetched URL; a file is read from ``path`` on demand.
    """

    origin: str
    head: bytes
    path: Path | None = None
    data: bytes | None = None
    content_type: str | None = None
    url: str | None = None

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise SourceError(self.origin, f"cannot read: {exc.strerror or exc}") from exc

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        try:
            return self.path.open("rb")
        except OSError as exc:
            raise SourceError(self.origin, f"cannot read: {exc.strerror or exc}") from exc


def is_url(value: str) -> bool:
    return "://" in value[:16]


def open_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Input:
    """Check that ``path`` is a readable regular file within ``max_bytes`` and read its head."""
    origin = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(origin, f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(origin, "not a regular file")
    if info.st_size > max_bytes:
        raise SourceError(origin, f"too large: {info.st_size} bytes > limit of {max_bytes}")
    if info.st_size == 0:
        raise SourceError(origin, "empty file")
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise SourceError(origin, f"cannot read: {exc.strerror or exc}") from exc
    return Input(origin=origin, head=head, path=path)


def open_url(url: str, *, max_bytes: int = MAX_BYTES) -> Input:
    """Fetch an http(s) URL (through :func:`fetch`, which tests replace) into an :class:`Input`."""
    if urlsplit(url).scheme.lower() not in URL_SCHEMES:
        raise SourceError(url, "only http and https URLs are read")
    data, content_type = fetch(url, max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise SourceError(url, f"too large: more than {max_bytes} bytes")
    if not data:
        raise SourceError(url, "empty response")
    return Input(origin=url, head=data[:HEAD_BYTES], data=data, content_type=content_type, url=url)


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    allow_private: bool = False,
) -> tuple[bytes, str | None]:
    """GET ``url`` safely (see :mod:`detente.sources.fetch`): its body and Content-Type header.

    Private, loopback and link-local hosts are refused unless ``allow_private``; so are bodies
    over ``max_bytes`` and documents whose DOCTYPE declares XML entities.
    """
    response = get(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    refuse_entity_declarations(response.body, url)
    return response.body, response.content_type
