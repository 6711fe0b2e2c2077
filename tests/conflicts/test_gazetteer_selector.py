"""Curators edit the gazetteer in the admin, and the very next extraction uses it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conflicts.models import Place
from conflicts.services.extraction import extraction_run

pytestmark = pytest.mark.django_db
TEXT = "Azerbaijani troops entered Vardenisashen on Wednesday, the defence ministry said."


def place_names(text: str) -> set[str]:
    return {mention.name for mention in extraction_run(text=text, published=None).places}


def test_an_alias_added_in_the_admin_is_used_by_the_next_extraction(client, curator):
    assert "Kalbajar" not in place_names(TEXT)
    client.force_login(curator)
    kalbajar = Place.objects.get(key="AZ-KAL")
    response = client.post(
        reverse("admin:conflicts_placealias_add"), {"place": kalbajar.id, "alias": "Vardenisashen", "language": "en"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Kalbajar" in place_names(TEXT)


def test_a_new_place_is_found_once_it_exists(client, curator):
    # A made-up village: the shipped gazetteer has the real ones of Tavush (Zorakan...).
    text = "Shelling hit the village of Tsovakanashen in Tavush province, officials said."
    assert "Tsovakanashen" not in place_names(text)
    Place.objects.create(
        key="tsovakanashen", iso="AM-TV", name="Tsovakanashen", kind="village", country="ARM", lat=41.0, lon=45.1
    )
    assert "Tsovakanashen" in place_names(text)
