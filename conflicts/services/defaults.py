"""The project's default data: gazetteer, parties, topics, the Karabakh conflict, roles.

Idempotent: it adds and updates shipped rows and never removes what curators added.
Called by a data migration (with historical models) and by `manage.py load_defaults`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PLACE_FIELDS = ("iso", "name", "name_ar", "name_ru", "name_az", "kind", "country", "lat", "lon")

TOPIC_NAMES = {
    "karabakh": ("Nagorno-Karabakh", "قره باغ"),
    "iran-nuclear": ("Iran nuclear file", "الملف النووي الإيراني"),
    "syria": ("Syria", "سوريا"),
}

GetModel = Callable[[str, str], type]


def _read(name: str) -> dict:
    path = DATA_DIR / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def defaults_load(*, get_model: GetModel) -> dict[str, int]:
    counts = {"places": _load_places(get_model), "parties": _load_parties(get_model)}
    counts["topics"] = _load_topics(get_model)
    _load_conflicts(get_model)
    return counts


def _place_values(record: dict) -> dict:
    names = record.get("names") or {}
    return {
        "iso": record.get("iso") or "",
        "name": record["name"],
        "name_ar": names.get("ar", ""),
        "name_ru": names.get("ru", ""),
        "name_az": names.get("az", ""),
        "kind": record.get("kind") or "city",
        "country": record.get("country") or "",
        "lat": record.get("lat"),
        "lon": record.get("lon"),
    }


def _load_places(get_model: GetModel) -> int:
    Place, PlaceAlias = get_model("conflicts", "Place"), get_model("conflicts", "PlaceAlias")
    records = _read("gazetteer.json").get("places", [])
    existing = {place.key: place for place in Place.objects.all()}
    new, changed = [], []
    for record in records:
        values = _place_values(record)
        place = existing.get(record["key"])
        if place is None:
            new.append(Place(key=record["key"], **values))
        elif any(getattr(place, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(place, field, value)
            changed.append(place)
    Place.objects.bulk_create(new, batch_size=500)
    Place.objects.bulk_update(changed, PLACE_FIELDS, batch_size=500)
    ids = dict(Place.objects.values_list("key", "id"))
    have = set(PlaceAlias.objects.values_list("place_id", "alias"))
    aliases = [
        PlaceAlias(place_id=ids[record["key"]], alias=alias)
        for record in records
        for alias in dict.fromkeys(record.get("aliases") or [])
        if (ids[record["key"]], alias) not in have and alias.strip()
    ]
    PlaceAlias.objects.bulk_create(aliases, batch_size=1000, ignore_conflicts=True)
    return len(records)


def _load_parties(get_model: GetModel) -> int:
    Party = get_model("conflicts", "Party")
    records = _read("parties.json").get("parties", [])
    for record in records:
        Party.objects.update_or_create(
            code=record["code"],
            defaults={
                "name": record["name"],
                "name_ar": (record.get("names") or {}).get("ar", ""),
                "kind": record.get("kind", "state"),
            },
        )
    return len(records)


def _load_topics(get_model: GetModel) -> int:
    from conflicts.extraction import default_topics

    Topic = get_model("conflicts", "Topic")
    specs = default_topics()
    for spec in specs:
        name, name_ar = TOPIC_NAMES.get(spec.slug, (spec.slug.replace("-", " ").title(), ""))
        # Keywords are curated in the admin after the first load: never overwrite them.
        Topic.objects.get_or_create(
            slug=spec.slug, defaults={"name": name, "name_ar": name_ar, "keywords": "\n".join(spec.keywords)}
        )
    return len(specs)


def _load_conflicts(get_model: GetModel) -> None:
    Conflict, Topic = get_model("conflicts", "Conflict"), get_model("conflicts", "Topic")
    topic = Topic.objects.filter(slug="karabakh").first()
    conflict, _ = Conflict.objects.get_or_create(
        slug="karabakh",
        defaults={
            "name": "Nagorno-Karabakh",
            "name_ar": "ناغورني قره باغ",
            "description": "The conflict between Armenia and Azerbaijan over Nagorno-Karabakh and the districts around it.",
            "description_ar": "النزاع بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ والمناطق المحيطة به.",
        },
    )
    if topic and conflict.topic_id is None:
        conflict.topic = topic
        conflict.save(update_fields=["topic"])
    if topic and topic.conflict_id is None:
        topic.conflict = conflict
        topic.save(update_fields=["conflict"])
