"""Editors approve, correct or reject claims; every change records who made it and when.

The claim models keep django-simple-history records, so "who changed what" is the history
table; these services only make sure each change carries the editor as its history user.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from conflicts.models import CasualtyClaim, CeasefireClaim, EventClaim, ReviewStatus, TerritoryChangeClaim
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
    _save_reviewed(claim, user=user, status=ReviewStatus.APPROVED, fields=changed)
    if changed and claim_key(claim) != key_before:
        claim_consolidate(claim=claim)
    return changed


def claims_set_status(*, claims: Iterable, user, status: str) -> int:
    """Bulk approve/reject (admin actions, 'approve all' on the desk), one history row each."""
    count = 0
    with transaction.atomic():
        for claim in claims:
            if claim.review_status != status:
                _save_reviewed(claim, user=user, status=status)
                count += 1
    return count
