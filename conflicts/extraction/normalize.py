"""Normalised copy of an article with an offset map back to the original.

Everything the rules match runs on the normalised string; spans are mapped back so
that evidence always slices the text exactly as it was uploaded.
"""
from __future__ import annotations

import re
from bisect import bisect_right

# Characters dropped from the normalised copy: Arabic diacritics, superscript alef,
# tatweel, and invisible joiners/marks that break word matching.
_DROPPED = re.compile("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u00ad\ufeff]")

# One-to-one substitutions: letter variants editors and wires use interchangeably.
_SUBSTITUTIONS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ې": "ي", "ё": "е", "Ё": "Е", "İ": "I",
    "٫": ".", "٬": ",", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
}
for _offset in range(10):
    _SUBSTITUTIONS[chr(0x0660 + _offset)] = str(_offset)  # Arabic-Indic digits
    _SUBSTITUTIONS[chr(0x06F0 + _offset)] = str(_offset)  # Persian digits
_SUBSTITUTION_PAIRS = tuple(_SUBSTITUTIONS.items())


def _substitute(text: str) -> str:
    # A chain of str.replace runs some thirty times faster than str.translate with a
    # non-ASCII table, which falls back to a dictionary lookup per character.
    for variant, canonical in _SUBSTITUTION_PAIRS:
        if variant in text:
            text = text.replace(variant, canonical)
    return text


def fold_letters(pattern: str) -> str:
    """Letter variants folded in a hand-written regex (no lowercasing: \\S must stay \\S)."""
    return _substitute(pattern)


def normalize_fragment(text: str) -> str:
    """Normalise a lexicon entry or alias the same way article text is normalised."""
    return _substitute(_DROPPED.sub("", text)).lower()


class NormalizedText:
    """The normalised article plus the map from its offsets to the original's."""

    __slots__ = ("original", "text", "_dropped_at")

    def __init__(self, original: str) -> None:
        self.original = original
        # Normalised index of each dropped character, in order; a bisect over it
        # counts how many originals precede a normalised offset.
        dropped_at: list[int] = []
        for count, match in enumerate(_DROPPED.finditer(original)):
            dropped_at.append(match.start() - count)
        self._dropped_at = dropped_at
        stripped = _DROPPED.sub("", original) if dropped_at else original
        self.text = _substitute(stripped).lower()

    def to_original(self, position: int) -> int:
        """Map a start offset in the normalised text to the original text."""
        if not self._dropped_at:
            return position
        return position + bisect_right(self._dropped_at, position)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the original text."""
        if end <= start:
            original_start = self.to_original(start)
            return original_start, original_start
        return self.to_original(start), self.to_original(end - 1) + 1

    def original_slice(self, start: int, end: int) -> tuple[str, int, int]:
        original_start, original_end = self.span(start, end)
        return self.original[original_start:original_end], original_start, original_end


_SCRIPT_PATTERNS = {
    "ar": re.compile("[\u0600-\u06ff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "en": re.compile("[A-Za-z]"),
}


def detect_language(text: str) -> str:
    """Pick the article language from the script of its first few thousand characters."""
    sample = text[:4000]
    counts = {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPT_PATTERNS.items()}
    return max(counts, key=lambda lang: counts[lang]) if any(counts.values()) else "en"
