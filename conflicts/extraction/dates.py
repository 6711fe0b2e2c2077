"""Find dates in normalised text and resolve them against the publication date.

Absolute dates ("10 November 2020", "العاشر من تشرين الثاني", "17 октября") and relative
ones ("yesterday", "أمس الثلاثاء", "в пятницу", "the 20th", "four days later") become ISO
strings at day, month or year precision. Without a publication date, anything that needs
one stays unresolved, as the contract asks.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from . import date_relative as relative
from . import date_words as words
from .date_relative import Context as _Context
from .date_relative import day_number as _day_number
from .date_relative import valid as _valid
from .normalize import fold_letters

_FUTURE = re.compile(
    r"(?<!\w)(?:will|(?<!was )(?<!were )(?:due to|scheduled|expected to|set to)|is to|are to|next|tomorrow|"
    r"المقبل|القادم|سوف|من المقرر|غدا"
    r"|ينتظر ان|будет|будут|планируется|следующ\w*)(?!\w)"
)
# "YEREVAN, Dec. 15 —", "AKTAU, Kazakhstan, Aug. 13 —"
# (a place of up to three words per part: "The deal was announced on Tuesday, December 13." is prose)
_DATELINE_BEFORE = re.compile(r"(?:[^\W\d][^\s,]*(?:[ /\-][^\s,]+){0,2},\s*){0,2}")
_DATELINE_AFTER = re.compile(r"(?:,\s*\d{4})?(?:\s*\([^()\n]{1,30}\))?\s*(?:[—–]|-\s|\.\s)")  # "April 2 (Reuters) -"
_LIMIT_BEFORE = re.compile(fold_letters(r"(?<!\w)(?:بحلول|by|until|до)\s*$"))
_SINCE_WORDS = {"since", "منذ", "с"}
_LIMIT_WORDS = {"until", fold_letters("حتى"), "до", "by"}
_PERCENT_BEFORE = re.compile(r"(?:%|في الميه|بالميه|percent|per cent|процент\w*)\s*\S{0,4}\s*$")
_RANGE_START_BEFORE = re.compile(fold_letters(r"(?:to|until|through|إلى|حتى|по)\s*$"))

EN_MONTH = words.alternation(words.EN_MONTHS)
AR_MONTH = words.alternation(words.AR_MONTHS)
AR_ORD = words.alternation(words.AR_ORDINAL_DAYS)
EN_WEEKDAY = words.alternation(words.EN_WEEKDAYS)
AR_WEEKDAY = words.alternation(words.AR_WEEKDAYS)
YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d|s\b|-?х|ات)"
_B = r"(?<!\w)"
_E = r"(?!\w)"

_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("dm", rf"{_B}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EN_MONTH})\.?(?:,?\s+{YEAR})?{_E}"),
        ("md", rf"{_B}(?P<m>{EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+{YEAR})?"
               rf"(?:\s+(?P<rel>last year|this year|next year))?{_E}"),
        ("month", rf"{_B}(?P<pre>in|since|until|by|from|of|during|before|after|early|mid|late|end of|"
                  rf"beginning of|start of)[\s\-]+(?:the\s+)?(?P<m>january|february|march|april|june|july|"
                  rf"august|september|october|november|december|may)(?!\.?\s+\d{{1,2}}(?!\d))(?:\s+(?:of\s+)?(?:{YEAR}|"
                  rf"(?P<rel>that year|last year|this year|next year)))?{_E}"),
        ("month", rf"{_B}(?P<m>january|february|march|april|june|july|august|september|october|november|"
                  rf"december)\s+{YEAR}"),
        # "on the 20th", "Sunday the 24th" - but not "the 20th century"
        # "on the 10th and the 18th": the second day keeps the first one's "on"
        ("nth", rf"{_B}(?:on|by|until|from|since|before|after|(?<=the \d\dth )and|(?<=the \dth )and|(?<=the \d\dst )and|"
                rf"(?<=the \d\dnd )and|(?<=the \d\drd )and|{EN_WEEKDAY})\s+the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th){_E}"
                rf"(?!\s+(?:century|anniversary|time|round|day of))"),
        ("year", rf"{_B}(?P<pre>in|of|since|by|until|the|year|during|from|early|late|mid)[\s\-]+{YEAR}"),
        ("same", rf"{_B}(?P<s>(?:the|that) same day|(?:later|earlier) that day|on that day){_E}"),
        ("yearafter", rf"{_B}(?P<n>a|one|two|three|four|five|\d+)\s+years?\s+(?:to the day\s+)?(?:after|since){_E}"),
        ("weekday", rf"{_B}(?:(?P<last>last|this past)\s+)?(?P<w>{EN_WEEKDAY}){_E}"),
        # "A year ago today", "Thirty years ago today": an anniversary counts back from publication
        ("ago", rf"{_B}(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d+)"
                rf"\s+years?\s+ago(?P<today>\s+today|\s+this (?:week|month))?{_E}"),
        ("rel", rf"{_B}(?P<r>today|yesterday|tomorrow|tonight|last night|this morning|this evening|this year|"
                rf"last year|this month|last month){_E}"),
        # "The vote came four weeks after Armenian forces overran Kalbajar": the clause is that much earlier
        ("later", rf"{_B}(?:(?P<came>came|happened|followed|took place|was held|occurred)\s+)?"
                  rf"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>days?|weeks?)\s+"
                  rf"(?P<dir>later|earlier|after that|before that|after|before){_E}(?!\s+than)"),
        ("adjacent", rf"{_B}(?P<a>the (?:previous|next|following) (?:day|morning|evening|night)|the day (?:before|after)){_E}"),
    ],
    "ar": [
        ("numeric", rf"{_B}(?P<d>\d{{1,2}})[/.](?P<n>\d{{1,2}})[/.]{YEAR}"),  # 27/9/2020, day first
        ("dm", rf"{_B}(?:(?:ال)?(?P<d>\d{{1,2}})|(?P<o>{AR_ORD}))(?:\s+و\s*(?:(?P<d2>\d{{1,2}})|(?P<o2>{AR_ORD})))?\s+(?:من\s+)?"
               rf"(?:شهر\s+)?(?P<m>{AR_MONTH})(?:\s*[/(]\s*{AR_MONTH}\s*\)?)?(?:\s+(?:من\s+)?(?:عام|سنه)?\s*{YEAR})?"
               rf"(?:\s+(?P<rel>الماضي|المقبل|القادم|الجاري))?{_E}"),
        ("ofit", rf"{_B}(?:في\s+)?(?:(?P<d>\d{{1,2}})|(?P<o>{AR_ORD}))\s+منه{_E}"),
        # "الخامس عشر من الشهر الجاري": a day of this (or last, next, that same) month
        ("ofmonth", rf"{_B}(?:(?P<d>\d{{1,2}})|(?P<o>{AR_ORD}))\s+من\s+(?:هذا\s+)?الشهر"
                    rf"(?:\s+(?P<rel>الجاري|الحالي|الماضي|المقبل|القادم|نفسه|ذاته))?{_E}"),
        ("month", rf"{_B}[وف]?(?P<pre>في|منذ|خلال|حتى|اواخر|اوائل|منتصف|مطلع|نهايه|بدايه|اواسط|شهر)\s+"
                  rf"(?:شهر\s+)?(?P<m>{AR_MONTH})(?!\s+\d{{1,2}}(?!\d))(?:\s*[/(]\s*{AR_MONTH}\s*\)?)?(?:\s+(?:عام\s+)?{YEAR})?"
                  rf"(?:\s+(?P<rel>الماضي|المقبل|القادم|الجاري))?{_E}"),
        ("month", rf"{_B}(?P<m>{AR_MONTH})(?:\s*[/(]\s*{AR_MONTH}\s*\)?)?\s+(?:عام\s+)?{YEAR}"),
        ("year", rf"{_B}[وفبل]?(?P<pre>عام|العام|سنه|في|منذ|خلال|حتى)\s+{YEAR}"),
        ("same", rf"{_B}[وف]?(?:في\s+)?(?P<s>اليوم\s+(?:نفسه|ذاته|عينه)|ذات\s+اليوم|نفس\s+اليوم){_E}"),
        ("yearafter", rf"{_B}بعد\s+(?:مرور\s+)?(?P<n>عام|سنه|عامين|سنتين)(?:\s+(?:بالضبط|تماما|كامل))?\s+(?:من|على){_E}"),
        ("weekday", rf"{_B}[وف]?(?:يوم\s+|ليل\s+|ليله\s+|صباح\s+|مساء\s+|فجر\s+)?(?P<w>{AR_WEEKDAY})"
                    rf"(?:\s+(?P<last>الماضي|المنصرم))?{_E}"),
        ("adjacent", rf"{_B}[وف]?(?:في\s+)?(?P<a>اليوم التالي|اليوم السابق|صباح اليوم التالي){_E}"),
        ("rel", rf"{_B}[وفل]?(?P<r>اليوم|امس|الامس|غدا|منتصف الليله الماضيه|الليله الماضيه|الليله|"
                rf"الشهر الماضي|الشهر الجاري|هذا الشهر|الشهر المقبل|"
                rf"العام الماضي|العام الجاري|هذا العام|العام المقبل)(?:\s+{AR_WEEKDAY})?{_E}"),
        ("before", rf"{_B}بعد\s+(?P<n>يومين|يوم واحد|ثلاثه ايام|اربعه ايام|(?:\d+)\s+ايام)\s+من{_E}"),
    ],
    "ru": [
        ("numeric", rf"{_B}(?P<d>\d{{1,2}})\.(?P<n>\d{{1,2}})\.{YEAR}"),  # 27.09.2020
        ("dm", rf"{_B}(?P<d>\d{{1,2}})(?:-?го)?\s+(?P<m>{words.RU_MONTH_RE})(?:\s+{YEAR}(?:\s*(?:года|году|г\.?))?)?{_E}"),
        ("month", rf"{_B}(?P<pre>в|с|до|к|конце|начале|середине)\s+(?P<m>{words.RU_MONTH_RE})(?:\s+{YEAR})?{_E}"),
        ("year", rf"{_B}(?P<pre>в|с|до|к|от)\s+{YEAR}(?:\s*(?:года|году|год|г\.))?"),
        ("same", rf"{_B}(?P<s>в (?:тот|этот) же день|в тот день|тогда же){_E}"),
        ("yearafter", rf"{_B}(?:ровно\s+)?(?:через|спустя)\s+(?P<n>год|два года)\s+после{_E}"),
        # "в ночь с пятницы на субботу", "в ночь на субботу": the moment is the later day
        ("weekday", rf"{_B}в\s+ночь\s+(?:с\s+{words.RU_WEEKDAY_RE}\s+)?на\s+(?P<w>{words.RU_WEEKDAY_RE}){_E}"),
        ("weekday", rf"{_B}(?:в|во)\s+(?:(?P<last>прошл[а-я]+)\s+)?(?P<w>{words.RU_WEEKDAY_RE}){_E}"),
        # "с 09:00 мск вторника", "с полудня субботы": a clock time on a day
        ("weekday", rf"{_B}(?:с|до|в)\s+(?:\d{{1,2}}[:.]\d{{2}}|полудня|полуночи)(?:\s+(?:мск|по московскому времени))?"
                    rf"\s+(?P<w>{words.RU_WEEKDAY_RE}){_E}"),
        ("rel", rf"{_B}(?P<r>сегодня|вчера|завтра|накануне){_E}"),
        ("adjacent", rf"{_B}(?P<a>на следующий день|на другой день|днем ранее|днём ранее){_E}"),
    ],
}




def _combined(patterns: list[tuple[str, str]]) -> tuple[re.Pattern[str], list[tuple[str, list[tuple[str, str]]]]]:
    """One scan per language: the shared word-start check is tested once per position,
    then the alternatives (longest readings first). Group names get a k<i>_ prefix so
    they can repeat across alternatives; the wrapping group k<i> says which matched."""
    parts, alternatives = [], []
    for position, (kind, pattern) in enumerate(patterns):
        body = pattern[len(_B):] if pattern.startswith(_B) else pattern
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<k{position}_\1>", body)
        parts.append(f"(?P<k{position}>{body})")
        # (renamed group, own name) pairs, so a match reads only its own groups
        names = [(f"k{position}_{name}", name) for name in dict.fromkeys(re.findall(r"\(\?P<(\w+)>", pattern))]
        alternatives.append((kind, names))
    return re.compile(fold_letters(_B + "(?:" + "|".join(parts) + ")")), alternatives


@cache
def _compiled_for(language: str) -> tuple[re.Pattern[str], list[tuple[str, list[tuple[str, str]]]]]:
    """Compiled on first use per language, like the lexicons."""
    return _combined(_PATTERNS.get(language, _PATTERNS["en"]))
_REL_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1, "this morning": 0,
             "this evening": 0, "اليوم": 0, "امس": -1, "الامس": -1, "الليله": 0, "الليله الماضيه": -1,
             "منتصف الليله الماضيه": 0,
             "غدا": 1, "сегодня": 0, "вчера": -1, "завтра": 1, "накануне": -1}
_REL_MONTHS = {"this month": 0, "last month": -1, "الشهر الماضي": -1, "الشهر الجاري": 0,
               "هذا الشهر": 0, "الشهر المقبل": 1}
_REL_YEARS = {"this year": 0, "last year": -1, "next year": 1, "العام الماضي": -1,
              "العام الجاري": 0, "هذا العام": 0, "العام المقبل": 1}


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str  # day | month | year
    sentence: int
    eventful: bool = True  # False for forecasts, range ends, "until" limits
    dateline: bool = False  # "YEREVAN, Dec. 15 —": when the report was filed




def find_dates(text: str, language: str, published: dt.date | None,
               sentence_starts: list[int]) -> list[DateMention]:
    raw = _raw_matches(text, language)
    mentions: list[DateMention] = []
    context = _Context(published, False)
    current_sentence = -1
    sentence_future = False
    pending: tuple[_Raw, int, str, int] | None = None  # "a day after" / "a year after" the date that follows
    for position, (kind, match) in enumerate(raw):
        sentence = bisect_right(sentence_starts, match.start) - 1
        if sentence != current_sentence:
            current_sentence = sentence
            end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
            sentence_future = bool(_FUTURE.search(text, sentence_starts[sentence], end))
            context.sentence_year = None
            context.day_in_sentence = False
            context.sentence = sentence
        if kind == "weekday":
            context.future = sentence_future and _future_clause(text, match, sentence_starts[sentence], end)
        else:
            context.future = sentence_future
        if kind == "later" and _vague_or_appositive(text, match, raw, position):
            continue
        if _anchored_ahead(kind, match, raw, position, text):
            pending = (match, sentence, *_shift(kind, match))
            continue
        dateline = _is_dateline(text, match)
        for value, precision in _resolve(kind, match, context, language):
            eventful = _eventful(text, match, precision, kind)
            mentions.append(DateMention(match.start, match.end, value, precision, sentence, eventful, dateline))
            if pending is not None:
                shifted = relative.shifted(value, precision, pending[2], pending[3])
                if shifted:
                    mentions.append(DateMention(pending[0].start, pending[0].end, shifted, precision, pending[1]))
                    if precision == "day":
                        context.last_day = dt.date.fromisoformat(shifted)  # the happening the clause dates
                        context.day_in_sentence = True
                pending = None
        pending = None
    return mentions


_ANCHOR_REACH = 80
_CLAUSE_REACH = 45
_REPORTED_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:said|announced|told|stated|reported|confirmed|قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|заявил[аи]?"
    r"|сообщил[аи]?|объявил[аи]?)(?:\s+\S+){0,2}\s*$"))


_REPORTED_AFTER = re.compile(fold_letters(
    r"[\s,،]*(?:\S+\s+){0,3}?(?:said|announced|told|stated|reported|confirmed|قال|قالت|اعلن|اعلنت|افاد|افادت|ذكر"
    r"|ذكرت|заявил[аи]?|сообщил[аи]?|объявил[аи]?)(?!\w)"))


def _future_clause(text: str, match: _Raw, start: int, end: int) -> bool:
    """'On Monday, Armenia said it will withdraw': the weekday is when it was said. A weekday
    looks ahead only when a future word sits in its own clause, close by."""
    if _REPORTED_BEFORE.search(text, max(start, match.start - 30), match.start) or _REPORTED_AFTER.match(
            text, match.end, min(end, match.end + 40)):
        return False
    low, high = max(start, match.start - _CLAUSE_REACH), min(end, match.end + _CLAUSE_REACH)
    return bool(_FUTURE.search(text, low, high))
_VAGUE_BEFORE = re.compile(r"(?:less than|more than|within|nearly|almost|about|over|under|some|until)\s*$")


def _vague_or_appositive(text: str, match: _Raw, raw: list, position: int) -> bool:
    """'less than a day after', 'on Nov. 8, two days before the ceasefire': no date of its own
    (the second only describes the date it follows)."""
    if _VAGUE_BEFORE.search(text, max(0, match.start - 12), match.start):
        return True
    previous = raw[position - 1] if position else None
    return bool(match.groups.get("dir") in ("after", "before") and previous
                and previous[0] in _EXPLICIT and text[previous[1].end:match.start].strip() in (",", "،"))


def _anchored_ahead(kind: str, match: _Raw, raw: list, position: int, text: str) -> bool:
    """'a day after the 26 October attack', 'exactly a year after the war began on 27 September
    2020': counted from the date that follows in the same clause, when there is one."""
    if kind == "later" and match.groups.get("dir") not in ("after", "before"):
        return False
    if kind not in ("later", "yearafter"):
        return False
    following = raw[position + 1] if position + 1 < len(raw) else None
    return bool(following and following[0] in (*_EXPLICIT, "month", "year")
                and following[1].start - match.end <= _ANCHOR_REACH
                and not re.search(r"[.;؛\n]", text[match.end:following[1].start]))


def _shift(kind: str, match: _Raw) -> tuple[str, int]:
    count = relative.count(match.groups["n"])
    if kind == "yearafter":
        return "years", count or 0
    weeks = 7 if (match.groups.get("unit") or "").startswith("week") else 1
    return "days", (count or 0) * weeks * (-1 if match.groups.get("dir") == "before" else 1)


def _is_dateline(text: str, match: _Raw) -> bool:
    """'YEREVAN, Dec. 15 —', 'МОСКВА, 20 ноября.': when the report was filed, not a happening
    (what happened that day is dated again in the text: 'on Monday', 'в пятницу')."""
    line_start = text.rfind("\n", 0, match.start) + 1
    return bool(_DATELINE_BEFORE.fullmatch(text, line_start, match.start) and _DATELINE_AFTER.match(text, match.end))


def _raw_matches(text: str, language: str) -> list[tuple[str, _Raw]]:
    pattern, alternatives = _compiled_for(language)
    found = []
    for match in pattern.finditer(text):
        kind, names = alternatives[int(match.lastgroup[1:])]
        groups = {own: value for renamed, own in names if (value := match.group(renamed)) is not None}
        found.append((kind, _Raw(match.start(), match.end(), groups)))
    return _drop_weekday_beside_date(text, found)


# "Monday, Oct. 26", "الاثنين الموافق 26", "ليل الجمعة-السبت، أي مع بداية يوم 6 أيار", "Saturday, i.e. May 6"
_JOINED_TO_DATE = re.compile(fold_letters(
    r"[\s,،()]*(?:الموافق|the|(?:أي|that is|i\.e\.)(?:\s+(?:مع\s+)?(?:بداية|فجر|صباح|on|at the start of))?"
    r"(?:\s+(?:يوم|the))?)?[\s,،()]*"))
# "midnight Friday-Saturday", "ليل الجمعة-السبت", "the night of Friday to Saturday": one moment
_NIGHT_BETWEEN = re.compile(fold_letters(r"\s*(?:[-–—/]|to|into|and|إلى|الى|و|على)\s*"))
_EXPLICIT = ("dm", "md", "numeric")


def _drop_weekday_beside_date(text: str, found: list[tuple[str, _Raw]]) -> list[tuple[str, _Raw]]:
    """'صباح الاثنين 26 أكتوبر', 'Monday, Oct. 26', '26 October (Monday)': the weekday names the
    explicit date beside it; 'midnight Friday-Saturday' is the later of the two days."""
    kept = []
    for position, (kind, raw) in enumerate(found):
        following = found[position + 1] if position + 1 < len(found) else None
        previous = found[position - 1] if position else None
        if kind == "weekday" and following and (
                following[0] in _EXPLICIT and _JOINED_TO_DATE.fullmatch(text, raw.end, following[1].start)
                or following[0] == "weekday" and _NIGHT_BETWEEN.fullmatch(text, raw.end, following[1].start)):
            continue
        if kind == "weekday" and previous and previous[0] in _EXPLICIT and not raw.groups.get("last") \
                and _JOINED_TO_DATE.fullmatch(text, previous[1].end, raw.start):
            continue
        kept.append((kind, raw))
    return kept


@dataclass(frozen=True, slots=True)
class _Raw:
    start: int
    end: int
    groups: dict

    def groupdict(self) -> dict:
        return self.groups


def _eventful(text: str, match: _Raw, precision: str, kind: str) -> bool:
    before = text[max(0, match.start - 30):match.start]
    if precision == "year" and kind == "year":
        pre = match.groupdict().get("pre") or ""
        if pre in _LIMIT_WORDS or _PERCENT_BEFORE.search(before) or _LIMIT_BEFORE.search(before):
            return False  # "by 2035", "بحلول عام 2035": a target, not a happening
    return not (precision == "month" and _RANGE_START_BEFORE.search(before))


def _resolve(kind: str, match: _Raw, context: _Context, language: str) -> list[tuple[str, str]]:
    groups = match.groupdict()
    resolver = _RESOLVERS[kind]
    results = resolver(groups, context, language)
    # Only a stated year on a day or month carries over ("March 27, 1993 ... April 2"),
    # not an adjective year ("the 2015 deal will resume talks on November 29").
    stated = bool(groups.get("y")) or (groups.get("rel") or "") in _REL_YEARS
    # "the centre, which had worked since January 2021, closed on April 26": a starting point sets no year
    explicit_year = kind in ("dm", "md", "month", "numeric") and stated and \
        (groups.get("pre") or "").strip() not in _SINCE_WORDS
    for value, precision in results:
        year = int(value[:4])
        context.last_year = year
        if explicit_year:
            context.sentence_year = year  # only a stated year carries over to later dates
        if precision == "day":
            context.last_day = dt.date.fromisoformat(value)
            context.day_in_sentence = True
            if context.published and context.last_day.year != context.published.year and kind in ("dm", "md", "ago"):
                context.narrative_day, context.narrative_sentence = context.last_day, context.sentence
    return results


def _month_number(name: str, language: str) -> int | None:
    name = re.sub(r"\s+", " ", name.rstrip("."))
    if language == "ar":
        return words.AR_MONTHS.get(name)
    if language == "ru":
        for stem, number in sorted(words.RU_MONTH_STEMS.items(), key=lambda item: -len(item[0])):
            if name.startswith(stem):
                return number
        return None
    return words.EN_MONTHS.get(name)


def _day_month(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    month = _month_number(groups["m"], language)
    day = _day_number(groups)
    if not month or not day or day > 31:
        return []
    year = _year_for(month, day, groups, context)
    results = []
    second = int(groups["d2"]) if groups.get("d2") else (
        words.AR_ORDINAL_DAYS.get(re.sub(r"\s+", " ", groups["o2"])) if groups.get("o2") else None)
    for day_value in (day, second):
        if day_value and year and _valid(year, month, day_value):
            results.append((dt.date(year, month, day_value).isoformat(), "day"))
    return results


def _year_for(month: int, day: int, groups: dict, context: _Context) -> int | None:
    if groups.get("y"):
        return int(groups["y"])
    rel = groups.get("rel") or ""
    if context.published is None:
        return None
    if rel in ("last year", "next year", "this year"):
        return context.published.year + _REL_YEARS[rel]
    if context.sentence_year and not rel:
        return context.sentence_year  # "on March 27, 1993 and took it on April 2"
    if not rel and _follows_narrative(month, day, context):
        return context.narrative_day.year
    year = _nearest_year(month, day, context, rel)
    nearest = _date_or_none(year, month, day)
    if not rel and _in_narrative(context) and nearest and (nearest - context.published).days > _NARRATIVE_DAYS \
            and _date_or_none(context.narrative_day.year, month, day):
        # "On July 23, Armenian forces took Aghdam" a few sentences after "April 30, 1993": a
        # past story goes on; it is not news from three months ahead
        return context.narrative_day.year
    return year


def _in_narrative(context: _Context) -> bool:
    return context.narrative_day is not None and context.sentence - context.narrative_sentence <= _NARRATIVE_SENTENCES


_NARRATIVE_SENTENCES = 3
_NARRATIVE_DAYS = 21
_NARRATIVE_BACK_DAYS = 2


def _follows_narrative(month: int, day: int, context: _Context) -> bool:
    """'On May 5, 1994, delegations signed ... Baku only endorsed it on May 8': a bare day a little
    after a day of another year, a few sentences on, continues that story. 'Armenians took Shusha on
    8 May 1992 ... Azerbaijan retook it on Nov. 8' does not: half a year on, it is today's news."""
    if not _in_narrative(context):
        return False
    anchor = context.narrative_day
    candidate = _date_or_none(anchor.year, month, day)
    # mostly onwards; a day or two back ("a truce took hold on April 5. On April 4, the army said")
    return candidate is not None and -_NARRATIVE_BACK_DAYS <= (candidate - anchor).days <= _NARRATIVE_DAYS


def _nearest_year(month: int, day: int, context: _Context, rel: str) -> int:
    published = context.published
    past = [year for year in (published.year - 1, published.year) if _date_or_none(year, month, day)
            and _date_or_none(year, month, day) <= published]
    future = [year for year in (published.year, published.year + 1) if _date_or_none(year, month, day)
              and _date_or_none(year, month, day) > published]
    past_year = max(past) if past else published.year
    future_year = min(future) if future else published.year
    if rel in ("الماضي",):
        return past_year
    if rel in ("المقبل", "القادم"):
        return future_year if not past or _date_or_none(past_year, month, day) != published else past_year
    past_gap = (published - _date_or_none(past_year, month, day)).days
    future_gap = (_date_or_none(future_year, month, day) - published).days
    # News looks back more than forward: a future reading must be clearly closer.
    return future_year if future_gap * 2 < past_gap else past_year


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    return dt.date(year, month, day) if _valid(year, month, day) else None


def _month(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    month = _month_number(groups["m"], language)
    if not month:
        return []
    rel = groups.get("rel") or ""
    if groups.get("y"):
        year = int(groups["y"])
    elif rel == "that year":
        year = context.last_year
    elif context.published is None:
        return []
    elif rel in _REL_YEARS:
        year = context.published.year + _REL_YEARS[rel]
    else:
        year = _nearest_year(month, 1 if month != context.published.month else context.published.day,
                             context, rel)
    return [(f"{year:04d}-{month:02d}", "month")] if year else []


def _year(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    return [(groups["y"], "year")]


def _weekday(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    if context.published is None:
        return []
    name = groups["w"]
    if language == "ar":
        weekday = words.AR_WEEKDAYS.get(name)
    elif language == "ru":
        weekday = next((n for stem, n in words.RU_WEEKDAYS.items() if name.startswith(stem)), None)
    else:
        weekday = words.EN_WEEKDAYS.get(name)
    if weekday is None:
        return []
    published = context.published
    if groups.get("last"):  # "last Monday", "يوم الاثنين الماضي": strictly before publication
        day = published - dt.timedelta(days=(published.weekday() - weekday) % 7 or 7)
    elif context.future:
        day = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    else:
        day = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return [(day.isoformat(), "day")]


def _relative(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    if context.published is None:
        return []
    phrase = re.sub(r"\s+", " ", groups["r"])
    published = context.published
    if phrase in _REL_DAYS:
        return [((published + dt.timedelta(days=_REL_DAYS[phrase])).isoformat(), "day")]
    if phrase in _REL_MONTHS:
        month_index = published.year * 12 + published.month - 1 + _REL_MONTHS[phrase]
        return [(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month")]
    return [(str(published.year + _REL_YEARS[phrase]), "year")]


def _numeric(groups: dict, context: _Context, language: str) -> list[tuple[str, str]]:
    year, month, day = int(groups["y"]), int(groups["n"]), int(groups["d"])
    return [(dt.date(year, month, day).isoformat(), "day")] if _valid(year, month, day) else []




_RESOLVERS = {
    "dm": _day_month, "md": _day_month, "numeric": _numeric, "month": _month, "year": _year,
    "weekday": _weekday, "adjacent": relative.adjacent, "rel": _relative, "nth": relative.nth,
    "ofit": relative.of_it, "ofmonth": relative.of_month, "later": relative.later, "before": relative.days_before,
    "same": relative.same_day, "yearafter": relative.years_after, "ago": relative.years_ago,
}
