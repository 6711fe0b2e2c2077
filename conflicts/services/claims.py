"""Store what the engine found in an article as claims, replacing the previous run's."""

from __future__ import annotations

import datetime

from django.db import transaction

from conflicts.extraction import ExtractionResult
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    CeasefireClause,
    EventClaim,
    Place,
    PlaceMention,
    TerritoryChangeClaim,
    Topic,
)
from conflicts.services.consolidation import facts_consolidate_article

CLAIM_MODELS = (TerritoryChangeClaim, CasualtyClaim, CeasefireClaim, EventClaim, PlaceMention)


def _date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    parts = [int(part) for part in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return datetime.date(*parts)
    except ValueError:
        return None


def _places_by_key(result: ExtractionResult) -> dict[str, Place]:
    keys = {mention.key for mention in result.places if mention.key}
    keys |= {change.place_key for change in result.territory_changes if change.place_key}
    return {place.key: place for place in Place.objects.filter(key__in=keys)}


def _span(item) -> dict:
    return {"evidence": item.evidence, "span_start": item.start, "span_end": item.end}


@transaction.atomic
def claims_replace(*, article, result: ExtractionResult) -> None:
    """Replace every claim of `article` by `result`'s, so a re-run never duplicates."""
    for model in CLAIM_MODELS:
        model.objects.filter(article=article).delete()
    places = _places_by_key(result)
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    _store_places(article, result, places)
    _store_territory_changes(article, result, places)
    _store_casualties(article, result)
    _store_ceasefires(article, result, places)
    _store_events(article, result, topics)
    article.topics.set([topics[slug] for slug in result.topics if slug in topics])
    facts_consolidate_article(article=article)


def _store_places(article, result: ExtractionResult, places: dict[str, Place]) -> None:
    PlaceMention.objects.bulk_create(
        PlaceMention(
            article=article,
            place=places.get(mention.key),
            name=mention.name,
            iso=mention.iso or "",
            evidence=article.text[mention.start : mention.end],
            span_start=mention.start,
            span_end=mention.end,
        )
        for mention in result.places
    )


def _store_territory_changes(article, result: ExtractionResult, places: dict[str, Place]) -> None:
    TerritoryChangeClaim.objects.bulk_create(
        TerritoryChangeClaim(
            article=article,
            place=places.get(change.place_key),
            place_name=change.place,
            iso=change.iso or "",
            from_party=change.from_party or "",
            to_party=change.to_party or "",
            kind=change.kind,
            date=_date(change.date),
            **_span(change),
        )
        for change in result.territory_changes
    )


def _store_casualties(article, result: ExtractionResult) -> None:
    CasualtyClaim.objects.bulk_create(
        CasualtyClaim(
            article=article,
            count=casualty.count,
            count_high=casualty.count_high,
            kind=casualty.kind,
            population=casualty.population or "unknown",
            party=casualty.party or "",
            reported_by=casualty.reported_by or "",
            **_span(casualty),
        )
        for casualty in result.casualties
    )


def _store_ceasefires(article, result: ExtractionResult, places: dict[str, Place]) -> None:
    by_name = {place.name.casefold(): place for place in places.values()}
    for ceasefire in result.ceasefires:
        claim = CeasefireClaim.objects.create(
            article=article,
            signed=_date(ceasefire.signed),
            effective=_date(ceasefire.effective),
            parties=list(ceasefire.parties),
            mediators=list(ceasefire.mediators),
            **_span(ceasefire),
        )
        detailed_terms = {clause.term for clause in ceasefire.clauses}
        clauses = [
            CeasefireClause(
                ceasefire=claim,
                term=clause.term,
                deadline=_date(clause.deadline),
                place=by_name.get((clause.place or "").casefold()),
                place_name=clause.place or "",
                evidence=clause.evidence,
                span_start=clause.start,
                span_end=clause.end,
            )
            for clause in ceasefire.clauses
        ]
        clauses += [CeasefireClause(ceasefire=claim, term=term) for term in ceasefire.terms if term not in detailed_terms]
        CeasefireClause.objects.bulk_create(clauses)


def _store_events(article, result: ExtractionResult, topics: dict[str, Topic]) -> None:
    EventClaim.objects.bulk_create(
        EventClaim(
            article=article,
            date=_date(event.date),
            precision=event.precision,
            topic=topics.get(event.topic or ""),
            text=event.text,
            **_span(event),
        )
        for event in result.events
        if _date(event.date)
    )
