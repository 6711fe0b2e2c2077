"""Casualty figures: a number tied to killed / wounded / missing / captured / displaced."""
from __future__ import annotations

import re

from .document import Document
from .normalize import fold_letters
from .numbers import NumberMention
from .patterns import ScriptLexicon, lexicon_regex
from .types import Casualty

# Kind words that follow the number: "511 people were killed", "٢٧٨٣ قتيلاً", "61 погибшем".
_KIND_AFTER = {
    "killed": ["killed", "dead", "died", "deaths", "fatalities", "lives", "lost their lives", "قتيلا?", "قتلى", "قتلوا", "شهيدا?",
               "شهداء", "حتفهم", "مصرعهم", "استشهدوا", "погиб[а-я]*", "убит[а-я]*", "жертв[а-я]*"],
    "wounded": ["wounded", "injured", "hurt", "جريحا?", "جرحى", "مصابا?", "مصابين", "اصيبوا", "ранен[а-я]*",
                "ранени[а-я]*", "пострадавш[а-я]*"],
    "missing": ["missing", "مفقودا?", "مفقودين", "المفقودين", "пропавш[а-я]*", "пропал[а-я]* без вести"],
    "captured": ["captured", "taken prisoner", "prisoners(?: of war)?", "captives", "pows", "detainees", "اسيرا?",
                 "اسرى", "معتقلين", "пленн[а-я]*", "военнопленн[а-я]*"],
    "displaced": ["displaced", "fled", "to flee", "fleeing", "crossed into", "from their homes", "homeless",
                  "forced out of their homes", "left their homes",
                  "evacuated", "refugees", "نازحا?", "نازحين", "نزحوا", "فروا", "عبروا", "لاجيا?", "لاجيين",
                  "مهجرا?", "беженц[а-я]*", "бежал[а-я]*", "переселенц[а-я]*",
                  r"покинул[аи]?\s+(?:свои\s+)?дом[а-я]*"],
}
# Kind words that precede the number: "مقتل ٢٣١٧", "death toll at 3,773", "о гибели ... 874".
_KIND_BEFORE = {
    "killed": ["death toll", "killing", "killed", "bodies of", "deaths of", "claimed the lives of",
               "number of (?:the )?(?:dead|deaths|fatalities|those killed)", "عدد الضحايا", "حصيله الضحايا", "مقتل", "مصرع",
               "قتل", "سقط", "لقي", "استشهاد", "بحياه", "قتلا(?:ها|هم|ه|نا)", "عدد القتلى",
               "حصيله القتلى", "число погибших", "унес[а-я]* жизни", "гибел[а-я]*", "погибл[аои]", "погибло"],
    "wounded": ["wounding", "injuring", "wounded", "injured", "اصابه", "جرح", "اصيب", "ранени[а-я]*", "ранен[аоы]?"],
    "missing": ["فقدان"],
    "captured": ["captured", "taking prisoner", "اسر", "захватил[аи]? в плен"],
    "displaced": ["arrivals", "displacing", "الوافدين", "النازحين", "نزوح", "فرار", "تهجير", "نزح", "فر", "هجر",
                  "число беженцев", "бежали", "покинули"],
}
# Words that point back at the figure being discussed ("raised the figure to 2,425").
_ANAPHORIC_BEFORE = ["figure", "toll", "tally", "counted", "count", "الحصيله", "العدد", "цифр[а-я]*"]
_MILITARY = ["soldiers?", "servicemen", "serviceman", "officers?", "troops",
             "ضابطا?", "ضباط", "ضابطين", "جنديين", "military", "combatants", "fighters", "عسكريا?", "عسكريين",
             "العسكريين", "جنديا?", "جنود", "افراد قواتها", "افراد القوات", "مقاتلا?", "مقاتلين",
             "военнослужащ[а-я]*", "военн[а-я]*", "солдат[а-я]*", "бойц[а-я]*"]
_CIVILIAN = ["civilians?", "residents", "women", "children",
             "اطفال", "طفلا?", "طفلين", "مواطنا?", "مواطنين", "مدنيا?", "مدنيين", "المدنيين", "السكان",
             "мирн[а-я]* жител[а-я]*", "мирного населения", "гражданск[а-я]*"]
_VAGUE_BEFORE = re.compile(r"(?:several|a few|few|many|some|hundreds of|بضع|عده|несколько)\s*$")
# A figure inside "including ..." shares the kind of the toll it belongs to.
_INCLUDING_BEFORE = re.compile(fold_letters(
    r"(?:including|among them|of whom|بينهم|من بينهم|منهم|في عدادهم|в том числе|из них)\s*(?:\S+\s+){0,2}$"))
_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:the|both|all)\s+$")
_PERCENT_AFTER = re.compile(r"^\s*(?:%|في الميه|بالميه|percent|per cent|процент)")
_UNIT_AFTER = re.compile(
    r"^[\s\-]*(?:gmt|utc|local time|بتوقيت|km|kilomet|كيلو|متر|دولار|dollar|\$|bodies|جثه|جثث|(?:ال)?يوما?(?!\w)|"
    r"ايام|ساع|اشهر|شهر|"
    r"اسابيع|سنوات|عاما|days?(?!\w)|hours?|weeks?|months?|years?|дн|час|недел|месяц|лет(?!\w)|год)"
)


_CONFLICT = ScriptLexicon({"conflict": [
    "war", "wars", "fighting", "clashes", "shelling", "offensive", "attacks?", "strikes?", "bombing", "bombardment",
    "military", "troops", "soldiers", "servicemen", "army", "forces", "ceasefire", "truce", "rebels", "militants",
    "conflict", "hostilities", "missile", "drone", "refugees", "displaced", "exodus",
    "حرب", "الحرب", "معارك", "المعارك", "اشتباكات", "قصف", "القصف", "هجوم", "غاره", "غارات", "عسكري", "عسكريين",
    "جيش", "الجيش", "جنود", "قوات", "القوات", "النزاع", "الصراع", "هدنه", "صاروخي", "نازح", "نازحين", "النزوح",
    "войн[а-я]*", "бо[йие][а-я]*", "обстрел[а-я]*", "удар[а-я]*", "арми[а-я]*", "военн[а-я]*", "конфликт[а-я]*",
    "перемири[а-я]*", "беженц[а-я]*",
]}, arabic_prefix=True)
_AFTER = ScriptLexicon(_KIND_AFTER, arabic_prefix=True)
_BEFORE = ScriptLexicon(_KIND_BEFORE, arabic_prefix=True)
_CONJUNCTION = re.compile(r"(?:,|،|\band\b|\bи\b|(?<!\w)و)")
_CLOSE = 25
_ANAPHORIC_RE = re.compile(lexicon_regex(_ANAPHORIC_BEFORE))
_MILITARY_RE = re.compile(lexicon_regex(_MILITARY, arabic_prefix=True))
_CIVILIAN_RE = re.compile(lexicon_regex(_CIVILIAN, arabic_prefix=True))
_COORDINATION = re.compile(r"^[^\d,.;]{0,30}(?:\sand\s|\sи\s|\sو)[^\d]{0,3}$")
_AFTER_WINDOW = 110
_BEFORE_WINDOW = 90


def extract_casualties(document: Document) -> list[Casualty]:
    if not _CONFLICT[document.language].search(document.text):
        return []  # players injured in a match or a road accident are not war casualties
    found: list[Casualty] = []
    seen: dict[tuple[int, str], tuple[int, str | None]] = {}
    last: Casualty | None = None
    for index, sentence in enumerate(document.sentences):
        if sentence.headline:
            continue
        dates = document.in_sentence(document.dates, index)
        numbers = [number for number in document.in_sentence(document.numbers, index)
                   if not any(date.start <= number.start < date.end for date in dates)]
        previous_end, previous_kind = sentence.start, None
        for number in numbers:
            kind = _kind_of(document, number, previous_end, previous_kind, last, sentence.end)
            previous_end, previous_kind = number.end, kind
            if kind is None:
                continue
            casualty = _casualty(document, number, kind, index)
            earlier = seen.get((number.value, kind))
            # a figure repeated is one fact; "two Armenian and two Azerbaijani soldiers" are two
            if earlier is not None and (earlier[0] != index or earlier[1] == casualty.party):
                continue
            seen[(number.value, kind)] = (index, casualty.party)
            last = casualty
            found.append(last)
    return found


def _kind_of(document: Document, number: NumberMention, previous_end: int, previous_kind: str | None,
             last: Casualty | None, sentence_end: int) -> str | None:
    text = document.text
    after = text[number.end:min(sentence_end, number.end + _AFTER_WINDOW)]
    before = text[max(previous_end, number.start - _BEFORE_WINDOW):number.start]
    if _not_a_toll(text, number, before, after):
        return None
    if previous_kind and _INCLUDING_BEFORE.search(before[-30:]):
        return previous_kind  # "32 killed, among them 7 civilians": the civilian toll is a figure too
    kind = _kind_from_words(document.language, before, _until_next_figure(after), previous_kind, last)
    return kind or _shared_kind(document.language, after)


_COORDINATED_GAP = re.compile(r"[^\d,.;،]{0,40}(?:\sand\s|\sи\s|\sو)\s*")
_NEXT_DIGITS = re.compile(r"\d[\d,]*")


def _shared_kind(language: str, after: str) -> str | None:
    """'4 Armenian soldiers and 3 Azerbaijani servicemen were killed': two figures, one kind word."""
    following = _NEXT_DIGITS.search(after)
    if following is None or not _COORDINATED_GAP.fullmatch(after, 0, following.start()):
        return None
    rest = after[following.end():following.end() + 60]
    match = _AFTER[language].search(rest)
    if match is None or _BEFORE[language].search(rest[: match.start()]):
        return None
    return match.lastgroup


def _not_a_toll(text: str, number: NumberMention, before: str, after: str) -> bool:
    """Percentages, distances, durations, times; "several hundred", "the two sides"."""
    if _PERCENT_AFTER.match(after) or _UNIT_AFTER.match(after):
        return True
    return not text[number.start].isdigit() and bool(_VAGUE_BEFORE.search(before) or _DEFINITE_BEFORE.search(before))


def _kind_from_words(language: str, before: str, after: str, previous_kind: str | None,
                     last: Casualty | None) -> str | None:
    after_re, before_re = _AFTER[language], _BEFORE[language]
    after_match = after_re.search(after)
    if after_match and before_re.search(after[: after_match.start()]):
        after_match = None  # that kind word belongs to the next figure
    before_match = _last_match(before_re, before)
    # "3,812 dead" (kind word straight after) beats "killed 5 and wounded 10" (kind word before)
    if after_match and after_match.start() <= _CLOSE and not _CONJUNCTION.search(after[: after_match.start()]):
        return after_match.lastgroup
    if before_match and len(before) - before_match.end() <= _CLOSE:
        return before_match.lastgroup
    if after_match:
        return after_match.lastgroup
    if before_match:
        return before_match.lastgroup
    if previous_kind and _COORDINATION.match(before):
        return previous_kind  # "874 военнослужащих и 37 мирных жителей"
    if last is not None and _ANAPHORIC_RE.search(before[-40:]):
        return last.kind
    return None


def _until_next_figure(after: str) -> str:
    """Keep the window to this figure: stop at the next number, unless it is a percentage
    or a subset ("13 people, including 2 children, were killed")."""
    for match in re.finditer(r"\d[\d,]*", after):
        if not _PERCENT_AFTER.match(after[match.end():]) and not _INCLUDING_BEFORE.search(after[: match.start()]):
            return after[: match.start()]
    return after


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - we want the closest one
        pass
    return last


def _casualty(document: Document, number: NumberMention, kind: str, index: int) -> Casualty:
    population = _population(document.text, number, kind)
    parties = document.in_sentence(document.parties, index)
    before = [party for party in parties if party.start < number.start]
    own = _own_party(document.text, number, parties)
    party = own or ((before[-1] if before else parties[0]).code if parties else None)
    # "said 4 Armenian soldiers ...": a party qualifying a figure is not the figure's source
    qualifiers = set()
    for figure in document.in_sentence(document.numbers, index):
        following = [candidate for candidate in parties if candidate.start >= figure.end][:1]
        if following and _own_party(document.text, figure, following):
            qualifiers.add(id(following[0]))
    sources = [candidate for candidate in parties if id(candidate) not in qualifiers] or parties
    reported_by = _reporter(document.text, sources, own) if parties else None
    evidence, start, end = document.evidence(index)
    return Casualty(number.value, number.high, kind, population, party, reported_by, evidence, start, end)


def _population(text: str, number: NumberMention, kind: str) -> str:
    """The population word closest to the figure: 'four soldiers and one civilian' are two."""
    low = max(0, number.start - 40)
    around = text[low:number.end + 60]
    best, distance = None, None
    for label, pattern in (("military", _MILITARY_RE), ("civilian", _CIVILIAN_RE)):
        for match in pattern.finditer(around):
            start = low + match.start()
            gap = number.start - (low + match.end()) if start < number.start else start - number.end
            gap = gap * 2 if start < number.start else gap  # the noun follows its figure
            if distance is None or gap < distance:
                best, distance = label, gap
    if best:
        return best
    return "civilian" if kind == "displaced" else "unknown"


# Between a figure and the party that qualifies it: at most a noun ("4 Armenian soldiers",
# "5 جنود أرمن"), never a clause boundary.
_OWN_PARTY_GAP = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}$")
_OWN_PARTY_BLOCK = re.compile(fold_letters(r"(?<!\w)(?:and|or|said|says|from|by|of|و|قال|قالت|من|и|по)(?!\w)"))


def _own_party(text: str, number: NumberMention, parties: list) -> str | None:
    for party in parties:
        if party.start < number.end:
            continue
        gap = text[number.end:party.start]
        if len(gap) > 30 or not _OWN_PARTY_GAP.match(gap) or _OWN_PARTY_BLOCK.search(gap):
            return None
        return party.code
    return None


def _reporter(text: str, parties: list, own: str | None) -> str:
    """Who gives the figure: the party beside 'said' / 'according to' / 'وفقا' / 'по данным',
    else the first party of the sentence ('Azerbaijan said 12 Armenian soldiers ...')."""
    best, distance = None, None
    for match in _ATTRIBUTION.finditer(text, parties[0].start - 60, parties[-1].end + 60):
        for party in parties:
            gap = party.start - match.end() if party.start >= match.end() else match.start() - party.end
            if 0 <= gap <= 40 and (distance is None or gap < distance):
                best, distance = party.code, gap
    return best or parties[0].code


_ATTRIBUTION = re.compile(fold_letters(
    r"(?<!\w)(?:said|says|according to|reported|announced|told|ministry|قال|قالت|وفقا|بحسب|حسب|اعلن|اعلنت|وزاره"
    r"|сообщил[аи]?|заявил[аи]?|по данным|минобороны|министерств[а-я]*)(?!\w)"))
