"""An editor's whole day in Debian's chromium: upload, wait for extraction, review, publish, read.

Extraction runs in a real Celery worker process when Redis is up (the lead's `start_worker`);
without Redis the test runs the same service synchronously after the upload, which is the
one shortcut issue 4 allows here. Screenshots of the review page land in test-artifacts/.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from django.urls import reverse

from briefings.models import Article, Briefing
from tests.browser.conftest import ARTIFACTS, chromium_page
from tests.conftest import TEST_REDIS_URL, port_open

pytestmark = pytest.mark.browser

ARTICLE = """نص البيان الثلاثي الموقع بين أرمينيا وأذربيجان برعاية روسية، في 10 من تشرين الثاني 2020، \
على تسليم أرمينيا ثلاث مناطق لأذربيجان هي كلبجار، وأغدام، ولاتشين، ووقف إطلاق النار.
وفي 20 تشرين الثاني 2020 سلمت أرمينيا منطقة أغدام إلى أذربيجان.
وبعد تمديد المهلة، تسلمت أذربيجان منطقة كلبجار من أرمينيا في 25 تشرين الثاني 2020.
وقالت وزارة الدفاع الأرمنية إن 2317 جنديا قتلوا خلال الحرب.
"""
TIMEOUT = 30_000


@pytest.fixture
def page():
    with chromium_page({"width": 1280, "height": 1000}) as page:
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.set_default_timeout(TIMEOUT)
        yield page


@pytest.fixture
def extraction(request, transactional_db):
    """How this run extracts: a real worker when Redis is up, else the service in-process."""
    parsed = urlparse(TEST_REDIS_URL)
    if port_open(parsed.hostname or "127.0.0.1", parsed.port or 6379):
        request.getfixturevalue("start_worker")()
        return None

    def run_inline(article_id: int) -> None:
        from briefings.services.extraction import article_extract

        article_extract(article_id=article_id, token="test")  # noqa: S106 - a job token, not a secret

    return run_inline


def log_in(page, site: str, username: str) -> None:
    page.goto(f"{site}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse battery")
    page.click("form.form button[type=submit]")
    page.wait_for_url(re.compile(r"/desk/"))


def upload(page, site: str, extraction) -> Article:
    page.goto(f"{site}/desk/upload/")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=title]", "تسليم كلبجار وأغدام ولاتشين")
    page.fill("input[name=published]", "2020-11-26")
    page.click("form.upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/desk/articles/\d+/$"))
    article = Article.objects.get(title="تسليم كلبجار وأغدام ولاتشين")
    if extraction is not None:
        extraction(article.id)
    # The article page polls with htmx and shows the review link once the facts are in.
    page.click("a.review-link", timeout=TIMEOUT)
    page.wait_for_url(re.compile(r"/review/$"))
    return article


def switch_language(page, code: str) -> None:
    page.click(f".lang-switch button[value={code}]")
    page.wait_for_selector(f"html[lang={code}]")


def approve_territory_changes(page) -> int:
    cards = page.locator("#claims > .claim-territory_change")
    count = cards.count()
    assert count >= 1, "the engine found no territory change in the seed-like article"
    page.evaluate("window.__notReloaded = true")
    for index in range(count):
        card = cards.nth(index)
        card.locator("[data-action=approve]").click()
        page.locator("#claims > .claim-territory_change").nth(index).locator(".badge[data-status=approved]").wait_for()
    assert page.evaluate("window.__notReloaded") is True  # htmx swapped the cards in place
    return count


def reject_one_by_keyboard(page) -> str:
    """Select a pending event (else any other pending claim) with j, then press r."""
    events = page.locator("#claims > .claim-event.status-pending")
    others = page.locator("#claims > .claim.status-pending:not(.claim-territory_change)")
    target = events.first if events.count() else others.first
    ref = target.get_attribute("data-claim")
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(page.locator("#claims > .claim").count()):
        page.keyboard.press("j")
        if page.locator(f"#claim-{ref}.is-current").count():
            break
    page.keyboard.press("r")
    page.locator(f"#claim-{ref} .badge[data-status=rejected]").wait_for()
    return ref


def compose_and_publish(page, site: str) -> Briefing:
    page.goto(f"{site}/desk/briefings/new/")
    page.fill("#id_title", "Handovers after the November 2020 statement")
    page.fill("#id_summary", "Azerbaijan took over districts under the 10 November 2020 statement.")
    page.select_option("#id_language", "en")
    for box in page.locator(".fact-picker .claim-territory_change input[type=checkbox]").all():
        box.check()
    page.click("form.compose button[type=submit]")
    page.wait_for_url(re.compile(r"/desk/briefings/\d+/$"))
    page.click(".preview-bar button[type=submit]")  # Publish
    page.locator(".preview-bar .badge[data-status=published]").wait_for()
    return Briefing.objects.get()


def test_editor_reviews_and_publishes_then_a_reader_reads(page, live_server, editor, extraction):
    site = live_server.url.replace("localhost", "127.0.0.1")
    log_in(page, site, editor.username)
    article = upload(page, site, extraction)

    page.locator("mark.ev-territory_change").first.wait_for()
    approved = approve_territory_changes(page)
    rejected_ref = reject_one_by_keyboard(page)

    switch_language(page, "ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=str(ARTIFACTS / "desk-review-ar.png"), full_page=True)
    switch_language(page, "en")
    page.screenshot(path=str(ARTIFACTS / "desk-review-en.png"), full_page=True)

    kind, claim_id = rejected_ref.rsplit("-", 1)
    statuses = {c.review_status for c in article.territorychangeclaims.all()}
    assert statuses == {"approved"} and approved == len(article.territorychangeclaims.all())
    assert getattr(article, f"{kind.replace('_', '')}claims").get(id=claim_id).review_status == "rejected"

    for name in ("review_dashboard", "ceasefires", "facts"):
        page.goto(f"{site}{reverse(f'briefings:{name}')}")
        page.screenshot(path=str(ARTIFACTS / f"desk-{name}-en.png"), full_page=True)

    briefing = compose_and_publish(page, site)
    page.screenshot(path=str(ARTIFACTS / "desk-briefing-preview-en.png"), full_page=True)
    public_path = page.locator(".public-link").get_attribute("href")
    assert public_path == f"/en/briefings/{briefing.slug}/"

    reader = page.context.browser.new_page()
    reader.goto(f"{site}{public_path}")
    assert "Handovers after the November 2020 statement" in reader.content()
    reader.goto(f"{site}/desk/review/")
    assert "/accounts/login/" in reader.url  # the reader is not an editor
    assert page.errors == []
