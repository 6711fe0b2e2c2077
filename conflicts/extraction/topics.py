"""Topic keywords (data, editable by curators) and the article-level topic decision."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .document import Document
from .patterns import PhraseIndex, scripts_for
from .types import TopicSpec

# An article "substantially discusses" a topic when the title names it or the body
# comes back to it; one passing mention ("talks also covered Syria") is not enough.
_MIN_BODY_HITS = 2

CONFLICT_KEYWORDS = (
    "Armenian-Azerbaijani", "Azerbaijani-Armenian", "Armenia-Azerbaijan", "Azerbaijan-Armenia",
    "Armenia and Azerbaijan", "Azerbaijan and Armenia", "Baku and Yerevan", "Yerevan and Baku",
    "الأرمينية الأذربيجانية", "الأذربيجانية الأرمينية", "أرمينيا وأذربيجان", "أذربيجان وأرمينيا",
    "باكو ويريفان", "يريفان وباكو",
    "армяно-азербайджанск", "азербайджано-армянск", "Армении и Азербайджана", "Азербайджана и Армении",
    "Армения и Азербайджан", "Азербайджан и Армения",
)

_DEFAULT_KEYWORDS = {
    "karabakh": (
        "Karabakh", "Nagorno-Karabakh", "Artsakh", "Stepanakert", "Khankendi", "Lachin corridor",
        "Shusha", "Shushi", "Kalbajar", "Kelbajar", "Aghdam", "Hadrut", "Zangilan", "Fuzuli", "Jabrayil",
        "قره باغ", "كاراباخ", "كراباخ", "كاراباغ", "آرتساخ", "ستيباناكيرت", "خانكندي", "ممر لاتشين",
        "شوشا", "شوشة", "كلبجار", "أغدام", "زنغيلان", "فضولي", "جبرائيل", "هادروت",
        "Карабах", "Арцах", "Степанакерт", "Лачинский коридор", "Шуша", "Кельбаджар", "Агдам",
        # the conflict between the two states, wherever it is fought or settled (conflicts migration
        # 0004 adds these to databases loaded before they shipped)
        *CONFLICT_KEYWORDS,
    ),
    "iran-nuclear": (
        "nuclear deal", "nuclear agreement", "nuclear programme", "nuclear program", "nuclear talks",
        "nuclear issues", "JCPOA", "Joint Comprehensive Plan of Action", "P5+1", "IAEA",
        "International Atomic Energy Agency", "uranium", "enrichment",
        "النووي", "النووية", "نووي", "خطة العمل الشاملة المشتركة", "الوكالة الدولية للطاقة الذرية",
        "تخصيب", "اليورانيوم", "ядерн", "СВПД", "МАГАТЭ", "обогащени",
    ),
    "syria": (
        "Syria", "Syrian", "Damascus", "Assad", "Aleppo", "Idlib", "de-escalation zones",
        "سوريا", "سورية", "السوري", "السورية", "دمشق", "الأسد", "حلب", "إدلب",
        "Сирия", "Сирии", "сирийск", "Дамаск", "Асад",
    ),
}


def default_topics() -> list[TopicSpec]:
    return [TopicSpec(slug, keywords) for slug, keywords in _DEFAULT_KEYWORDS.items()]


@lru_cache(maxsize=16)
def _index(topics: tuple[TopicSpec, ...]) -> PhraseIndex:
    """All topics' keywords in one matcher per script: the text is scanned once, not per topic."""
    return PhraseIndex((keyword, topic.slug) for topic in topics for keyword in topic.keywords)


def topic_hits(document: Document, topics: Sequence[TopicSpec]) -> dict[str, list[int]]:
    """Where each topic's keywords occur (normalised offsets)."""
    hits: dict[str, list[int]] = {}
    for slugs, start, _end in _index(tuple(topics)).find(document.text, scripts_for(document.language)):
        for slug in slugs:
            hits.setdefault(slug, []).append(start)
    return hits


def detect_topics(document: Document, topics: Sequence[TopicSpec], hits: dict[str, list[int]], *,
                  fact_sentences: set[int] = frozenset()) -> list[str]:
    """Topics the article substantially discusses: named in the title, twice in the body, or
    once in a sentence that reports a fact. An article that reports facts is also about the
    topic it names most, even if only once ('... ended six weeks of fighting over Karabakh')."""
    headline_end = document.sentences[0].end if document.sentences and document.sentences[0].headline else 0
    found = [topic.slug for topic in topics
             if _discussed(document, hits.get(topic.slug, []), headline_end, fact_sentences)]
    named = [topic.slug for topic in topics if hits.get(topic.slug)]
    if fact_sentences and named and not found:
        found = [max(named, key=lambda slug: len(hits[slug]))]
    return found


def _discussed(document: Document, positions: list[int], headline_end: int, fact_sentences: set[int]) -> bool:
    if len(positions) >= _MIN_BODY_HITS or any(position < headline_end for position in positions):
        return True
    return any(document.sentence_of(position) in fact_sentences for position in positions)

