"""Regex building blocks shared by the gazetteer, topic and lexicon matchers.

Thousands of aliases are compiled into one trie-shaped alternation so the text is
scanned once per script, never once per alias.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .normalize import normalize_fragment

# Arabic proclitics: conjunction (wa/fa), then preposition (bi/li/ka) and/or article.
ARABIC_PREFIX = "(?:[وف]?(?:لل|[بكل]?(?:ال)?))"
# Cyrillic aliases are stored as stems; case endings are short.
CYRILLIC_SUFFIX = "[а-я]{0,3}"
SUFFIX_MARK = "\x00"
_CYRILLIC_VOWELS = "аяоеиыйьуюэ"


def script_of(alias: str) -> str:
    for char in alias:
        if "\u0600" <= char <= "\u06ff":
            return "ar"
        if "\u0400" <= char <= "\u04ff":
            return "ru"
    return "latin"


def cyrillic_stem(word: str) -> str:
    """Drop a declinable ending so one stem matches every case form."""
    if len(word) <= 4:
        return word
    stem = word.rstrip(_CYRILLIC_VOWELS)
    return stem if len(stem) >= 3 else word


def cyrillic_key(phrase: str) -> str:
    return " ".join(cyrillic_stem(word) for word in phrase.split())


def trie_pattern(phrases: Iterable[str]) -> str:
    """One alternation for many literal phrases, factored by shared prefixes."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [_atom(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _atom(char: str) -> str:
    if char == SUFFIX_MARK:
        return CYRILLIC_SUFFIX
    if char == " ":
        return r"[\s\-]+"  # "Nagorno Karabakh", "Nagorno-Karabakh", line breaks
    if char == "-":
        return r"[\s\-]*"
    return re.escape(char)


def cyrillic_form(phrase: str) -> str:
    """Trie input for a Cyrillic phrase: every word a stem plus an ending slot."""
    return " ".join(cyrillic_stem(word) + SUFFIX_MARK for word in phrase.split())


def compile_phrases(phrases: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """Per-script matchers for normalised phrases; group 'term' is the phrase body."""
    by_script: dict[str, set[str]] = {"ar": set(), "ru": set(), "latin": set()}
    for phrase in phrases:
        phrase = normalize_fragment(phrase).strip()
        if len(phrase) < 2:
            continue
        script = script_of(phrase)
        by_script[script].add(cyrillic_form(phrase) if script == "ru" else phrase)
    wrappers = {
        "ar": r"(?<!\w)" + ARABIC_PREFIX + r"(?P<term>{})(?!\w)",
        "ru": r"(?<!\w)(?P<term>{})(?!\w)",
        "latin": r"(?<!\w)(?P<term>{})(?!\w)",
    }
    return {
        script: re.compile(wrappers[script].format(trie_pattern(items)))
        for script, items in by_script.items()
        if items
    }


def lexicon_regex(entries: Iterable[str], *, arabic_prefix: bool = False) -> str:
    """Normalise hand-written lexicon regex fragments and join them as one group."""
    entries = [normalize_fragment(entry) for entry in entries]
    if arabic_prefix:  # the proclitic slot already carries an optional article
        entries = [entry[2:] if entry.startswith("ال") and len(entry) > 4 else entry for entry in entries]
    body = "|".join(entries)
    prefix = ARABIC_PREFIX if arabic_prefix else ""
    return rf"(?<!\w){prefix}(?:{body})(?!\w)"
