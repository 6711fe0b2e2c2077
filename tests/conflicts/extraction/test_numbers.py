from __future__ import annotations

import pytest

from conflicts.extraction.normalize import NormalizedText
from conflicts.extraction.numbers import find_numbers


def _numbers(text: str, language: str) -> list[tuple[int, int | None]]:
    return [(number.value, number.high) for number in find_numbers(NormalizedText(text).text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("ثلاث مناطق", "ar", (3, None)),
    ("خمسة آلاف جندي", "ar", (5000, None)),
    ("ألفاً وتسعمئة وستين عسكرياً", "ar", (1960, None)),
    ("نحو ١٢٠ ألفاً", "ar", (120000, None)),
    ("nearly five thousand people", "en", (5000, None)),
    ("two hundred and fifty", "en", (250, None)),
    ("3,812 dead", "en", (3812, None)),
    ("к пяти тысячам", "ru", (5000, None)),
])
def test_numbers_written_in_words_or_digits(text, language, expected):
    assert _numbers(text, language)[0] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("between 30 and 40 civilians", "en"),
    ("بين 30 و40 مدنياً", "ar"),
    ("от 30 до 40 человек", "ru"),
])
def test_ranges_keep_both_ends(text, language):
    assert _numbers(text, language) == [(30, 40)]


def test_decimals_are_not_counts():
    assert _numbers("growth of 4.8 percent", "en") == []


@pytest.mark.parametrize(("text", "value"), [
    ("قتل الجنود الثمانية عشر", 18), ("أحد عشر جنديا", 11), ("اثنا عشر عسكريا", 12), ("إحدى عشرة امرأة", 11),
    ("ثلاثة عشر مدنيا", 13), ("الأحد عشر جنديا", 11), ("تسعة عشر جريحا", 19),
])
def test_arabic_compound_teens_are_one_number(text, value):
    assert _numbers(text, "ar") == [(value, None)]


def test_arabic_sunday_is_not_a_number():
    assert _numbers("يوم الأحد قتل 5", "ar") == [(5, None)]
