"""Dated events: one per distinct date the article attaches a happening to."""
from __future__ import annotations

import re

from .document import Document
from .normalize import fold_letters
from .types import Event

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def extract_events(document: Document, topics: list[str], hits: dict[str, list[int]]) -> list[Event]:
    """One event per distinct (date, precision); each filed under the article topic its
    paragraph talks about ('the nuclear file ... in 2020' is iran-nuclear in a Karabakh piece)."""
    topic_of = _TopicChooser(document, topics, hits)
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    by_sentence: dict[int, list] = {}
    for mention in document.dates:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in document.dates:
        if not mention.eventful or document.sentences[mention.sentence].headline:
            continue
        if mention.dateline and any(other is not mention and other.precision == "day"
                                    and not _in_parentheses(document.text, other.start)
                                    for other in by_sentence[mention.sentence]):
            continue  # "YEREVAN, Dec. 15 — ... on Monday": the lead dates its own news
        if mention.dateline and _lead_dated_elsewhere(document, mention, by_sentence):
            continue  # "МОСКВА, 20 ноября. ... в четверг": the news happened on another day
        if _covered_by_finer(by_sentence[mention.sentence], mention):
            continue
        if _names_a_dated_deal(document, mention):
            continue
        key = (mention.value, mention.precision)
        if key in seen:
            continue
        seen.add(key)
        evidence, start, end = document.evidence(mention.sentence)
        topic = topic_of(mention.sentence)
        events.append(Event(mention.value, mention.precision, topic, _summary(evidence), evidence, start, end))
    return events


class _TopicChooser:
    """The topic an event belongs to: the one whose keywords its own sentence uses, else its
    paragraph's, else the nearest sentence's, else the article topic named most often. Never
    the order the topics were passed in."""

    def __init__(self, document: Document, topics: list[str], hits: dict[str, list[int]]) -> None:
        self._document = document
        self._by_sentence: dict[int, dict[str, int]] = {}
        self._by_paragraph: dict[int, dict[str, int]] = {}
        self._first: dict[str, int] = {}
        totals: dict[str, int] = {}
        for slug in topics:
            for position in hits.get(slug, ()):
                index = document.sentence_of(position)
                paragraph = document.sentences[index].paragraph
                _count(self._by_sentence, index, slug)
                _count(self._by_paragraph, paragraph, slug)
                totals[slug] = totals.get(slug, 0) + 1
                self._first[slug] = min(self._first.get(slug, position), position)
        self._totals = totals
        self._topics = topics

    def _best(self, counts: dict[str, int]) -> str:
        return max(counts, key=lambda slug: (counts[slug], -self._first.get(slug, 0)))

    def __call__(self, sentence: int) -> str | None:
        if sentence in self._by_sentence:
            return self._best(self._by_sentence[sentence])
        paragraph = self._document.sentences[sentence].paragraph
        if paragraph in self._by_paragraph:
            return self._best(self._by_paragraph[paragraph])
        if self._by_sentence:
            nearest = min(self._by_sentence, key=lambda index: (abs(index - sentence), index > sentence))
            if abs(nearest - sentence) <= 2:
                return self._best(self._by_sentence[nearest])
        if self._totals:
            return self._best(self._totals)
        return self._topics[0] if len(self._topics) == 1 else None


def _count(table: dict[int, dict[str, int]], key: int, slug: str) -> None:
    per_topic = table.setdefault(key, {})
    per_topic[slug] = per_topic.get(slug, 0) + 1


def _lead_dated_elsewhere(document: Document, mention, by_sentence: dict[int, list]) -> bool:
    """A dateline standing as its own sentence dates the report; the lead after it says when the
    news happened. If the lead names days and none is the dateline's, the dateline is no event."""
    sentence = document.sentences[mention.sentence]
    if document.text[mention.end:sentence.end].strip(" .,-—–"):
        return False
    lead = by_sentence.get(mention.sentence + 1, [])
    days = [other.value for other in lead if other.precision == "day" and other.eventful]
    return bool(days) and mention.value not in days


def _in_parentheses(text: str, position: int) -> bool:
    """'at midnight (2200 GMT on Friday)': an aside, not the lead's own date."""
    opening = text.rfind("(", max(0, position - 40), position)
    return opening != -1 and ")" not in text[opening:position]


def _covered_by_finer(same_sentence: list, mention) -> bool:
    """'The 2020 race was postponed in March of that year' is one event, in March. A month
    stays beside the days it contains: 'earlier this month, X on the 4th' are two happenings."""
    return mention.precision == "year" and any(
        _PRECISION_RANK[other.precision] > _PRECISION_RANK[mention.precision]
        and other.value.startswith(mention.value)
        for other in same_sentence
    )


# "under the November 2020 ceasefire", "اتفاق تشرين الثاني 2020": a month naming a deal or war
_DEAL_AFTER = re.compile(fold_letters(
    r"\s*(?:ceasefire|cease-fire|truce|deal|agreement|accord|statement|declaration|war|offensive|memorandum)"
    r"(?!\w)"), re.IGNORECASE)
_DEAL_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:اتفاق|بيان|هدنه|حرب|اعلان|مذكره)\w*)\s+(?:في\s+)?$"))


def _names_a_dated_deal(document: Document, mention) -> bool:
    """'under the November 2020 ceasefire' beside 'signed on Nov. 10, 2020': the month only names
    a deal the article dates to the day, so it is no happening of its own."""
    if mention.precision != "month":
        return False
    text = document.text
    if not (_DEAL_AFTER.match(text, mention.end)
            or _DEAL_BEFORE.search(text, max(0, mention.start - 25), mention.start)):
        return False
    return any(other.precision == "day" and other.value.startswith(mention.value) for other in document.dates)


def _summary(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
