"""Small display helpers for the desk: translated labels, numbers in the reader's digits."""

from __future__ import annotations

from django import template
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()

# Arabic readers expect Arabic-Indic digits (٠١٢…); Django's formats keep Latin ones.
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# The models' choice labels are not marked for translation; the desk shows these instead.
LABELS = {
    "territory_change": _("Territory change"),
    "casualty": _("Casualty"),
    "ceasefire": _("Ceasefire"),
    "event": _("Event"),
    "pending": _("Pending"),
    "approved": _("Approved"),
    "rejected": _("Rejected"),
    "handover": _("Handover"),
    "capture": _("Capture"),
    "withdrawal": _("Withdrawal"),
    "killed": _("Killed"),
    "wounded": _("Wounded"),
    "missing": _("Missing"),
    "captured": _("Captured"),
    "displaced": _("Displaced"),
    "military": _("Military"),
    "civilian": _("Civilian"),
    "unknown": _("Unknown"),
    "met": _("Met"),
    "late": _("Late"),
    "unmet": _("Unmet"),
    "due": _("Due"),
    "untracked": _("Not tracked"),
    "draft": _("Draft"),
    "published": _("Published"),
    "queued": _("Queued"),
    "extracting": _("Extracting"),
    "extracted": _("Extracted"),
    "failed": _("Failed"),
    # Fields on which sources may disagree.
    "date": _("Date"),
    "from_party": _("From"),
    "kind": _("Type"),
    "count": _("Figure"),
    "count_high": _("Upper figure"),
    "signed": _("signed"),
    "effective": _("effective"),
    "text": _("What happened"),
    "positions_frozen": _("Positions frozen"),
    "territory_return": _("Territory returned"),
    "peacekeepers": _("Peacekeepers"),
    "corridor": _("Corridor"),
    "prisoner_exchange": _("Prisoner exchange"),
    "refugee_return": _("Refugee return"),
    "transport_unblock": _("Transport unblocked"),
    "disarmament": _("Disarmament"),
    "monitoring": _("Monitoring"),
}


@register.filter
def localdigits(value) -> str:
    text = "" if value is None else str(value)
    return text.translate(ARABIC_INDIC) if (get_language() or "").startswith("ar") else text


@register.filter
def label(value: str) -> str:
    """The translated label of a kind, status or choice value; the value itself if unknown."""
    return LABELS.get(value, value)


@register.filter
def kind_label(kind: str) -> str:
    return LABELS.get(kind, kind)


def _party_names() -> dict[str, tuple[str, str]]:
    names = cache.get("desk:party-names")
    if names is None:
        from conflicts.models import Party

        names = {code: (name, name_ar) for code, name, name_ar in Party.objects.values_list("code", "name", "name_ar")}
        cache.set("desk:party-names", names, 300)  # curators rarely rename a party
    return names


@register.filter
def party(code: str) -> str:
    """A party code (ARM) as its name in the reader's language (Armenia, أرمينيا)."""
    if not code:
        return "?"
    name, name_ar = _party_names().get(code, (code, ""))
    return name_ar if name_ar and (get_language() or "").startswith("ar") else name


@register.filter
def party_list(codes) -> str:
    separator = "، " if (get_language() or "").startswith("ar") else ", "
    return separator.join(party(code) for code in codes or []) or "?"


@register.filter
def place_label(claim) -> str:
    """The claim's place in the reader's language: the gazetteer's Arabic name on Arabic pages."""
    place = getattr(claim, "place", None)
    if place is not None and place.name_ar and (get_language() or "").startswith("ar"):
        return place.name_ar
    return claim.place_name
