"""Cardinal numbers written in digits or words (Arabic, English, Russian), and ranges."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold_letters, normalize_fragment
from .patterns import trie_pattern

_THOUSAND = 1000
_MULTIPLIERS = {100, 1000, 1_000_000}

_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000,
}
_AR_WORDS_RAW = {
    "واحد": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثني": 2, "اثنا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5,
    "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "ثمان": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30,
    "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60,
    "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئات": 100, "مئتان": 200, "مئتين": 200, "مئتي": 200,
    "مائتي": 200, "ألفي": 2000, "مائتين": 200, "مئتا": 200,
    "ألف": 1000, "ألفا": 1000, "آلاف": 1000, "ألفين": 2000, "ألفان": 2000, "مليون": 1_000_000,
    "ملايين": 1_000_000,
}
for _unit, _value in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    _AR_WORDS_RAW[_unit + "مئة"] = _value * 100
    _AR_WORDS_RAW[_unit + "مائة"] = _value * 100
_AR_WORDS = {normalize_fragment(word): value for word, value in _AR_WORDS_RAW.items()}
_RU_STEMS = {
    "одн": 1, "один": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "восем": 8,
    "девят": 9, "десят": 10, "двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50,
    "сто": 100, "сот": 100, "четвер": 4, "тысяч": 1000, "миллион": 1_000_000, "млн": 1_000_000,
}
_RU_WORD_RE = (
    r"(?:одн(?:а|о|ого|ой|ому)|один|двое|трое|четверо|пятеро|шестеро|семеро|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ем|емя)|четыр(?:е|ех|ем)"
    r"|(?:пят|шест|сем|восем|девят|десят)(?:ь|и|ью)|(?:двадцат|тридцат)(?:ь|и)|сорок(?:а)?"
    r"|пятьдесят|сто|сотни|сотен|тысяч(?:а|и|у|ам|ами|ах)?|миллион(?:а|ов)?|млн)"
)
_EN_WORD_RE = "(?:" + trie_pattern(_EN_WORDS) + ")"
# "ثمانية عشر", "اثني عشر": a unit followed by ten is one number (11-19), also with the article:
# "الجنود الثمانية عشر" are eighteen soldiers, not eight and ten
_AR_TEEN_UNITS = "(?:" + trie_pattern(normalize_fragment(word) for word in (
    "أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة",
    "سبع", "سبعة", "ثماني", "ثمانية", "ثمان", "تسع", "تسعة")) + ")"
# "الثانية عشرة من عمره", "اليوم الحادي عشر": an ordinal teen is no count (its "عشرة" is not ten)
_AR_ORDINAL_TEEN = re.compile("(?:ال)?(?:" + trie_pattern(normalize_fragment(word) for word in (
    "حادي", "حادية", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع",
    "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة")) + r")\s+عشر(?:ه)?(?!\w)")
_AR_WORD_RE = (_AR_ORDINAL_TEEN.pattern + "|(?:ال)?" + _AR_TEEN_UNITS + r"\s+عشر(?:ه)?(?!\w)|"
               "(?:" + trie_pattern(_AR_WORDS) + r")(?:ا)?(?:\s+عشر(?:ه)?(?!\w))?")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d.]\d)|\d+(?![.,:]\d)(?!\d)"  # not 4.8, not 13:00
_AR_MULT_RE = "(?:" + trie_pattern(w for w, v in _AR_WORDS.items() if v >= 1000) + r")(?:ا)?"
_EN_MULT_RE = "(?:thousand|million)"
# "مليون ونصف المليون", "ثلاثة آلاف ونصف": and a half of the multiplier before it
_AR_HALF = r"(?:\s+ونصف(?:\s+ال(?:مليون|الف))?(?!\w))?"
_RU_MULT_RE = r"(?:тысяч(?:а|и|у|ам|ами|ах)?|миллион(?:а|ов)?|млн)"
# "1.5 million", "2,5 млн": a decimal is a count only with a multiplier after it
_DECIMAL = r"\d+(?:\.\d+|,\d{{1,2}})(?=\s+{})"
_PHRASES = {
    # digits take only a multiplier after them, so "30 and 40" stays two numbers
    "en": rf"(?:(?:{_DECIMAL.format(_EN_MULT_RE)}|{_DIGITS})(?:\s+{_EN_MULT_RE})?"
          rf"|{_EN_WORD_RE}(?:(?:\s+and\s+|[\s\-]+){_EN_WORD_RE})*)",
    "ar": rf"(?:{_DECIMAL.format(_AR_MULT_RE)}|{_DIGITS}|{_AR_WORD_RE})(?:\s+{_AR_MULT_RE})*"
          rf"(?:\s+و(?:{_AR_WORD_RE})(?:\s+{_AR_MULT_RE})*)*{_AR_HALF}",
    "ru": rf"(?:(?:{_DECIMAL.format(_RU_MULT_RE)}|{_DIGITS})(?:\s+{_RU_MULT_RE})?|{_RU_WORD_RE}(?:\s+{_RU_WORD_RE})*)",
}
_BEFORE = {"ar": r"(?:(?<![\w.,:])|(?<=\sو)|(?<=^و))", "en": r"(?<![\w.,:])", "ru": r"(?<![\w.,:])"}
_NUMBER_RES = {
    lang: re.compile(rf"{_BEFORE[lang]}{phrase}(?!\w)") for lang, phrase in _PHRASES.items()
}
_RANGE_BETWEEN = re.compile(fold_letters(r"^\s*(?:and|to|or|-|–|و|إلى|الى|حتى|до|и|или)\s*$"))
# "rose from 50 to 71", "выросло с 50 до 71", "ارتفع من 50 إلى 71": a change is two figures, not a range
_CHANGE_FROM = re.compile(fold_letters(
    r"(?<!\w)[وف]?(?:rose|risen|rise|rises|climbed|jumped|increased|grew|fell|dropped|declined|raised|revised|updated|"
    r"вырос\w*|возрос\w*|увеличил\w*|снизил\w*|сократил\w*|ارتفع\w*|زاد|زادت|تراجع\w*|انخفض\w*)"
    r"\s+(?:[^\W\d]+\s+){0,5}?(?:from|с|со|من)\s+(?:[^\W\d]+\s+)?$"))


@dataclass(frozen=True, slots=True)
class NumberMention:
    value: int
    high: int | None
    start: int
    end: int


def find_numbers(text: str, language: str) -> list[NumberMention]:
    """Numbers in normalised text; adjacent numbers joined by 'to'/'and'/'-' form ranges."""
    pattern = _NUMBER_RES.get(language, _NUMBER_RES["en"])
    singles = []
    for match in pattern.finditer(text):
        if language == "ar" and _AR_ORDINAL_TEEN.match(match.group()):
            continue
        value = _evaluate(match.group(), language)
        if value is not None:
            singles.append(NumberMention(value, None, match.start(), match.end()))
    implicit = _IMPLICIT.get(language)
    if implicit is not None:
        singles.extend(_implicit_counts(text, implicit, singles))
        singles.sort(key=lambda number: number.start)
    return _join_ranges(text, singles)


# Counts a noun carries by itself: an Arabic dual ("مقتل ضابطين" is two officers), a bare
# singular after a kill/wound verb ("قتل مدني", "a soldier was killed" is one), and the
# next member of a group already counted ("killing two crew members and wounding a third").
# The mention is empty, at the noun, so the kind and population words around it are read as usual.
# Only duals whose plural is spelt differently: "مدنيين" is also the plural "civilians".
_AR_DUALS = ("جنديين", "جنديان", "ضابطين", "ضابطان", "شخصين", "شخصان", "طفلين", "طفلان", "رجلين",
             "امراتين", "سيدتين", "عنصرين", "عنصران", "شقيقين", "قتيلين", "جريحين", "اسيرين")
_AR_SINGULARS = ("جندي", "مدني", "ضابط", "عسكري", "شخص", "طفل", "مواطن", "مقاتل", "عنصر", "رجل", "امراه",
                 "شاب", "صحفي", "طفله", "فتاه", "جريح", "قتيل")
_AR_HARM_VERB = r"(?:[وف]?(?:قتل|قتلت|اصيب|اصيبت|جرح|جرحت|استشهد|استشهدت|لقي|لقيت|مقتل|اصابه|مصرع|استشهاد|سقوط|سقط))"
_AR_PASSIVE = r"(?:قتل|قتلت|اصيب|اصيبت|جرح|جرحت|استشهد|استشهدت|اسر)"  # not "فقد": "إن جندياً فقد الاتصال" lost contact
# "قُتل أيضاً مدني", "أصيب أمس جندي": a short adverb may sit between the verb and its subject
_AR_ADVERB = r"(?:(?:ايضا|كذلك|امس|اليوم|بدوره|فيها|خلالها)\s+)?"
# "أن طفلاً في الثانية عشرة من عمره قُتل", "يبلغ من العمر ١٢ عاماً": an age between subject and verb
_AR_AGE = (r"(?:(?:في\s+\S+(?:\s+عشره?)?\s+من\s+(?:ال)?عمر\w*|(?:يبلغ\s+)?من\s+العمر\s+\S+(?:\s+عشره?)?"
           r"\s+(?:عاما|سنه|سنوات))\s+)?")
_EN_PERSON = (r"(?:soldier|serviceman|officer|civilian|person|child|boy|girl|woman|man|fighter|journalist|resident|"
              r"pilot|crew member|policeman|border guard|volunteer|medic|conscript)")
# "a deal was killed by the veto": plans and bills die too, people are what is counted
_EN_NOT_PERSON = r"(?:deal|plan|bill|proposal|resolution|motion|project|agreement|truce|ceasefire|initiative|idea|law|peace)"
_EN_HARMED = r"(?:killed|wounded|injured|shot dead)"
_IMPLICIT = {
    "ar": re.compile(
        rf"(?<!\w)[وف]?(?:ب|ل)?(?P<dual>{'|'.join(_AR_DUALS)})(?!\w)(?!\s+(?:اثنين|اثنان|\d))"
        rf"|(?<!\w){_AR_HARM_VERB}\s+{_AR_ADVERB}(?P<single>{'|'.join(_AR_SINGULARS)})(?!\w)(?!\s+(?:\d|واحد))"
        # "أعلنت الوزارة أن جندياً أذربيجانياً قُتل": the subject comes first; the mention sits after
        # the verb so the verb reads as the kind word before it
        rf"|(?<!\w)[بل]?[اإ]ن\s+(?:{'|'.join(_AR_SINGULARS)})ا?\s+(?:[^\W\d]+\s+)?{_AR_AGE}(?:قد\s+)?{_AR_PASSIVE}(?P<after_verb>)(?!\w)"),
    "en": re.compile(
        # "a 76-year-old civilian was killed", "a soldier aged 19 died", "a shepherd was wounded"
        # (whatever the noun: only people are "killed" or "wounded" in a single noun phrase)
        rf"(?<![\w.,])(?P<single>an?)\s+(?:[\w\-]+\s+){{0,2}}?(?!{_EN_NOT_PERSON}\s)[^\W\d]+(?:,?\s+aged\s+\d+,?)?\s+"
        rf"(?:(?:was|has been|had been)\s+{_EN_HARMED}|died)(?!\w)"
        # "killing a soldier", "wounded a 12-year-old girl"
        rf"|(?<!\w)(?:killing|killed|wounding|wounded|injuring|injured)\s+(?P<object>an?)\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"{_EN_PERSON}(?!\w)"
        # "... and wounding a third", "and another was injured"; not "a third of the population", "another 40"
        rf"|(?<!\w)(?:killing|killed|wounding|wounded|injuring|injured|and)\s+"
        rf"(?P<next>a (?:second|third|fourth|fifth|sixth)|another)(?:\s+{_EN_PERSON})?"
        rf"(?=\s*(?:[,.;)]|$|and\b|was\b|were\b|had\b|has\b|died\b|went missing\b))"),
}


def _implicit_counts(text: str, pattern: re.Pattern[str], explicit: list[NumberMention]) -> list[NumberMention]:
    taken = [(number.start, number.end) for number in explicit]
    found = []
    for match in pattern.finditer(text):
        group = match.lastgroup or "single"
        start = match.start(group)
        if any(begin <= start < end for begin, end in taken):
            continue
        found.append(NumberMention(2 if group == "dual" else 1, None, start, start))
    return found


def _join_ranges(text: str, singles: list[NumberMention]) -> list[NumberMention]:
    joined: list[NumberMention] = []
    index = 0
    while index < len(singles):
        current = singles[index]
        following = singles[index + 1] if index + 1 < len(singles) else None
        if following and following.value > current.value and _RANGE_BETWEEN.match(
            text[current.end:following.start]
        ) and not _CHANGE_FROM.search(text, max(0, current.start - 60), current.start):
            low = current.value * _shared_multiplier(text, current, following)
            joined.append(NumberMention(low, following.value, current.start, following.end))
            index += 2
            continue
        joined.append(current)
        index += 1
    return joined


# "3-5 тысяч", "من 5 إلى 7 آلاف", "20 to 30 thousand": the multiplier after the range is both ends
_MULTIPLIER_END = re.compile(fold_letters(
    r"(?:thousand|million|الف|الفا|آلاف|الاف|مليون|ملايين|тысяч[а-я]*|миллион[а-я]*|млн)$"))


def _shared_multiplier(text: str, low: NumberMention, high: NumberMention) -> int:
    if not _MULTIPLIER_END.search(text, high.start, high.end) or _MULTIPLIER_END.search(text, low.start, low.end):
        return 1
    for multiplier in (1_000_000, _THOUSAND):
        if high.value % multiplier == 0 and low.value < high.value // multiplier:
            return multiplier
    return 1


def _evaluate(phrase: str, language: str) -> int | None:
    if language == "ar" and " ونصف" in phrase:
        whole = _evaluate(phrase[:phrase.index(" ونصف")], language)
        multiplier = max((value for value in _MULTIPLIERS if whole and whole >= value and whole % value == 0), default=0)
        return whole + multiplier // 2 if whole is not None and multiplier >= _THOUSAND else whole
    if language == "en" and phrase.endswith("dozen") and phrase != "dozen":
        times = _evaluate(phrase[:-5].rstrip(" -"), language)  # "two dozen" is 24, "a dozen" 12
        return times * 12 if times is not None else None
    tokens = re.findall(r"\d+(?:\.\d+|,\d{1,2})(?=\s)|\d[\d,]*|[^\W\d_]+", phrase)
    values = [_token_value(token, language) for token in tokens if token not in ("and",)]
    values = [value for value in values if value is not None]
    if not values:
        return None
    total, current = 0, 0
    for value in values:
        if value in _MULTIPLIERS and value >= _THOUSAND:
            total += max(current, 1) * value
            current = 0
        elif value == 100 and current and current < 100:
            current *= 100
        else:
            current += value
    return round(total + current)


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")  # "2,5" is two and a half; "2,500" is a thousands separator


def _token_value(token: str, language: str) -> float | None:
    if token[0].isdigit():
        if "." in token or _DECIMAL_COMMA.fullmatch(token):
            return float(token.replace(",", "."))  # "1.5 million", "2,5 млн"
        return int(token.replace(",", ""))
    if language == "ar":
        if token.startswith("ال") and token[2:] in _AR_WORDS:
            return _AR_WORDS[token[2:]]
        bare = token[1:] if token.startswith("و") and token[1:] in _AR_WORDS or (
            token.startswith("و") and token[1:].rstrip("ا") in _AR_WORDS) else token
        return _AR_WORDS.get(bare) or _AR_WORDS.get(bare.rstrip("ا")) or _AR_WORDS.get(bare[:-1] if bare.endswith("ا") else bare)
    if language == "ru":
        for stem in sorted(_RU_STEMS, key=len, reverse=True):
            if token.startswith(stem):
                return _RU_STEMS[stem]
        return None
    return _EN_WORDS.get(token)
