"""Fetching a URL without letting it reach inside the network (SSRF), within size and time bounds.

A URL's host is resolved once and every address it gives is checked; the connection then goes to
a checked address, so a DNS answer that changes between the check and the connection (DNS
rebinding) is never used. Redirects are followed by hand, each hop checked the same way. Host
names written as odd IPv4 forms (``2130706433``, ``0x7f.1``, ``017700000001``) are read the way
the C library reads them, so they are checked as the addresses they really are.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from detente.errors import SourceError

MAX_BYTES = 50 * 1024 * 1024
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "detente/0.1 (+news reader)"
URL_SCHEMES = ("http", "https")
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, */*;q=0.5"
)
REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"[0-9a-fA-FxX.]+")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched resource. ``status`` is 200, or 304 when the conditional request found it
    unchanged (then ``body`` is empty). ``url`` is the final URL, after redirects."""

    url: str
    status: int
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def get(
    url: str,
    *,
    allow_private: bool = False,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = FETCH_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
) -> Response:
    """GET an http(s) URL safely; :class:`SourceError` (naming the URL) for every refusal.

    Hosts that are, or resolve to, private, loopback, link-local, multicast, reserved or
    unspecified addresses are refused unless ``allow_private``. ``etag`` and ``last_modified``
    (from an earlier response) make the request conditional. ``timeout`` bounds the whole
    fetch, redirects included; a body over ``max_bytes`` is refused.
    """
    deadline = time.monotonic() + timeout
    validators = {"If-None-Match": etag, "If-Modified-Since": last_modified}
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    headers |= {name: value for name, value in validators.items() if value}
    current = url
    for _hop in range(max_redirects + 1):
        target = _Target.parse(current)
        addresses = checked_addresses(target.host, target.port, allow_private, current)
        response = _request(target, addresses, headers, deadline, max_bytes, current)
        if not isinstance(response, str):
            return response
        current = _next_hop(current, response)
    raise SourceError(url, f"too many redirects (more than {max_redirects})")


@dataclass(frozen=True, slots=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, url: str) -> _Target:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in URL_SCHEMES:
            raise SourceError(url, "only http and https URLs are read")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise SourceError(url, f"bad port: {exc}") from exc
        if not parts.hostname:
            raise SourceError(url, "no host name")
        path = parts.path or "/"
        return cls(scheme, parts.hostname, port, path + (f"?{parts.query}" if parts.query else ""))


def _next_hop(current: str, location: str) -> str:
    following = urljoin(current, location)
    if urlsplit(following).scheme.lower() not in URL_SCHEMES:
        raise SourceError(current, f"redirect to a non-http URL: {following[:200]}")
    return following


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (tests replace this to play DNS)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def checked_addresses(host: str, port: int, allow_private: bool, url: str) -> list[Address]:
    """Every address of ``host``, refused as a whole if any of them is not public."""
    literal = literal_address(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            found = resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise SourceError(url, f"cannot resolve {host}: {_one_line(exc)}") from exc
        addresses = [ipaddress.ip_address(value.split("%")[0]) for value in found]
        if not addresses:
            raise SourceError(url, f"cannot resolve {host}: no address")
    if not allow_private:
        for address in addresses:
            reason = refusal(address)
            if reason:
                raise SourceError(url, f"refused: {host} is {reason} ({address})")
    return addresses


def literal_address(host: str) -> Address | None:
    """``host`` as an IP address if it is written as one, in any form the C library accepts."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not _NUMERIC_HOST.fullmatch(host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None  # a name made of hex letters, such as cafe.be


def refusal(address: Address) -> str | None:
    """Why ``address`` may not be fetched from by default, or None for a public address."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return refusal(embedded)
    checks = (
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a public address"),
    )
    return next((reason for failed, reason in checks if failed), None)


def _embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for (mapped, 6to4, Teredo, NAT64), if any."""
    if address.version == 4:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def open_socket(address: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection to an already checked address (tests replace this to redirect it)."""
    return socket.create_connection((address, port), timeout=timeout)


def _request(
    target: _Target,
    addresses: list[Address],
    headers: dict[str, str],
    deadline: float,
    max_bytes: int,
    url: str,
) -> Response | str:
    """One request to the first checked address that answers: a response or a redirect URL."""
    watchdog = _Watchdog(deadline)
    conn = _connection(target, addresses, _remaining(deadline, url), watchdog)
    try:
        with watchdog:
            conn.request("GET", target.path, headers=headers)
            reply = conn.getresponse()
            location = reply.getheader("Location")
            if reply.status in REDIRECTS and location:
                return location
            if reply.status == 304:
                return _response(url, reply, b"")
            if reply.status != 200:
                raise SourceError(url, f"HTTP {reply.status} {reply.reason}".strip())
            body = _read_body(reply, max_bytes, url)
        if watchdog.fired:  # a shut-down socket can look like the end of the body
            raise SourceError(url, "fetch failed: took longer than the time limit")
        return _response(url, reply, body)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if watchdog.fired:
            raise SourceError(url, "fetch failed: took longer than the time limit") from exc
        raise SourceError(url, f"fetch failed: {_one_line(exc)}") from exc
    finally:
        conn.close()


class _Watchdog:
    """Shuts the connection's socket down at the deadline.

    Socket timeouts bound each read, not their sum: a server dripping one byte a second would
    hold a fetch for ever. Shutting the socket down from a timer ends any read in progress.
    """

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.fired = False
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()

    def guard(self, sock: socket.socket) -> socket.socket:
        self._sock = sock
        if self.fired:
            self._shutdown()
        return sock

    def _fire(self) -> None:
        self.fired = True
        self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is None:
            return
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed


def _connection(
    target: _Target, addresses: list[Address], timeout: float, watchdog: _Watchdog
) -> http.client.HTTPConnection:
    """A connection whose socket goes to one of ``addresses``, never to a new DNS answer.

    The host name still names the server in the Host header, TLS SNI and certificate check.
    """
    if target.scheme == "https":
        conn = http.client.HTTPSConnection(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)

    def connect(_address, timeout, _source=None):
        return watchdog.guard(_first_answer(addresses, target.port, timeout))

    conn._create_connection = connect
    return conn


def _first_answer(addresses: list[Address], port: int, timeout: float) -> socket.socket:
    error: OSError | None = None
    for address in addresses:
        try:
            return open_socket(str(address), port, timeout)
        except OSError as exc:
            error = exc
    raise error or OSError("no address to connect to")


def _read_body(reply: http.client.HTTPResponse, max_bytes: int, url: str) -> bytes:
    length = reply.getheader("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise SourceError(url, f"too large: {length} bytes > limit of {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    while chunk := reply.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(url, f"too large: more than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise SourceError(url, "fetch failed: took longer than the time limit")
    return left


def _response(url: str, reply: http.client.HTTPResponse, body: bytes) -> Response:
    return Response(
        url=url,
        status=reply.status,
        body=body,
        content_type=reply.getheader("Content-Type"),
        etag=reply.getheader("ETag"),
        last_modified=reply.getheader("Last-Modified"),
    )


_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_EBCDIC = ("<!DOCTYPE".encode("cp037"), "<!ENTITY".encode("cp037"))


def refuse_entity_declarations(data: bytes, origin: str) -> None:
    """Refuse an XML document whose DOCTYPE declares entities, before any parser sees it.

    Declared entities serve no purpose in a feed and are the vehicle of entity bombs (nested or
    one long entity repeated) and of external entities that read local files or URLs. feedparser
    drops most declarations itself, but keeps plain-text ones and expands them in its fallback
    parser, so a 200 KB document can grow into gigabytes. NUL bytes are removed before the
    search, so UTF-16 and UTF-32 documents are checked too; EBCDIC is checked separately.
    """
    text = data.replace(b"\x00", b"")
    doctype = _DOCTYPE.search(text)
    found = doctype is not None and _ENTITY.search(text, doctype.start()) is not None
    ebcdic = data.find(_EBCDIC[0])
    if found or (ebcdic >= 0 and data.find(_EBCDIC[1], ebcdic) >= 0):
        raise SourceError(origin, "refused: XML declares entities (possible entity bomb)")


def _one_line(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return " ".join(str(reason).split())[:200] or type(exc).__name__
