"""The app around the endpoints: pages, headers, CORS, error hygiene, exports."""

import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest
from conftest import PATTERN, WEEKS
from fastapi.testclient import TestClient

from detente.errors import StoreError
from detente.web import create_app

TOTAL = sum(n for *_, n in PATTERN) * len(WEEKS)


def test_dashboard_loads_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith(("/", "#", "data:")) for s in sources)
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/common.js", "/static/style.css"):
        assert client.get(asset).status_code == 200


def test_docs_and_schema_are_served_locally(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/network", "/api/dyads/{a}/{b}/series"} <= set(schema["paths"])
    assert "/api/ingest" not in schema["paths"]


def test_document_page_is_html(client):
    assert "text/html" in client.get("/documents/d0001").headers["content-type"]


def test_cors_is_closed_by_default(client):
    response = client.get("/api/summary", headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/events",
        headers={"origin": "https://elsewhere.example", "access-control-request-method": "GET"},
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_opens_only_to_the_listed_origins(db_path):
    app = create_app(db_path, cors_origins=("https://team.example",))
    with TestClient(app) as client:
        ok = client.get("/api/summary", headers={"origin": "https://team.example"})
        other = client.get("/api/summary", headers={"origin": "https://elsewhere.example"})
    assert ok.headers["access-control-allow-origin"] == "https://team.example"
    assert "access-control-allow-origin" not in other.headers


def test_unexpected_errors_leak_no_paths_or_traces(db_path, monkeypatch):
    from detente import analysis

    def broken(*args, **kwargs):
        raise RuntimeError(f"boom in {db_path}")

    monkeypatch.setattr(analysis, "network", broken)
    with TestClient(create_app(db_path), raise_server_exceptions=False) as client:
        response = client.get("/api/network")
    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "message": "internal error"}}
    assert str(db_path) not in response.text


def test_a_missing_database_is_refused_at_start(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.duckdb")


def test_csv_export_has_every_matching_event(client):
    response = client.get("/api/events/export", params={"format": "csv", "dyad": "JPN,RUS"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 * len(WEEKS)
    assert all({r["source"], r["target"]} == {"JPN", "RUS"} for r in rows)
    assert rows[0]["sentence"]


def test_gdelt_layout_uses_gdelt_columns_and_shapes(client):
    response = client.get(
        "/api/events/export", params={"format": "jsonl", "layout": "gdelt", "code": "112"}
    )
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 2 * len(WEEKS)
    first = rows[0]
    assert first["EventCode"] == "112" and first["EventRootCode"] == "11"
    assert first["QuadClass"] == 3 and first["GoldsteinScale"] == -2.0
    assert len(str(first["SQLDATE"])) == 8
    assert first["SQLDATE"] // 100 == first["MonthYear"]
    assert first["Actor1Name"] == "Japan" and first["Actor2CountryCode"] == "RUS"
    assert first["SOURCEURL"].startswith("https://")


def test_parquet_export_reads_back(client):
    response = client.get("/api/events/export", params={"format": "parquet", "quad": 4})
    table = pq.read_table(io.BytesIO(response.content))
    assert table.num_rows == len(WEEKS)
    assert set(table.column("quad").to_pylist()) == {4}


def test_an_empty_export_still_names_its_columns(client):
    response = client.get("/api/events/export", params={"format": "csv", "q": "no such words"})
    assert response.text.strip().split(",")[0].strip('"') == "id"


def test_export_checks_its_parameters_like_the_listing(client):
    assert client.get("/api/events/export", params={"format": "xls"}).status_code == 422
    assert client.get("/api/events/export", params={"actor": "XYZ"}).status_code == 404
