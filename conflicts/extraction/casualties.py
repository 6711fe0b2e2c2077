from __future__ import annotations


def extract_casualties(document):
    return []
