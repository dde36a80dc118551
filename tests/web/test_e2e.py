"""End to end in headless Chromium (Debian's `chromium`, driven by Playwright): `diplowatch serve` in a
child process on a free loopback port over the test dossier, and an analyst's path through it."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from diplowatch.web.app import create_app
from diplowatch.web.process import free_port
from tests.web.conftest import TOKEN
from tests.web.dossier import build, small_kb

pytestmark = pytest.mark.slow
CHROMIUM = "/usr/bin/chromium"
REQUIRE_ENV = "DIPLOWATCH_REQUIRE_BROWSER"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn in a thread of the test process, over an app with the tests' small knowledge base."""
    db = build(tmp_path_factory.mktemp("e2e") / "dossier.sqlite")
    port = free_port()
    app = create_app(db, token=TOKEN, kb=small_kb())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        message = "Debian's chromium is not installed (make test installs it: apt-get install chromium)"
        if os.environ.get(REQUIRE_ENV):  # CI: a missing browser must fail, never pass as skipped
            pytest.fail(message)
        pytest.skip(message)
    with playwright_api.sync_playwright() as driver:
        found = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield found
        found.close()


@pytest.fixture()
def page(browser: playwright_api.Browser) -> Iterator[playwright_api.Page]:
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    yield opened
    context.close()


def test_filter_open_an_event_correct_it_and_see_the_correction(
    page: playwright_api.Page, base_url: str
) -> None:
    expect = playwright_api.expect
    page.goto(base_url + "/")
    expect(page.locator("#total")).to_have_text("5")
    page.select_option("select[name=type]", ["CONSULT"])
    page.fill("input[name=place]", "Rabat")
    page.click("form.facets button[type=submit]")
    expect(page).to_have_url(re.compile(r"/\?type=CONSULT&place=Rabat$"))
    expect(page.locator("tr.event-row")).to_have_count(1)

    page.click("tr.event-row a.cat")
    expect(page.locator(".article mark.trigger").first).to_have_text("met")
    expect(page.locator(".article mark.actor").first).to_have_text("Ana Ruiz")
    expect(page.locator(".article mark.recipient").first).to_have_text("Karim Idrissi")
    expect(page.locator(".article mark.date").first).to_have_text("3 March 2024")
    event_url = page.url

    page.click("details.correct-box summary")
    page.select_option("form.correct select[name=category]", "AGREE")
    page.fill("form.correct input[name=by]", "Analyst One")
    page.fill("form.correct input[name=why]", "a meeting agreed beforehand")
    page.fill("form.correct input[name=token]", TOKEN)
    page.click("form.correct button[type=submit]")
    expect(page.locator("#review")).to_contain_text("Corrected by an analyst")
    expect(page.locator("td.machine")).to_have_text("CONSULT")
    expect(page.locator("td.corrected")).to_have_text("AGREE")

    page.goto(base_url + "/?type=AGREE")
    expect(page.locator("tr.event-row")).to_have_count(1)
    expect(page.locator("tr.event-row td.notes")).to_contain_text("type corrected (machine: CONSULT)")
    event_id = event_url.rsplit("/", 1)[1]
    api = page.request.get(f"{base_url}/api/v1/events/{event_id}")
    assert api.ok and api.json()["type"] == "AGREE"


def test_actor_page_and_its_network(page: playwright_api.Page, base_url: str) -> None:
    expect = playwright_api.expect
    page.goto(base_url + "/?actor=Ana_Ruiz&exact=1")
    page.locator("tr.event-row td a", has_text="Ana Ruiz").first.click()
    expect(page.locator("h1")).to_have_text("Ana Ruiz")
    expect(page.locator("ul.roles")).to_contain_text("foreign minister")
    expect(page.locator("svg.graph text", has_text="Karim Idrissi")).to_have_count(1)
    page.click("text=its network")
    expect(page).to_have_url(re.compile(r"/network\?actor=Ana_Ruiz&exact=1$"))
    expect(page.locator("svg.graph a.node")).to_have_count(2)


def test_article_markup_runs_nothing(page: playwright_api.Page, base_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(base_url + "/?actor=Karim_Idrissi&role=actor&exact=1")
    page.click("tr.event-row a.cat")
    playwright_api.expect(page.locator(".article")).to_contain_text("<script>window.__pwned = 1</script>")
    for url in (page.url, base_url + "/sources", base_url + "/search?q=pwned", base_url + "/"):
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        assert page.locator("img[src=x]").count() == 0, url
    assert dialogs == []
