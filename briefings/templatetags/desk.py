"""Small display helpers for the desk: translated labels, numbers in the reader's digits."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from briefings.models import ArticleStatus, BriefingStatus
from conflicts.models import CasualtyKind, CeasefireTerm, FactKind, Population, ReviewStatus, TerritoryChangeKind
from conflicts.selectors.parties import party_label

register = template.Library()

# Arabic readers expect Arabic-Indic digits (٠١٢…); Django's formats keep Latin ones.
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Every choice value the desk shows, with its translated label: the models' own choices,
# plus the clause-tracker verdicts and the fields on which sources may disagree.
CHOICES = (FactKind, ReviewStatus, TerritoryChangeKind, CasualtyKind, Population, CeasefireTerm, ArticleStatus, BriefingStatus)
LABELS = {value: label for choices in CHOICES for value, label in choices.choices} | {
    "met": _("Met"),
    "late": _("Late"),
    "unmet": _("Unmet"),
    "due": _("Due"),
    "untracked": _("Not tracked"),
    "date": _("Date"),
    "from_party": _("From"),
    "kind": _("Type"),
    "count": _("Figure"),
    "count_high": _("Upper figure"),
    "signed": _("signed"),
    "effective": _("effective"),
    "text": _("What happened"),
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


@register.filter
def party(code: str) -> str:
    """A party code (ARM) as its name in the reader's language (Armenia, أرمينيا)."""
    return party_label(code)


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
