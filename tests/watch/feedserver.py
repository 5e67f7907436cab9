"""A real HTTP server on 127.0.0.1, in a thread, serving what a test puts in it.

Each path serves a body with an ETag and a Last-Modified date and answers conditional requests
with 304, or redirects, or answers with an error status, or drips its body slowly.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml"
    status: int = 200
    location: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    drip: float = 0.0  # seconds between bytes
    length: bool = True  # send Content-Length


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    port: int = 0
    versions: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes, **kwargs) -> str:
        """Serve ``body`` at ``path`` with validators derived from it; the path's URL."""
        self.versions += 1
        stamp = 1_700_000_000 + 60 * self.versions  # each change is a minute later
        defaults = {
            "etag": '"' + hashlib.sha256(body).hexdigest()[:16] + '"',
            "last_modified": email.utils.formatdate(stamp, usegmt=True),
        }
        self.routes[path] = Route(body=body, **(defaults | kwargs))
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, location=location)
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(p == path for p, _ in self.requests)


def _handler(server: FeedServer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            server.requests.append((self.path, dict(self.headers)))
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
            elif route.location:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif route.status != 200:
                self.send_error(route.status)
            elif self._unchanged(route):
                self.send_response(304)
                self.end_headers()
            else:
                self._send(route)

        def _unchanged(self, route: Route) -> bool:
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                return True
            since = self.headers.get("If-Modified-Since")
            return bool(route.last_modified and since == route.last_modified)

        def _send(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            if route.length:
                self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            try:
                if not route.drip:
                    self.wfile.write(route.body)
                    return
                for byte in route.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.drip)
            except OSError:
                pass  # the client hung up, as a time limit makes it do

        def log_message(self, *args):
            pass

    return Handler


def start() -> tuple[FeedServer, ThreadingHTTPServer]:
    state = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return state, httpd
