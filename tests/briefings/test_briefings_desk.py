"""Compose a briefing from approved facts, preview it, publish and unpublish it at a stable URL."""

from __future__ import annotations

import pytest
from django.urls import reverse

from briefings.models import Briefing
from conflicts.models import ReviewStatus
from conflicts.services.consolidation import facts_consolidate_article
from conflicts.services.review import claim_approve
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_fact(editor):
    owner = make.article(url="https://example.org/statement")
    claim = make.territory_change(owner)
    pending = make.territory_change(owner, place_key="AZ-KAL", name="Kalbajar")
    facts_consolidate_article(article=owner)
    claim_approve(claim=claim, user=editor)
    claim.refresh_from_db()
    pending.refresh_from_db()
    return claim.fact, pending.fact


def compose(client, fact, **extra):
    data = {"title": "Handovers after the November statement", "summary": "Three districts.", "language": "en",
            "show_map": "on", "facts": [fact.id], **extra}  # fmt: skip
    return client.post(reverse("briefings:briefing_new"), data)


def test_only_facts_with_an_approved_source_can_be_chosen(editor_client, approved_fact):
    approved, pending = approved_fact
    page = editor_client.get(reverse("briefings:briefing_new")).content.decode()
    assert f'id="fact-{approved.id}"' in page
    assert f'id="fact-{pending.id}"' not in page
    assert compose(editor_client, pending).status_code == 400


def test_compose_preview_publish_unpublish(editor_client, approved_fact):
    fact, _ = approved_fact
    response = compose(editor_client, fact)
    briefing = Briefing.objects.get()
    assert response["Location"] == reverse("briefings:briefing_preview", args=[briefing.id])
    assert briefing.slug == "handovers-after-the-november-statement"

    preview = editor_client.get(response["Location"]).content.decode()
    assert "Handovers after the November statement" in preview and "Aghdam" in preview
    assert 'href="https://example.org/statement"' in preview  # the source is cited

    editor_client.post(reverse("briefings:briefing_publish", args=[briefing.id]))
    briefing.refresh_from_db()
    assert briefing.status == "published" and briefing.published_at is not None
    first_published = briefing.published_at

    editor_client.post(reverse("briefings:briefing_edit", args=[briefing.id]),
                       {"title": "A new title", "language": "en", "facts": [fact.id]})  # fmt: skip
    editor_client.post(reverse("briefings:briefing_unpublish", args=[briefing.id]))
    editor_client.post(reverse("briefings:briefing_publish", args=[briefing.id]))
    briefing.refresh_from_db()
    # A stable URL: the slug and first publication date survive edits and re-publishing.
    assert (briefing.slug, briefing.title) == ("handovers-after-the-november-statement", "A new title")
    assert briefing.published_at == first_published
    assert briefing.history.first().history_user.username == "editor"


def test_public_reader_sees_a_published_briefing_and_not_a_draft(client, editor_client, approved_fact):
    fact, _ = approved_fact
    compose(editor_client, fact)
    briefing = Briefing.objects.get()
    path = f"/en/briefings/{briefing.slug}/"
    assert client.get(path).status_code == 404
    editor_client.post(reverse("briefings:briefing_publish", args=[briefing.id]))
    page = client.get(path)
    assert page.status_code == 200
    assert "Handovers after the November statement" in page.content.decode()


def test_arabic_title_gets_a_working_slug(editor_client, approved_fact):
    fact, _ = approved_fact
    compose(editor_client, fact, title="تسليم المناطق", language="ar")
    briefing = Briefing.objects.get()
    assert briefing.slug.startswith("briefing-")
    assert briefing.language == "ar"


def test_preview_shows_only_approved_sources(editor_client, approved_fact, editor):
    fact, _ = approved_fact
    other = make.article(title="Rejected source", source="Rumour mill")
    rejected = make.territory_change(other)
    facts_consolidate_article(article=other)
    rejected.review_status = ReviewStatus.REJECTED
    rejected.save()
    compose(editor_client, fact)
    preview = editor_client.get(reverse("briefings:briefing_preview", args=[Briefing.objects.get().id])).content.decode()
    assert "Rumour mill" not in preview


def test_a_draft_can_be_seen_as_readers_will_see_it(editor_client, approved_fact):
    fact, _ = approved_fact
    from conflicts.models import Conflict

    compose(editor_client, fact, language="ar", title="تسليم أغدام", conflict=Conflict.objects.get(slug="karabakh").id)
    briefing = Briefing.objects.get()
    page = editor_client.get(reverse("briefings:briefing_reader", args=[briefing.id]))
    body = page.content.decode()
    assert page["X-Robots-Tag"] == "noindex"
    assert '<html lang="ar" dir="rtl">' in body
    assert "تسليم أغدام" in body
    assert "الوقائع في هذه الإحاطة" in body  # the public template's own heading, in Arabic
    assert 'id="map-figure"' in body  # the reader's map is in the preview too
    assert briefing.status == "draft"
