"""Clear the public pages' cache when what readers see may have changed.

The desk's services call `public_cache_invalidate()` themselves after approving facts or
publishing; these receivers also catch the admin, the shell and bulk tools. Imported from
ConflictsConfig.ready().

Extraction creates and deletes *pending* claims by the hundred; readers never see those,
so they leave the cache alone. Anything else that touches a claim (approval, rejection,
an edit, un-approval) clears it.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from conflicts.services.public_cache import public_cache_invalidate

CLAIMS = (
    "conflicts.TerritoryChangeClaim",
    "conflicts.CasualtyClaim",
    "conflicts.CeasefireClaim",
    "conflicts.EventClaim",
)
OTHERS = ("conflicts.CeasefireClause", "conflicts.Fact", "conflicts.Conflict", "conflicts.Topic", "briefings.Briefing")


def _claim_saved(sender, instance, created: bool = False, **kwargs) -> None:
    if created and instance.review_status == "pending":
        return
    public_cache_invalidate()


def _claim_deleted(sender, instance, **kwargs) -> None:
    if instance.review_status != "pending":
        public_cache_invalidate()


def _changed(sender, **kwargs) -> None:
    public_cache_invalidate()


def connect() -> None:
    from django.apps import apps

    for label in CLAIMS:
        model = apps.get_model(label)
        post_save.connect(_claim_saved, sender=model, dispatch_uid=f"public-cache-save-{label}")
        post_delete.connect(_claim_deleted, sender=model, dispatch_uid=f"public-cache-delete-{label}")
    for label in OTHERS:
        model = apps.get_model(label)
        post_save.connect(_changed, sender=model, dispatch_uid=f"public-cache-save-{label}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"public-cache-delete-{label}")
    briefing_facts = apps.get_model("briefings.Briefing").facts.through
    m2m_changed.connect(_changed, sender=briefing_facts, dispatch_uid="public-cache-briefing-facts")


connect()
