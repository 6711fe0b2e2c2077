"""Ceasefires: a dated agreement to stop fighting, its parties, mediators and terms."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from . import ceasefire_words as vocab
from .ceasefire_dates import (
    CLAUSE_END,
    CLOSE_AFTER_TRIGGER,
    CLOSE_BEFORE_TRIGGER,
    VERB_FIRST_WINDOW,
    WEEKDAY,
    after_midnight,
    date_links,
    denied,
    last_role,
    not_a_deal,
    reported_signing,
    unrestated,
)
from .ceasefire_parties import ceasefire_sides
from .dates import DateMention
from .document import Document
from .types import Ceasefire, CeasefireClause

_LATER_PARAGRAPHS = 3  # how far on a deal may be named a ceasefire
# "منتصف ليل السبت – الأحد", "midnight Friday to Saturday": the night that opens the second day
_NIGHT_INTO = re.compile(r"\s*(?:[-–—/]|to|into|الى|على|на)?\s*(?:" + WEEKDAY.pattern + ")")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|و|и)\s*(?:on\s+|the\s+|في\s+|يوم\s+)*", re.IGNORECASE)
_RELATIVE_TO = re.compile(r"(?<!\w)(?:after|before|since|despite|following|replac\w*|بعد|قبل|منذ|رغم|اثر|عقب|"
                          r"после|до|несмотря|вслед)(?!\w)")


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
                and not denied(text, sentence.start, sentence.end)):
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
    days = unrestated(text, [date for date in document.in_sentence(document.dates, index) if date.precision == "day"])
    if not days:
        return None  # a ceasefire is dated to the day or not reported as one
    links = date_links(document, sentence, days)
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
        candidate.signed = reported_signing(text, links, candidate.effective)
    if not candidate.dates():
        return None
    _effective_same_day(document, index, candidate)
    # A later clause with a date of its own is about something else: "... the Moscow statement of
    # 10 October, and the call of the Russian, French and US presidents on 1 October".
    reach = max(max(link.date.end, link.trigger.end()) for link in tied)
    clause_end = CLAUSE_END.search(text, reach, sentence.end)
    if clause_end and any(date.start >= clause_end.end() for date in days):
        candidate.reach[index] = clause_end.start()
    return candidate


def _assign_role(candidate: _Candidate, text: str, trigger: re.Match, date: DateMention,
                 sentence_start: int) -> tuple[str, str]:
    """Signed or effective, by the last signing/effect word read before the date (or, for a
    date ahead of the trigger, between the two: '26 октября вступило в силу перемирие')."""
    after = date.start >= trigger.start()
    window = text[trigger.start():date.start] if after else text[date.end:trigger.start()]
    role = last_role(window)
    if role is None and after:
        # the verb leads the deal: "ويسري وقف إطلاق النار منذ ٣٠ كانون الأول"
        role = last_role(text[max(sentence_start, trigger.start() - VERB_FIRST_WINDOW):trigger.start()])
    if role is None:
        role = last_role(trigger.group())  # "the guns fell silent": the trigger is the truce taking hold
    value = date.value
    if role == "effective" and (after_midnight(text, date) or _NIGHT_INTO.match(text, date.end)):
        # "at midnight on Friday", "منتصف ليل السبت – الأحد": the truce runs from the day the night opens
        value = (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
    if role == "effective" and candidate.effective is None:
        candidate.effective = value
    elif role != "effective" and candidate.signed is None:
        candidate.signed = value
    return ("effective" if role == "effective" else "signed"), value


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
            clock = vocab.CLOCK_TIME.search(text, effect.end(), min(sentence.end, effect.end() + CLOSE_AFTER_TRIGGER))
            if clock and not any(date.start < clock.end() + CLOSE_BEFORE_TRIGGER and date.end > clock.start()
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
        if lead and not (_RELATIVE_TO.search(text, lead.end(), trigger.start()) or denied(
                text, sentence.start, sentence.end) or not_a_deal(text, trigger.start(), trigger.end())):
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
    # a reconciliation deal that only hands over arms and districts is recorded without the word it never uses
    named = [] if _reconciliation_only(document, candidate, scope) else ["ceasefire"]
    terms = tuple(dict.fromkeys([*named, *(clause.term for clause in clauses)]))
    parties, mediators = ceasefire_sides(document, candidate.sentences, candidate.reach, candidate.antecedents)
    evidence, start, end = document.evidence(candidate.sentences[0])
    return Ceasefire(candidate.signed, candidate.effective, parties, mediators, terms, tuple(clauses),
                     evidence, start, end)


def _reconciliation_only(document: Document, candidate: _Candidate, scope: list[int]) -> bool:
    """'اتفاق تسوية', 'a reconciliation deal': a surrender of arms and ground that no sentence about
    it calls a ceasefire."""
    text = document.text
    strong = vocab.STRONG_TRIGGERS[document.language]

    def spans(indexes: list[int]) -> list[tuple[int, int]]:
        return [(document.sentences[index].start, document.sentences[index].end) for index in indexes]

    return (any(vocab.RECONCILIATION.search(text, start, end) for start, end in spans(candidate.sentences))
            and not any(strong.search(text, start, end)
                        for start, end in spans([*candidate.sentences, *candidate.antecedents, *scope])))


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
    # fighters leaving under the deal are its withdrawal all the same
    return [replace(clause, term="withdrawal") if clause.term == "evacuation" else clause for clause in clauses
            if clause.term != "evacuation" or not any(other.term == "withdrawal" for other in clauses)]


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
