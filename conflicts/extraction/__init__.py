"""Fact-extraction engine: plain Python, text in, typed facts with exact evidence out.

No Django imports here: the management command, the Celery task and `ingest` pass in a
gazetteer snapshot and topic specs and store what comes back.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .casualties import extract_casualties
from .ceasefires import extract_ceasefires
from .contract import to_contract
from .document import build_document
from .events import extract_events
from .gazetteer import Gazetteer, load_default_gazetteer
from .normalize import detect_language
from .territory import extract_territory_changes
from .topics import default_topics, detect_topics, topic_hits
from .types import (
    Casualty,
    Ceasefire,
    CeasefireClause,
    Event,
    ExtractionResult,
    PlaceMention,
    TerritoryChange,
    TopicSpec,
)

__all__ = [
    "Casualty", "Ceasefire", "CeasefireClause", "Event", "ExtractionResult", "Gazetteer", "PlaceMention",
    "TerritoryChange", "TopicSpec", "default_topics", "extract", "load_default_gazetteer", "to_contract",
]


def extract(text: str, *, language: str | None = None, published: dt.date | None = None,
            gazetteer: Gazetteer, topics: Sequence[TopicSpec] = ()) -> ExtractionResult:
    language = (language or detect_language(text)).lower()[:2]
    document = build_document(text, language, published, gazetteer)
    territory_changes = extract_territory_changes(document)
    casualties = extract_casualties(document)
    ceasefires = extract_ceasefires(document)
    hits = topic_hits(document, topics)
    fact_starts = {fact.start for fact in (*territory_changes, *casualties, *ceasefires)}
    topic_slugs = detect_topics(document, topics, hits, fact_sentences=_sentences_at(document, fact_starts))
    return ExtractionResult(
        language=language,
        topics=topic_slugs,
        places=_place_mentions(document),
        territory_changes=territory_changes,
        casualties=casualties,
        ceasefires=ceasefires,
        events=extract_events(document, topic_slugs, hits),
    )


def _sentences_at(document, original_starts: set[int]) -> set[int]:
    """Indices of the sentences whose evidence starts at these original offsets."""
    if not original_starts:
        return set()
    return {index for index, sentence in enumerate(document.sentences)
            if document.normalized.to_original(sentence.start) in original_starts}


def _place_mentions(document) -> list[PlaceMention]:
    mentions = []
    for hit in document.places:
        start, end = document.normalized.span(hit.start, hit.end)
        record = hit.record
        mentions.append(PlaceMention(record.name, record.iso, record.lat, record.lon, record.key, start, end))
    return mentions
