from __future__ import annotations


def extract_ceasefires(document):
    return []
