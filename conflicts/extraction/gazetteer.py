"""Multilingual place table compiled into one matcher per script."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalize import normalize_fragment
from .patterns import PhraseIndex, phrase_key, scripts_for

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json"
# Countries are parties in this domain, not places a fact happens in.
_NOT_PLACES = {"country"}
_MIN_ALIAS_LENGTH = 3


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    key: str
    name: str
    iso: str | None
    lat: float | None
    lon: float | None
    kind: str


@dataclass(frozen=True, slots=True)
class PlaceHit:
    record: PlaceRecord
    start: int  # normalised offsets
    end: int


class Gazetteer:
    """Built once from records and reused across many extract() calls."""

    def __init__(self, records: list[PlaceRecord], aliases: dict[str, str]) -> None:
        self.records = {record.key: record for record in records}
        self._index = PhraseIndex(aliases.items())  # alias key -> record key

    @classmethod
    def from_records(cls, records: Iterable[Mapping]) -> Gazetteer:
        places: list[PlaceRecord] = []
        aliases: dict[str, str] = {}
        for raw in records:
            record = _record(raw)
            if record is None:
                continue
            places.append(record)
            for alias in _alias_strings(raw):
                _add_alias(aliases, alias, record)
        return cls(places, aliases)

    def find(self, text: str, original_at: Callable[[int], str], language: str) -> list[PlaceHit]:
        """Place mentions in normalised `text`; `original_at` maps offsets back."""
        hits: list[PlaceHit] = []
        for keys, start, end in self._index.find(text, scripts_for(language)):
            if "\u0600" <= text[start] <= "\u06ff" or original_at(start).isupper():
                hits.append(PlaceHit(self.records[keys[0]], start, end))  # "goris" the word vs "Goris"
        hits.sort(key=lambda hit: hit.start)
        return hits


def _record(raw: Mapping) -> PlaceRecord | None:
    kind = str(raw.get("kind") or "")
    if not raw.get("key") or kind in _NOT_PLACES:
        return None
    return PlaceRecord(
        key=str(raw["key"]),
        name=str(raw.get("name") or raw["key"]),
        iso=raw.get("iso") or None,
        lat=_coordinate(raw.get("lat")),
        lon=_coordinate(raw.get("lon")),
        kind=kind,
    )


def _coordinate(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float, str)) and str(value) else None


def _alias_strings(raw: Mapping) -> Iterable[str]:
    yield str(raw.get("name") or "")
    names = raw.get("names") or {}
    if isinstance(names, Mapping):
        for value in names.values():
            yield from ([value] if isinstance(value, str) else value or [])
    yield from (alias for alias in raw.get("aliases") or [] if isinstance(alias, str))


def _add_alias(aliases: dict[str, str], alias: str, record: PlaceRecord) -> None:
    normalised = phrase_key(normalize_fragment(alias))
    if len(normalised) < _MIN_ALIAS_LENGTH:
        return
    # First record wins, except that a subdivision beats a town of the same name.
    if normalised not in aliases or record.key == record.iso:
        aliases[normalised] = record.key


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the project (conflicts/data/gazetteer.json)."""
    with DEFAULT_PATH.open(encoding="utf-8") as handle:
        data = json.load(handle)
    records = data.get("places", []) if isinstance(data, Mapping) else data
    return Gazetteer.from_records(records)
