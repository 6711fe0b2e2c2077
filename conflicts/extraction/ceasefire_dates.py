"""Ceasefire dates: which dates a sentence gives a deal, and whether each is its signing or its
taking effect (split from ceasefires.py, which gathers deals, parties and terms)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import ceasefire_words as vocab
from .dates import DateMention
from .document import Document, Sentence

_AFTER_TRIGGER = 180
_WEAK_AFTER_TRIGGER = 90
_WEAK_BEFORE_TRIGGER = 100
_WEAK_ROLE_WINDOW = 30
_SIGNER_BEFORE_DATE = 80  # "توصل الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، أمس": verb, long subject, date
_CLAUSE_ROLE_WINDOW = 45
VERB_FIRST_WINDOW = 25
_BEFORE_TRIGGER = 60
CLOSE_AFTER_TRIGGER = 25
CLOSE_BEFORE_TRIGGER = 35
_RESTATED_WITHIN = 40
_MIDNIGHT_BEFORE_DATE = 25  # "at midnight (2200 GMT Friday)"
_AGREED_AHEAD = 150  # "On 20 September, with the mediation of ..., Baku and the Karabakh authorities agreed to a truce"
_VERB_TO_TRIGGER = 30  # "اتفقا، بوساطة روسية، على وقف لإطلاق النار"
_VERB_TO_REFERENCE = 45  # "put their names to what became known as the Bishkek Protocol"
_SINCE = re.compile(r"(?<!\w)(?:since|منذ|после|с тех пор)(?!\w)")
_OF_DATE = re.compile(r"\s*(?:of|dated|from|от|المؤرخ\w*)?\s*(?:the\s+)?")  # "the truce of 10 October"
WEEKDAY = re.compile(r"(?<!\w)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:ال)?(?:اثنين|ثلاثاء|اربعاء|"
                      r"خميس|جمعه|سبت|احد)|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресень[ея])(?!\w)")
# A truce is named after its calendar date, never "the truce of Monday": such a day is the breach's.
_DAY_NAME = re.compile(WEEKDAY.pattern + r"|(?<!\w)(?:today|yesterday|tonight|(?:ال)?يوم|امس|البارحه|сегодня|вчера)(?!\w)")
CLAUSE_END = re.compile(r"[,،;؛]")
# A clause set before or after the date's event: "resumed on Monday after the sides agreed to a truce".
# Not "when", which dates its clause by the same day ("ended on 20 September, when they accepted a truce").
_SUBORDINATE = re.compile(r"(?<!\w)(?:(?:после|до)\s+того,?\s+как|since|after|before|following|"
                          r"منذ|بعد|قبل|اثر|عقب|بعدما|قبيل|после|с тех пор)(?!\w)")
@dataclass(slots=True)
class Link:
    """A date the sentence gives the deal, and how."""
    date: DateMention
    trigger: re.Match  # the words whose signing/effect verbs give the date its role
    named: bool  # a ceasefire word claims it, not only "the deal"/"اتفاق"
    tied: bool  # a signing/effect word or the reference back stands right by it


def reported_signing(text: str, links: list[Link], effective: str | None) -> str | None:
    """'The US said on Sunday that the two had agreed to a ceasefire beginning on Monday': the day
    the agreement is reported, with its verb between the day and the ceasefire, is the day agreed."""
    return next((link.date.value for link in links if not link.tied and link.date.end <= link.trigger.start()
                 and link.date.value <= (effective or link.date.value)
                 and vocab.SIGNING_VERB.search(text, link.date.end, link.trigger.start())), None)


def date_links(document: Document, sentence: Sentence, days: list[DateMention]) -> list[Link]:
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
            links.append(Link(date, referred or named, named is not None, tied))
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
    return not (_in_other_clause(text, start, verb_start) or denied(text, start, end) or refused
                or vocab.HYPOTHETICAL.search(text, start, trigger.end() + CLOSE_AFTER_TRIGGER))


def _in_other_clause(text: str, start: int, verb_start: int) -> bool:
    """An 'after'/'since' phrase between the date and the verb that no comma closes first."""
    subordinate = [match.end() for match in _SUBORDINATE.finditer(text, start, verb_start)]
    return bool(subordinate) and not _has_mark(text, subordinate[-1], verb_start, ",،")


def unrestated(text: str, days: list[DateMention]) -> list[DateMention]:
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
    return (WEEKDAY.search(named) is not None and not any(char.isdigit() for char in named)
            and not WEEKDAY.search(text, date.start, date.end) and not text[weekday.end:date.start].strip(" ,،"))


def _signed_lead(text: str, triggers: list, date: DateMention) -> bool:
    """'signed a memorandum on de-escalation zones ... on 4 May': the signing word leads the
    deal's name and the date closes the same clause."""
    before = [trigger for trigger in triggers if trigger.end() <= date.start]
    if not before:
        return False
    trigger = before[-1]
    between = text[trigger.end():date.start]
    return (len(between) <= CLOSE_AFTER_TRIGGER and not any(mark in between for mark in ",،;.")
            and bool(vocab.SIGNED.search(text, max(0, trigger.start() - 30), trigger.start())))


def _role_word_before(text: str, date: DateMention) -> bool:
    """A signing/effect word just before the date, or earlier in the date's own clause
    ('according to statements issued by both ministries late on Saturday')."""
    window = text[max(0, date.start - _WEAK_ROLE_WINDOW):date.start]
    if vocab.SIGNED.search(window) or vocab.EFFECTIVE.search(window) or vocab.ISSUED.search(window):
        return True
    clause = text[max(0, date.start - _CLAUSE_ROLE_WINDOW):date.start]
    clause = clause[max((match.end() for match in CLAUSE_END.finditer(clause)), default=0):]
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
                _role_in(text, max(sentence_start, trigger.start() - VERB_FIRST_WINDOW), trigger.start())
                or vocab.ISSUED_BY_MEETING.match(text, trigger.end() + 1)):
            # "ويبدأ سريان المذكرة عند ...": the verb leads; "البيان الصادر عن اجتماع موسكو في ...": a joint statement
            role_end = trigger.end()
        return (role_end is not None and not denied(text, role_end, date.start)
                and not vocab.HYPOTHETICAL.search(text, trigger.end(), date.start))
    # The date ahead of the reference: "توصل الرئيسان، أمس الاثنين، ... إلى اتفاق", "on Monday signed a deal".
    gap = trigger.start() - date.end
    verb_end = max((match.end() for match in vocab.SIGNING_VERB.finditer(text, date.end, trigger.start())), default=None)
    if gap > _WEAK_BEFORE_TRIGGER and not (  # "On 5 May, delegations from ... put their names to the Bishkek Protocol"
            gap <= _AGREED_AHEAD and verb_end is not None and trigger.start() - verb_end <= _VERB_TO_REFERENCE):
        return False
    if _has_mark(text, date.end, trigger.start(), ".;؛"):
        return False
    if denied(text, date.end, trigger.start()) or vocab.HYPOTHETICAL.search(text, date.end, trigger.start()):
        return False
    # "دخلت ظهر اليوم الأربعاء حيز التنفيذ مذكرة التفاهم": the deal's taking effect, verb first
    takes_effect = gap <= CLOSE_BEFORE_TRIGGER and vocab.EFFECTIVE.search(text, date.end, trigger.start())
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


def not_a_deal(text: str, trigger_start: int, trigger_end: int) -> bool:
    """'talks on a ceasefire', 'called for a truce', 'ceasefire talks': spoken of, not agreed."""
    before = text[max(0, trigger_start - CLOSE_BEFORE_TRIGGER):trigger_start]
    before = before[max((match.end() for match in CLAUSE_END.finditer(before)), default=0):]
    return bool(vocab.NOT_A_DEAL.search(before) or vocab.NOT_A_DEAL.match(text, trigger_end + 1, trigger_end + 16))


def denied(text: str, start: int, end: int) -> bool:
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
        if denied(text, trigger_end if role_end is None else role_end, date.start):
            return False  # "the ceasefire appeared to be holding on Monday", "collapsed on 12 October"
        if (role_end is None and not (_OF_DATE.fullmatch(between) and not _DAY_NAME.search(text, date.start, date.end))
                and vocab.BROKEN.search(text, max(0, trigger_start - CLOSE_BEFORE_TRIGGER), trigger_start)):
            return False  # "violated the ceasefire on Monday" is the breach's day; "the truce of 10 October" is the truce's
        if role_end is None and (not_a_deal(text, trigger_start, trigger_end) or vocab.SPEECH.search(between)):
            return False  # "talks on a ceasefire will open on Thursday", "after the truce, officials said on Monday"
        if vocab.HYPOTHETICAL.search(between):
            return False  # "a deal could be signed on Friday"
        signed_before = vocab.SIGNED.search(text, max(0, trigger_start - 30), trigger_start)
        if signed_before and len(between) <= _AFTER_TRIGGER and not any(mark in between for mark in ".;؛"):
            return True  # "signed a memorandum on de-escalation zones in Syria on 4 May"
        return len(between) <= CLOSE_AFTER_TRIGGER or (
            len(between) <= _AFTER_TRIGGER and bool(vocab.SIGNED.search(between) or vocab.EFFECTIVE.search(between)))
    between = text[date.end:trigger_start].lstrip(" ،,")  # "Ранее, 26 октября, вступило в силу перемирие"
    if not between.strip(" ،,\"'«»“”"):
        # "أعلنت، اليوم الأربعاء، تعليق ...": the date set off by commas before the act, unless the act
        # is demanded of others ("طالب مجلس الأمن في ١٧ تشرين الأول بوقف فوري لإطلاق النار")
        return not vocab.NOT_A_DEAL.search(_clause_before(text, date.start))
    # "on Wednesday accepted a ceasefire", "on Wednesday that a ceasefire had been agreed"
    role_after = text[trigger_end:trigger_end + CLOSE_AFTER_TRIGGER] if len(between) <= CLOSE_BEFORE_TRIGGER else ""
    if _SINCE.search(between) or _in_other_clause(text, date.end, trigger_start):
        return False  # "on Monday ... since a ceasefire", "on Monday after the sides agreed a truce": older
    if denied(text, date.end, trigger_start) or vocab.NOT_A_DEAL.search(between) or vocab.HYPOTHETICAL.search(
            text, date.end, trigger_end + CLOSE_AFTER_TRIGGER):
        return False  # "on Tuesday accused each other of breaking a ceasefire", "on Friday called for", "could be signed"
    return (len(between) <= _BEFORE_TRIGGER and not any(mark in between for mark in ",،;؛")
            and not vocab.NOT_A_DEAL.search(_clause_before(text, date.start))  # "demanded on Monday that ... ceased fire"
            and any(vocab.SIGNED.search(part) or vocab.EFFECTIVE.search(part)
                    # "on 12 May the guns fell silent", "17 октября приостановил боевые действия": the act itself
                    for part in (between, role_after, text[trigger_start:trigger_end])))


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _BEFORE_TRIGGER):start]
    return window[max((match.end() for match in CLAUSE_END.finditer(window)), default=0):]


def last_role(window: str) -> str | None:
    signed = [match.end() for pattern in (vocab.SIGNED, vocab.ISSUED) for match in pattern.finditer(window)]
    effective = [match.end() for match in vocab.EFFECTIVE.finditer(window)]
    if not signed and not effective:
        return None
    return "effective" if effective and (not signed or max(effective) > max(signed)) else "signed"


def after_midnight(text: str, date: DateMention) -> bool:
    """'at midnight on Friday' is the night that ends Friday: the truce runs from Saturday. Only for
    a named weekday; 'midnight Friday to Saturday' already names the day."""
    if any(char.isdigit() for char in text[date.start:date.end]):
        return False
    window = text[max(0, date.start - _MIDNIGHT_BEFORE_DATE):date.start]
    ends = [match.end() for match in vocab.MIDNIGHT.finditer(window)]
    if not ends:
        return False
    gap = window[ends[-1]:]
    return not any(mark in gap for mark in "-–—") and not WEEKDAY.search(gap) and bool(
        WEEKDAY.search(text, date.start, date.end))


