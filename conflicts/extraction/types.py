"""Typed claim records the engine returns; spans index into the original text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class TopicSpec:
    slug: str
    keywords: tuple[str, ...]


@dataclass(slots=True)
class PlaceMention:
    name: str
    iso: str | None
    lat: float | None
    lon: float | None
    key: str
    start: int
    end: int


@dataclass(slots=True)
class TerritoryChange:
    place: str
    iso: str | None
    place_key: str
    from_party: str | None
    to_party: str | None
    kind: str
    date: str | None
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class Casualty:
    count: int
    count_high: int | None
    kind: str
    population: str
    party: str | None
    reported_by: str | None
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class CeasefireClause:
    term: str
    deadline: str | None
    place: str | None
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class Ceasefire:
    signed: str | None
    effective: str | None
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    terms: tuple[str, ...]
    clauses: tuple[CeasefireClause, ...]
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    date: str
    precision: str
    topic: str | None
    text: str
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class ExtractionResult:
    language: str
    topics: list[str] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    territory_changes: list[TerritoryChange] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    ceasefires: list[Ceasefire] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
