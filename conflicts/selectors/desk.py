"""What the editor desk shows: review queues, fact groups, casualty ranges, clause tracking."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain

from django.db.models import Count, Q
from django.utils import timezone

from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    Fact,
    FactKind,
    ReviewStatus,
    TerritoryChangeClaim,
)
from conflicts.services.consolidation import CLAIM_MODELS, KIND_OF_MODEL

# Values that, when sources differ on them, the editor must settle before approving.
DISAGREEMENT_FIELDS = {
    FactKind.TERRITORY_CHANGE: ("from_party", "kind", "date"),
    FactKind.CASUALTY: ("count", "count_high"),
    FactKind.CEASEFIRE: ("signed", "effective"),
    FactKind.EVENT: ("text",),
}


def review_counts() -> list[dict]:
    """Claims awaiting review per conflict and fact kind (rows sorted by conflict name)."""
    rows: dict[tuple, dict] = {}
    for kind, model in CLAIM_MODELS.items():
        pending = model.objects.filter(review_status=ReviewStatus.PENDING)
        for row in pending.values("fact__conflict_id", "fact__conflict__name").annotate(n=Count("id")):
            key = (row["fact__conflict__name"] or "", row["fact__conflict_id"])
            entry = rows.setdefault(key, {"conflict_id": key[1], "conflict": key[0], "counts": {}, "total": 0})
            entry["counts"][kind] = row["n"]
            entry["total"] += row["n"]
    return [rows[key] for key in sorted(rows, key=lambda k: (k[0] == "", k[0]))]


@dataclass
class Activity:
    when: datetime.datetime
    user: str
    kind: str
    status: str
    label: str
    article_id: int
    change: str


def recent_activity(*, limit: int = 12) -> list[Activity]:
    """The latest review decisions and corrections, newest first, from the history tables."""
    records = []
    for kind, model in CLAIM_MODELS.items():
        history = model.history.filter(history_user__isnull=False).select_related("history_user")
        records.extend((kind, record) for record in history.order_by("-history_date")[:limit])
    records.sort(key=lambda pair: pair[1].history_date, reverse=True)
    return [
        Activity(
            when=record.history_date,
            user=record.history_user.get_username(),
            kind=kind,
            status=record.review_status,
            label=str(record.instance),
            article_id=record.article_id,
            change=record.history_type,
        )
        for kind, record in records[:limit]
    ]


@dataclass
class FactGroup:
    fact: Fact
    claims: list
    disagreements: dict[str, list] = field(default_factory=dict)

    @property
    def status(self) -> str:
        statuses = {claim.review_status for claim in self.claims}
        if ReviewStatus.APPROVED in statuses:
            return ReviewStatus.APPROVED
        return ReviewStatus.PENDING if ReviewStatus.PENDING in statuses else ReviewStatus.REJECTED

    @property
    def source_count(self) -> int:
        return len({claim.article_id for claim in self.claims})

    @property
    def headline(self):
        """The claim that speaks for the fact: an approved one if any, else the first."""
        approved = [claim for claim in self.claims if claim.review_status == ReviewStatus.APPROVED]
        return (approved or self.claims or [None])[0]


def _disagreements(kind: str, claims: list) -> dict[str, list]:
    counted = [claim for claim in claims if claim.review_status != ReviewStatus.REJECTED]
    found = {}
    for name in DISAGREEMENT_FIELDS[kind]:
        values = {getattr(claim, name) for claim in counted} - {None, ""}
        if len(values) > 1:
            found[name] = sorted(values, key=str)
    return found


def fact_group(*, fact: Fact) -> FactGroup:
    model = CLAIM_MODELS[fact.kind]
    claims = list(model.objects.filter(fact=fact).select_related("article", "reviewed_by").order_by("article__published", "id"))
    return FactGroup(fact=fact, claims=claims, disagreements=_disagreements(fact.kind, claims))


def fact_groups(
    *,
    kind: str | None = None,
    conflict_id: int | None = None,
    status: str | None = None,
    disagreeing: bool = False,
    fact_ids=None,
) -> list[FactGroup]:
    facts = Fact.objects.select_related("conflict").order_by("kind", "key")
    if fact_ids is not None:
        facts = facts.filter(id__in=fact_ids)
    if kind:
        facts = facts.filter(kind=kind)
    if conflict_id:
        facts = facts.filter(conflict_id=conflict_id)
    claims_by_fact = _claims_by_fact(facts)
    groups = [
        FactGroup(fact=fact, claims=claims_by_fact[fact.id], disagreements=_disagreements(fact.kind, claims_by_fact[fact.id]))
        for fact in facts
        if claims_by_fact[fact.id]
    ]
    if status:
        groups = [group for group in groups if group.status == status]
    if disagreeing:
        groups = [group for group in groups if group.disagreements]
    return groups


def _claims_by_fact(facts) -> dict[int, list]:
    by_fact: dict[int, list] = defaultdict(list)
    for model in CLAIM_MODELS.values():
        for claim in model.objects.filter(fact__in=facts).select_related("article").order_by("article__published", "id"):
            by_fact[claim.fact_id].append(claim)
    return by_fact


def merge_candidates(*, fact: Fact) -> list[Fact]:
    return list(Fact.objects.filter(kind=fact.kind).exclude(id=fact.id).order_by("key")[:200])


@dataclass
class CasualtyRange:
    party: str
    kind: str
    population: str
    low: int
    high: int
    sources: list  # the claims, each with its reporter, figure and article

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def casualty_ranges(*, conflict_id: int | None = None) -> list[CasualtyRange]:
    """Lowest and highest figure per party/kind/population, and who claimed what — never averaged."""
    claims = CasualtyClaim.objects.exclude(review_status=ReviewStatus.REJECTED).select_related("article")
    if conflict_id:
        claims = claims.filter(fact__conflict_id=conflict_id)
    groups: dict[tuple, list] = defaultdict(list)
    for claim in claims.order_by("count", "id"):
        groups[(claim.party, claim.kind, claim.population)].append(claim)
    return [
        CasualtyRange(
            party=party,
            kind=kind,
            population=population,
            low=min(claim.count for claim in sources),
            high=max(claim.count_high or claim.count for claim in sources),
            sources=sources,
        )
        for (party, kind, population), sources in sorted(groups.items())
    ]


class ClauseStatus:
    MET = "met"
    LATE = "late"
    UNMET = "unmet"
    DUE = "due"
    UNTRACKED = "untracked"


@dataclass
class TrackedClause:
    term: str
    term_label: str
    place_name: str
    deadlines: list[datetime.date]
    changes: list  # territory-change claims that report the place changing hands
    status: str
    evidence: str = ""
    clause_id: int | None = None

    @property
    def deadline(self) -> datetime.date | None:
        return self.deadlines[0] if self.deadlines else None

    @property
    def extended_to(self) -> datetime.date | None:
        return self.deadlines[-1] if len(self.deadlines) > 1 else None

    @property
    def happened_on(self) -> datetime.date | None:
        return min((change.date for change in self.changes if change.date), default=None)


@dataclass
class TrackedCeasefire:
    fact: Fact
    claims: list
    clauses: list[TrackedClause]

    @property
    def signed(self) -> datetime.date | None:
        return min((claim.signed or claim.effective for claim in self.claims if claim.signed or claim.effective), default=None)

    @property
    def parties(self) -> list[str]:
        return sorted({party for claim in self.claims for party in claim.parties})


def clause_tracker(*, conflict_id: int | None = None, today: datetime.date | None = None) -> list[TrackedCeasefire]:
    """Each ceasefire's clauses with deadlines, and whether later territory changes met them."""
    today = today or timezone.localdate()
    ceasefires = Fact.objects.filter(kind=FactKind.CEASEFIRE)
    if conflict_id:
        ceasefires = ceasefires.filter(conflict_id=conflict_id)
    changes = list(
        TerritoryChangeClaim.objects.exclude(review_status=ReviewStatus.REJECTED).select_related("place", "article")
    )
    tracked = []
    for fact in ceasefires:
        claims = list(
            CeasefireClaim.objects.filter(fact=fact)
            .exclude(review_status=ReviewStatus.REJECTED)
            .prefetch_related("clauses__place")
            .select_related("article")
        )
        if claims:
            tracked.append(_track(fact, claims, changes, today))
    return tracked


def _track(fact: Fact, claims: list, changes: list, today: datetime.date) -> TrackedCeasefire:
    start = min((claim.signed or claim.effective for claim in claims if claim.signed or claim.effective), default=None)
    grouped: dict[tuple, list] = defaultdict(list)
    for clause in chain.from_iterable(claim.clauses.all() for claim in claims):
        grouped[(clause.term, _place_token(clause.place, clause.place_name))].append(clause)
    clauses = [_track_clause(same, changes, start, today) for same in grouped.values()]
    clauses.sort(key=lambda c: (c.deadline is None, c.deadline or datetime.date.max, c.term_label))
    return TrackedCeasefire(fact=fact, claims=claims, clauses=clauses)


def _place_token(place, name: str) -> str:
    return place.key if place is not None else (name or "").strip().casefold()


def _track_clause(same: list, changes: list, start, today: datetime.date) -> TrackedClause:
    first = same[0]
    token = _place_token(first.place, first.place_name)
    deadlines = sorted({clause.deadline for clause in same if clause.deadline})
    matching = [
        change
        for change in changes
        if token
        and token in {_place_token(change.place, change.place_name), (change.iso or "").casefold()}
        and (start is None or change.date is None or change.date >= start)
    ]
    clause = TrackedClause(
        term=first.term,
        term_label=first.get_term_display(),
        place_name=first.place.name if first.place is not None else first.place_name,
        deadlines=deadlines,
        changes=matching,
        status=ClauseStatus.UNTRACKED,
        evidence=next((c.evidence for c in same if c.evidence), ""),
        clause_id=first.id,
    )
    clause.status = _clause_status(clause, has_place=bool(token), today=today)
    return clause


def _clause_status(clause: TrackedClause, *, has_place: bool, today: datetime.date) -> str:
    if not has_place or clause.deadline is None:
        return ClauseStatus.UNTRACKED
    happened = clause.happened_on
    if happened is not None:
        return ClauseStatus.MET if happened <= clause.deadline else ClauseStatus.LATE
    if clause.changes:  # reported, but undated: it happened, we cannot say when
        return ClauseStatus.MET
    return ClauseStatus.UNMET if clause.deadline < today else ClauseStatus.DUE


def claim_kind_of(claim) -> str:
    return KIND_OF_MODEL[type(claim)]


def pending_count() -> int:
    return sum(model.objects.filter(review_status=ReviewStatus.PENDING).count() for model in CLAIM_MODELS.values())


def facts_with_approved_claims(*, conflict_id: int | None = None, topic_id: int | None = None):
    """Facts an editor can put in a briefing: at least one approved claim."""
    condition = Q()
    for kind, model in CLAIM_MODELS.items():
        related = model._meta.get_field("fact").related_query_name()
        condition |= Q(kind=kind, **{f"{related}__review_status": ReviewStatus.APPROVED})
    facts = Fact.objects.filter(condition).select_related("conflict").distinct().order_by("kind", "key")
    if conflict_id:
        facts = facts.filter(conflict_id=conflict_id)
    if topic_id:
        facts = facts.filter(Q(conflict__topics__id=topic_id) | Q(eventclaims__topic_id=topic_id)).distinct()
    return facts
