"""Reads for composing and previewing briefings."""

from __future__ import annotations

from django.db.models import QuerySet

from briefings.models import Briefing
from conflicts.models import ReviewStatus
from conflicts.selectors.desk import FactGroup, fact_groups


def briefings_for_desk() -> QuerySet[Briefing]:
    return Briefing.objects.select_related("conflict", "topic", "created_by").order_by("-updated_at")


def briefing_fact_groups(*, briefing: Briefing) -> list[FactGroup]:
    """The chosen facts as the public sees them: only approved claims count and are cited."""
    groups = []
    for group in fact_groups(fact_ids=briefing.facts.values_list("id", flat=True)):
        approved = [claim for claim in group.claims if claim.review_status == ReviewStatus.APPROVED]
        if approved:
            groups.append(FactGroup(fact=group.fact, claims=approved, disagreements=group.disagreements))
    return groups


def briefing_public_path(*, briefing: Briefing) -> str:
    """The public page's URL (the public app names it `public:briefing`)."""
    from django.urls import NoReverseMatch, reverse
    from django.utils.translation import override

    with override(briefing.language):
        try:
            return reverse("public:briefing", kwargs={"slug": briefing.slug})
        except NoReverseMatch:
            return f"/{briefing.language}/briefings/{briefing.slug}/"
