"""Reads for the desk's queue and article pages."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from briefings.models import FINAL_STATUSES, Article, ArticleStatus, UploadBatch
from conflicts.models import CasualtyClaim, CeasefireClaim, EventClaim, PlaceMention, TerritoryChangeClaim


def articles_for_queue(*, limit: int = 50) -> QuerySet[Article]:
    return (
        Article.objects.select_related("uploaded_by")
        .only("id", "title", "status", "error", "language", "source_name", "created_at", "extracted_at", "uploaded_by__username")
        .annotate(
            territory_count=Count("territorychangeclaims", distinct=True),
            casualty_count=Count("casualtyclaims", distinct=True),
            ceasefire_count=Count("ceasefireclaims", distinct=True),
            event_count=Count("eventclaims", distinct=True),
        )
        .order_by("-created_at")[:limit]
    )


def queue_is_settled(articles) -> bool:
    return all(article.status in FINAL_STATUSES for article in articles)


def batch_progress(*, batch: UploadBatch) -> dict:
    counts = batch.articles.aggregate(
        total=Count("id"),
        done=Count("id", filter=Q(status__in=FINAL_STATUSES)),
        failed=Count("id", filter=Q(status=ArticleStatus.FAILED)),
    )
    counts["percent"] = round(100 * counts["done"] / counts["total"]) if counts["total"] else 100
    return counts


def article_claims(*, article: Article) -> dict[str, QuerySet]:
    return {
        "territory_changes": TerritoryChangeClaim.objects.filter(article=article).select_related("place"),
        "casualties": CasualtyClaim.objects.filter(article=article),
        "ceasefires": CeasefireClaim.objects.filter(article=article).prefetch_related("clauses"),
        "events": EventClaim.objects.filter(article=article).select_related("topic").order_by("date"),
        "places": PlaceMention.objects.filter(article=article).select_related("place"),
    }
