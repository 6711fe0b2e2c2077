"""The map as of a date: each district's status is its latest APPROVED change on or before it.

`territory_changes_approved` reads the approved territory-change facts once (one query);
`map_state_as_of` is a pure function of those changes and a date, so a page can compute
the state for any date without going back to the database.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

from conflicts.models import CeasefireClaim, Conflict, TerritoryChangeClaim
from conflicts.selectors.public import (
    Source,
    approved_claims,
    ceasefire_key,
    claim_sources,
    group_claims,
    label,
    localised,
    territory_key,
)

# One geojson per conflict slug, built by scripts/build_geodata.py; a conflict without one has no map.
GEO_DIR = settings.BASE_DIR / "static" / "conflicts" / "geo"
UNCHANGED = "unchanged"
# The map knows two kinds of change; a withdrawal is a handover without a fight.
MAP_STATUS = {"handover": "handover", "withdrawal": "handover", "capture": "capture"}


@dataclass(frozen=True)
class TerritoryChange:
    iso: str
    name: str
    name_ar: str
    kind: str
    date: dt.date | None
    from_party: str
    to_party: str
    sources: tuple[Source, ...]

    def label(self, language: str) -> str:
        return self.name_ar if language == "ar" and self.name_ar else self.name

    @property
    def status(self) -> str:
        return MAP_STATUS.get(self.kind, "handover")


@dataclass(frozen=True)
class DistrictState:
    iso: str
    name: str
    status: str
    date: dt.date | None
    to_party: str

    def as_chart(self) -> dict:
        return {"iso": self.iso, "name": self.name, "status": self.status, "date": self.date.isoformat() if self.date else None}


def territory_changes_approved(*, conflict: Conflict | None) -> list[TerritoryChange]:
    """Approved territory-change facts, oldest first (undated ones last)."""
    if conflict is None:
        return []
    claims = approved_claims(TerritoryChangeClaim, conflict=conflict).select_related("place").order_by("date", "id")
    changes = [_change(group) for group in group_claims(claims, territory_key)]
    return sorted(changes, key=lambda change: (change.date or dt.date.max, change.iso, change.name))


def _change(claims: list[TerritoryChangeClaim]) -> TerritoryChange:
    first = claims[0]
    dates = [claim.date or claim.article.published for claim in claims if claim.date or claim.article.published]
    place = first.place
    return TerritoryChange(
        iso=first.iso or (place.iso if place else ""),
        name=place.name if place else first.place_name,
        name_ar=(place.name_ar if place else "") or "",
        kind=first.kind,
        # Sources may disagree by a day; the map takes the earliest approved date.
        date=min(dates) if dates else None,
        from_party=first.from_party,
        to_party=first.to_party,
        sources=claim_sources(claims),
    )


def map_geojson_name(*, conflict_slug: str) -> str | None:
    """The static path of the conflict's geodata, or None when it has none."""
    return f"conflicts/geo/{conflict_slug}.geojson" if (GEO_DIR / f"{conflict_slug}.geojson").exists() else None


@lru_cache(maxsize=8)
def map_geography(conflict_slug: str = "karabakh") -> dict:
    """Districts, towns and the corridor from the project's own geodata (read once per process)."""
    path = GEO_DIR / f"{conflict_slug}.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"] if path.exists() else []
    districts = [f["properties"] for f in features if f["properties"].get("iso")]
    towns = [f["properties"] | _point(f) for f in features if f["properties"].get("kind") == "town"]
    corridor = next((f for f in features if f["properties"].get("kind") == "corridor"), None)
    return {"districts": districts, "towns": towns, "corridor": corridor}


def _point(feature: dict) -> dict:
    lon, lat = feature["geometry"]["coordinates"][:2]
    return {"lon": lon, "lat": lat}


def map_state_as_of(*, changes: list[TerritoryChange], as_of: dt.date) -> dict[str, TerritoryChange]:
    """Per district ISO code, the latest dated change on or before `as_of` (pure)."""
    latest: dict[str, TerritoryChange] = {}
    for change in changes:
        if change.iso and change.date and change.date <= as_of:
            current = latest.get(change.iso)
            if current is None or change.date >= current.date:
                latest[change.iso] = change
    return latest


def district_states(
    *, changes: list[TerritoryChange], as_of: dt.date, language: str, conflict_slug: str = "karabakh"
) -> list[DistrictState]:
    """Every mapped district with its status as of the date; districts never changed are `unchanged`."""
    latest = map_state_as_of(changes=changes, as_of=as_of)
    states = []
    for district in map_geography(conflict_slug)["districts"]:
        change = latest.get(district["iso"])
        name = district.get(f"name_{language}") or district.get("name_en") or district["iso"]
        states.append(
            DistrictState(
                iso=district["iso"],
                name=name,
                status=change.status if change else UNCHANGED,
                date=change.date if change else None,
                to_party=change.to_party if change else "",
            )
        )
    return states


def map_date_range(*, changes: list[TerritoryChange]) -> tuple[dt.date | None, dt.date | None]:
    dates = [change.date for change in changes if change.date]
    return (min(dates), max(dates)) if dates else (None, None)


def map_default_date(*, changes: list[TerritoryChange], today: dt.date | None = None) -> dt.date:
    """Without a requested date the map shows the state after the latest approved change."""
    _, last = map_date_range(changes=changes)
    return last or today or dt.date.today()


def changed_districts(*, changes: list[TerritoryChange], as_of: dt.date, language: str) -> list[TerritoryChange]:
    """The changes in force on the date, for the table under the map (readable without JS)."""
    latest = map_state_as_of(changes=changes, as_of=as_of)
    return sorted(latest.values(), key=lambda change: (change.date, change.label(language)))




# --- ceasefire clauses: judged against the same approved changes as the map ---------------

# Terms whose place is expected to change hands; other terms cannot be checked against the map.
TRACKED_TERMS = {"territory_return", "withdrawal"}


@dataclass(frozen=True)
class ClauseRow:
    term: str
    term_label: str
    place: str
    deadline: dt.date | None
    observed: TerritoryChange | None
    status: str  # met | late | unmet | pending | untracked
    signed: dt.date | None
    sources: tuple[Source, ...]
    point: tuple[float, float] | None = None  # (lon, lat) of the clause's place, for peacekeeping posts


def ceasefire_clause_rows(
    *, conflict: Conflict | None, language: str, today: dt.date | None = None, changes: list[TerritoryChange] | None = None
) -> list[ClauseRow]:
    """Each term of each approved ceasefire, with what was observed and whether it was met."""
    if conflict is None:
        return []
    today = today or dt.date.today()
    changes = territory_changes_approved(conflict=conflict) if changes is None else changes
    ceasefires = approved_claims(CeasefireClaim, conflict=conflict).prefetch_related("clauses__place").order_by("signed", "id")
    rows: dict[tuple, ClauseRow] = {}
    for group in group_claims(ceasefires, ceasefire_key):
        sources = claim_sources(group)
        signed = group[0].signed or group[0].effective
        for claim in group:
            for clause in claim.clauses.all():
                key = (signed, clause.term, _clause_iso(clause) or clause.place_name, clause.deadline)
                rows.setdefault(key, _clause_row(clause, signed, sources, changes, language, today))
    return sorted(rows.values(), key=lambda row: (row.signed or dt.date.min, row.deadline or dt.date.max, row.term))


def _clause_iso(clause) -> str:
    return clause.place.iso if clause.place and clause.place.iso else ""


def _clause_row(clause, signed, sources, changes, language: str, today: dt.date) -> ClauseRow:
    place_label = localised(clause.place, language) if clause.place else clause.place_name
    observed = _observed_change(clause, signed, changes)
    return ClauseRow(
        term=clause.term,
        term_label=label(clause.term),
        place=place_label,
        deadline=clause.deadline,
        observed=observed,
        status=clause_status(term=clause.term, has_place=bool(_clause_iso(clause)), deadline=clause.deadline,
                             observed=observed.date if observed else None, today=today),
        signed=signed,
        sources=sources,
        point=(clause.place.lon, clause.place.lat) if clause.place and clause.place.lat is not None else None,
    )


def _observed_change(clause, signed, changes: list[TerritoryChange]) -> TerritoryChange | None:
    iso = _clause_iso(clause)
    if not iso or clause.term not in TRACKED_TERMS:
        return None
    after = [c for c in changes if c.iso == iso and c.date and (signed is None or c.date >= signed)]
    return after[0] if after else None


def clause_status(*, term: str, has_place: bool, deadline: dt.date | None, observed: dt.date | None, today: dt.date) -> str:
    """met (on time), late (after the deadline), unmet (deadline passed, nothing seen), pending."""
    if term not in TRACKED_TERMS or not has_place:
        return "untracked"
    if observed is not None:
        return "late" if deadline and observed > deadline else "met"
    return "unmet" if deadline and deadline < today else "pending"


def peacekeeping_posts(*, rows: list[ClauseRow]) -> list[dict]:
    """Where approved ceasefire terms put peacekeepers, as map points."""
    posts = [row for row in rows if row.term == "peacekeepers" and row.point]
    return [{"name": row.place, "lon": row.point[0], "lat": row.point[1]} for row in posts]
