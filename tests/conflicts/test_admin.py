"""Curators curate in the admin: bulk review through the desk's services, alias import, history."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conflicts.models import PlaceAlias, ReviewStatus
from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


def test_bulk_approve_records_the_curator_like_the_desk(curator_client, curator):
    owner = make.article()
    claims = [make.territory_change(owner), make.territory_change(owner, place_key="AZ-KAL", name="Kalbajar")]
    facts_consolidate_article(article=owner)
    response = curator_client.post(
        reverse("admin:conflicts_territorychangeclaim_changelist"),
        {"action": "approve_claims", "_selected_action": [c.id for c in claims]},
        follow=True,
    )
    assert "2 claims approved" in response.content.decode()
    for claim in claims:
        claim.refresh_from_db()
        assert (claim.review_status, claim.reviewed_by) == (ReviewStatus.APPROVED, curator)
        assert claim.history.first().history_user == curator


def test_fact_list_shows_source_counts_and_links_to_the_desk(curator_client):
    first, second = make.article(title="A"), make.article(title="B")
    make.territory_change(first)
    make.territory_change(second)
    facts_consolidate_article(article=first)
    facts_consolidate_article(article=second)
    page = curator_client.get(reverse("admin:conflicts_fact_changelist")).content.decode()
    assert "az-agm|aze" in page
    assert '<td class="field-source_count">2</td>' in page


def test_alias_import_from_csv_reports_unknown_places(curator_client):
    make.place("AZ-KAL", "Kalbajar")
    csv = "place,alias,language\nAZ-KAL,كلبجار,ar\nAZ-KAL,Kelbajar,en\nnowhere,Atlantis,en\n".encode()
    response = curator_client.post(
        reverse("admin:conflicts_placealias_import"), {"file": SimpleUploadedFile("aliases.csv", csv)}, follow=True
    )
    page = response.content.decode()
    assert "aliases added" in page
    assert "no place with key or ISO code “nowhere”" in page
    assert set(PlaceAlias.objects.filter(place__key="AZ-KAL").values_list("alias", flat=True)) >= {"كلبجار", "Kelbajar"}


def test_place_history_is_visible(curator_client):
    place = make.place("AZ-KAL", "Kalbajar")
    curator_client.post(reverse("admin:conflicts_place_change", args=[place.id]), {
        "key": "AZ-KAL", "iso": "AZ-KAL", "name": "Kalbajar", "name_ar": "كلبجار", "kind": "district", "country": "AZE",
        "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0",
    })  # fmt: skip
    page = curator_client.get(reverse("admin:conflicts_place_history", args=[place.id])).content.decode()
    assert "curator" in page
