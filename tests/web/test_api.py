"""The REST API over a fixture store: filters, paging, aggregates, documents, actors, errors."""

import datetime as dt

import pytest
from conftest import PATTERN, WEEKS

TOTAL = sum(n for *_, n in PATTERN) * len(WEEKS)


def all_pages(client, **params):
    """Every event of a query, following the cursor."""
    seen, cursor = [], None
    for _ in range(100):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=query).json()
        seen += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return seen
    raise AssertionError("paging did not end")


def assert_error(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    message = body["error"]["message"]
    assert message and "Traceback" not in message and "/tmp" not in message
    return message


def test_summary_counts_what_was_stored(client):
    body = client.get("/api/summary").json()
    assert body["counts"]["events"] == TOTAL
    assert body["counts"]["flagged_events"] == 1
    assert body["first_date"] == WEEKS[0].isoformat()
    assert body["ingest"] is False


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_paging_visits_every_event_once_in_order(client, order):
    events = all_pages(client, limit=7, order=order)
    ids = [e["id"] for e in events]
    assert len(ids) == TOTAL == len(set(ids))
    keys = [(e["date"], e["id"]) for e in events]
    assert keys == sorted(keys, reverse=order == "desc")


def test_events_carry_their_provenance(client):
    event = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    sentence = event["sentence"]
    assert sentence[event["source_start"] : event["source_end"]] == event["source_text"]
    assert sentence[event["trigger_start"] : event["trigger_end"]] == event["trigger_text"]
    assert event["title"] and event["url"].startswith("https://")
    assert event["document"] == f"/documents/{event['doc_id']}"


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "JPN"}, lambda e: "JPN" in (e["source_country"], e["target_country"])),
        ({"actor": "jpn"}, lambda e: "JPN" in (e["source_country"], e["target_country"])),
        ({"source": "RUS"}, lambda e: e["source_country"] == "RUS"),
        ({"target": "USA"}, lambda e: e["target_country"] == "USA"),
        ({"dyad": "JPN,RUS"}, lambda e: {e["source"], e["target"]} == {"JPN", "RUS"}),
        ({"dyad": "RUS-JPN"}, lambda e: {e["source"], e["target"]} == {"JPN", "RUS"}),
        ({"code": "112"}, lambda e: e["code"] == "112"),
        ({"root": "17"}, lambda e: e["root"] == "17"),
        ({"quad": 2}, lambda e: e["quad"] == 2),
        (
            {"since": "2014-03-10", "until": "2014-03-16"},
            lambda e: "2014-03-10" <= e["date"] <= "2014-03-16",
        ),
        ({"q": "ACCUSED"}, lambda e: "accused" in e["sentence"]),
    ],
)
def test_each_filter_keeps_only_matching_events(client, params, check):
    events = all_pages(client, limit=100, **params)
    assert events, params
    assert all(check(e) for e in events)
    assert len(events) < TOTAL


def test_flagged_events_are_hidden_unless_asked_for(client):
    assert all(not e["negated"] for e in all_pages(client, limit=100))
    flagged = all_pages(client, limit=100, include_flagged=True)
    assert len(flagged) == TOTAL + 1
    assert sum(e["negated"] for e in flagged) == 1


def test_a_timeline_bucket_and_the_table_agree(client):
    series = client.get("/api/dyads/JPN/RUS/series", params={"grain": "week"}).json()
    for bucket in series["buckets"]:
        events = all_pages(
            client,
            dyad="JPN,RUS",
            since=bucket["start"],
            until=bucket["end"],
            counted=True,
            limit=100,
        )
        assert len(events) == bucket["events"]
        quads = [e["quad"] for e in events]
        assert quads.count(3) == bucket["verbal_conflict"]
        assert quads.count(4) == bucket["material_conflict"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"actor": "XYZ"}, 404),
        ({"dyad": "JPN,QQQ"}, 404),
        ({"actor": "J"}, 422),
        ({"actor": "JPN' OR 1=1 --"}, 422),
        ({"dyad": "JPN"}, 422),
        ({"dyad": "JPN,RUS;DROP TABLE events"}, 422),
        ({"since": "2014-04-01", "until": "2014-03-01"}, 400),
        ({"since": "yesterday"}, 422),
        ({"code": "11a"}, 422),
        ({"code": "1; DROP TABLE events"}, 422),
        ({"code": "999"}, 400),
        ({"root": "21"}, 422),
        ({"quad": 5}, 422),
        ({"limit": 100_000}, 400),
        ({"limit": 0}, 422),
        ({"cursor": "not-a-cursor"}, 400),
        ({"cursor": "WyIyMDE0LTAzLTAzIiwiJyBPUiAxPTEiLDBd"}, 400),  # a forged id in a cursor
        ({"order": "sideways"}, 422),
        ({"q": "x" * 500}, 422),
    ],
)
def test_bad_event_parameters_get_a_4xx_with_a_message(client, params, status):
    assert_error(client.get("/api/events", params=params), status)


@pytest.mark.parametrize(
    "text", ["'; DROP TABLE events; --", "%", "_", "\\", "' OR '1'='1", '" OR ""="']
)
def test_text_query_is_a_literal_substring(client, text):
    response = client.get("/api/events", params={"q": text, "limit": 100})
    assert response.status_code == 200
    assert response.json()["events"] == []
    assert client.get("/api/summary").json()["counts"]["events"] == TOTAL


def test_series_fills_the_window_with_periods(client):
    body = client.get(
        "/api/dyads/jpn/rus/series",
        params={"grain": "week", "since": "2014-02-24", "until": "2014-04-13"},
    ).json()
    starts = [b["start"] for b in body["buckets"]]
    assert starts[0] == "2014-02-24" and starts[-1] == "2014-04-07"
    assert sum(b["events"] for b in body["buckets"]) == 3 * len(WEEKS)
    assert body["buckets"][0]["events"] == 0
    assert all("event_ids" not in b for b in body["buckets"])
    with_ids = client.get("/api/dyads/JPN/RUS/series", params={"ids": True}).json()
    assert sum(len(b["event_ids"]) for b in with_ids["buckets"]) == 3 * len(WEEKS)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/dyads/JPN/XYZ/series", 404),
        ("/api/dyads/JPN/R%27S/series", 422),
        ("/api/dyads/JPN/RUS/series?grain=year", 422),
        ("/api/dyads/JPN/RUS/series?since=2014-05-01&until=2014-04-01", 400),
        ("/api/network?since=2014-05-01&until=2014-04-01", 400),
        ("/api/network?min_events=0", 422),
        ("/api/tensions?until=never", 422),
        ("/api/alerts?grain=hour", 422),
        ("/api/brief?actor=XYZ", 404),
        ("/api/brief?fmt=pdf", 422),
        ("/api/documents/nope", 404),
        ("/api/documents/x'%20OR%20'1'='1", 422),
        ("/api/actors?limit=100000", 422),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_requests_elsewhere_get_a_4xx_with_a_message(client, url, status):
    assert_error(client.get(url), status)


def test_network_is_signed_and_finds_the_unbalanced_triad(client):
    body = client.get("/api/network", params={"since": "2014-03-01", "until": "2014-04-30"}).json()
    signs = {(e["a"], e["b"]): e["sign"] for e in body["edges"]}
    assert signs[("JPN", "RUS")] == -1
    assert signs[("JPN", "USA")] == 1 and signs[("RUS", "USA")] == 1
    assert [t["actors"] for t in body["unbalanced_triads"]] == [["JPN", "RUS", "USA"]]
    assert all("event_ids" not in e for e in body["edges"])


def test_tensions_name_the_cross_pressured_actor(client):
    body = client.get("/api/tensions", params={"since": "2014-03-01", "until": "2014-04-30"})
    tensions = body.json()["tensions"]
    assert [t["pivot"] for t in tensions] == ["USA"]
    assert "United States" in tensions[0]["sentence"]


def test_alerts_answer_a_list(client):
    body = client.get("/api/alerts", params={"grain": "week"})
    assert body.status_code == 200
    assert isinstance(body.json()["alerts"], list)


@pytest.mark.parametrize(("fmt", "kind"), [("json", "json"), ("md", "markdown"), ("html", "html")])
def test_brief_answers_or_says_it_is_missing(client, fmt, kind):
    response = client.get(
        "/api/brief", params={"since": "2014-03-01", "until": "2014-04-30", "fmt": fmt}
    )
    try:
        import detente.brief as brief_module

        available = hasattr(brief_module, "brief")
    except ImportError:
        available = False
    if available:
        assert response.status_code == 200, response.text
        assert kind in response.headers["content-type"]
        assert response.headers["content-security-policy"].count("default-src") == 1
    else:
        assert_error(response, 501)


def test_dyads_rank_pairs_by_counted_events(client):
    dyads = client.get("/api/dyads").json()["dyads"]
    assert dyads[0]["events"] == 3 * len(WEEKS)
    assert {(d["a"], d["b"]) for d in dyads} >= {("JPN", "RUS"), ("CHN", "FRA")}
    counts = [d["events"] for d in dyads]
    assert counts == sorted(counts, reverse=True)


def test_document_has_text_sentences_sightings_and_events(client):
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    doc = client.get(f"/api/documents/{first['doc_id']}").json()
    assert doc["text"] == first["sentence"]
    assert doc["sentences"][0]["text"] == first["sentence"]
    assert [e["id"] for e in doc["events"]] == [first["id"]]
    assert doc["sightings"][0]["origin"].startswith("https://")
    assert dt.date.fromisoformat(doc["date"]) == dt.date.fromisoformat(first["date"])


@pytest.mark.parametrize(("q", "first"), [("jap", "JPN"), ("RUS", "RUS"), ("united states", "USA")])
def test_actor_search_matches_codes_and_names(client, q, first):
    actors = client.get("/api/actors", params={"q": q}).json()["actors"]
    assert actors[0]["code"] == first


def test_actor_search_without_query_ranks_by_events(client):
    actors = client.get("/api/actors", params={"limit": 5}).json()["actors"]
    counts = [a["events"] for a in actors]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    weird = client.get("/api/actors", params={"q": "' OR 1=1 --"}).json()["actors"]
    assert weird == []
