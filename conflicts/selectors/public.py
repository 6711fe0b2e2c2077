"""Reads for the public pages: only APPROVED claims, grouped into facts, with their sources.

A fact's public values come from its approved claims; claims not yet consolidated into a
Fact row are grouped by the same key the consolidation service uses (conflicts/keys.py),
so a page never lists one change twice because two articles reported it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from conflicts import keys
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    Conflict,
    EventClaim,
    ReviewStatus,
    TerritoryChangeClaim,
    Topic,
)
from conflicts.selectors.parties import party_label

TREND_PERIOD_DAYS = 30
# Readers' words for the stored codes (the models' choice labels are not translated).
LABELS = {
    "handover": gettext_lazy("Handed over by agreement"),
    "withdrawal": gettext_lazy("Withdrawal"),
    "capture": pgettext_lazy("territory change", "Captured"),
    "killed": gettext_lazy("killed"),
    "wounded": gettext_lazy("wounded"),
    "missing": gettext_lazy("missing"),
    "captured": gettext_lazy("taken prisoner"),
    "displaced": gettext_lazy("displaced"),
    "military": gettext_lazy("military"),
    "civilian": gettext_lazy("civilians"),
    "unknown": gettext_lazy("status not reported"),
    "ceasefire": gettext_lazy("Ceasefire"),
    "positions_frozen": gettext_lazy("Positions frozen"),
    "territory_return": gettext_lazy("Territory returned"),
    "peacekeepers": gettext_lazy("Peacekeepers deployed"),
    "corridor": gettext_lazy("Corridor kept open"),
    "prisoner_exchange": gettext_lazy("Prisoner exchange"),
    "refugee_return": gettext_lazy("Refugees return"),
    "transport_unblock": gettext_lazy("Transport links unblocked"),
    "monitoring": gettext_lazy("Monitoring"),
    "disarmament": gettext_lazy("Disarmament"),
}


def label(code: str) -> str:
    return str(LABELS.get(code, code))


@dataclass(frozen=True)
class Source:
    title: str
    outlet: str
    published: dt.date | None
    url: str


def source_of(article) -> Source:
    return Source(title=article.title, outlet=article.source_name, published=article.published, url=article.source_url)


def localised(obj, language: str, field_name: str = "name") -> str:
    """The Arabic value on Arabic pages when there is one, else the default."""
    if obj is None:
        return ""
    if language == "ar":
        return getattr(obj, f"{field_name}_ar", "") or getattr(obj, field_name)
    return getattr(obj, field_name)


def approved_claims(model, *, conflict: Conflict | None = None, topic: Topic | None = None) -> QuerySet:
    """Approved claims of one type, scoped to a conflict (its facts or its topics' articles) or a topic."""
    claims = model.objects.filter(review_status=ReviewStatus.APPROVED).select_related("article")
    if conflict is not None:
        scope = Q(fact__conflict=conflict) | Q(article__topics__conflict=conflict)
        if conflict.topic_id:
            scope |= Q(article__topics=conflict.topic_id)
        claims = claims.filter(id__in=model.objects.filter(scope).values("id"))
    if topic is not None:
        scope = Q(article__topics=topic)
        if model is EventClaim:
            scope |= Q(topic=topic)
        claims = claims.filter(id__in=model.objects.filter(scope).values("id"))
    return claims


def group_claims(claims, key_of) -> list[list]:
    """Claims with the same fact (or, before consolidation, the same key) describe one fact."""
    groups: dict[str, list] = defaultdict(list)
    for claim in claims:
        groups[f"fact:{claim.fact_id}" if claim.fact_id else f"key:{key_of(claim)}"].append(claim)
    return list(groups.values())


def claim_sources(claims) -> tuple[Source, ...]:
    seen: dict[int, Source] = {}
    for claim in claims:
        seen.setdefault(claim.article_id, source_of(claim.article))
    return tuple(sorted(seen.values(), key=lambda s: (s.published or dt.date.min, s.title)))


# --- timeline -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    date: dt.date
    precision: str
    topic: str
    topic_label: str
    text: str
    sources: tuple[Source, ...]

    @property
    def date_label(self) -> str:
        return {"year": self.date.isoformat()[:4], "month": self.date.isoformat()[:7]}.get(self.precision, self.date.isoformat())


def timeline_rows(
    *,
    conflict: Conflict | None = None,
    topic: Topic | None = None,
    topic_slug: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
    language: str = "en",
) -> list[TimelineRow]:
    """Approved events, oldest first, optionally filtered by topic and date range."""
    claims = approved_claims(EventClaim, conflict=conflict, topic=topic).select_related("topic")
    if topic_slug:
        claims = claims.filter(topic__slug=topic_slug)
    if start:
        claims = claims.filter(date__gte=start)
    if end:
        claims = claims.filter(date__lte=end)
    rows = [_timeline_row(group, language) for group in group_claims(claims, event_key)]
    return sorted(rows, key=lambda row: (row.date, row.topic, row.text))


def event_key(claim: EventClaim) -> str:
    return keys.event_key(date=claim.date, precision=claim.precision, topic=claim.topic_id) + "|" + claim.text[:80]


def _timeline_row(claims: list[EventClaim], language: str) -> TimelineRow:
    first = claims[0]
    return TimelineRow(
        date=first.date,
        precision=first.precision,
        topic=first.topic.slug if first.topic else "",
        topic_label=localised(first.topic, language) if first.topic else "",
        text=first.text,
        sources=claim_sources(claims),
    )


def timeline_events(*, rows: list[TimelineRow], link_of) -> list[dict]:
    """Timeline rows as the chart function wants them: plain dicts with a link per point."""
    return [
        {
            "date": row.date.isoformat(),
            "precision": row.precision,
            "topic": row.topic or "-",
            "topic_label": row.topic_label,
            "text": row.text,
            "url": link_of(row),
        }
        for row in rows
    ]


# --- casualties -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CasualtyFigure:
    reported_by: str
    low: int
    high: int
    source: Source


@dataclass
class CasualtyRow:
    party: str
    kind: str
    population: str
    figures: list[CasualtyFigure] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{party_label(self.party)} · {label(self.population)} · {label(self.kind)}"

    @property
    def lowest(self) -> int:
        return min(figure.low for figure in self.figures)

    @property
    def highest(self) -> int:
        return max(figure.high for figure in self.figures)


def casualty_rows(*, conflict: Conflict | None = None, topic: Topic | None = None) -> list[CasualtyRow]:
    """Each source's figure per (party, kind, population); the range is derived, never averaged."""
    rows: dict[tuple, CasualtyRow] = {}
    for claim in approved_claims(CasualtyClaim, conflict=conflict, topic=topic).order_by("article__published", "id"):
        key = (claim.party, claim.kind, claim.population)
        row = rows.setdefault(key, CasualtyRow(party=claim.party, kind=claim.kind, population=claim.population))
        row.figures.append(
            CasualtyFigure(
                reported_by=claim.reported_by,
                low=claim.count,
                high=claim.count_high or claim.count,
                source=source_of(claim.article),
            )
        )
    return sorted(rows.values(), key=lambda row: (row.kind, row.party, row.population))


# --- topic cards ------------------------------------------------------------------------------


@dataclass
class TopicCard:
    topic: Topic
    name: str
    territory_changes: int = 0
    events: int = 0
    ceasefires: int = 0
    killed_low: int | None = None
    killed_high: int | None = None
    latest: list[TimelineRow] = field(default_factory=list)
    current: int = 0
    previous: int = 0

    @property
    def trend(self) -> str:
        if self.current > self.previous:
            return "up"
        if self.current < self.previous:
            return "down"
        return "flat"

    @property
    def is_empty(self) -> bool:
        return not (self.territory_changes or self.events or self.ceasefires or self.killed_high)


def topic_cards(*, language: str, topics: list[Topic] | None = None, latest: int = 3) -> list[TopicCard]:
    """A card per topic: key figures, latest approved events, and activity vs the previous period.

    The period ends at the topic's latest dated approved fact rather than today, so an
    archive (Karabakh 2020) still says whether things were heating up or calming down.
    """
    topics = list(Topic.objects.order_by("slug")) if topics is None else topics
    cards = {topic.id: TopicCard(topic=topic, name=localised(topic, language)) for topic in topics}
    dates: dict[int, list[dt.date]] = defaultdict(list)
    _count_territory(cards, dates)
    _count_events(cards, dates, language, latest)
    _count_ceasefires(cards, dates)
    _count_killed(cards)
    for topic_id, card in cards.items():
        card.current, card.previous = _activity(dates[topic_id])
    return list(cards.values())


def _topic_pairs(model, date_field: str, extra: tuple[str, ...] = ()):
    approved = model.objects.filter(review_status=ReviewStatus.APPROVED)
    return approved.filter(article__topics__isnull=False).values_list("id", "article__topics", date_field, *extra)


def _count_territory(cards: dict, dates: dict) -> None:
    seen: set[tuple] = set()
    for _claim_id, topic_id, date, place, to_party in _topic_pairs(TerritoryChangeClaim, "date", ("place_name", "to_party")):
        key = (topic_id, keys.territory_change_key(place_key=None, place_name=place, to_party=to_party))
        if topic_id in cards and key not in seen:
            seen.add(key)
            cards[topic_id].territory_changes += 1
            if date:
                dates[topic_id].append(date)


def _count_events(cards: dict, dates: dict, language: str, latest: int) -> None:
    for card in cards.values():
        rows = timeline_rows(topic=card.topic, language=language)
        card.events = len(rows)
        card.latest = list(reversed(rows[-latest:]))
        dates[card.topic.id].extend(row.date for row in rows)


def _count_ceasefires(cards: dict, dates: dict) -> None:
    seen: set[tuple] = set()
    for claim_id, topic_id, signed in _topic_pairs(CeasefireClaim, "signed"):
        key = (topic_id, signed or claim_id)
        if topic_id in cards and key not in seen:
            seen.add(key)
            cards[topic_id].ceasefires += 1
            if signed:
                dates[topic_id].append(signed)


def _count_killed(cards: dict) -> None:
    rows = _topic_pairs(CasualtyClaim, "count", ("count_high", "kind"))
    for _claim_id, topic_id, count, count_high, kind in rows:
        card = cards.get(topic_id)
        if card is None or kind != "killed":
            continue
        high = count_high or count
        card.killed_low = count if card.killed_low is None else min(card.killed_low, count)
        card.killed_high = high if card.killed_high is None else max(card.killed_high, high)


def _activity(dates: list[dt.date]) -> tuple[int, int]:
    if not dates:
        return 0, 0
    end = max(dates)
    period = dt.timedelta(days=TREND_PERIOD_DAYS)
    current = sum(1 for date in dates if end - period < date <= end)
    previous = sum(1 for date in dates if end - 2 * period < date <= end - period)
    return current, previous


# --- facts with their sources (briefing pages, API, CSV) -----------------------------------


@dataclass(frozen=True)
class FactRow:
    fact_id: int | None
    kind: str
    date: dt.date | None
    title: str
    values: dict
    sources: tuple[Source, ...]


def fact_rows(*, language: str, conflict: Conflict | None = None, fact_ids: list[int] | None = None) -> list[FactRow]:
    """Approved facts of a conflict (or the given facts), newest first; 4 queries whatever their number."""
    rows: list[FactRow] = []
    for model, key_of, build in _FACT_BUILDERS:
        claims = approved_claims(model, conflict=conflict)
        if fact_ids is not None:
            claims = claims.filter(fact_id__in=fact_ids)
        for group in group_claims(_with_relations(model, claims), key_of):
            rows.append(build(group, language))
    return sorted(rows, key=lambda row: (row.date or dt.date.min, row.kind, row.title), reverse=True)


def _with_relations(model, claims: QuerySet) -> QuerySet:
    if model is TerritoryChangeClaim:
        return claims.select_related("place")
    if model is EventClaim:
        return claims.select_related("topic")
    return claims


def _fact(group: list, kind: str, date, title: str, values: dict) -> FactRow:
    return FactRow(fact_id=group[0].fact_id, kind=kind, date=date, title=title, values=values, sources=claim_sources(group))


def _territory_fact(group: list[TerritoryChangeClaim], language: str) -> FactRow:
    claim = group[0]
    dates = [c.date for c in group if c.date]
    place = localised(claim.place, language) if claim.place else claim.place_name
    title = f"{place}: {label(claim.kind)} ({claim.from_party or '?'} → {claim.to_party or '?'})"
    values = {"place": place, "iso": claim.iso, "kind": claim.kind, "from_party": claim.from_party, "to_party": claim.to_party}
    return _fact(group, "territory_change", min(dates) if dates else None, title, values)


def _casualty_fact(group: list[CasualtyClaim], language: str) -> FactRow:
    claim = group[0]
    low, high = min(c.count for c in group), max(c.count_high or c.count for c in group)
    figure = f"{low:,}" if low == high else f"{low:,}–{high:,}"
    title = f"{claim.party or '?'} · {label(claim.population)} · {label(claim.kind)}: {figure}"
    values = {"party": claim.party, "kind": claim.kind, "population": claim.population, "reported_by": claim.reported_by,
              "lowest": low, "highest": high}
    dates = [c.article.published for c in group if c.article.published]
    return _fact(group, "casualty", min(dates) if dates else None, title, values)


def _ceasefire_fact(group: list[CeasefireClaim], language: str) -> FactRow:
    claim = group[0]
    title = f"{_('Ceasefire')}: {', '.join(claim.parties)}"
    signed = claim.signed.isoformat() if claim.signed else None
    values = {"signed": signed, "parties": claim.parties, "mediators": claim.mediators}
    return _fact(group, "ceasefire", claim.signed or claim.effective, title, values)


def _event_fact(group: list[EventClaim], language: str) -> FactRow:
    claim = group[0]
    values = {"text": claim.text, "precision": claim.precision, "topic": claim.topic.slug if claim.topic else ""}
    return _fact(group, "event", claim.date, claim.text, values)


def casualty_key(claim: CasualtyClaim) -> str:
    return keys.casualty_key(party=claim.party, kind=claim.kind, population=claim.population, reported_by=claim.reported_by)


def territory_key(claim: TerritoryChangeClaim) -> str:
    place_key = claim.place.key if claim.place else None
    return keys.territory_change_key(place_key=place_key, place_name=claim.place_name, to_party=claim.to_party)


def ceasefire_key(claim: CeasefireClaim) -> str:
    return keys.ceasefire_key(parties=claim.parties, date=claim.signed or claim.effective)


_FACT_BUILDERS = (
    (TerritoryChangeClaim, territory_key, _territory_fact),
    (CasualtyClaim, casualty_key, _casualty_fact),
    (CeasefireClaim, ceasefire_key, _ceasefire_fact),
    (EventClaim, event_key, _event_fact),
)


# --- briefings ------------------------------------------------------------------------------


def briefings_published(*, conflict: Conflict | None = None, topic: Topic | None = None, limit: int = 20) -> list:
    from briefings.models import Briefing, BriefingStatus

    briefings = Briefing.objects.filter(status=BriefingStatus.PUBLISHED).select_related("conflict", "topic")
    if conflict is not None:
        briefings = briefings.filter(conflict=conflict)
    if topic is not None:
        briefings = briefings.filter(topic=topic)
    return list(briefings.order_by("-published_at", "-id")[:limit])


def briefing_published(*, slug: str):
    """The published briefing with this slug, or None (drafts are never public)."""
    from briefings.models import Briefing, BriefingStatus

    briefing = Briefing.objects.filter(slug=slug, status=BriefingStatus.PUBLISHED).select_related("conflict", "topic").first()
    if briefing is not None:
        briefing.fact_ids = list(briefing.facts.values_list("id", flat=True))
    return briefing
