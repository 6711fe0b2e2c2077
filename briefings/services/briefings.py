"""Compose, publish and unpublish briefings. A briefing's slug is fixed at creation: its URL is stable."""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from briefings.models import Briefing, BriefingStatus

# Fields an editor sets on the compose form; slug, status and dates belong to the services.
COMPOSE_FIELDS = (
    "title", "summary", "language", "conflict", "topic",
    "show_map", "map_as_of", "show_timeline", "timeline_start", "timeline_end",
)  # fmt: skip


def briefing_slug(*, title: str) -> str:
    """An ASCII slug from the title (Arabic titles fall back to a short random one), made unique."""
    base = slugify(title)[:80].strip("-") or f"briefing-{uuid.uuid4().hex[:8]}"
    slug, suffix = base, 2
    while Briefing.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def briefing_create(*, user, facts=(), **fields) -> Briefing:
    values = {name: fields[name] for name in COMPOSE_FIELDS if name in fields}
    briefing = Briefing(created_by=user, slug=briefing_slug(title=values.get("title", "")), **values)
    briefing._history_user = user
    briefing.save()
    briefing.facts.set(facts)
    return briefing


@transaction.atomic
def briefing_update(*, briefing: Briefing, user, facts=None, **fields) -> Briefing:
    """Change what a briefing says; its slug never changes, so published links keep working."""
    for name in COMPOSE_FIELDS:
        if name in fields:
            setattr(briefing, name, fields[name])
    briefing._history_user = user
    briefing.save()
    if facts is not None:
        briefing.facts.set(facts)
    return briefing


def briefing_publish(*, briefing: Briefing, user) -> Briefing:
    briefing.status = BriefingStatus.PUBLISHED
    # The first publication date stays: re-publishing after a fix is not a new briefing.
    briefing.published_at = briefing.published_at or timezone.now()
    briefing._history_user = user
    briefing.save(update_fields=["status", "published_at", "updated_at"])
    return briefing


def briefing_unpublish(*, briefing: Briefing, user) -> Briefing:
    briefing.status = BriefingStatus.DRAFT
    briefing._history_user = user
    briefing.save(update_fields=["status", "updated_at"])
    return briefing
