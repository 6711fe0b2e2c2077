"""Public pages are cached, cleared on approval and publication, and cost the same whatever the data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from briefings.models import BriefingStatus
from conflicts.models import ReviewStatus
from conflicts.services.public_cache import public_cache_invalidate
from tests.conflicts import public_data as data

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _facts(count: int) -> None:
    for i in range(count):
        day = date(2020, 9, 27) + timedelta(days=i % 60)
        data.event(day, f"Event {i}")
        data.casualty(100 + i, reported_by="ARM" if i % 2 else "AZE")
        data.territory_change(("AZ-KAL", "AZ-AGM", "AZ-LAC", "AZ-SUS", "AZ-FUZ")[i % 5], day, to_party=f"P{i}")
    data.ceasefire([("territory_return", "AZ-AGM", date(2020, 11, 20))])


PAGES = ["/en/", "/ar/conflicts/karabakh/", "/en/briefings/karabakh-after-the-war/", "/en/topics/karabakh/",
         "/api/facts/?conflict=karabakh", "/api/conflicts/karabakh/facts.csv"]


@pytest.mark.parametrize("path", PAGES)
def test_queries_do_not_grow_with_the_number_of_facts(client, path):
    briefing = data.published_briefing()
    _facts(5)
    _add_facts(briefing, 1)
    few = _queries(client, path)
    _facts(45)
    _add_facts(briefing, 10)
    many = _queries(client, path)
    assert many == few, f"{path}: {few} queries with 5 facts, {many} with 50"


def _add_facts(briefing, count: int) -> None:
    from conflicts.models import EventClaim, Fact

    for claim in EventClaim.objects.filter(fact__isnull=True)[:count]:
        fact = Fact.objects.create(kind="event", key=f"event-{claim.id}", conflict=data.karabakh())
        EventClaim.objects.filter(id=claim.id).update(fact=fact)
        briefing.facts.add(fact)


def test_a_cached_page_costs_no_queries(client, django_assert_num_queries):
    data.karabakh_2020_changes()
    client.get("/en/conflicts/karabakh/")
    with django_assert_num_queries(0):
        assert client.get("/en/conflicts/karabakh/").status_code == 200


def test_approving_a_claim_shows_on_the_next_visit(client):
    claim = data.event(date(2020, 11, 10), "Statement signed", status=ReviewStatus.PENDING)
    assert "Statement signed" not in client.get("/en/conflicts/karabakh/").content.decode()
    claim.review_status = ReviewStatus.APPROVED
    claim.save()
    assert "Statement signed" in client.get("/en/conflicts/karabakh/").content.decode()


def test_publishing_a_briefing_shows_on_the_home_page(client):
    briefing = data.published_briefing(status=BriefingStatus.DRAFT)
    assert "Karabakh after the war" not in client.get("/en/").content.decode()
    briefing.status, briefing.published_at = BriefingStatus.PUBLISHED, briefing.created_at
    briefing.save()
    assert "Karabakh after the war" in client.get("/en/").content.decode()


def test_invalidate_is_what_the_desk_calls(client):
    from conflicts.models import EventClaim

    claim = data.event(date(2020, 11, 10), "Quietly approved", status=ReviewStatus.PENDING)
    client.get("/en/topics/karabakh/")
    EventClaim.objects.filter(id=claim.id).update(review_status=ReviewStatus.APPROVED)  # no signal
    assert "Quietly approved" not in client.get("/en/topics/karabakh/").content.decode()
    public_cache_invalidate()
    assert "Quietly approved" in client.get("/en/topics/karabakh/").content.decode()


def test_cached_pages_vary_on_htmx(client):
    response = client.get("/en/conflicts/karabakh/")
    assert {"HX-Request", "HX-Target"} <= {part.strip() for part in response["Vary"].split(",")}
    assert "public" in response["Cache-Control"]


def test_browsers_get_the_cached_page_compressed_and_identical(client):
    import gzip

    data.karabakh_2020_changes()
    plain = client.get("/en/conflicts/karabakh/").content
    squeezed = client.get("/en/conflicts/karabakh/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert squeezed["Content-Encoding"] == "gzip"
    assert gzip.decompress(squeezed.content) == plain
    assert len(squeezed.content) < len(plain) / 3


def test_extraction_of_pending_claims_keeps_the_cache():
    import conflicts.signals_public  # noqa: F401 - connected by ConflictsConfig.ready() once wired
    from conflicts.services.public_cache import public_cache_generation

    before = public_cache_generation()
    claim = data.event(date(2020, 11, 10), "Freshly extracted", status=ReviewStatus.PENDING)
    claim.delete()
    assert public_cache_generation() == before
