"""Regex building blocks shared by the gazetteer, topic and lexicon matchers.

Thousands of aliases are compiled into one trie-shaped alternation so the text is
scanned once per script, never once per alias.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from .normalize import normalize_fragment

_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+")


def normalize_pattern(fragment: str) -> str:
    """Normalise the words of a hand-written regex fragment, leaving escapes such as \\S alone."""
    return "".join(piece if piece.startswith("\\") else normalize_fragment(piece)
                   for piece in _ESCAPE_OR_TEXT.findall(fragment))

# Arabic proclitics: conjunction (wa/fa), then preposition (bi/li/ka) and/or article.
ARABIC_PREFIX = "(?:[وف]?(?:لل|[بكل]?(?:ال)?))"
# Cyrillic aliases are stored as stems; case endings are short.
CYRILLIC_SUFFIX = "(?:ск)?[а-я]{0,3}"  # case ending, or the adjective: "Агдамский район"
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


_PHRASE_WRAPPERS = {
    "ar": r"(?<!\w)" + ARABIC_PREFIX + r"(?P<term>{})(?!\w)",
    "ru": r"(?<!\w)(?P<term>{})(?!\w)",
    "latin": r"(?<!\w)(?P<term>{})(?!\w)",
}


def phrases_by_script(phrases: Iterable[str]) -> dict[str, set[str]]:
    """Trie inputs per script for normalised phrases (Cyrillic words as stems)."""
    by_script: dict[str, set[str]] = {"ar": set(), "ru": set(), "latin": set()}
    for phrase in phrases:
        phrase = normalize_fragment(phrase).strip()
        if len(phrase) < 2:
            continue
        script = script_of(phrase)
        by_script[script].add(cyrillic_form(phrase) if script == "ru" else phrase)
    return by_script


def compile_script(script: str, items: Iterable[str]) -> re.Pattern[str]:
    """One script's matcher; group 'term' is the phrase body."""
    return re.compile(_PHRASE_WRAPPERS[script].format(trie_pattern(items)))


def grouped_lexicon(groups: dict[str, Iterable[str]], *, arabic_prefix: bool = False) -> str:
    """Several named word lists behind one shared boundary/proclitic check (one scan)."""
    bodies = "|".join(f"(?P<{name}>{_body(entries, arabic_prefix)})" for name, entries in groups.items())
    prefix = ARABIC_PREFIX if arabic_prefix else ""
    return rf"(?<!\w){prefix}(?:{bodies})(?!\w)"


def _body(entries: Iterable[str], arabic_prefix: bool) -> str:
    entries = [normalize_pattern(entry) for entry in entries]
    if arabic_prefix:  # the proclitic slot already carries an optional article
        entries = [entry[2:] if entry.startswith("ال") and len(entry) > 4 else entry for entry in entries]
    return fast_alternation(entries)


_REGEX_SYNTAX = set("()[]?*+{}|\\^$")


def fast_alternation(entries: Iterable[str]) -> str:
    """Alternation of regex fragments: plain words go into a trie, so the engine tries a
    handful of first letters per position instead of every word in turn."""
    entries = list(dict.fromkeys(entries))
    literal = [entry for entry in entries if not _REGEX_SYNTAX & set(entry)]
    other = [entry for entry in entries if _REGEX_SYNTAX & set(entry)]
    branches = ([trie_pattern(literal)] if literal else []) + other
    return "|".join(branches)


def lexicon_regex(entries: Iterable[str], *, arabic_prefix: bool = False) -> str:
    """Normalise hand-written lexicon regex fragments and join them as one group."""
    prefix = ARABIC_PREFIX if arabic_prefix else ""
    return rf"(?<!\w){prefix}(?:{_body(entries, arabic_prefix)})(?!\w)"


_NEVER = re.compile(r"(?!x)x")


class ScriptLexicon:
    """A word list compiled once per article language: an English article is never scanned
    for Arabic proclitics or Cyrillic endings, which keeps each pass short."""

    _SCRIPTS = {"ar": "ar", "ru": "ru", "en": "latin"}

    def __init__(self, groups: dict[str, Iterable[str]], *, arabic_prefix: bool = False) -> None:
        self._groups = {name: list(entries) for name, entries in groups.items()}
        self._arabic_prefix = arabic_prefix
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, language: str) -> re.Pattern[str]:
        # Compiled on first use: a worker that never sees Russian never pays for it.
        language = language if language in self._SCRIPTS else "en"
        pattern = self._compiled.get(language)
        if pattern is None:
            pattern = self._compiled[language] = self._compile(language)
        return pattern

    def _compile(self, language: str) -> re.Pattern[str]:
        script = self._SCRIPTS[language]
        fitting = {name: [entry for entry in entries if script_of(entry) == script]
                   for name, entries in self._groups.items()}
        fitting = {name: entries for name, entries in fitting.items() if entries}
        if not fitting:
            return _NEVER
        return re.compile(grouped_lexicon(fitting, arabic_prefix=self._arabic_prefix and language == "ar"))


def scripts_for(language: str) -> tuple[str, ...]:
    """Scripts worth scanning in an article: its own, plus Latin for quoted names."""
    return {"ar": ("ar", "latin"), "ru": ("ru", "latin")}.get(language, ("latin",))


def phrase_key(phrase: str) -> str:
    """Lookup key of a normalised phrase: spacing unified, Cyrillic words stemmed."""
    phrase = " ".join(phrase.replace("-", " ").split())
    return cyrillic_key(phrase) if script_of(phrase) == "ru" else phrase


class PhraseIndex:
    """Many phrases, each carrying values, matched with one regex per script. A script's
    regex is compiled when a text first needs it: with thousands of village names, three
    scripts cost a few tenths of a second to compile, and an English worker never pays
    for the Arabic and Cyrillic ones."""

    def __init__(self, entries: Iterable[tuple[str, object]]) -> None:
        self._values: dict[str, list] = {}
        phrases = []
        for phrase, value in entries:
            normalised = normalize_fragment(phrase).strip()
            if len(normalised) < 2:
                continue
            phrases.append(normalised)
            values = self._values.setdefault(phrase_key(normalised), [])
            if value not in values:
                values.append(value)
        self._pending = {script: items for script, items in phrases_by_script(phrases).items() if items}
        self._matchers: dict[str, re.Pattern[str]] = {}

    def matcher(self, script: str) -> re.Pattern[str] | None:
        matcher = self._matchers.get(script)
        if matcher is None and script in self._pending:
            # Two threads may both compile it; the results are the same regex.
            matcher = self._matchers[script] = compile_script(script, self._pending[script])
        return matcher

    def find(self, text: str, scripts: Iterable[str]) -> Iterator[tuple[list, int, int]]:
        for script in scripts:
            matcher = self.matcher(script)
            if matcher is None:
                continue
            for match in matcher.finditer(text):
                values = self.lookup(match.group("term"), script)
                if values:
                    yield values, match.start("term"), match.end("term")

    def lookup(self, term: str, script: str) -> list | None:
        term = " ".join(term.replace("-", " ").split())
        if script != "ru":
            return self._values.get(term)
        for combination in itertools.product(*(_stem_options(word) for word in term.split())):
            values = self._values.get(" ".join(combination))
            if values:
                return values
        return None


def _stem_options(word: str) -> list[str]:
    """A declined Cyrillic word with up to three ending letters cut, stemmed again."""
    options = []
    adjective = re.match(r"(.{3,}?)ск[а-я]{0,3}$", word)
    if adjective:
        options.append(adjective.group(1))
    for cut in range(4):
        if len(word) - cut >= 3:
            base = word[: len(word) - cut]
            options.extend((cyrillic_stem(base), base))
    return list(dict.fromkeys(options))
