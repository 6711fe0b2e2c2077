"""Claims made directly in the database, so desk tests do not depend on the extraction engine."""

from __future__ import annotations

import datetime
import hashlib

from briefings.models import Article, ArticleStatus
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    CeasefireClause,
    Conflict,
    EventClaim,
    Place,
    TerritoryChangeClaim,
    Topic,
)

SEED_TEXT = (
    "وقّعت أرمينيا وأذربيجان وروسيا في 10 نوفمبر 2020 بيانا لوقف إطلاق النار في قره باغ. "
    "وتسلم أذربيجان منطقة أغدام بحلول 20 نوفمبر، ومنطقة كلبجار بحلول 15 نوفمبر، ومنطقة لاتشين بحلول 1 ديسمبر. "
    "وقالت وزارة الدفاع الأرمنية إن 2317 جنديا قتلوا."
)


def place(key: str, name: str) -> Place:
    return Place.objects.get_or_create(key=key, defaults={"name": name, "iso": key, "kind": "district", "country": "AZE"})[0]


def karabakh() -> tuple[Conflict, Topic]:
    topic = Topic.objects.get_or_create(slug="karabakh", defaults={"name": "Nagorno-Karabakh"})[0]
    conflict = Conflict.objects.get_or_create(slug="karabakh", defaults={"name": "Karabakh conflict", "topic": topic})[0]
    if topic.conflict_id is None:
        topic.conflict = conflict
        topic.save()
    return conflict, topic


NOV_10 = datetime.date(2020, 11, 10)
NOV_20 = datetime.date(2020, 11, 20)


def article(*, title: str = "Seed article", text: str = SEED_TEXT, published=NOV_10, source="Agency", url="") -> Article:
    digest = hashlib.sha256(f"{title}|{text}".encode()).hexdigest()
    created = Article.objects.create(
        title=title, text=text, published=published, source_name=source, source_url=url,
        content_hash=digest, status=ArticleStatus.EXTRACTED, language="ar",
    )  # fmt: skip
    created.topics.add(karabakh()[1])
    return created


def span_of(owner: Article, needle: str) -> dict:
    start = owner.text.index(needle)
    return {"evidence": needle, "span_start": start, "span_end": start + len(needle)}


def territory_change(owner: Article, *, place_key="AZ-AGM", name="Aghdam", date=NOV_20, needle=None, **extra):
    needle = needle or owner.text.split(". ")[1]
    values = {"from_party": "ARM", "to_party": "AZE", "kind": "handover", **extra}
    return TerritoryChangeClaim.objects.create(
        article=owner, place=place(place_key, name), place_name=name, iso=place_key, date=date, **values, **span_of(owner, needle)
    )


def casualty(owner: Article, *, count=2317, count_high=None, party="ARM", reported_by="ARM", needle=None) -> CasualtyClaim:
    needle = needle or owner.text.split(". ")[-1]
    return CasualtyClaim.objects.create(
        article=owner, count=count, count_high=count_high, kind="killed", population="military",
        party=party, reported_by=reported_by, **span_of(owner, needle),
    )  # fmt: skip


def ceasefire(owner: Article, *, clauses=(), signed=NOV_10) -> CeasefireClaim:
    claim = CeasefireClaim.objects.create(
        article=owner, signed=signed, parties=["ARM", "AZE", "RUS"], mediators=["RUS"],
        **span_of(owner, owner.text.split(". ")[0]),
    )  # fmt: skip
    for term, key, name, deadline in clauses:
        CeasefireClause.objects.create(ceasefire=claim, term=term, place=place(key, name), place_name=name, deadline=deadline)
    return claim


def event(owner: Article, *, date=datetime.date(2020, 11, 10), text="Ceasefire statement signed") -> EventClaim:
    return EventClaim.objects.create(
        article=owner, date=date, topic=karabakh()[1], text=text, **span_of(owner, owner.text.split(". ")[0])
    )


NOVEMBER_2020_CLAUSES = (
    ("territory_return", "AZ-AGM", "Aghdam", datetime.date(2020, 11, 20)),
    ("territory_return", "AZ-KAL", "Kalbajar", datetime.date(2020, 11, 15)),
    ("territory_return", "AZ-LAC", "Lachin", datetime.date(2020, 12, 1)),
)
