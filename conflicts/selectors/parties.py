"""Party codes (ARM, AZE, nkr) as names in the reader's language."""

from __future__ import annotations

from django.core.cache import cache
from django.utils.translation import get_language

from conflicts.models import Party


def _party_names() -> dict[str, tuple[str, str]]:
    names = cache.get("party-names")
    if names is None:
        names = {code: (name, name_ar) for code, name, name_ar in Party.objects.values_list("code", "name", "name_ar")}
        cache.set("party-names", names, 300)  # curators rarely rename a party
    return names


def party_label(code: str | None) -> str:
    """ARM → "Armenia" on English pages, "أرمينيا" on Arabic ones; an unknown code stays as it is."""
    if not code:
        return "?"
    name, name_ar = _party_names().get(code, (code, ""))
    return name_ar if name_ar and (get_language() or "").startswith("ar") else name
