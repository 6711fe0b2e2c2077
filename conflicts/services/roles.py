"""The newsroom's roles as Django groups: editors work the desk, curators also curate data."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
CURATORS = "Curators"

CLAIM_MODELS = ("territorychangeclaim", "casualtyclaim", "ceasefireclaim", "ceasefireclause", "eventclaim", "placemention")
EDITOR_PERMISSIONS = [
    ("briefings", f"{action}_{model}") for model in ("article", "briefing") for action in ("add", "change", "view")
]
EDITOR_PERMISSIONS += [("conflicts", f"{action}_{model}") for model in CLAIM_MODELS for action in ("change", "view")]
CURATOR_MODELS = ("place", "placealias", "topic", "party", "conflict", "fact")
CURATOR_PERMISSIONS = EDITOR_PERMISSIONS + [
    ("conflicts", f"{action}_{model}")
    for model in CURATOR_MODELS + CLAIM_MODELS
    for action in ("add", "change", "delete", "view")
]


def roles_ensure() -> None:
    for name, wanted in ((EDITORS, EDITOR_PERMISSIONS), (CURATORS, CURATOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label__in={app for app, _ in wanted}, codename__in={code for _, code in wanted}
        )
        group.permissions.set(permissions)
