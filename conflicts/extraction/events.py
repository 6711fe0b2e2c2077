"""Dated events: one per distinct date the article attaches a happening to."""
from __future__ import annotations

from .document import Document
from .types import Event

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def extract_events(document: Document, topics: list[str], hits: dict[str, list[int]]) -> list[Event]:
    """One event per distinct (date, precision); each filed under the article topic its
    paragraph talks about ('the nuclear file ... in 2020' is iran-nuclear in a Karabakh piece)."""
    topic_of = _paragraph_topics(document, topics, hits)
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
        if _covered_by_finer(by_sentence[mention.sentence], mention):
            continue
        key = (mention.value, mention.precision)
        if key in seen:
            continue
        seen.add(key)
        evidence, start, end = document.evidence(mention.sentence)
        topic = topic_of.get(document.sentences[mention.sentence].paragraph, topics[0] if topics else None)
        events.append(Event(mention.value, mention.precision, topic, _summary(evidence), evidence, start, end))
    return events


def _paragraph_topics(document: Document, topics: list[str], hits: dict[str, list[int]]) -> dict[int, str]:
    """The article topic with the most keyword hits in each paragraph."""
    counts: dict[int, dict[str, int]] = {}
    for slug in topics:
        for position in hits.get(slug, ()):
            paragraph = document.sentences[document.sentence_of(position)].paragraph
            counts.setdefault(paragraph, {}).setdefault(slug, 0)
            counts[paragraph][slug] += 1
    return {paragraph: max(per_topic, key=lambda slug: per_topic[slug]) for paragraph, per_topic in counts.items()}


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


def _summary(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
