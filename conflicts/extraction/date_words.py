"""Month, weekday and ordinal-day vocabularies for Arabic, English and Russian dates."""
from __future__ import annotations

from .normalize import normalize_fragment
from .patterns import trie_pattern

EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Levantine/Iraqi (Syriac) names, Egyptian/Gulf (Western) names and Maghrebi (French) names.
_AR_MONTHS_RAW = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
AR_MONTHS = {normalize_fragment(name): number for name, number in _AR_MONTHS_RAW.items()}
RU_MONTH_STEMS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
RU_MONTH_RE = (
    r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
)

EN_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
AR_WEEKDAYS = {
    normalize_fragment(name): number
    for name, number in {
        "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
        "السبت": 5, "الأحد": 6,
    }.items()
}
RU_WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6,
}
RU_WEEKDAY_RE = r"(?:понедельник[а-я]*|вторник[а-я]*|сред[ауые]|четверг[а-я]*|пятниц[ауые]|суббот[ауые]|воскресень[ея])"

_AR_UNIT_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_AR_COMPOUND_UNITS = ["الحادي", *_AR_UNIT_ORDINALS[1:]]


def _arabic_ordinals() -> dict[str, int]:
    ordinals = {name: index + 1 for index, name in enumerate(_AR_UNIT_ORDINALS)}
    ordinals["العاشر"] = 10
    ordinals["العشرين"] = 20
    ordinals["الثلاثين"] = 30
    for index, unit in enumerate(_AR_COMPOUND_UNITS):
        ordinals[f"{unit} عشر"] = 11 + index
        ordinals[f"{unit} والعشرين"] = 21 + index
    ordinals["الحادي والثلاثين"] = 31
    return {normalize_fragment(name): day for name, day in ordinals.items()}


AR_ORDINAL_DAYS = _arabic_ordinals()
EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1,
}
AR_DAY_COUNTS = {normalize_fragment(word): n for word, n in {
    "يوم": 1, "يومين": 2, "يومان": 2, "ثلاثة أيام": 3, "أربعة أيام": 4, "خمسة أيام": 5,
}.items()}


def alternation(words: dict[str, int] | list[str]) -> str:
    """Trie-shaped alternation; greedy, so 'الحادي عشر' wins over 'الحادي'."""
    return "(?:" + trie_pattern(words) + ")"
AR_DAY_COUNTS.update({normalize_fragment(w): n for w, n in {"يوم واحد": 1, "ثلاثه ايام": 3, "اربعه ايام": 4}.items()})
