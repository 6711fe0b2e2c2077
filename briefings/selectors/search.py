"""Search across articles and claims for the desk: plain icontains, so SQLite and PostgreSQL agree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Q

from briefings.models import Article
from conflicts.models import Place
from conflicts.services.consolidation import CLAIM_MODELS

# Harakat and tatweel: an editor typing without them must still find voweled text.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
CLAIM_TEXT_FIELDS = {
    "territory_change": ("evidence", "place_name", "iso", "from_party", "to_party"),
    "casualty": ("evidence", "party", "reported_by"),
    "ceasefire": ("evidence",),
    "event": ("evidence", "text"),
}


@dataclass
class SearchResults:
    articles: list = field(default_factory=list)
    claims: list = field(default_factory=list)  # (kind, claim) pairs

    @property
    def empty(self) -> bool:
        return not self.articles and not self.claims


def query_variants(query: str) -> set[str]:
    query = " ".join(query.split())
    return {variant for variant in (query, ARABIC_MARKS.sub("", query)) if variant}


def _matches(fields, variants: set[str]) -> Q:
    condition = Q()
    for variant in variants:
        for name in fields:
            condition |= Q(**{f"{name}__icontains": variant})
    return condition


def places_named(variants: set[str]) -> list[int]:
    """Gazetteer places any spelling of which is the query: كلبجار finds Kalbajar and Karvachar."""
    condition = Q()
    for variant in variants:
        condition |= Q(name__iexact=variant) | Q(name_ar=variant) | Q(name_ru__iexact=variant) | Q(aliases__alias__iexact=variant)
    return list(Place.objects.filter(condition).values_list("id", flat=True).distinct()) if variants else []


def desk_search(
    *, query: str = "", conflict=None, topic=None, kind: str = "", status: str = "", date_from=None, date_to=None, limit: int = 50
) -> SearchResults:
    variants = query_variants(query)
    place_ids = places_named(variants)
    results = SearchResults()
    if not variants and not any((conflict, topic, kind, status, date_from, date_to)):
        return results
    if not kind and not status:
        articles = Article.objects.all()
        if variants:
            mentions_place = Q(placementions__place__in=place_ids)
            articles = articles.filter(_matches(("title", "text", "source_name"), variants) | mentions_place)
        results.articles = list(_filter_articles(articles, "", conflict, topic, date_from, date_to).distinct()[:limit])
    for claim_kind, model in CLAIM_MODELS.items():
        if kind and kind != claim_kind:
            continue
        claims = model.objects.select_related("article", "fact")
        if variants:
            same_place = Q(place__in=place_ids) if place_ids and hasattr(model, "place") else Q(pk__in=[])
            claims = claims.filter(_matches(CLAIM_TEXT_FIELDS[claim_kind], variants) | same_place)
        if status:
            claims = claims.filter(review_status=status)
        claims = _filter_articles(claims, "article__", conflict, topic, date_from, date_to)
        results.claims.extend((claim_kind, claim) for claim in claims.distinct()[:limit])
    return results


def _filter_articles(queryset, prefix: str, conflict, topic, date_from, date_to):
    if conflict:
        queryset = queryset.filter(**{f"{prefix}topics__conflict": conflict})
    if topic:
        queryset = queryset.filter(**{f"{prefix}topics": topic})
    if date_from:
        queryset = queryset.filter(**{f"{prefix}published__gte": date_from})
    if date_to:
        queryset = queryset.filter(**{f"{prefix}published__lte": date_to})
    return queryset
