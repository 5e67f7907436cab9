"""``POST /api/ingest``: absent without a token, guarded by it, size-limited, really ingesting."""

import pytest
from conftest import build_store
from fastapi.testclient import TestClient

from detente import api
from detente.web import create_app

TOKEN = "s3cret-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
PAGE = (
    "<html><head><title>Talks in Geneva</title></head><body><article><p>"
    + "Diplomats from Japan and Russia met in Geneva on Monday to discuss fishing rights. " * 6
    + "</p></article></body></html>"
)


@pytest.fixture
def writable(tmp_path):
    path = tmp_path / "w.duckdb"
    build_store(path)
    with TestClient(
        create_app(path, token=TOKEN, max_body=10_000), raise_server_exceptions=False
    ) as client:
        yield client


def test_without_a_token_there_is_no_ingest(client):
    assert client.post("/api/ingest", content=b"x", headers=AUTH).status_code in (404, 405)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"authorization": "Bearer wrong"}, 403),
        ({"authorization": TOKEN}, 401),
        ({"authorization": f"Basic {TOKEN}"}, 401),
    ],
)
def test_ingest_requires_the_token(writable, headers, status):
    response = writable.post("/api/ingest?name=a.html", content=PAGE.encode(), headers=headers)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status


def test_a_body_over_the_limit_is_refused(writable):
    response = writable.post("/api/ingest", content=b"x" * 20_000, headers=AUTH)
    assert response.status_code == 413
    assert "10000" in response.json()["error"]["message"]


def test_a_chunked_body_over_the_limit_is_refused(writable):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    response = writable.post("/api/ingest", content=chunks(), headers=AUTH)
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("query", "body", "status"),
    [
        ("", b"", 400),
        ("?url=file:///etc/passwd", b"", 422),
        ("?url=https://a.example/f", b"x", 400),
    ],
)
def test_bad_ingest_requests(writable, query, body, status):
    assert writable.post(f"/api/ingest{query}", content=body, headers=AUTH).status_code == status


def test_an_upload_is_stored_and_passed_to_the_coder(writable, monkeypatch):
    coded = []

    def fake_code(store, **kwargs):
        coded.append(store.counts()["documents"])
        return api.CodeReport(documents=1)

    monkeypatch.setattr(api, "code_documents", fake_code)
    before = writable.get("/api/summary").json()["counts"]["documents"]
    response = writable.post(
        "/api/ingest?name=../../geneva.html", content=PAGE.encode(), headers=AUTH
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ingest"]["stored"] == 1 and body["coding"]["documents"] == 1
    assert coded == [before + 1]
    assert writable.get("/api/summary").json()["counts"]["documents"] == before + 1
    again = writable.post(
        "/api/ingest?name=geneva.html&code=false", content=PAGE.encode(), headers=AUTH
    ).json()
    assert again["ingest"]["duplicates"] == 1 and again["coding"] is None


def test_a_failed_upload_names_the_upload_not_a_server_path(writable):
    response = writable.post(
        "/api/ingest?name=blank.txt&code=false", content=b"\x00\x01" * 10, headers=AUTH
    )
    body = response.json()
    assert body["ingest"]["failed"] == 1
    origin = body["ingest"]["failures"][0]["origin"]
    assert "detente-upload" not in origin and origin.endswith("blank.txt")


def test_a_feed_url_is_handed_to_the_readers(writable, monkeypatch):
    seen = []

    def fake_ingest(paths, store, **kwargs):
        seen.extend(paths)
        return api.IngestReport(read=0)

    monkeypatch.setattr(api, "ingest", fake_ingest)
    response = writable.post(
        "/api/ingest?url=https://news.example/feed.xml&code=false", headers=AUTH
    )
    assert response.status_code == 200
    assert seen == ["https://news.example/feed.xml"]
