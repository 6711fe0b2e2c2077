"""Multilingual place table compiled into one matcher per script."""
from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalize import normalize_fragment
from .patterns import compile_phrases, cyrillic_key, cyrillic_stem, script_of

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
        self._aliases = aliases  # normalised alias (Cyrillic: stem key) -> record key
        self._matchers = compile_phrases(aliases)

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
        for script in _scripts_for(language):
            matcher = self._matchers.get(script)
            if matcher is None:
                continue
            for match in matcher.finditer(text):
                key = self._resolve(match.group("term"), script)
                if key is None:
                    continue
                if script != "ar" and not original_at(match.start("term")).isupper():
                    continue  # "goris" the word vs "Goris" the town
                hits.append(PlaceHit(self.records[key], match.start("term"), match.end("term")))
        hits.sort(key=lambda hit: hit.start)
        return hits

    def _resolve(self, term: str, script: str) -> str | None:
        term = re.sub(r"[\s\-]+", " ", term) if script != "ar" else term
        if script != "ru":
            return self._aliases.get(term) or self._aliases.get(term.replace(" ", "-"))
        options = [_stem_options(word) for word in term.split()]
        for combination in itertools.product(*options):
            key = self._aliases.get(" ".join(combination))
            if key:
                return key
        return None


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
    normalised = " ".join(normalize_fragment(alias).replace("-", " ").split())
    if len(normalised) < _MIN_ALIAS_LENGTH:
        return
    if script_of(normalised) == "ru":
        normalised = cyrillic_key(normalised)
    # First record wins, except that a subdivision beats a town of the same name.
    if normalised not in aliases or record.key == record.iso:
        aliases[normalised] = record.key


def _stem_options(word: str) -> list[str]:
    options = []
    for cut in range(0, 4):
        if len(word) - cut >= 3:
            base = word[: len(word) - cut]
            options.extend((base, cyrillic_stem(base)))
    return list(dict.fromkeys(options))


def _scripts_for(language: str) -> tuple[str, ...]:
    return {"ar": ("ar", "latin"), "ru": ("ru", "latin")}.get(language, ("latin",))


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with the project (conflicts/data/gazetteer.json)."""
    with DEFAULT_PATH.open(encoding="utf-8") as handle:
        data = json.load(handle)
    records = data.get("places", []) if isinstance(data, Mapping) else data
    return Gazetteer.from_records(records)
