"""A reader opens the public pages in Debian's chromium: the map draws offline and moves with "as of".

Screenshots land in test-artifacts/ (gitignored) for a human to look at.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import ARTIFACTS, chromium_page
from tests.conflicts import public_data as data

pytestmark = pytest.mark.browser

HANDOVER_FILL = "rgb(44, 123, 182)"  # conflicts/charts/map.py STATUS_COLOURS["handover"]
CAPTURE_FILL = "rgb(215, 25, 28)"


@pytest.fixture
def browser_page():
    with chromium_page({"width": 1200, "height": 1400}) as page:
        page.requests, page.errors = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page


@pytest.fixture
def karabakh_story(transactional_db):
    data.ensure_defaults()
    data.karabakh_2020_changes()
    data.event(date(2020, 11, 10), "Trilateral statement signed; Russian peacekeepers deploy")
    data.event(date(2020, 9, 27), "Fighting resumes along the line of contact")
    data.ceasefire([("territory_return", "AZ-AGM", date(2020, 11, 20)), ("territory_return", "AZ-KAL", date(2020, 11, 15))])
    data.casualty(2317, reported_by="ARM")
    briefing = data.published_briefing(map_as_of=date(2020, 12, 2))
    data.facts_into(briefing)
    return briefing


def _fills(page) -> list[str]:
    return page.eval_on_selector_all("[data-chart=map] .choroplethlocation", "paths => paths.map(p => getComputedStyle(p).fill)")


def _wait_for_map(page, as_of: str) -> None:
    page.wait_for_selector(f'[data-chart=map][data-drawn="{as_of}"]', timeout=20_000)
    page.wait_for_selector("[data-chart=map] .choroplethlocation", timeout=20_000)


def _assert_local_and_clean(page) -> None:
    outside = [url for url in page.requests if not url.startswith("data:") and urlparse(url).hostname != "127.0.0.1"]
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert page.errors == []


@pytest.fixture
def site(live_server) -> str:
    """The live server by its loopback address, so any other host in a request stands out."""
    return live_server.url.replace("localhost", "127.0.0.1")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_reads_before_and_after_scripts(browser_page, site, karabakh_story, language):
    page = browser_page
    page.goto(f"{site}/{language}/")
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator(".briefing-list a", has_text="Karabakh after the war").count() == 1
    assert page.locator(".topic-card").count() >= 3
    page.screenshot(path=str(ARTIFACTS / f"public-home-{language}.png"), full_page=True)
    _assert_local_and_clean(page)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_conflict_map_draws_offline_and_moves_with_as_of(browser_page, site, karabakh_story, language):
    page = browser_page
    page.goto(f"{site}/{language}/conflicts/karabakh/?as_of=2020-11-09")
    _wait_for_map(page, "2020-11-09")
    before = _fills(page)
    assert len(before) > 50, "the district polygons were not drawn"
    assert before.count(CAPTURE_FILL) == 1 and before.count(HANDOVER_FILL) == 0
    if language == "ar":
        assert page.locator("[data-chart=map] .geolayer text, [data-chart=map] text", has_text="شوشا").count() >= 1
    page.screenshot(path=str(ARTIFACTS / f"public-conflict-{language}-2020-11-09.png"), full_page=True)

    page.fill("input[name=as_of]", "2020-12-02")
    page.dispatch_event("input[name=as_of]", "change")
    _wait_for_map(page, "2020-12-02")
    after = _fills(page)
    assert after.count(HANDOVER_FILL) == 3 and after.count(CAPTURE_FILL) == 1
    assert page.locator("table.changes tbody tr").count() == 4
    page.screenshot(path=str(ARTIFACTS / f"public-conflict-{language}-2020-12-02.png"), full_page=True)

    points = "[data-chart=timeline] .scatterlayer .point"
    page.wait_for_selector(points, timeout=20_000)
    assert page.locator(points).count() == 2
    page.fill("input[name=start]", "2020-11-01")
    page.dispatch_event("input[name=start]", "change")
    page.wait_for_function(f"document.querySelectorAll('{points}').length === 1", timeout=20_000)
    _assert_local_and_clean(page)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_briefing_shows_its_map_and_timeline(browser_page, site, karabakh_story, language):
    page = browser_page
    page.goto(f"{site}/{language}/briefings/{karabakh_story.slug}/")
    _wait_for_map(page, "2020-12-02")
    assert _fills(page).count(HANDOVER_FILL) == 3
    page.wait_for_selector('[data-chart=timeline][data-drawn="yes"] .scatterlayer .point', timeout=20_000)
    assert page.locator("h1", has_text="Karabakh after the war").count() == 1
    assert page.locator(".fact-list .fact").count() == 8  # 4 changes, 2 events, a casualty figure, the ceasefire
    page.screenshot(path=str(ARTIFACTS / f"public-briefing-{language}.png"), full_page=True)
    _assert_local_and_clean(page)
