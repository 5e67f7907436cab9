"""Opening one input (a file or a fetched URL) within a size bound."""

from __future__ import annotations

import http.client
import io
import os
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from detente.errors import SourceError

MAX_BYTES = 50 * 1024 * 1024
HEAD_BYTES = 4096
FETCH_TIMEOUT = 20.0
USER_AGENT = "detente/0.1 (+news reader)"
URL_SCHEMES = ("http", "https")


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


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in URL_SCHEMES:
            raise urllib.error.URLError(f"redirect to a non-http URL: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _HttpOnlyRedirects(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.HTTPDefaultErrorHandler(),
    ):
        opener.add_handler(handler)
    return opener


def fetch(
    url: str, *, max_bytes: int = MAX_BYTES, timeout: float = FETCH_TIMEOUT
) -> tuple[bytes, str | None]:
    """GET ``url``: its body (at most ``max_bytes + 1`` bytes) and its Content-Type header."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with _opener().open(request, timeout=timeout) as response:
            return response.read(max_bytes + 1), response.headers.get("Content-Type")
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        raise SourceError(url, f"fetch failed: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    return " ".join(str(reason).split())[:200]
