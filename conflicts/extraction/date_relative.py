"""Dates counted from another date: the day named last ('the same day', 'four days later',
'a year after'), the publication month ('on the 20th') or the publication day ('بعد يومين من')."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import date_words as words


@dataclass(slots=True)
class Context:
    published: dt.date | None
    future: bool
    last_day: dt.date | None = None
    last_year: int | None = None
    sentence_year: int | None = None
    day_in_sentence: bool = False  # the last day named was named in this sentence
    sentence: int = 0
    # "On May 5, 1994, ... Baku endorsed it on May 8": the last day given with a year other than the
    # publication's, and the sentence it was in; days that follow it closely belong to its year
    narrative_day: dt.date | None = None
    narrative_sentence: int = -10


def valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def day_number(groups: dict, key: str = "d") -> int | None:
    if groups.get(key):
        return int(groups[key])
    if groups.get("o"):
        return words.AR_ORDINAL_DAYS.get(re.sub(r"\s+", " ", groups["o"]))
    return None


def nth(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'on the 20th': a day of the publication month, or of the month before it."""
    if context.published is None:
        return []
    day = int(groups["d"])
    published = context.published
    year, month = published.year, published.month
    if day > published.day and not context.future:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return [(dt.date(year, month, day).isoformat(), "day")] if valid(year, month, day) else []


def of_it(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'في السابع عشر منه': a day of the month just mentioned."""
    day = day_number(groups)
    anchor = context.last_day
    if not day or anchor is None or not valid(anchor.year, anchor.month, day):
        return []
    return [(dt.date(anchor.year, anchor.month, day).isoformat(), "day")]


def of_month(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    day = day_number(groups)
    rel = groups.get("rel") or "الجاري"
    if rel in ("نفسه", "ذاته"):
        anchor = context.last_day
        if anchor is None:
            return []
        year, month = anchor.year, anchor.month
    elif context.published is None:
        return []
    else:
        shift = {"الماضي": -1, "المقبل": 1, "القادم": 1}.get(rel, 0)
        index = context.published.year * 12 + context.published.month - 1 + shift
        year, month = index // 12, index % 12 + 1
    return [(dt.date(year, month, day).isoformat(), "day")] if day and valid(year, month, day) else []


def later(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'Four days later': counted from the last day the text mentioned."""
    count_word = groups["n"]
    count = int(count_word) if count_word.isdigit() else words.EN_NUMBER_WORDS.get(count_word)
    if count is None or context.last_day is None:
        return []
    sign = -1 if groups["dir"] in ("earlier", "before that", "before") else 1
    count *= 7 if (groups.get("unit") or "").startswith("week") else 1
    if groups["dir"] in ("after", "before") and (context.day_in_sentence or groups.get("came")):
        # "acknowledged on Monday ..., a day after Aliyev announced it": the clause that follows
        # happened a day before the day this sentence already named
        sign = -sign
    return [((context.last_day + dt.timedelta(days=sign * count)).isoformat(), "day")]


def adjacent(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'the next day', 'في اليوم التالي', 'на следующий день': beside the last day named."""
    shift = ADJACENT.get(re.sub(r"\s+", " ", groups["a"]))
    anchor = context.last_day or context.published
    if shift is None or anchor is None:
        return []
    return [((anchor + dt.timedelta(days=shift)).isoformat(), "day")]


ADJACENT = {"the previous day": -1, "the day before": -1, "the next day": 1, "the following day": 1,
            "the next morning": 1, "the following morning": 1, "the next evening": 1, "the following evening": 1,
            "the next night": 1, "the following night": 1, "the previous morning": -1, "the previous evening": -1,
            "the previous night": -1,
             "the day after": 1, "اليوم التالي": 1, "صباح اليوم التالي": 1, "اليوم السابق": -1,
             "на следующий день": 1, "на другой день": 1, "днем ранее": -1, "днём ранее": -1}


def days_before(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'ويأتي ذلك بعد يومين من توقيع': the signing was two days before publication."""
    if context.published is None:
        return []
    phrase = re.sub(r"\s+", " ", groups["n"])
    count = words.AR_DAY_COUNTS.get(phrase)
    if count is None:
        digits = re.match(r"\d+", phrase)
        count = int(digits.group()) if digits else None
    if count is None:
        return []
    return [((context.published - dt.timedelta(days=count)).isoformat(), "day")]


def same_day(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'the same day', 'في اليوم نفسه', 'в тот же день': the day named last, not publication."""
    anchor = context.last_day or context.published
    return [(anchor.isoformat(), "day")] if anchor else []


def years_after(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'a year after' with no date to count from: from the last day named."""
    years = count(groups["n"])
    if not years or context.last_day is None:
        return []
    if context.day_in_sentence:
        years = -years  # "said on Wednesday ..., exactly a year after Trump quit the deal": a year before
    value = shifted(context.last_day.isoformat(), "day", "years", years)
    return [(value, "day")] if value else []


def count(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word)
    if word.isdigit():
        return int(word)
    return {"عام": 1, "سنه": 1, "عامين": 2, "سنتين": 2, "год": 1, "два года": 2}.get(word) or \
        words.EN_NUMBER_WORDS.get(word)


def shifted(value: str, precision: str, unit: str, amount: int) -> str | None:
    if unit == "years":
        return f"{int(value[:4]) + amount:04d}{value[4:]}" if (precision != "day" or value[5:] != "02-29") else None
    if precision != "day":
        return None
    return (dt.date.fromisoformat(value) + dt.timedelta(days=amount)).isoformat()


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def years_ago(groups: dict, context: Context, language: str) -> list[tuple[str, str]]:
    """'A year ago today' is that day a year before publication; 'thirty years ago', that year."""
    word = groups["n"]
    years = _TENS.get(word) or count(word) or (1 if word == "a" else None)
    if not years or context.published is None:
        return []
    today = (groups.get("today") or "").strip()
    if today == "today":
        value = shifted(context.published.isoformat(), "day", "years", -years)
        return [(value, "day")] if value else []
    return [(str(context.published.year - years), "year")]
