"""The server under hostile requests: SQL injection through every parameter, path traversal
through every id, SSRF through ``POST /api/ingest?url=``, and no leaks in any error answer.
(``tests/web`` covers the basic cases; these sweep every parameter with many payloads.)"""

from __future__ import annotations

import hmac
import http.server
import importlib.util
import threading
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from detente.web import create_app

WEB_FIXTURE = Path(__file__).resolve().parents[1] / "web" / "conftest.py"
TOKEN = "t0ken-for-tests"
AUTH = {"authorization": f"Bearer {TOKEN}"}

INJECTIONS = [
    "' OR '1'='1",
    "JPN' OR 1=1 --",
    "1; DROP TABLE events; --",
    "'; DELETE FROM documents; --",
    '" OR ""="',
    "JPN') UNION SELECT * FROM documents --",
    "%' OR 1=1 --",
    "JPN\x00' OR 1=1",
    "1 UNION SELECT table_name FROM information_schema.tables",
    "' || (SELECT text FROM documents LIMIT 1) || '",
    "$1",
    "?",
    "\\' OR 1=1 --",
    "read_csv('/etc/passwd')",
    "2014-03-03' OR '1'='1",
]
EVENT_PARAMS = [
    "actor",
    "source",
    "target",
    "dyad",
    "code",
    "root",
    "quad",
    "since",
    "until",
    "q",
    "doc_id",
    "include_flagged",
    "counted",
    "limit",
    "cursor",
    "order",
]
OTHER_QUERIES = [
    ("/api/events/export", ["format", "layout", "actor", "q", "since"]),
    ("/api/actors", ["q", "limit"]),
    ("/api/dyads", ["since", "until", "limit"]),
    ("/api/network", ["since", "until", "min_events", "ids"]),
    ("/api/tensions", ["since", "min_events"]),
    ("/api/alerts", ["grain", "since", "min_events"]),
    ("/api/brief", ["actor", "fmt", "since"]),
    ("/api/dyads/JPN/RUS/series", ["grain", "level", "directed", "since"]),
]
LEAKS = (
    "Traceback",
    'File "',
    "/work/",
    "/tmp/",
    "site-packages",
    ".py",
    "duckdb",
    "Binder Error",
    "Parser Error",
    "Catalog Error",
    "root:x:0:0",
)


def _build_store(path: Path) -> None:
    spec = importlib.util.spec_from_file_location("web_fixture", WEB_FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_store(path)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("srv") / "events.duckdb"
    _build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(
        create_app(db_path, max_page=100, max_export=7), raise_server_exceptions=False
    ) as c:
        yield c


def counts(client) -> dict:
    return client.get("/api/summary").json()["counts"]


def assert_safe(response) -> None:
    """A 2xx, or a 4xx in the one JSON error shape naming nothing of the server's inside."""
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["status"] == response.status_code
        for leak in LEAKS:
            assert leak not in body["error"]["message"], (leak, body)


@pytest.mark.parametrize("param", EVENT_PARAMS)
def test_sql_injection_through_every_event_filter(client, param):
    before = counts(client)
    everything = client.get("/api/events", params={"limit": 100}).json()["count"]
    for payload in INJECTIONS:
        response = client.get("/api/events", params={param: payload})
        assert_safe(response)
        if response.status_code == 200:  # a literal filter: never more rows than no filter
            assert response.json()["count"] <= everything
            if param == "q":
                assert response.json()["count"] == 0
    assert counts(client) == before


@pytest.mark.parametrize(("path", "params"), OTHER_QUERIES)
def test_sql_injection_through_the_other_endpoints(client, path, params):
    before = counts(client)
    for param in params:
        for payload in INJECTIONS:
            assert_safe(client.get(path, params={param: payload}))
    assert counts(client) == before


@pytest.mark.parametrize("payload", INJECTIONS)
def test_sql_injection_through_path_ids(client, payload):
    quoted = (
        payload.replace("%", "%25")
        .replace("/", "%2F")
        .replace("?", "%3F")
        .replace("#", "%23")
        .replace("\x00", "%00")
    )
    for path in (
        f"/api/documents/{quoted}",
        f"/api/dyads/{quoted}/RUS/series",
        f"/api/dyads/JPN/{quoted}/series",
    ):
        assert_safe(client.get(path))


def test_an_export_is_bounded_by_max_export(client):
    rows = client.get("/api/events/export", params={"format": "jsonl"}).text.splitlines()
    assert len(rows) == 7


TRAVERSALS = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "%2e%2e%2f%2e%2e%2fapp.py",
    "....//....//etc/passwd",
    "..\\..\\..\\etc\\passwd",
    "%252e%252e%252fetc%252fpasswd",
    "/etc/passwd",
    "%00../../etc/passwd",
    "..%00/app.py",
    "../app.py",
    "../__init__.py",
    "..%5c..%5capp.py",
]


@pytest.mark.parametrize("attempt", TRAVERSALS)
def test_path_traversal_through_every_id_and_static_path(client, attempt):
    for prefix in ("/static/", "/api/documents/", "/documents/", "/api/dyads/JPN/", "/"):
        response = client.get(prefix + attempt)
        body = response.text
        assert "root:x:0:0" not in body
        assert "import " not in body and "def " not in body, (prefix + attempt, body[:200])
        if prefix == "/documents/" and response.status_code == 200:
            assert body.lstrip().lower().startswith("<!doctype html")  # the page, nothing else
        elif response.status_code >= 400:
            assert_safe(response)


def test_without_a_token_the_store_is_read_only(db_path):
    app = create_app(db_path)
    with TestClient(app, raise_server_exceptions=False) as client:
        for method in ("post", "put", "patch", "delete"):
            assert getattr(client, method)("/api/ingest").status_code in (404, 405)
            assert getattr(client, method)("/api/events").status_code == 405
        with pytest.raises(duckdb.Error):
            app.state.db._store.con.execute("CREATE TABLE intruder (x INTEGER)")


def test_the_token_is_compared_in_constant_time(db_path, tmp_path, monkeypatch):
    compared = []
    real = hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr("detente.web.ingest.hmac.compare_digest", spy)
    path = tmp_path / "w.duckdb"
    path.write_bytes(db_path.read_bytes())
    with TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False) as client:
        for guess in ("t", TOKEN[:-1], TOKEN + "x", "x" * len(TOKEN)):
            response = client.post(
                "/api/ingest",
                params={"url": "https://a.example/"},
                headers={"authorization": f"Bearer {guess}"},
            )
            assert response.status_code == 403
    assert len(compared) == 4


def test_cors_preflight_is_refused_by_default(client):
    response = client.options(
        "/api/events",
        headers={"origin": "https://evil.example", "access-control-request-method": "GET"},
    )
    assert "access-control-allow-origin" not in response.headers
    response = client.get("/api/events", headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?since=%ff%fe",
        "/api/events?limit=1e309",
        "/api/events?quad=" + "9" * 5000,
        "/api/events?" + "&".join(f"actor={i}" for i in range(2000)),
        "/api/documents/" + "a" * 5000,
        "/api/events?cursor=" + "A" * 399,
        "/api/events?cursor=" + "%00" * 100,
        "/api/brief?fmt=html&since=0000-00-00",
        "/api/nothing/../../etc/passwd",
    ],
)
def test_odd_requests_get_clean_errors(client, url):
    assert_safe(client.get(url))


# -- SSRF through POST /api/ingest?url= ---------------------------------------------------
class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the handler's interface
        _Recorder.hits.append(self.path)
        body = b"<rss><channel><item><title>x</title><description>Tokyo met Seoul."
        body += b"</description></item></channel></rss>"
        self.send_response(200)
        self.send_header("content-type", "application/rss+xml")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def loopback_server():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture
def writable(db_path, tmp_path):
    path = tmp_path / "w.duckdb"
    path.write_bytes(db_path.read_bytes())
    with TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False) as client:
        yield client


def test_ingest_by_url_refuses_private_addresses(writable, loopback_server):
    port = loopback_server
    targets = [
        f"http://127.0.0.1:{port}/feed",
        f"http://localhost:{port}/feed",
        f"http://[::1]:{port}/feed",
        f"http://0.0.0.0:{port}/feed",
        f"http://2130706433:{port}/feed",
        f"http://0x7f.0.0.1:{port}/feed",
        f"http://127.1:{port}/feed",
        "http://10.0.0.1/feed",
        "http://192.168.1.1/feed",
        "http://172.16.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/feed",
        "http://[::ffff:127.0.0.1]/feed",
        "http://100.64.0.1/feed",
    ]
    before = counts(writable)
    for url in targets:
        response = writable.post("/api/ingest", params={"url": url, "code": "false"}, headers=AUTH)
        assert response.status_code < 500, (url, response.text[:300])
        if response.status_code == 200:
            report = response.json()["ingest"]
            assert report["stored"] == 0 and report["failed"] == 1, (url, report)
            assert "/tmp/" not in str(report["failures"])
    assert _Recorder.hits == []
    assert counts(writable) == before
