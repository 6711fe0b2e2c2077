"""The gazetteer and topics as the extraction engine wants them, built from the database.

Workers keep the built Gazetteer between jobs; one cheap aggregate query per job tells
whether a curator has changed a place or an alias since, so the next extraction uses it.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db import DatabaseError
from django.db.models import Count, Max

from conflicts.extraction import Gazetteer, TopicSpec, default_topics, load_default_gazetteer
from conflicts.models import Place, PlaceAlias, Topic

_lock = threading.Lock()
_cached: dict[str, Any] = {"version": None, "gazetteer": None}


def gazetteer_version() -> tuple:
    places = Place.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    aliases = PlaceAlias.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    return (places["n"], places["changed"], aliases["n"], aliases["changed"])


def gazetteer_records() -> list[dict]:
    aliases: dict[int, list[str]] = {}
    for place_id, alias in PlaceAlias.objects.values_list("place_id", "alias"):
        aliases.setdefault(place_id, []).append(alias)
    return [
        {
            "key": place.key,
            "iso": place.iso or None,
            "name": place.name,
            "names": {lang: name for lang, name in (("ar", place.name_ar), ("ru", place.name_ru), ("az", place.name_az)) if name},
            "kind": place.kind,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "aliases": sorted(aliases.get(place.id, [])),
        }
        for place in Place.objects.all()
    ]


def gazetteer_current() -> Gazetteer:
    """The gazetteer from the database, or the shipped default when the database has none."""
    try:
        version = gazetteer_version()
    except DatabaseError:  # no tables yet: `extract` must work before `migrate`
        return load_default_gazetteer()
    if version[0] == 0:
        return load_default_gazetteer()
    with _lock:
        if _cached["version"] != version:
            _cached["gazetteer"] = Gazetteer.from_records(gazetteer_records())
            _cached["version"] = version
        return _cached["gazetteer"]


def topics_current() -> list[TopicSpec]:
    try:
        topics = [TopicSpec(slug=topic.slug, keywords=tuple(topic.keyword_list())) for topic in Topic.objects.all()]
    except DatabaseError:
        return default_topics()
    return topics or default_topics()
