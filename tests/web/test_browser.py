"""The dashboard in a real headless Chromium (Debian's), driven by Playwright's Python client.

Skipped, with the reason shown, only where Chromium or the Playwright client is not installed.
"""

import os
import re
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python client missing")
expect = sync_api.expect


@pytest.fixture(scope="module")
def base_url(db_path):
    import uvicorn

    from detente.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on(
        "request",
        lambda r: (
            r.url.startswith((base_url, "data:"))
            or page.problems.append(f"request elsewhere: {r.url}")
        ),
    )
    yield page
    context.close()


def open_dashboard(page, base_url):
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=10_000)


def test_first_screen_renders_under_a_second(page, base_url):
    open_dashboard(page, base_url)  # warm the browser's caches once
    page.reload()
    page.wait_for_selector("body[data-ready=true]", timeout=10_000)
    ready_ms = int(page.get_attribute("body", "data-ready-ms"))
    assert ready_ms < 1000
    assert page.locator("#timeline g.bucket").count() > 0
    assert page.locator("#network g.edge").count() > 0
    assert page.locator("#tensions li").count() >= 1
    assert page.locator("#events tr.event").count() > 0
    assert page.problems == []


def test_choose_a_dyad_click_a_bucket_and_read_its_events(page, base_url, tmp_path):
    open_dashboard(page, base_url)
    page.fill("#actor-a", "usa")
    page.fill("#actor-b", "RUS")
    page.click("#show")
    expect(page.locator("#timeline-title")).to_contain_text("United States")
    bucket = page.locator("#timeline g.bucket").nth(2)
    start, end = bucket.get_attribute("data-start"), bucket.get_attribute("data-end")
    expected = int(bucket.get_attribute("data-events"))
    assert expected > 0
    bucket.click()
    expect(page.locator("#filter-label")).to_contain_text(f"{start} to {end}")
    expect(page.locator("#events")).to_have_attribute("data-filter", re.compile(start))
    rows = page.locator("#events tr.event")
    expect(rows).to_have_count(expected)
    for i in range(expected):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert start <= cells[0] <= end
        assert {cells[1], cells[3]} == {"USA", "RUS"}
    rows.nth(0).click()
    detail = page.locator("#events tr.detail").nth(0)
    assert detail.is_visible()
    marks = {m.get_attribute("class"): m.inner_text() for m in detail.locator("mark").all()}
    assert set(marks) == {"source", "target", "trigger"}
    assert {marks["source"], marks["target"]} == {"Washington", "Moscow"}
    sentence = detail.locator("p.sentence").inner_text()
    assert all(text in sentence for text in marks.values())
    assert detail.locator("a", has_text="document").get_attribute("href").startswith("/documents/")
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_clicking_a_network_edge_filters_the_table(page, base_url):
    open_dashboard(page, base_url)
    edge = page.locator("#network g.edge.neg").first
    a, b = edge.get_attribute("data-a"), edge.get_attribute("data-b")
    assert page.locator("#network polygon.triad").count() == 1
    assert "unbalanced" in edge.get_attribute("class")
    edge.locator("line.hit").dispatch_event("click")
    expect(page.locator("#filter-label")).to_contain_text(f"{a} and {b}")
    expect(page.locator("#events")).to_have_attribute("data-filter", re.compile(f"{a} and {b}"))
    expect(page.locator("#events tr.event").first).to_be_visible()
    for row in page.locator("#events tr.event").all():
        cells = row.locator("td").all_inner_texts()
        assert {cells[1], cells[3]} == {a, b}
    assert page.problems == []


def test_document_page_shows_text_and_highlighted_events(page, base_url):
    page.goto(base_url + "/documents/d0001")
    page.wait_for_selector("#document mark.trigger")
    assert "visited" in page.locator("#document mark.trigger").first.inner_text()
    assert page.problems == []
