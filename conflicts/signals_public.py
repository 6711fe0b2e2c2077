"""Clear the public pages' cache when what readers see may have changed.

The desk's services call `public_cache_invalidate()` themselves after approving facts or
publishing; these receivers also catch the admin, shell and bulk tools. Imported from
ConflictsConfig.ready().
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from conflicts.services.public_cache import public_cache_invalidate

WATCHED = (
    "conflicts.TerritoryChangeClaim",
    "conflicts.CasualtyClaim",
    "conflicts.CeasefireClaim",
    "conflicts.CeasefireClause",
    "conflicts.EventClaim",
    "conflicts.Fact",
    "conflicts.Conflict",
    "conflicts.Topic",
    "briefings.Briefing",
)


def _invalidate(sender, **kwargs) -> None:
    public_cache_invalidate()


def connect() -> None:
    from django.apps import apps

    for label in WATCHED:
        model = apps.get_model(label)
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"public-cache-save-{label}")
        post_delete.connect(_invalidate, sender=model, dispatch_uid=f"public-cache-delete-{label}")
    briefing_facts = apps.get_model("briefings.Briefing").facts.through
    m2m_changed.connect(_invalidate, sender=briefing_facts, dispatch_uid="public-cache-briefing-facts")


connect()
