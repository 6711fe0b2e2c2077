"""Approved (and not approved) facts for the public-page tests, as the desk would leave them."""

from __future__ import annotations

import datetime as dt
import itertools
from datetime import date

from django.utils import timezone

from briefings.models import Article, Briefing, BriefingStatus
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    CeasefireClause,
    Conflict,
    EventClaim,
    Place,
    ReviewStatus,
    TerritoryChangeClaim,
    Topic,
)

_counter = itertools.count(1)
APPROVED = ReviewStatus.APPROVED


def ensure_defaults() -> None:
    """Transactional tests flush the data migration's rows: load the default data again."""
    if not Conflict.objects.filter(slug="karabakh").exists():
        from django.apps import apps

        from conflicts.services.defaults import defaults_load

        defaults_load(get_model=apps.get_model)


def karabakh() -> Conflict:
    return Conflict.objects.get(slug="karabakh")


def article(
    *, title: str = "", outlet: str = "Wire", published: date | None = date(2020, 11, 26), topic: str = "karabakh"
) -> Article:
    n = next(_counter)
    item = Article.objects.create(
        title=title or f"Report {n}", text=f"Article text {n}", content_hash=f"hash-{n}-{title}",
        source_name=outlet, source_url=f"https://news.example/{n}", published=published, language="en", status="extracted",
    )
    if topic:
        item.topics.add(Topic.objects.get(slug=topic))
    return item


def territory_change(iso: str, day: date, *, kind: str = "handover", to_party: str = "AZE", status: str = APPROVED,
                     source: Article | None = None) -> TerritoryChangeClaim:
    place = Place.objects.filter(key=iso).first()
    return TerritoryChangeClaim.objects.create(
        article=source or article(published=day), evidence=f"{iso} changed hands", span_start=0, span_end=10,
        review_status=status, place=place, place_name=place.name if place else iso, iso=iso,
        from_party="ARM", to_party=to_party, kind=kind, date=day,
    )


def karabakh_2020_changes() -> None:
    """The browser test's story: Shusha taken in battle, three districts handed over."""
    territory_change("AZ-SUS", date(2020, 11, 8), kind="capture")
    territory_change("AZ-AGM", date(2020, 11, 20))
    territory_change("AZ-KAL", date(2020, 11, 25))
    territory_change("AZ-LAC", date(2020, 12, 1))


def event(day: date, text: str, *, topic: str = "karabakh", status: str = APPROVED, source: Article | None = None) -> EventClaim:
    return EventClaim.objects.create(
        article=source or article(published=day, topic=topic), evidence=text, span_start=0, span_end=len(text),
        review_status=status, date=day, topic=Topic.objects.get(slug=topic), text=text,
    )


def casualty(count: int, *, high: int | None = None, party: str = "ARM", reported_by: str = "ARM", outlet: str = "Wire",
             status: str = APPROVED) -> CasualtyClaim:
    return CasualtyClaim.objects.create(
        article=article(outlet=outlet), evidence=f"{count} killed", span_start=0, span_end=5, review_status=status,
        count=count, count_high=high, kind="killed", population="military", party=party, reported_by=reported_by,
    )


def ceasefire(
    clauses: list[tuple[str, str, date | None]], *, signed: date = date(2020, 11, 9), status: str = APPROVED
) -> CeasefireClaim:
    claim = CeasefireClaim.objects.create(
        article=article(published=signed), evidence="statement", span_start=0, span_end=9, review_status=status,
        signed=signed, effective=date(2020, 11, 10), parties=["ARM", "AZE", "RUS"],
    )
    for term, place_key, deadline in clauses:
        place = Place.objects.filter(key=place_key).first() if place_key else None
        CeasefireClause.objects.create(ceasefire=claim, term=term, deadline=deadline, place=place,
                                       place_name=place.name if place else place_key)
    return claim


def published_briefing(slug: str = "karabakh-after-the-war", *, title: str = "Karabakh after the war", language: str = "en",
                       status: str = BriefingStatus.PUBLISHED, when: dt.datetime | None = None, **extra) -> Briefing:
    return Briefing.objects.create(
        slug=slug, title=title, summary="Where the front moved and what the statement said.", language=language,
        conflict=karabakh(), topic=Topic.objects.get(slug="karabakh"), status=status,
        published_at=when or (timezone.now() if status == BriefingStatus.PUBLISHED else None), **extra,
    )


def facts_into(briefing: Briefing) -> None:
    """Give every approved claim without a fact its own Fact and put it in the briefing (as the desk would)."""
    from conflicts.models import Fact

    for model, kind in ((TerritoryChangeClaim, "territory_change"), (EventClaim, "event"), (CasualtyClaim, "casualty"),
                        (CeasefireClaim, "ceasefire")):
        for claim in model.objects.filter(review_status=APPROVED, fact__isnull=True):
            fact = Fact.objects.create(kind=kind, key=f"{kind}-{claim.id}", conflict=karabakh())
            model.objects.filter(id=claim.id).update(fact=fact)
            briefing.facts.add(fact)
