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


@pytest.mark.parametrize(("text", "language", "values"), [
    ("the blast killed two crew members and wounded a third", "en", [2, 1]),
    ("three soldiers died and another was injured", "en", [3, 1]),
    ("a 58-year-old shepherd was killed", "en", [1, 58]),
    ("a third of the residents left", "en", []),
    ("another 40 were hurt", "en", [40]),
    ("وقُتل كذلك مدني في القرية", "ar", [1]),
    ("وقالت الوزارة إن جندياً أرمينياً قُتل", "ar", [1]),
])
def test_nouns_that_count_themselves(text, language, values):
    assert [value for value, _high in _numbers(text, language)] == values


@pytest.mark.parametrize(("text", "language", "value"), [
    ("about 1.5 million people", "en", 1_500_000), ("2,5 млн человек", "ru", 2_500_000),
    ("نحو 1.2 مليون نازح", "ar", 1_200_000), ("2,500 people", "en", 2500),
])
def test_decimals_before_a_multiplier_are_counts(text, language, value):
    assert _numbers(text, language) == [(value, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("the toll rose from 30 to 40", "en"),
    ("число погибших выросло с 30 до 40", "ru"),
    ("ارتفع عدد القتلى من 30 إلى 40", "ar"),
])
def test_a_change_is_two_figures_not_a_range(text, language):
    assert _numbers(text, language) == [(30, None), (40, None)]


@pytest.mark.parametrize(("text", "value"), [("مليون ونصف المليون", 1500000), ("ثلاثة آلاف ونصف", 3500)])
def test_an_arabic_half_of_the_multiplier(text, value):
    assert _numbers(text, "ar") == [(value, None)]


def test_an_arabic_ordinal_teen_is_no_count():
    assert _numbers("طفل في الثانية عشرة من عمره", "ar") == []
    assert _numbers("اليوم الحادي عشر من الحرب", "ar") == []
    assert _numbers("الجنود الثمانية عشر", "ar") == [(18, None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("a dozen soldiers", "en", [(12, None)]),
    ("two dozen soldiers", "en", [(24, None)]),
    ("dozens of soldiers", "en", []),
    ("ещё двое раненых", "ru", [(2, None)]),
    ("пятеро погибших", "ru", [(5, None)]),
])
def test_dozens_and_russian_collective_numerals(text, language, expected):
    assert _numbers(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("от 3 до 5 тысяч человек", "ru", [(3000, 5000)]),
    ("من 5 إلى 7 آلاف شخص", "ar", [(5000, 7000)]),
    ("between 2 and 3 million people", "en", [(2000000, 3000000)]),
    ("between 500 and 2,000 people", "en", [(500, 2000)]),
    ("between 1,500 and 2 thousand people", "en", [(1500, 2000)]),
])
def test_a_multiplier_after_a_range_is_both_ends(text, language, expected):
    assert _numbers(text, language) == expected
