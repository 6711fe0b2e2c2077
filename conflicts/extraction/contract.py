"""Serialise an ExtractionResult to the contract's JSON object (with evidence)."""
from __future__ import annotations

from .types import ExtractionResult


def to_contract(result: ExtractionResult, *, source: str) -> dict:
    places, seen = [], set()
    for place in result.places:
        if place.key not in seen:
            seen.add(place.key)
            places.append({"name": place.name, "iso": place.iso, "lat": place.lat, "lon": place.lon})
    # "the Lachin district ... the Lachin corridor": one place for the reader, the district
    names = {entry["name"].lower() for entry in places}
    places = [entry for entry in places
              if not entry["name"].lower().endswith(" corridor") or entry["name"].lower()[:-9] not in names]
    return {
        "source": source,
        "language": result.language,
        "topics": list(result.topics),
        "places": places,
        "territory_changes": [
            {"place": change.place, "iso": change.iso, "from": change.from_party, "to": change.to_party,
             "kind": change.kind, "date": change.date, "evidence": change.evidence}
            for change in result.territory_changes
        ],
        "casualties": [
            {"count": casualty.count, "count_high": casualty.count_high, "kind": casualty.kind,
             "population": casualty.population, "party": casualty.party,
             "reported_by": casualty.reported_by, "evidence": casualty.evidence}
            for casualty in result.casualties
        ],
        "ceasefires": [
            {"signed": ceasefire.signed, "effective": ceasefire.effective, "parties": list(ceasefire.parties),
             "mediators": list(ceasefire.mediators), "terms": list(ceasefire.terms),
             "evidence": ceasefire.evidence}
            for ceasefire in result.ceasefires
        ],
        "events": [
            {"date": event.date, "precision": event.precision, "topic": event.topic, "text": event.text,
             "evidence": event.evidence}
            for event in result.events
        ],
    }
