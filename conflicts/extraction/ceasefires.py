"""Ceasefires: a dated agreement to stop fighting, its parties, mediators and terms."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from . import ceasefire_words as vocab
from .ceasefire_parties import ceasefire_sides
from .dates import DateMention
from .document import Document, Sentence
from .types import Ceasefire, CeasefireClause

_AFTER_TRIGGER = 180
_WEAK_AFTER_TRIGGER = 90
_WEAK_BEFORE_TRIGGER = 100
_WEAK_ROLE_WINDOW = 30
_SIGNER_BEFORE_DATE = 80  # "توصل الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، أمس": verb, long subject, date
_CLAUSE_ROLE_WINDOW = 45
_VERB_FIRST_WINDOW = 25
_BEFORE_TRIGGER = 60
_CLOSE_AFTER_TRIGGER = 25
_CLOSE_BEFORE_TRIGGER = 35
_RESTATED_WITHIN = 40
_MIDNIGHT_BEFORE_DATE = 25  # "at midnight (2200 GMT Friday)"
_AGREED_AHEAD = 150  # "On 20 September, with the mediation of ..., Baku and the Karabakh authorities agreed to a truce"
_VERB_TO_TRIGGER = 30  # "اتفقا، بوساطة روسية، على وقف لإطلاق النار"
_LATER_PARAGRAPHS = 3  # how far on a deal may be named a ceasefire
_VERB_TO_REFERENCE = 45  # "put their names to what became known as the Bishkek Protocol"
_SINCE = re.compile(r"(?<!\w)(?:since|منذ|после|с тех пор)(?!\w)")
_OF_DATE = re.compile(r"\s*(?:of|dated|from|от|المؤرخ\w*)?\s*(?:the\s+)?")  # "the truce of 10 October"
_WEEKDAY = re.compile(r"(?<!\w)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:ال)?(?:اثنين|ثلاثاء|اربعاء|"
                      r"خميس|جمعه|سبت|احد)|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресень[ея])(?!\w)")
# "منتصف ليل السبت – الأحد", "midnight Friday to Saturday": the night that opens the second day
_NIGHT_INTO = re.compile(r"\s*(?:[-–—/]|to|into|الى|على|на)?\s*(?:" + _WEEKDAY.pattern + ")")
# A truce is named after its calendar date, never "the truce of Monday": such a day is the breach's.
_DAY_NAME = re.compile(_WEEKDAY.pattern + r"|(?<!\w)(?:today|yesterday|tonight|(?:ال)?يوم|امس|البارحه|сегодня|вчера)(?!\w)")
_CLAUSE_END = re.compile(r"[,،;؛]")
# A clause set before or after the date's event: "resumed on Monday after the sides agreed to a truce".
# Not "when", which dates its clause by the same day ("ended on 20 September, when they accepted a truce").
_SUBORDINATE = re.compile(r"(?<!\w)(?:(?:после|до)\s+того,?\s+как|since|after|before|following|"
                          r"منذ|بعد|قبل|اثر|عقب|بعدما|قبيل|после|с тех пор)(?!\w)")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|و|и)\s*(?:on\s+|the\s+|في\s+|يوم\s+)*", re.IGNORECASE)
_RELATIVE_TO = re.compile(r"(?<!\w)(?:after|before|since|despite|following|replac\w*|بعد|قبل|منذ|رغم|اثر|عقب|"
                          r"после|до|несмотря|вслед)(?!\w)")


@dataclass(slots=True)
class _Link:
    """A date the sentence gives the deal, and how."""
    date: DateMention
    trigger: re.Match  # the words whose signing/effect verbs give the date its role
    named: bool  # a ceasefire word claims it, not only "the deal"/"اتفاق"
    tied: bool  # a signing/effect word or the reference back stands right by it


@dataclass(slots=True)
class _Candidate:
    signed: str | None = None
    effective: str | None = None
    sentences: list[int] = field(default_factory=list)
    weak: bool = False  # found through "the deal" / "الاتفاق", not a ceasefire word
    indefinite: bool = False  # found through "an agreement" alone: a new deal, of whatever kind
    # where each sentence stops speaking of the deal: parties named after that clause are other people
    reach: dict[int, int] = field(default_factory=dict)
    antecedents: list[int] = field(default_factory=list)  # "Armenia, Azerbaijan and Russia signed an agreement."
    coordinated: list[tuple[str, str]] = field(default_factory=list)  # "on 10 October and on 18 October": more truces

    def dates(self) -> set[str]:
        return {date for date in (self.signed, self.effective) if date}


def extract_ceasefires(document: Document) -> list[Ceasefire]:
    text = document.text
    if not (vocab.STRONG_TRIGGERS[document.language].search(text) or vocab.DEAL_KIND.search(text)
            or vocab.WEAK_TRIGGERS[document.language].search(text)):
        return []  # an article that never names a ceasefire, a buffer zone or a deal reports none
    candidates = _merge(document, [
        candidate for index, sentence in enumerate(document.sentences)
        if not sentence.headline for candidate in _candidates(document, index)
    ])
    quoting = _quotes_by_candidate(document, candidates, _paragraphs_quoting_a_deal(document)) if candidates else []
    return [_ceasefire(document, candidate, quotes) for candidate, quotes in zip(candidates, quoting, strict=True)]


def _paragraphs_quoting_a_deal(document: Document) -> dict[int, int]:
    """Paragraphs that spell out what a deal contains ('under the terms', 'وينص الاتفاق'), or that
    open with the deal as the subject of a sentence naming a term ('The deal ... froze the forces
    in their positions'), so the sentences after it ('It also deploys ...') come along. Each maps
    to its first such sentence."""
    text = document.text
    content = vocab.CONTENT_REFERENCES[document.language]
    subject = vocab.DEAL_SUBJECT[document.language]
    lexicon = vocab.TERM_LEXICON[document.language]
    paragraphs: dict[int, int] = {}
    for index, sentence in enumerate(document.sentences):
        if sentence.headline or sentence.paragraph in paragraphs:
            continue
        if content.search(text, sentence.start, sentence.end) or (
                subject.match(text, sentence.start, sentence.end)
                and lexicon.search(text, sentence.start, sentence.end)
                and not _denied(text, sentence.start, sentence.end)):
            paragraphs[sentence.paragraph] = index
    return paragraphs


def _quotes_by_candidate(document: Document, candidates: list[_Candidate],
                         quoting: dict[int, int]) -> list[dict[int, int]]:
    """Each paragraph quoting a deal belongs to one deal: the one told in that paragraph, else the
    last one told before it, else the next one. Two truces in one article do not share terms."""
    owned: list[dict[int, int]] = [{} for _ in candidates]
    for paragraph, first in quoting.items():
        inside = [position for position, candidate in enumerate(candidates)
                  if any(document.sentences[index].paragraph == paragraph for index in candidate.sentences)]
        before = [position for position, candidate in enumerate(candidates) if min(candidate.sentences) < first]
        after = [position for position, candidate in enumerate(candidates) if min(candidate.sentences) > first]
        owners = inside or ([max(before, key=lambda position: max(candidates[position].sentences))] if before
                            else [min(after, key=lambda position: min(candidates[position].sentences))])
        for position in owners:
            owned[position][paragraph] = first
    return owned


def _candidates(document: Document, index: int) -> list[_Candidate]:
    """The deal a sentence dates, and one more for each date joined to its date by 'and' in the same
    role: 'two earlier truces, which took effect on 10 October and on 18 October'."""
    candidate = _candidate(document, index)
    if candidate is None:
        return []
    others = [replace(candidate, signed=value if role == "signed" else None,
                      effective=value if role == "effective" else None, sentences=[index], reach=dict(candidate.reach))
              for role, value in candidate.coordinated if value not in candidate.dates()]
    return [candidate, *others]


def _candidate(document: Document, index: int) -> _Candidate | None:
    text = document.text
    sentence = document.sentences[index]
    days = _unrestated(text, [date for date in document.in_sentence(document.dates, index) if date.precision == "day"])
    if not days:
        return None  # a ceasefire is dated to the day or not reported as one
    links = _links(document, sentence, days)
    if not links:
        return None
    # A date right after "signed"/"takes effect" beats one that merely sits nearby.
    tied = [link for link in links if link.tied] or links
    candidate = _Candidate(sentences=[index], weak=not any(link.named for link in links),
                           indefinite=all(link.trigger.lastgroup == "indefinite" for link in links))
    previous = None
    for link in tied:
        role, value = _assign_role(candidate, text, link.trigger, link.date, sentence.start)
        if value not in candidate.dates() and previous is not None and _COORDINATED.fullmatch(
                text, previous.end, link.date.start):
            candidate.coordinated.append((role, value))
        previous = link.date
    if candidate.signed is None:
        candidate.signed = _reported_signing(text, links, candidate.effective)
    if not candidate.dates():
        return None
    _effective_same_day(document, index, candidate)
    # A later clause with a date of its own is about something else: "... the Moscow statement of
    # 10 October, and the call of the Russian, French and US presidents on 1 October".
    reach = max(max(link.date.end, link.trigger.end()) for link in tied)
    clause_end = _CLAUSE_END.search(text, reach, sentence.end)
    if clause_end and any(date.start >= clause_end.end() for date in days):
        candidate.reach[index] = clause_end.start()
    return candidate


def _reported_signing(text: str, links: list[_Link], effective: str | None) -> str | None:
    """'The US said on Sunday that the two had agreed to a ceasefire beginning on Monday': the day
    the agreement is reported, with its verb between the day and the ceasefire, is the day agreed."""
    return next((link.date.value for link in links if not link.tied and link.date.end <= link.trigger.start()
                 and link.date.value <= (effective or link.date.value)
                 and vocab.SIGNING_VERB.search(text, link.date.end, link.trigger.start())), None)


def _links(document: Document, sentence: Sentence, days: list[DateMention]) -> list[_Link]:
    text = document.text
    strong = list(vocab.STRONG_TRIGGERS[document.language].finditer(text, sentence.start, sentence.end))
    weak = list(vocab.WEAK_TRIGGERS[document.language].finditer(text, sentence.start, sentence.end))
    links = []
    for date in days:
        named = next((trigger for trigger in strong if _linked(text, trigger.start(), trigger.end(), date)
                      or _agreed_ahead(text, trigger, date, days)), None)
        # "the deal, signed late on Monday", "بموجب اتفاق توصل إليه الرئيسان، أمس الخميس": tied by the verb
        referred = next((trigger for trigger in weak if _weak_linked(text, trigger, date, sentence.start)
                         and not _date_between(text, trigger, date, days)), None)
        if named is not None or referred is not None:
            tied = referred is not None or _role_word_before(text, date) or _signed_lead(text, strong, date)
            links.append(_Link(date, referred or named, named is not None, tied))
    return links


def _agreed_ahead(text: str, trigger: re.Match, date: DateMention, days: list[DateMention]) -> bool:
    """'On 20 September, with the mediation of the peacekeepers, Baku and the Karabakh authorities
    agreed to a cessation of hostilities': the date opens a clause whose verb of agreement leads
    straight to the ceasefire, however long the subject between them."""
    start, end = date.end, trigger.start()
    if date.dateline or start > end or end - start > _AGREED_AHEAD or _has_mark(text, start, end, ".;؛"):
        return False
    if any(start <= other.start < end for other in days):
        return False  # the date nearer the verb is the deal's
    verbs = list(vocab.SIGNING_VERB.finditer(text, start, end))
    verb_end = verbs[-1].end() if verbs else None
    # "had agreed on 10 October to a truce": the verb ahead of the date, the truce right after it
    verb_before = end - start <= _VERB_TO_TRIGGER and vocab.SIGNING_VERB.search(
        text, max(0, date.start - _VERB_TO_TRIGGER), date.start) and text[start:end].lstrip()[:1] not in (",", "،")
    if not verb_before and (verb_end is None or end - verb_end > _VERB_TO_TRIGGER):
        return False
    verb_start = verbs[-1].start() if verbs else start
    refused = any(match.start() >= verb_start or not vocab.TALKS.fullmatch(match.group())
                  for match in vocab.NOT_A_DEAL.finditer(text, start, end))
    # "On Monday shelling resumed hours after the sides agreed to a truce": the verb sits in a clause of
    # its own; "On 2 June, after hours of talks, the sides agreed": the comma closes the 'after' phrase
    return not (_in_other_clause(text, start, verb_start) or _denied(text, start, end) or refused
                or vocab.HYPOTHETICAL.search(text, start, trigger.end() + _CLOSE_AFTER_TRIGGER))


def _in_other_clause(text: str, start: int, verb_start: int) -> bool:
    """An 'after'/'since' phrase between the date and the verb that no comma closes first."""
    subordinate = [match.end() for match in _SUBORDINATE.finditer(text, start, verb_start)]
    return bool(subordinate) and not _has_mark(text, subordinate[-1], verb_start, ",،")


def _unrestated(text: str, days: list[DateMention]) -> list[DateMention]:
    """'at midnight Friday to Saturday, i.e. at the start of 6 May': one mention, from where the
    first begins (the words before it give its role) with the value of the restatement."""
    kept: list[DateMention] = []
    for date in days:
        previous = kept[-1] if kept else None
        if previous is not None and (
                (date.start - previous.end <= _RESTATED_WITHIN and vocab.RESTATEMENT.search(text, previous.end, date.start))
                or _weekday_then_date(text, previous, date)):
            kept[-1] = replace(date, start=previous.start)
        else:
            kept.append(date)
    return kept


def _weekday_then_date(text: str, weekday: DateMention, date: DateMention) -> bool:
    """'ظهر السبت العاشر من الشهر', 'on Tuesday, December 13': a bare weekday named with its calendar
    date is that date."""
    named = text[weekday.start:weekday.end]
    return (_WEEKDAY.search(named) is not None and not any(char.isdigit() for char in named)
            and not _WEEKDAY.search(text, date.start, date.end) and not text[weekday.end:date.start].strip(" ,،"))


def _signed_lead(text: str, triggers: list, date: DateMention) -> bool:
    """'signed a memorandum on de-escalation zones ... on 4 May': the signing word leads the
    deal's name and the date closes the same clause."""
    before = [trigger for trigger in triggers if trigger.end() <= date.start]
    if not before:
        return False
    trigger = before[-1]
    between = text[trigger.end():date.start]
    return (len(between) <= _CLOSE_AFTER_TRIGGER and not any(mark in between for mark in ",،;.")
            and bool(vocab.SIGNED.search(text, max(0, trigger.start() - 30), trigger.start())))


def _role_word_before(text: str, date: DateMention) -> bool:
    """A signing/effect word just before the date, or earlier in the date's own clause
    ('according to statements issued by both ministries late on Saturday')."""
    window = text[max(0, date.start - _WEAK_ROLE_WINDOW):date.start]
    if vocab.SIGNED.search(window) or vocab.EFFECTIVE.search(window) or vocab.ISSUED.search(window):
        return True
    clause = text[max(0, date.start - _CLAUSE_ROLE_WINDOW):date.start]
    clause = clause[max((match.end() for match in _CLAUSE_END.finditer(clause)), default=0):]
    return bool(vocab.SIGNED.search(clause) or vocab.EFFECTIVE.search(clause) or vocab.ISSUED.search(clause))


def _weak_linked(text: str, trigger: re.Match, date: DateMention, sentence_start: int) -> bool:
    """'the deal, signed late on Monday': a reference counts only next to a signing/effect word."""
    if date.dateline:
        return False
    if date.start >= trigger.end():
        if date.start - trigger.end() > _WEAK_AFTER_TRIGGER or _has_mark(text, trigger.end(), date.start, ";؛"):
            return False
        # the signing/effect word sits between the reference and the date, or just before the date
        window_start = min(trigger.end(), date.start - _WEAK_ROLE_WINDOW)
        role_end = _last_role_end(text, window_start, date.start)
        if role_end is None and (
                _role_in(text, max(sentence_start, trigger.start() - _VERB_FIRST_WINDOW), trigger.start())
                or vocab.ISSUED_BY_MEETING.match(text, trigger.end() + 1)):
            # "ويبدأ سريان المذكرة عند ...": the verb leads; "البيان الصادر عن اجتماع موسكو في ...": a joint statement
            role_end = trigger.end()
        return (role_end is not None and not _denied(text, role_end, date.start)
                and not vocab.HYPOTHETICAL.search(text, trigger.end(), date.start))
    # The date ahead of the reference: "توصل الرئيسان، أمس الاثنين، ... إلى اتفاق", "on Monday signed a deal".
    gap = trigger.start() - date.end
    verb_end = max((match.end() for match in vocab.SIGNING_VERB.finditer(text, date.end, trigger.start())), default=None)
    if gap > _WEAK_BEFORE_TRIGGER and not (  # "On 5 May, delegations from ... put their names to the Bishkek Protocol"
            gap <= _AGREED_AHEAD and verb_end is not None and trigger.start() - verb_end <= _VERB_TO_REFERENCE):
        return False
    if _has_mark(text, date.end, trigger.start(), ".;؛"):
        return False
    if _denied(text, date.end, trigger.start()) or vocab.HYPOTHETICAL.search(text, date.end, trigger.start()):
        return False
    # "دخلت ظهر اليوم الأربعاء حيز التنفيذ مذكرة التفاهم": the deal's taking effect, verb first
    takes_effect = gap <= _CLOSE_BEFORE_TRIGGER and vocab.EFFECTIVE.search(text, date.end, trigger.start())
    return bool(verb_end is not None or takes_effect
                or vocab.SIGNING_VERB.search(text, max(sentence_start, date.start - _SIGNER_BEFORE_DATE), date.start))


def _date_between(text: str, trigger: re.Match, date: DateMention, days: list[DateMention]) -> bool:
    """'the statement of the Moscow meeting on 10 October, and the call ... on 1 October': a reference
    takes the date next to it, and one further on only when a signing/effect word leads to it
    ('the deal, signed on Monday and in force since Tuesday')."""
    start, end = (trigger.end(), date.start) if date.start >= trigger.end() else (date.end, trigger.start())
    inner = [other for other in days if start <= other.start and other.end <= end]
    if not inner:
        return False
    if date.start < trigger.start():
        return True
    return not _role_in(text, inner[-1].end, date.start)


def _has_mark(text: str, start: int, end: int, marks: str) -> bool:
    return any(mark in text[start:end] for mark in marks)


def _role_in(text: str, start: int, end: int) -> bool:
    return bool(vocab.SIGNED.search(text, start, end) or vocab.EFFECTIVE.search(text, start, end))


def _last_role_end(text: str, start: int, end: int) -> int | None:
    ends = [match.end() for pattern in (vocab.SIGNED, vocab.EFFECTIVE) for match in pattern.finditer(text, start, end)]
    return max(ends, default=None)


def _not_a_deal(text: str, trigger_start: int, trigger_end: int) -> bool:
    """'talks on a ceasefire', 'called for a truce', 'ceasefire talks': spoken of, not agreed."""
    before = text[max(0, trigger_start - _CLOSE_BEFORE_TRIGGER):trigger_start]
    before = before[max((match.end() for match in _CLAUSE_END.finditer(before)), default=0):]
    return bool(vocab.NOT_A_DEAL.search(before) or vocab.NOT_A_DEAL.match(text, trigger_end + 1, trigger_end + 16))


def _denied(text: str, start: int, end: int) -> bool:
    """'the agreement, which both sides signed, was violated on Monday': the date is the breach's."""
    return bool(vocab.BROKEN.search(text, start, end) or vocab.STATUS.search(text, start, end))


def _linked(text: str, trigger_start: int, trigger_end: int, date: DateMention) -> bool:
    """Is this date the deal's? Inside the trigger ('توقفت في ١٠ نوفمبر بموجب اتفاق'), just
    after it, or tied to it by a signing/effect word ('signed on', 'يبدأ سريانه', 'accepted')."""
    if trigger_start <= date.start < trigger_end:
        return True
    if date.dateline:
        return False  # "YEREVAN, Sept. 15 — A ceasefire ...": the report's date, not the deal's
    if date.start >= trigger_end:
        between = text[trigger_end:date.start]
        role_end = _last_role_end(text, trigger_end, date.start)
        if _denied(text, trigger_end if role_end is None else role_end, date.start):
            return False  # "the ceasefire appeared to be holding on Monday", "collapsed on 12 October"
        if (role_end is None and not (_OF_DATE.fullmatch(between) and not _DAY_NAME.search(text, date.start, date.end))
                and vocab.BROKEN.search(text, max(0, trigger_start - _CLOSE_BEFORE_TRIGGER), trigger_start)):
            return False  # "violated the ceasefire on Monday" is the breach's day; "the truce of 10 October" is the truce's
        if role_end is None and (_not_a_deal(text, trigger_start, trigger_end) or vocab.SPEECH.search(between)):
            return False  # "talks on a ceasefire will open on Thursday", "after the truce, officials said on Monday"
        if vocab.HYPOTHETICAL.search(between):
            return False  # "a deal could be signed on Friday"
        signed_before = vocab.SIGNED.search(text, max(0, trigger_start - 30), trigger_start)
        if signed_before and len(between) <= _AFTER_TRIGGER and not any(mark in between for mark in ".;؛"):
            return True  # "signed a memorandum on de-escalation zones in Syria on 4 May"
        return len(between) <= _CLOSE_AFTER_TRIGGER or (
            len(between) <= _AFTER_TRIGGER and bool(vocab.SIGNED.search(between) or vocab.EFFECTIVE.search(between)))
    between = text[date.end:trigger_start].lstrip(" ،,")  # "Ранее, 26 октября, вступило в силу перемирие"
    if not between.strip(" ،,\"'«»“”"):
        return True  # "أعلنت، اليوم الأربعاء، تعليق ...": the date set off by commas before the act
    # "on Wednesday accepted a ceasefire", "on Wednesday that a ceasefire had been agreed"
    role_after = text[trigger_end:trigger_end + _CLOSE_AFTER_TRIGGER] if len(between) <= _CLOSE_BEFORE_TRIGGER else ""
    if _SINCE.search(between) or _in_other_clause(text, date.end, trigger_start):
        return False  # "on Monday ... since a ceasefire", "on Monday after the sides agreed a truce": older
    if _denied(text, date.end, trigger_start) or vocab.NOT_A_DEAL.search(between) or vocab.HYPOTHETICAL.search(
            text, date.end, trigger_end + _CLOSE_AFTER_TRIGGER):
        return False  # "on Tuesday accused each other of breaking a ceasefire", "on Friday called for", "could be signed"
    return (len(between) <= _BEFORE_TRIGGER and not any(mark in between for mark in ",،;؛")
            and any(vocab.SIGNED.search(part) or vocab.EFFECTIVE.search(part) for part in (between, role_after)))



def _assign_role(candidate: _Candidate, text: str, trigger: re.Match, date: DateMention,
                 sentence_start: int) -> tuple[str, str]:
    """Signed or effective, by the last signing/effect word read before the date (or, for a
    date ahead of the trigger, between the two: '26 октября вступило в силу перемирие')."""
    after = date.start >= trigger.start()
    window = text[trigger.start():date.start] if after else text[date.end:trigger.start()]
    role = _last_role(window)
    if role is None and after:
        # the verb leads the deal: "ويسري وقف إطلاق النار منذ ٣٠ كانون الأول"
        role = _last_role(text[max(sentence_start, trigger.start() - _VERB_FIRST_WINDOW):trigger.start()])
    value = date.value
    if role == "effective" and (_after_midnight(text, date) or _NIGHT_INTO.match(text, date.end)):
        # "at midnight on Friday", "منتصف ليل السبت – الأحد": the truce runs from the day the night opens
        value = (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
    if role == "effective" and candidate.effective is None:
        candidate.effective = value
    elif role != "effective" and candidate.signed is None:
        candidate.signed = value
    return ("effective" if role == "effective" else "signed"), value


def _last_role(window: str) -> str | None:
    signed = [match.end() for pattern in (vocab.SIGNED, vocab.ISSUED) for match in pattern.finditer(window)]
    effective = [match.end() for match in vocab.EFFECTIVE.finditer(window)]
    if not signed and not effective:
        return None
    return "effective" if effective and (not signed or max(effective) > max(signed)) else "signed"


def _after_midnight(text: str, date: DateMention) -> bool:
    """'at midnight on Friday' is the night that ends Friday: the truce runs from Saturday. Only for
    a named weekday; 'midnight Friday to Saturday' already names the day."""
    if any(char.isdigit() for char in text[date.start:date.end]):
        return False
    window = text[max(0, date.start - _MIDNIGHT_BEFORE_DATE):date.start]
    ends = [match.end() for match in vocab.MIDNIGHT.finditer(window)]
    if not ends:
        return False
    gap = window[ends[-1]:]
    return not any(mark in gap for mark in "-–—") and not _WEEKDAY.search(gap) and bool(
        _WEEKDAY.search(text, date.start, date.end))


def _effective_same_day(document: Document, index: int, candidate: _Candidate) -> None:
    """'agreed on Wednesday ... and took effect at 1 p.m.': a clock time with no date of its own,
    here or in the next sentence about the agreement, is the day it was agreed."""
    if candidate.effective or not candidate.signed:
        return
    text = document.text
    for position in (index, index + 1):
        if position >= len(document.sentences) or document.sentences[position].headline:
            return
        sentence = document.sentences[position]
        # the next sentence must be about the agreement: name it, or open on its taking effect ("It took effect at noon")
        if position != index and (
                any(date.precision == "day" for date in document.in_sentence(document.dates, position))
                or not (vocab.STRONG_TRIGGERS[document.language].search(text, sentence.start, sentence.end)
                        or vocab.WEAK_TRIGGERS[document.language].search(text, sentence.start, sentence.end)
                        or vocab.SIGNED.search(text, sentence.start, sentence.end)
                        or vocab.EFFECTIVE.search(text, sentence.start, min(sentence.end, sentence.start + 30)))):
            return
        for effect in vocab.EFFECTIVE.finditer(text, sentence.start, sentence.end):
            clock = vocab.CLOCK_TIME.search(text, effect.end(), min(sentence.end, effect.end() + _CLOSE_AFTER_TRIGGER))
            if clock and not any(date.start < clock.end() + _CLOSE_BEFORE_TRIGGER and date.end > clock.start()
                                 for date in document.in_sentence(document.dates, position)):
                days = 1 if vocab.MIDNIGHT_WORD.search(clock.group()) else 0
                candidate.effective = (dt.date.fromisoformat(candidate.signed) + dt.timedelta(days=days)).isoformat()
                return


def _merge(document: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for candidate in candidates:
        if candidate.weak:
            candidate.antecedents = _antecedent(document, candidate.sentences[0])
        target = next((other for other in merged if other.dates() & candidate.dates()), None)
        if target is None and candidate.weak and not candidate.indefinite and merged and _fits(merged[-1], candidate):
            target = merged[-1]  # "the deal, announced on Monday": the ceasefire just mentioned
        if target is None:
            if not candidate.weak or _stands_alone(document, candidate):
                merged.append(candidate)
            continue
        target.signed = target.signed or candidate.signed
        target.effective = target.effective or candidate.effective
        target.sentences.extend(candidate.sentences)
        target.reach.update(candidate.reach)
    return merged


def _fits(target: _Candidate, candidate: _Candidate) -> bool:
    """A reference back fits the last ceasefire unless it gives that one another date for the same
    role: 'the statement of the Moscow meeting on 10 October' is an older truce, not this one."""
    return (candidate.signed in (None, target.signed) or target.signed is None) and (
        candidate.effective in (None, target.effective) or target.effective is None)


def _stands_alone(document: Document, candidate: _Candidate) -> bool:
    """An agreement found through 'the deal'/'اتفاق' alone is a ceasefire only when it points back
    to one, its paragraph speaks of one or of what only ceasefires do (peacekeepers, frozen lines,
    prisoner swaps, disarming), or it is one by nature ('a demilitarised zone in Idlib')."""
    text = document.text
    sentence = document.sentences[candidate.sentences[0]]
    if vocab.DEAL_KIND.search(text, sentence.start, sentence.end):
        return True
    if candidate.antecedents and not candidate.indefinite:
        return True
    if not candidate.indefinite and _called_a_ceasefire_later(document, candidate.sentences[0]):
        return True
    strong = vocab.STRONG_TRIGGERS[document.language]
    lexicon = vocab.TERM_LEXICON[document.language]
    # "an agreement on gas supplies" beside a ceasefire is still about gas: it must say so itself
    near = [candidate.sentences[0]] if candidate.indefinite else document.paragraph_sentences(sentence.paragraph)
    for other in near:
        start, end = document.sentences[other].start, document.sentences[other].end
        if strong.search(text, start, end) or any(
                match.lastgroup in vocab.CEASEFIRE_ONLY_TERMS for match in lexicon.finditer(text, start, end)):
            return True
    return False


def _called_a_ceasefire_later(document: Document, index: int) -> bool:
    """'The memorandum took effect at noon. ... In effect, the deal extends the ceasefire': a later
    sentence with the deal as its subject names it a ceasefire (before any other deal is dated)."""
    text = document.text
    subject = vocab.DEAL_SUBJECT[document.language]
    strong = vocab.STRONG_TRIGGERS[document.language]
    paragraph = document.sentences[index].paragraph
    for other in range(index + 1, len(document.sentences)):
        sentence = document.sentences[other]
        if sentence.paragraph > paragraph + _LATER_PARAGRAPHS:
            return False
        trigger = strong.search(text, sentence.start, sentence.end)
        if trigger is None:
            continue
        if any(date.precision == "day" for date in document.in_sentence(document.dates, other)):
            return False  # another dated truce: what follows is about that one
        lead = subject.match(text, sentence.start, sentence.end)
        if lead and not (_RELATIVE_TO.search(text, lead.end(), trigger.start()) or _denied(
                text, sentence.start, sentence.end) or _not_a_deal(text, trigger.start(), trigger.end())):
            return True  # "the deal comes a week after the truce" names no truce of its own
    return False


def _antecedent(document: Document, index: int) -> list[int]:
    """The sentence a reference back ('the deal, signed late on Monday') points to: the last one
    before it naming a ceasefire, in its own or the previous paragraph."""
    text = document.text
    strong = vocab.STRONG_TRIGGERS[document.language]
    paragraph = document.sentences[index].paragraph
    for other in range(index - 1, -1, -1):
        sentence = document.sentences[other]
        if sentence.paragraph < paragraph - 1:
            break
        if not sentence.headline and strong.search(text, sentence.start, sentence.end):
            return [other]
    return []


def _scope(document: Document, candidate: _Candidate, quoting: dict[int, int]) -> list[int]:
    """Sentences describing the deal: its own paragraphs from where it is told (what comes before
    is the news the deal is recalled for), ones quoting its content, and a following paragraph
    that goes on listing obligations."""
    first: dict[int, int] = dict(quoting)
    for index in sorted(candidate.sentences):
        first[document.sentences[index].paragraph] = min(index, first.get(document.sentences[index].paragraph, index))
    paragraphs = set(first)
    text = document.text
    strong = vocab.STRONG_TRIGGERS[document.language]
    for paragraph in sorted(paragraphs):
        following = document.paragraph_sentences(paragraph + 1)
        if following and vocab.FUTURE_CONTINUATION.search(
            text, document.sentences[following[0]].start, document.sentences[following[-1]].end
        ) and not strong.search(text, document.sentences[following[0]].start, document.sentences[following[-1]].end):
            paragraphs.add(paragraph + 1)
    return [index for paragraph in sorted(paragraphs) for index in document.paragraph_sentences(paragraph)
            if not document.sentences[index].headline and index >= first.get(paragraph, 0)]


def _ceasefire(document: Document, candidate: _Candidate, quoting: dict[int, int]) -> Ceasefire:
    scope = _scope(document, candidate, quoting)
    clauses = _clauses(document, scope)
    terms = tuple(dict.fromkeys(["ceasefire", *(clause.term for clause in clauses)]))
    parties, mediators = ceasefire_sides(document, candidate.sentences, candidate.reach, candidate.antecedents)
    evidence, start, end = document.evidence(candidate.sentences[0])
    return Ceasefire(candidate.signed, candidate.effective, parties, mediators, terms, tuple(clauses),
                     evidence, start, end)


def _clauses(document: Document, scope: list[int]) -> list[CeasefireClause]:
    clauses: list[CeasefireClause] = []
    text = document.text
    lexicon = vocab.TERM_LEXICON[document.language]
    for index in scope:
        sentence = document.sentences[index]
        evidence, start, end = document.evidence(index)
        found = {match.lastgroup for match in lexicon.finditer(text, sentence.start, sentence.end)}
        for term in vocab.TERMS:
            if term not in found:
                continue
            if term == "territory_return":
                clauses.extend(_return_clauses(document, index, evidence, start, end))
            if not any(clause.term == term for clause in clauses):
                clauses.append(CeasefireClause(term, None, None, evidence, start, end))
    if any(clause.term == "territory_return" for clause in clauses):
        # leaving the districts handed back is the handover itself, not a separate pull-back
        clauses = [clause for clause in clauses if clause.term != "withdrawal"]
    return clauses


def _return_clauses(document: Document, index: int, evidence: str, start: int, end: int) -> list[CeasefireClause]:
    """One clause per place handed back, with the date that follows it as its deadline."""
    places = document.in_sentence(document.places, index)
    days = [date for date in document.in_sentence(document.dates, index) if date.precision == "day"]
    clauses = []
    for position, place in enumerate(places):
        limit = places[position + 1].start if position + 1 < len(places) else document.sentences[index].end
        deadline = next((date.value for date in days if place.end <= date.start < limit), None)
        clauses.append(CeasefireClause("territory_return", deadline, place.record.name, evidence, start, end))
    return clauses
