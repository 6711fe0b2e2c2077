"""Editors approve, correct or reject claims; every change records who made it and when.

The claim models keep django-simple-history records, so "who changed what" is the history
table; these services only make sure each change carries the editor as its history user.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from conflicts.models import CasualtyClaim, CeasefireClaim, CeasefireClause, EventClaim, Place, ReviewStatus, TerritoryChangeClaim
from conflicts.services.consolidation import claim_consolidate, claim_key
from conflicts.services.public_cache import public_cache_invalidate

# What an editor may correct on each claim type; spans and evidence stay as extracted.
EDITABLE_FIELDS: dict[type, tuple[str, ...]] = {
    TerritoryChangeClaim: ("place_name", "from_party", "to_party", "kind", "date"),
    CasualtyClaim: ("count", "count_high", "kind", "population", "party", "reported_by"),
    CeasefireClaim: ("signed", "effective", "parties", "mediators"),
    EventClaim: ("date", "precision", "topic", "text"),
}

def _save_reviewed(claim, *, user, status: str, fields: Iterable[str] = ()) -> None:
    claim.review_status = status
    claim.reviewed_by = user
    claim.reviewed_at = timezone.now()
    claim._history_user = user  # simple-history records the editor, not the request's user
    claim.save(update_fields=["review_status", "reviewed_by", "reviewed_at", *fields])
    # Public pages show approved facts: a decision changes what readers see.
    transaction.on_commit(public_cache_invalidate)


def claim_approve(*, claim, user) -> None:
    _save_reviewed(claim, user=user, status=ReviewStatus.APPROVED)


def claim_reject(*, claim, user) -> None:
    _save_reviewed(claim, user=user, status=ReviewStatus.REJECTED)


def claim_reopen(*, claim, user) -> None:
    _save_reviewed(claim, user=user, status=ReviewStatus.PENDING)


@transaction.atomic
def claim_edit(*, claim, user, changes: dict) -> list[str]:
    """Correct a claim's values. A correction is an approval: the editor has read the evidence.

    Returns the names of the fields that changed. If the change alters the claim's grouping
    key (another place, another date) the claim moves to the fact that key names.
    """
    allowed = EDITABLE_FIELDS[type(claim)]
    key_before = claim_key(claim)
    changed = []
    for name, value in changes.items():
        if name not in allowed:
            raise ValueError(f"{name} cannot be edited on {type(claim).__name__}")
        if getattr(claim, name) != value:
            setattr(claim, name, value)
            changed.append(name)
    if "place_name" in changed and isinstance(claim, TerritoryChangeClaim):
        changed += _relink_place(claim)
    _save_reviewed(claim, user=user, status=ReviewStatus.APPROVED, fields=changed)
    if changed and claim_key(claim) != key_before:
        claim_consolidate(claim=claim)
    return changed


def _relink_place(claim: TerritoryChangeClaim) -> list[str]:
    """A corrected place name points the claim at that gazetteer entry (or at none)."""
    claim.place = _place_named(claim.place_name)
    claim.iso = claim.place.iso if claim.place else ""
    return ["place", "iso"]


def claims_set_status(*, claims: Iterable, user, status: str) -> int:
    """Bulk approve/reject (admin actions, 'approve all' on the desk), one history row each."""
    count = 0
    with transaction.atomic():
        for claim in claims:
            if claim.review_status != status:
                _save_reviewed(claim, user=user, status=status)
                count += 1
    return count


def _place_named(name: str) -> Place | None:
    name = name.strip()
    if not name:
        return None
    match = Q(name__iexact=name) | Q(name_ar=name) | Q(key__iexact=name) | Q(iso__iexact=name) | Q(aliases__alias__iexact=name)
    return Place.objects.filter(match).order_by("id").first()


@transaction.atomic
def clause_edit(*, clause, user, deadline, place_name: str) -> None:
    """Correct a ceasefire term's deadline or place; the agreement's claim records who did it."""
    clause.deadline = deadline
    if place_name.strip() != clause.place_name:
        clause.place_name = place_name.strip()
        clause.place = _place_named(place_name)
    clause.save()
    claim_approve(claim=clause.ceasefire, user=user)


@transaction.atomic
def clause_add(*, ceasefire, user, term: str, place_name: str, deadline) -> CeasefireClause:
    """Add a term the engine missed (e.g. a district's handover date) to an agreement's claim."""
    clause = CeasefireClause.objects.create(
        ceasefire=ceasefire, term=term, deadline=deadline, place_name=place_name.strip(), place=_place_named(place_name)
    )
    claim_approve(claim=ceasefire, user=user)
    return clause
