"""Group claims into facts: claims with the same key (conflicts/keys.py) describe one fact.

Runs after every extraction (claims_replace) and after every edit, so the desk always
shows one fact with several sources. Editors may merge facts the keys kept apart, or split
a fact whose claims turn out to describe different things.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model

from conflicts import keys
from conflicts.models import (
    CasualtyClaim,
    CeasefireClaim,
    Conflict,
    EventClaim,
    Fact,
    FactKind,
    TerritoryChangeClaim,
)
from conflicts.services.public_cache import public_cache_invalidate

# The claim model behind each fact kind; place mentions are not facts.
CLAIM_MODELS: dict[str, type[Model]] = {
    FactKind.TERRITORY_CHANGE: TerritoryChangeClaim,
    FactKind.CASUALTY: CasualtyClaim,
    FactKind.CEASEFIRE: CeasefireClaim,
    FactKind.EVENT: EventClaim,
}
KIND_OF_MODEL = {model: kind for kind, model in CLAIM_MODELS.items()}


def claim_kind(claim) -> str:
    return KIND_OF_MODEL[type(claim)]


def claim_key(claim) -> str:
    """The grouping key of one claim, from its current (possibly edited) values."""
    if isinstance(claim, TerritoryChangeClaim):
        place_key = claim.place.key if claim.place_id else (claim.iso or None)
        return keys.territory_change_key(place_key=place_key, place_name=claim.place_name, to_party=claim.to_party)
    if isinstance(claim, CasualtyClaim):
        # Claims carry no date of their own; the reporter keeps different sources' figures apart.
        return keys.casualty_key(
            party=claim.party, kind=claim.kind, population=claim.population, reported_by=claim.reported_by
        )
    if isinstance(claim, CeasefireClaim):
        return keys.ceasefire_key(parties=claim.parties or [], date=claim.signed or claim.effective)
    if isinstance(claim, EventClaim):
        return keys.event_key(date=claim.date, precision=claim.precision, topic=claim.topic.slug if claim.topic_id else None)
    raise TypeError(f"{type(claim).__name__} is not grouped into facts")


def claim_conflict(claim) -> Conflict | None:
    """The conflict a claim belongs to: its event topic's, else its article's topics'."""
    topic = getattr(claim, "topic", None)
    if topic is not None and topic.conflict_id:
        return topic.conflict
    for topic in claim.article.topics.all():
        if topic.conflict_id:
            return topic.conflict
    return None


def fact_for_claim(*, claim) -> Fact:
    fact, created = Fact.objects.get_or_create(
        kind=claim_kind(claim), key=claim_key(claim), defaults={"conflict": claim_conflict(claim)}
    )
    if not created and fact.conflict_id is None:
        conflict = claim_conflict(claim)
        if conflict is not None:
            Fact.objects.filter(id=fact.id).update(conflict=conflict)
            fact.conflict = conflict
    return fact


def claim_consolidate(*, claim) -> Fact:
    """Attach one claim to the fact its key names (after extraction or an edit)."""
    previous_fact_id = claim.fact_id
    fact = fact_for_claim(claim=claim)
    if previous_fact_id != fact.id:
        type(claim).objects.filter(id=claim.id).update(fact=fact)
        claim.fact = fact
        if previous_fact_id:
            facts_prune(fact_ids=[previous_fact_id])
    return fact


def article_claims(*, article) -> list:
    claims = []
    for model in CLAIM_MODELS.values():
        claims.extend(model.objects.filter(article=article).select_related("article"))
    return claims


@transaction.atomic
def facts_consolidate_article(*, article) -> list[Fact]:
    """Assign every claim of `article` to its fact; drop facts a re-extraction emptied."""
    facts = [claim_consolidate(claim=claim) for claim in article_claims(article=article)]
    facts_prune()
    return facts


def fact_claims(*, fact: Fact) -> list:
    model = CLAIM_MODELS[fact.kind]
    return list(model.objects.filter(fact=fact).select_related("article").order_by("article__published", "id"))


def facts_prune(*, fact_ids: list[int] | None = None) -> int:
    """Delete facts no claim points at any more, unless a briefing chose them."""
    candidates = Fact.objects.filter(briefings__isnull=True)
    if fact_ids is not None:
        candidates = candidates.filter(id__in=fact_ids)
    for kind, model in CLAIM_MODELS.items():
        related = model._meta.get_field("fact").related_query_name()
        candidates = candidates.exclude(kind=kind, **{f"{related}__isnull": False})
    deleted, _ = candidates.delete()
    return deleted


@transaction.atomic
def facts_merge(*, target: Fact, sources: list[Fact]) -> Fact:
    """Move the sources' claims (and briefing choices) onto `target`, then drop the sources."""
    for source in sources:
        if source.id == target.id:
            continue
        if source.kind != target.kind:
            raise ValueError("Only facts of the same kind can be merged.")
        CLAIM_MODELS[source.kind].objects.filter(fact=source).update(fact=target)
        for briefing in source.briefings.all():
            briefing.facts.add(target)
        source.delete()
    if target.conflict_id is None:
        target.conflict = next((s.conflict for s in sources if s.conflict_id), None)
        target.save(update_fields=["conflict", "updated_at"])
    # Claims moved by update() send no signals; the public pages group by fact.
    transaction.on_commit(public_cache_invalidate)
    return target


@transaction.atomic
def fact_split(*, fact: Fact, claim_ids: list[int]) -> Fact:
    """Move the chosen claims of `fact` onto a new fact of the same kind."""
    model = CLAIM_MODELS[fact.kind]
    moving = model.objects.filter(fact=fact, id__in=claim_ids)
    if not moving.exists():
        raise ValueError("Choose at least one claim of this fact to split off.")
    if moving.count() == model.objects.filter(fact=fact).count():
        raise ValueError("Leave at least one claim on the original fact.")
    suffix = 2
    while Fact.objects.filter(kind=fact.kind, key=f"{fact.key}#{suffix}").exists():
        suffix += 1
    new_fact = Fact.objects.create(kind=fact.kind, key=f"{fact.key}#{suffix}", conflict=fact.conflict)
    moving.update(fact=new_fact)
    transaction.on_commit(public_cache_invalidate)
    return new_fact
