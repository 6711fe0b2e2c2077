"""The grouping key of each claim type: claims with the same key describe one fact.

Shared by the consolidation service (which stores Fact rows) and by selectors that
group approved claims for public pages.
"""

from __future__ import annotations


def _part(value) -> str:
    if value is None or value == "":
        return "-"
    return str(value).strip().casefold()


def territory_change_key(*, place_key: str | None, place_name: str, to_party: str | None) -> str:
    return f"{_part(place_key or place_name)}|{_part(to_party)}"


def ceasefire_key(*, parties, date) -> str:
    return f"{'+'.join(sorted(_part(party) for party in parties))}|{_part(date)}"


def casualty_key(*, party, kind, population, reported_by, date=None) -> str:
    return "|".join(_part(value) for value in (party, kind, population, reported_by, date))


def event_key(*, date, precision, topic) -> str:
    return f"{_part(date)}|{_part(precision)}|{_part(topic)}"
