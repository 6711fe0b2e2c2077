"""Ceasefires: a dated agreement to stop fighting, its parties, mediators and terms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import ceasefire_words as vocab
from .dates import DateMention
from .document import Document
from .types import Ceasefire, CeasefireClause

_AFTER_TRIGGER = 180
_WEAK_AFTER_TRIGGER = 90
_WEAK_ROLE_WINDOW = 30
_BEFORE_TRIGGER = 60
_CLOSE_AFTER_TRIGGER = 25
_CLOSE_BEFORE_TRIGGER = 35
_SINCE = re.compile(r"(?<!\w)(?:since|منذ|после|с тех пор)(?!\w)")


@dataclass(slots=True)
class _Candidate:
    signed: str | None = None
    effective: str | None = None
    sentences: list[int] = field(default_factory=list)
    weak: bool = False  # found through "the deal" / "الاتفاق", not a ceasefire word

    def dates(self) -> set[str]:
        return {date for date in (self.signed, self.effective) if date}


def extract_ceasefires(document: Document) -> list[Ceasefire]:
    text = document.text
    has_strong = bool(vocab.STRONG_TRIGGERS[document.language].search(text))
    if not has_strong:
        return []
    candidates = _merge([
        candidate for index, sentence in enumerate(document.sentences)
        if not sentence.headline and (candidate := _candidate(document, index)) is not None
    ])
    quoting = _paragraphs_quoting_a_deal(document) if candidates else set()
    return [_ceasefire(document, candidate, quoting) for candidate in candidates]


def _paragraphs_quoting_a_deal(document: Document) -> set[int]:
    """Paragraphs that spell out what a deal contains ('under the terms', 'وينص الاتفاق')."""
    content = vocab.CONTENT_REFERENCES[document.language]
    return {sentence.paragraph for sentence in document.sentences
            if not sentence.headline and content.search(document.text, sentence.start, sentence.end)}


def _candidate(document: Document, index: int) -> _Candidate | None:
    days = [date for date in document.in_sentence(document.dates, index) if date.precision == "day"]
    if not days:
        return None  # a ceasefire is dated to the day or not reported as one
    sentence = document.sentences[index]
    text = document.text
    triggers = list(vocab.STRONG_TRIGGERS[document.language].finditer(text, sentence.start, sentence.end))
    weak = not triggers
    if weak:
        triggers = list(vocab.WEAK_TRIGGERS[document.language].finditer(text, sentence.start, sentence.end))
    if not triggers:
        return None
    linked = [date for date in days
              if (not weak or _weak_linked(text, triggers, date))
              and any(_linked(text, trigger.start(), trigger.end(), date) for trigger in triggers)]
    # A date right after "signed"/"takes effect" beats one that merely sits nearby.
    with_role = [date for date in linked if _role_word_before(text, date) or _signed_lead(text, triggers, date)]
    candidate = _Candidate(sentences=[index], weak=weak)
    for date in with_role or linked:
        _assign_role(candidate, text, triggers[0].start(), date)
    return candidate if candidate.dates() else None


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
    window = text[max(0, date.start - _WEAK_ROLE_WINDOW):date.start]
    return bool(vocab.SIGNED.search(window) or vocab.EFFECTIVE.search(window))


def _weak_linked(text: str, triggers: list, date: DateMention) -> bool:
    """'the deal, signed late on Monday': a reference counts only next to a signing/effect word."""
    for trigger in triggers:
        if not 0 <= date.start - trigger.end() <= _WEAK_AFTER_TRIGGER:
            continue
        # the signing/effect word sits between the reference and the date, or just before the date
        window = text[min(trigger.end(), date.start - _WEAK_ROLE_WINDOW):date.start]
        if vocab.SIGNED.search(window) or vocab.EFFECTIVE.search(window):
            return True
    return False


def _linked(text: str, trigger_start: int, trigger_end: int, date: DateMention) -> bool:
    """Is this date the deal's? Inside the trigger ('توقفت في ١٠ نوفمبر بموجب اتفاق'), just
    after it, or tied to it by a signing/effect word ('signed on', 'يبدأ سريانه', 'accepted')."""
    if trigger_start <= date.start < trigger_end:
        return True
    if date.dateline:
        return False  # "YEREVAN, Sept. 15 — A ceasefire ...": the report's date, not the deal's
    if date.start >= trigger_end:
        between = text[trigger_end:date.start]
        if vocab.STATUS.search(between):
            return False  # "the ceasefire appeared to be holding on Monday": not a new ceasefire
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
    if _SINCE.search(between):
        return False  # "on Monday ... since a ceasefire": the ceasefire is older than the date
    return (len(between) <= _BEFORE_TRIGGER and not any(mark in between for mark in ",،;؛")
            and any(vocab.SIGNED.search(part) or vocab.EFFECTIVE.search(part) for part in (between, role_after)))



def _assign_role(candidate: _Candidate, text: str, trigger_start: int, date: DateMention) -> None:
    """Signed or effective, by the last signing/effect word read before the date (or, for a
    date ahead of the trigger, between the two: '26 октября вступило в силу перемирие')."""
    window = text[trigger_start:date.start] if date.start >= trigger_start else text[date.end:trigger_start]
    signed = [match.end() for match in vocab.SIGNED.finditer(window)]
    effective = [match.end() for match in vocab.EFFECTIVE.finditer(window)]
    is_effective = bool(effective) and (not signed or effective[-1] > signed[-1])
    if is_effective and candidate.effective is None:
        candidate.effective = date.value
    elif not is_effective and candidate.signed is None:
        candidate.signed = date.value


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for candidate in candidates:
        target = next((other for other in merged if other.dates() & candidate.dates()), None)
        if target is None and candidate.weak and merged:
            target = merged[-1]  # "the deal, announced on Monday": the ceasefire just mentioned
        if target is None:
            merged.append(candidate)
            continue
        target.signed = target.signed or candidate.signed
        target.effective = target.effective or candidate.effective
        target.sentences.extend(candidate.sentences)
    return merged


def _scope(document: Document, candidate: _Candidate, quoting: set[int]) -> list[int]:
    """Sentences describing the deal: its own paragraphs, ones quoting its content, and a
    following paragraph that goes on listing obligations."""
    paragraphs = {document.sentences[index].paragraph for index in candidate.sentences} | quoting
    text = document.text
    strong = vocab.STRONG_TRIGGERS[document.language]
    for paragraph in sorted(paragraphs):
        following = document.paragraph_sentences(paragraph + 1)
        if following and vocab.FUTURE_CONTINUATION.search(
            text, document.sentences[following[0]].start, document.sentences[following[-1]].end
        ) and not strong.search(text, document.sentences[following[0]].start, document.sentences[following[-1]].end):
            paragraphs.add(paragraph + 1)
    return [index for paragraph in sorted(paragraphs) for index in document.paragraph_sentences(paragraph)
            if not document.sentences[index].headline]


def _ceasefire(document: Document, candidate: _Candidate, quoting: set[int]) -> Ceasefire:
    scope = _scope(document, candidate, quoting)
    clauses = _clauses(document, scope)
    terms = tuple(dict.fromkeys(["ceasefire", *(clause.term for clause in clauses)]))
    parties, mediators = _parties(document, candidate.sentences)
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


_SIDES = {"karabakh": ["ARM", "AZE"], "syria": ["SYR", "syrian-opposition"]}


def _default_parties(document: Document, sentences: list[int]) -> list[str]:
    """'the two sides', 'a memorandum signed by the guarantors': the sides of the conflict the
    text around the ceasefire is about (its paragraph, then the article), never a fixed pair."""
    text = document.text
    paragraphs = {document.sentences[index].paragraph for index in sentences}
    near = [index for paragraph in sorted(paragraphs) for index in document.paragraph_sentences(paragraph)]
    spans = [(document.sentences[index].start, document.sentences[index].end) for index in near]
    for scope in (spans, [(0, len(text))]):
        scores = {"karabakh": 0, "syria": 0}
        for start, end in scope:
            scores["karabakh"] += len(vocab.KARABAKH_WORDS.findall(text, start, end))
            scores["syria"] += len(vocab.SYRIA_WORDS.findall(text, start, end))
        if scores["karabakh"] != scores["syria"]:
            return _SIDES[max(scores, key=lambda side: scores[side])]
    return []


def _parties(document: Document, sentences: list[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parties: list[str] = []
    mediators: list[str] = []
    text = document.text
    for index in sentences:
        sentence = document.sentences[index]
        mediation_ends = [m.end() for m in vocab.MEDIATION.finditer(text, sentence.start, sentence.end)]
        for party in document.in_sentence(document.parties, index):
            if any(0 <= party.start - end <= 40 for end in mediation_ends) or party.code not in vocab.CONFLICT_PARTIES:
                if party.code not in vocab.CONFLICT_PARTIES:
                    mediators.append(party.code)
                continue
            parties.append(party.code)
    if "SYR" in parties and "syrian-opposition" not in parties and any(
            vocab.OPPOSITION.search(text, document.sentences[index].start, document.sentences[index].end)
            for index in sentences):
        parties.append("syrian-opposition")  # "the Syrian government and the opposition agreed"
    parties = list(dict.fromkeys(parties)) or _default_parties(document, sentences)
    mediators = [code for code in dict.fromkeys(mediators) if code not in parties]
    return tuple(parties), tuple(mediators)
