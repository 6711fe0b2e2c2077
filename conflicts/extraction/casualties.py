"""Casualty figures: a number tied to killed / wounded / missing / captured / displaced."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import casualty_people as people
from . import casualty_words as vocab
from .document import Document, Sentence
from .normalize import fold_letters
from .numbers import NumberMention
from .parties import PartyMention
from .patterns import ScriptLexicon
from .types import Casualty

_VAGUE_BEFORE = re.compile(r"(?:several|a few|few|many|some|hundreds of|بضع|عده|несколько)\s*$")
# A figure inside "including ..." shares the kind of the toll it belongs to, as does a breakdown after a
# colon ("killed 20 people: 12 soldiers and 8 civilians").
_INCLUDING_BEFORE = re.compile(fold_letters(
    r"(?:(?:including|among them|of whom|بينهم|من بينهم|منهم|في عدادهم|в том числе|из них)\s*(?:\S+\s+){0,2}|:\s*)$"))
_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:the|both|all)\s+$")
_NONE_BEFORE = re.compile(r"(?<!\w)(?:no|not|nor|ни)\s+$")  # "no one was hurt", "ни один"
_MODEL_BEFORE = re.compile(r"[^\W\d]-$")  # a model designation: "Mi-24", "مي-24", "S-300"
_PERCENT_AFTER = re.compile(r"^\s*(?:%|في الميه|بالميه|percent|per cent|процент)")
_UNIT_AFTER = re.compile(
    r"^[\s\-]*(?:gmt|utc|local time|بتوقيت|km|kilomet|كيلو|متر|دولار|dollar|\$|euros?(?!\w)|pounds(?!\w)|rubles|roubles|"
    r"руб|manats?(?!\w)|يورو|ليره|ريال|bodies|جثه|جثث|(?:ال)?يوما?(?!\w)|"
    r"ايام|ساع|اشهر|شهر|"
    r"اسابيع|سنوات|عاما|days?(?!\w)|hours?|weeks?|months?|years?|дн|час|недел|месяц|лет(?!\w)|год|"
    r"[ap]\.m\.|[ap]m(?!\w)|утра|вечера|мск|"  # "since 8 p.m.": a clock time
    r"من (?:ال)?عمر)"  # "في العاشرة من عمره": an age
)
# "thousands of", "آلاف النازحين", "сотни": a plural multiplier alone is no figure
_PLURAL_MULTIPLIER = re.compile(fold_letters(r"(?:ال)?(?:آلاف|الوف|مئات|ملايين)"))
# "بعد وفاة أحد المصابين": one of the wounded is not a wounded figure
_ARABIC_ONE_OF = re.compile(fold_letters(r"(?:أحد|إحدى)\s+ال"))
# "raised its toll to 71 from 50", "rose from 50 to 71", "ارتفعت من 50 إلى 71": the same toll, earlier or later
_TOLL_CONNECTOR = re.compile(fold_letters(
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|to|إلى|الى|من|до|с|со)\s+(?:(?:the|its|an earlier|a previous)\s+)?"))
_TOLL_CONNECTOR_AFTER = re.compile(
    r"\s*(?:$|[,.;:)\u2014]|(?:and|on|in|at|by|after|since|as|over|amid|when|according|overnight|yesterday|today|later|now|this|"
    r"last|a day|the day|earlier|previously|"
    r"he|she|it|they|و|في|بعد|منذ|حسب|بحسب|وفق|خلال|امس|اليوم|и|в|на|после|по|за|вчера|сегодня|накануне)(?!\w))")
# "released 15 prisoners in exchange for three soldiers", "مقابل جنديين": the other side of a swap
_EXCHANGE_BEFORE = re.compile(fold_letters(
    r"[,،]?\s*(?:in exchange for|in return for|for|في مقابل|مقابل|في المقابل|в обмен на)\s+$"))


_CONFLICT = ScriptLexicon({"conflict": [
    "war", "wars", "fighting", "clashes", "shelling", "offensive", "attacks?", "strikes?", "bombing", "bombardment",
    "military", "troops", "soldiers", "servicemen", "army", "forces", "ceasefire", "truce", "rebels", "militants",
    "conflict", "hostilities", "missile", "drone", "refugees", "displaced", "exodus", "sniper",
    "prisoners of war", "pows", "prisoner swap", "prisoner exchange", "line of contact", "landmines?", "peacekeepers?",
    "mine blast", "shelled", "اسيرا?", "اسيرين",
    "قناص", "اسرى", "تبادل الاسرى", "خط التماس", "لغم", "الغام", "القتال", "قتال", "مواجهات", "المواجهات",
    "военнопленн[а-я]*", "миротвор[а-я]*",
    "حرب", "الحرب", "معارك", "المعارك", "معركه", "اشتباكات", "قصف", "القصف", "هجوم", "غاره", "غارات", "عسكري", "عسكريين",
    "جيش", "الجيش", "جنود", "قوات", "القوات", "النزاع", "الصراع", "هدنه", "صاروخي", "نازح", "نازحين", "النزوح",
    "войн[а-я]*", "бо[йие][а-я]*", "обстрел[а-я]*", "удар[а-я]*", "арми[а-я]*", "военн[а-я]*", "конфликт[а-я]*",
    "перемири[а-я]*", "беженц[а-я]*",
]}, arabic_prefix=True)
_AFTER = vocab.KIND_AFTER
_BEFORE = vocab.KIND_BEFORE
_CONJUNCTION = re.compile(r"(?:,|،|\band\b|\bи\b|(?<!\w)و)")
_CLOSE = 25
_COORDINATION = re.compile(r"^[^\d,.;]{0,30}(?:\sand\s|\sи\s|\sو)[^\d]{0,3}$")
# "four Armenian soldiers, according to Yerevan, and three Azerbaijani servicemen, according to
# Baku": the source named between two figures does not break their shared kind.
_COORDINATION_PAST_SOURCE = re.compile(fold_letters(
    r"^[^\d.;]{0,40}[,،]\s*(?:(?:according to|citing|بحسب|حسب|وفقا|نقلا عن|по данным)[^\d.;,،]{0,60}"
    r"|[^\d.;,،]{0,60}(?:said|says|reported))[,،]\s*(?:and\s+|و|и\s+)$"))
_TOLL_WINDOW = 220
_CLAUSE_PUNCTUATION = re.compile(r"[,،;:]")
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
        in_sentence: list[Casualty] = []
        for position, number in enumerate(numbers):
            reading = _kind_of(document, number, previous_end, previous_kind, last, sentence, numbers[position + 1:])
            if reading.measure:
                continue  # "in the six-week war", "at 8 p.m.": the toll phrase reaches past it
            previous_end, previous_kind = number.end, reading.kind
            if reading.kind is None:
                continue
            reading.following = numbers[position + 1].start if position + 1 < len(numbers) else sentence.end
            reading.earlier, reading.last = in_sentence, last
            casualty = _casualty(document, number, index, reading)
            if not reading.subset:
                in_sentence.append(casualty)
            earlier = seen.get((number.value, reading.kind))
            # a figure repeated is one fact; "two Armenian and two Azerbaijani soldiers" are two
            if earlier is not None and (earlier[0] != index or earlier[1] == casualty.party):
                continue
            seen[(number.value, reading.kind)] = (index, casualty.party)
            last = casualty
            found.append(last)
    return found


@dataclass(slots=True)
class _Reading:
    """What the words around a figure say about it: its kind, and how that was found (a toll
    phrase from afar, "the figure" pointing back, a subset "including ..."); then its neighbours:
    where the next figure starts, the sentence's earlier figures that are not subsets, and the
    article's last casualty."""

    kind: str | None
    measure: bool = False
    toll: str | None = None
    anaphoric: bool = False
    subset: bool = False
    following: int = 0
    earlier: list[Casualty] = field(default_factory=list)
    last: Casualty | None = None


def _kind_of(document: Document, number: NumberMention, previous_end: int, previous_kind: str | None,
             last: Casualty | None, sentence: Sentence, later: list[NumberMention]) -> _Reading:
    text, language = document.text, document.language
    after = text[number.end:min(sentence.end, number.end + _AFTER_WINDOW)]
    before = text[max(previous_end, number.start - _BEFORE_WINDOW):number.start]
    if _a_measure(number, before, after):
        return _Reading(None, measure=True)
    if _not_a_toll(text, number, before, after):
        return _Reading(None)
    if previous_kind and _INCLUDING_BEFORE.search(before[-30:]):
        return _Reading(previous_kind, subset=True)  # "32 killed, among them 7 civilians": the civilian toll is a figure too
    if previous_kind and _continues_previous(previous_kind, before, after):
        return _Reading(previous_kind)
    toll_kind, toll = _toll(language, text, previous_end, number)
    kind = _kind_from_words(language, before, _until_next_figure(text, number, after, later), previous_kind, toll_kind)
    if kind is None and last is not None and vocab.ANAPHORIC_RE.search(before[-40:]):
        return _Reading(last.kind, anaphoric=True)  # "raised the figure to 2,425"
    kind = kind or _shared_kind(language, number, after, later)
    if kind is None and vocab.LOST_BEFORE.search(before[-40:]) and vocab.PEOPLE_AFTER.match(after):
        kind = "killed"  # "Armenia lost 3,825 servicemen"
    if kind == "captured" and not vocab.PEOPLE_AFTER.match(after):
        return _Reading(None)  # "captured 12 villages", "captured it ... in one of the decisive battles"
    if kind == "captured" and vocab.CIVIL_DETENTION.search(text, sentence.start, sentence.end):
        return _Reading(None)  # "police detained 50 protesters": an arrest, not a captive of the war
    return _Reading(kind, toll=toll if kind == toll_kind else None)


def _toll(language: str, text: str, low: int, number: NumberMention) -> tuple[str | None, str | None]:
    """A toll phrase before the figure that the figure completes ("the death toll ... has risen
    to 10"); its kind, and its words with the two after them ("قتلى الجيش") for the population."""
    start = max(low, number.start - _TOLL_WINDOW)
    match = people.last_match(vocab.TOLL[language], text[start:number.start])
    if match is None:
        return None, None
    toll_start, gap = start + match.start(), text[start + match.end():number.start]
    if _CLAUSE_PUNCTUATION.search(gap):
        return None, None
    verb_first = vocab.TOLL_TO.search(gap) and vocab.RISE_BEFORE_TOLL.search(text, max(low, toll_start - 40), toll_start)
    if not (vocab.TOLL_DIRECT.fullmatch(gap) or vocab.TOLL_REACHES.search(gap) or verb_first):
        return None, None
    return match.lastgroup, text[toll_start:start + match.end() + 20]


_COORDINATED_GAP = re.compile(r"[^\d,.;،]{0,40}(?:\sand\s|\sи\s|\sو)\s*")


def _shared_kind(language: str, number: NumberMention, after: str, later: list[NumberMention]) -> str | None:
    """'4 Armenian soldiers and 3 Azerbaijani servicemen were killed': two figures, one kind word."""
    following = next((candidate for candidate in later if candidate.end > candidate.start), None)
    if following is None or following.start - number.end >= len(after):
        return None
    start, end = following.start - number.end, following.end - number.end
    if not _COORDINATED_GAP.fullmatch(after, 0, start):
        return None
    rest = after[end:end + 60]
    match = _AFTER[language].search(rest)
    if match is None or _BEFORE[language].search(rest[: match.start()]):
        return None
    return match.lastgroup


def _a_measure(number: NumberMention, before: str, after: str) -> bool:
    """Percentages, distances, durations, clock times and ages measure something else."""
    if number.end == number.start:
        return False
    return bool(_PERCENT_AFTER.match(after) or _UNIT_AFTER.match(after) or vocab.AGE_BEFORE.search(before[-20:]))


def _continues_previous(previous_kind: str, before: str, after: str) -> bool:
    """A figure that only moves the toll before it ("to 71 from 50") or answers it in a swap
    ("15 prisoners in exchange for three soldiers") is of the same kind."""
    if _TOLL_CONNECTOR.fullmatch(before) and _TOLL_CONNECTOR_AFTER.match(after):
        return True
    return previous_kind == "captured" and bool(_EXCHANGE_BEFORE.search(before[-40:])) and bool(
        vocab.PEOPLE_AFTER.match(after))


def _not_a_toll(text: str, number: NumberMention, before: str, after: str) -> bool:
    """Distances, things; "several hundred", "the two sides", "thousands of", "one of the wounded"."""
    if _PERCENT_AFTER.match(after) or _UNIT_AFTER.match(after) or vocab.AGE_BEFORE.search(before[-20:]):
        return True
    if vocab.LABEL_BEFORE.search(before[-25:]) or _MODEL_BEFORE.search(before[-3:]):
        return True  # "Resolution 822", "$5 million", "a population of 150,000", "Mi-24", "S-300"
    phrase = text[number.start:number.end]
    if _PLURAL_MULTIPLIER.fullmatch(phrase) or (_ARABIC_ONE_OF.match(text, number.start) and number.high is None):
        return True
    if number.end > number.start and (vocab.THING_AFTER.match(after) or vocab.RESIDENTS_AFTER.match(after)):
        return True  # "destroyed 5 Armenian tanks", "moved to 5 villages", "3 million people live there"
    if vocab.PARTITIVE_AFTER.match(after) and not vocab.PEOPLE_AFTER.match(after):
        return True  # "in one of the decisive battles"
    return not text[number.start].isdigit() and bool(
        _VAGUE_BEFORE.search(before) or _DEFINITE_BEFORE.search(before) or _NONE_BEFORE.search(before))


def _kind_from_words(language: str, before: str, after: str, previous_kind: str | None,
                     toll_kind: str | None) -> str | None:
    after_re, before_re = _AFTER[language], _BEFORE[language]
    after_match = after_re.search(after)
    if after_match and before_re.search(after[: after_match.start()]):
        after_match = None  # that kind word belongs to the next figure
    before_match = people.last_match(before_re, before)
    # "3,812 dead" (kind word straight after) beats "killed 5 and wounded 10" (kind word before)
    if after_match and after_match.start() <= _CLOSE and not _CONJUNCTION.search(after[: after_match.start()]):
        return after_match.lastgroup
    if toll_kind:
        return toll_kind  # "the number of wounded ... rose to 40": the toll reaches this very figure
    if before_match and before_match.lastgroup == "captured" and not vocab.CAPTURE_OBJECT_GAP.fullmatch(
            before, before_match.end()):
        before_match = None  # "released footage of 5 soldiers": the footage was released
    if before_match and len(before) - before_match.end() <= _CLOSE:
        return before_match.lastgroup
    if after_match:
        return after_match.lastgroup
    if before_match:
        return before_match.lastgroup
    if previous_kind and (_COORDINATION.match(before) or _COORDINATION_PAST_SOURCE.match(before)):
        return previous_kind  # "874 военнослужащих и 37 мирных жителей"
    return None


def _until_next_figure(text: str, number: NumberMention, after: str, later: list[NumberMention]) -> str:
    """Keep the window to this figure: stop at the next number, unless it is a percentage, an
    age or a duration, or a subset ("13 people, including 2 children, were killed")."""
    for following in later:
        offset = following.start - number.end
        if offset >= len(after):
            break
        if following.end == following.start:
            continue  # a count a noun carries ("a soldier") sits on the kind word itself
        rest = after[following.end - number.end:]
        if _PERCENT_AFTER.match(rest) or _UNIT_AFTER.match(rest):
            continue  # "a 63-year-old woman was killed": an age inside the figure's own phrase
        if not _INCLUDING_BEFORE.search(after[:offset]):
            return after[:offset]
    return after


def _casualty(document: Document, number: NumberMention, index: int, reading: _Reading) -> Casualty:
    sentence = document.sentences[index]
    span = (sentence.start, sentence.end)
    antecedent = reading.last if reading.anaphoric else None
    population = people.population(document.text, document.language, number, reading.kind, span,
                                   principal=reading.earlier, following=reading.following, toll=reading.toll,
                                   antecedent=antecedent)
    party, reported_by = _sides(document, number, index, reading, span)
    evidence, start, end = document.evidence(index)
    return Casualty(number.value, number.high, reading.kind, population, party, reported_by, evidence, start, end)


def _sides(document: Document, number: NumberMention, index: int, reading: _Reading,
           span: tuple[int, int]) -> tuple[str | None, str | None]:
    """Whose people the figure counts, and who gives it."""
    text = document.text
    parties = people.usable_parties(text, document.in_sentence(document.parties, index), span[0])
    origin = people.origin_party(text, reading.kind, span)
    if parties:
        reported_by = people.reporter(text, _sources(document, index, parties), number, reading.following, span)
        own = _own_party(text, number, parties)
    else:
        own, reported_by = _from_context(document, index, reading.last)
    if people.counts_the_reporters_own(text, number) and reported_by:
        return reported_by, reported_by
    if not parties:
        return (None if people.both_sides(text, number) else origin or own), reported_by
    return own or origin or people.victim_party(text, number, parties), reported_by


def _sources(document: Document, index: int, parties: list[PartyMention]) -> list[PartyMention]:
    """"said 4 Armenian soldiers ...": a party qualifying a figure is not the figure's source."""
    qualifiers = set()
    for figure in document.in_sentence(document.numbers, index):
        following = [candidate for candidate in parties if candidate.start >= figure.end][:1]
        if following and _own_party(document.text, figure, following):
            qualifiers.add(id(following[0]))
    return [candidate for candidate in parties if id(candidate) not in qualifiers] or parties


def _from_context(document: Document, index: int, last: Casualty | None) -> tuple[str | None, str | None]:
    """A sentence naming no party but a source ("About 7,500 people were wounded, he said") goes
    on with the article's last figure; one naming neither ("At least 1,000 people have been
    killed since the war began") says nothing of whose they were."""
    sentence = document.sentences[index]
    if last is None or not vocab.ATTRIBUTION.search(document.text, sentence.start, sentence.end):
        return None, None
    return last.party, last.reported_by


# Between a figure and the party that qualifies it: at most a noun ("4 Armenian soldiers",
# "5 جنود أرمن"), never a clause boundary.
_OWN_PARTY_GAP = re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}$")
# "killed 60 people across Armenia": a preposition makes the party a place, not a qualifier.
_OWN_PARTY_BLOCK = re.compile(fold_letters(
    r"(?<!\w)(?:and|or|said|says|from|by|of|in|into|over|near|across|at|with|against|between|on|to|و|قال|قالت|من|في|"
    r"مع|على|الى|قرب|عند|ضد|بين|داخل|и|по|в|на|с|против|между)(?!\w)"))


def _own_party(text: str, number: NumberMention, parties: list[PartyMention]) -> str | None:
    for party in parties:
        if party.start < number.end:
            continue
        gap = text[number.end:party.start]
        if len(gap) > 30 or not _OWN_PARTY_GAP.match(gap) or _OWN_PARTY_BLOCK.search(gap):
            return None
        return party.code
    return None
