"""Stored claims back in the engine's shape, so `ingest` prints the contract's JSON."""

from __future__ import annotations

from conflicts.extraction import to_contract
from conflicts.extraction import types as t
from conflicts.models import CasualtyClaim, CeasefireClaim, EventClaim, PlaceMention, TerritoryChangeClaim


def _iso_date(value) -> str | None:
    return value.isoformat() if value else None


def article_as_result(*, article) -> t.ExtractionResult:
    places = [
        t.PlaceMention(
            name=mention.name,
            iso=mention.iso or None,
            lat=mention.place.lat if mention.place else None,
            lon=mention.place.lon if mention.place else None,
            key=mention.place.key if mention.place else None,
            start=mention.span_start,
            end=mention.span_end,
        )
        for mention in PlaceMention.objects.filter(article=article).select_related("place")
    ]
    changes = [
        t.TerritoryChange(
            place=claim.place_name, iso=claim.iso or None, place_key=claim.place.key if claim.place else None,
            from_party=claim.from_party or None, to_party=claim.to_party or None, kind=claim.kind,
            date=_iso_date(claim.date), evidence=claim.evidence, start=claim.span_start, end=claim.span_end,
        )
        for claim in TerritoryChangeClaim.objects.filter(article=article).select_related("place")
    ]
    casualties = [
        t.Casualty(
            count=claim.count, count_high=claim.count_high, kind=claim.kind, population=claim.population,
            party=claim.party or None, reported_by=claim.reported_by or None,
            evidence=claim.evidence, start=claim.span_start, end=claim.span_end,
        )
        for claim in CasualtyClaim.objects.filter(article=article)
    ]
    ceasefires = [_ceasefire(claim) for claim in CeasefireClaim.objects.filter(article=article).prefetch_related("clauses")]
    events = [
        t.Event(
            date=claim.date_label, precision=claim.precision, topic=claim.topic.slug if claim.topic else None,
            text=claim.text, evidence=claim.evidence, start=claim.span_start, end=claim.span_end,
        )
        for claim in EventClaim.objects.filter(article=article).select_related("topic")
    ]
    return t.ExtractionResult(
        language=article.language or None,
        topics=sorted(article.topics.values_list("slug", flat=True)),
        places=places, territory_changes=changes, casualties=casualties, ceasefires=ceasefires, events=events,
    )


def _ceasefire(claim: CeasefireClaim) -> t.Ceasefire:
    clauses = list(claim.clauses.all())
    return t.Ceasefire(
        signed=_iso_date(claim.signed), effective=_iso_date(claim.effective),
        parties=tuple(claim.parties), mediators=tuple(claim.mediators),
        terms=tuple(dict.fromkeys(clause.term for clause in clauses)),
        clauses=tuple(
            t.CeasefireClause(
                term=clause.term, deadline=_iso_date(clause.deadline), place=clause.place_name or None,
                evidence=clause.evidence, start=clause.span_start or 0, end=clause.span_end or 0,
            )
            for clause in clauses if clause.evidence
        ),
        evidence=claim.evidence, start=claim.span_start, end=claim.span_end,
    )


def article_contract(*, article, source: str) -> dict:
    return to_contract(article_as_result(article=article), source=source)
