from __future__ import annotations


def extract_territory_changes(document):
    return []
