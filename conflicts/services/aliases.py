"""Curators add gazetteer aliases in bulk from a CSV file (place, alias, language)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from conflicts.models import Place, PlaceAlias


@dataclass
class AliasImport:
    created: int = 0
    existing: int = 0
    errors: list[str] = field(default_factory=list)


def _place(reference: str) -> Place | None:
    return Place.objects.filter(Q(key__iexact=reference) | Q(iso__iexact=reference)).order_by("id").first()


@transaction.atomic
def place_aliases_import(*, data: bytes) -> AliasImport:
    """Rows name a place by key or ISO code; unknown places are reported, the rest are stored."""
    outcome = AliasImport()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        outcome.errors.append("The file is not UTF-8 text.")
        return outcome
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        reference, alias = (row.get("place") or "").strip(), (row.get("alias") or "").strip()
        if not reference or not alias:
            outcome.errors.append(f"Line {number}: needs both a place and an alias.")
            continue
        place = _place(reference)
        if place is None:
            outcome.errors.append(f"Line {number}: no place with key or ISO code “{reference}”.")
            continue
        language = (row.get("language") or "").strip()
        # The admin's history middleware records who imported each alias.
        _, created = PlaceAlias.objects.get_or_create(place=place, alias=alias, defaults={"language": language})
        outcome.created += created
        outcome.existing += not created
    return outcome
