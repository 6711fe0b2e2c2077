"""Curators publish briefings from the admin through the same services; the slug stays put."""

from __future__ import annotations

import pytest
from django.urls import reverse

from briefings.models import Briefing

pytestmark = pytest.mark.django_db


def test_publish_action_and_history(client, curator):
    client.force_login(curator)
    briefing = Briefing.objects.create(slug="stable", title="Stable")
    response = client.post(reverse("admin:briefings_briefing_changelist"),
                           {"action": "publish_briefings", "_selected_action": [briefing.id]}, follow=True)  # fmt: skip
    assert "Published 1 briefings" in response.content.decode()
    briefing.refresh_from_db()
    assert briefing.status == "published" and briefing.published_at
    assert briefing.history.first().history_user == curator


def test_slug_is_read_only_once_the_briefing_exists(client, curator):
    client.force_login(curator)
    briefing = Briefing.objects.create(slug="stable", title="Stable")
    page = client.get(reverse("admin:briefings_briefing_change", args=[briefing.id])).content.decode()
    assert 'name="slug"' not in page
    assert "stable" in page
