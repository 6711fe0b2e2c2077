"""The article as the rules see it: normalised text, sentences, and the mentions in it."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .dates import DateMention, find_dates
from .gazetteer import Gazetteer, PlaceHit
from .normalize import NormalizedText
from .numbers import NumberMention, find_numbers
from .parties import PartyMention, find_parties

# A sentence ends at . ! ? ؟ followed by space, unless the dot closes an abbreviation.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])[\"'»”)]?\s+|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|mr|mrs|dr|st|no|gen|col|lt|u\.s|u\.n|a\.m|p\.m|"
    r"vs|etc|г|ул|им)|\b[^\W\d])\.$"
)


_ORGANISATION_AFTER = re.compile(r"[\s\-]+(?:groups?|conventions?)\b")
_ORGANISATION_BEFORE = re.compile(r"(?:مجموعه|اتفاقيات)\s+$")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    headline: bool


@dataclass(slots=True)
class Document:
    normalized: NormalizedText
    language: str
    published: dt.date | None
    sentences: list[Sentence]
    places: list[PlaceHit]
    parties: list[PartyMention]
    numbers: list[NumberMention]
    dates: list[DateMention]
    sentence_starts: list[int] = field(default_factory=list)
    place_starts: list[int] = field(default_factory=list)
    party_starts: list[int] = field(default_factory=list)
    _buckets: dict[int, list[list]] = field(default_factory=dict)
    _paragraphs: dict[int, list[int]] | None = None

    @property
    def text(self) -> str:
        return self.normalized.text

    def sentence_of(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position) - 1

    def in_sentence(self, items: list, index: int) -> list:
        """Items (places, parties, numbers, dates) that start inside sentence `index`."""
        buckets = self._buckets.get(id(items))
        if buckets is None:  # bucket once per list: per-sentence scans would be quadratic
            buckets = [[] for _ in self.sentences]
            for item in items:
                position = self.sentence_of(item.start)
                if 0 <= position < len(buckets) and item.start < self.sentences[position].end:
                    buckets[position].append(item)
            self._buckets[id(items)] = buckets
        return buckets[index]

    def paragraph_sentences(self, paragraph: int) -> list[int]:
        """Indices of the sentences in one paragraph (the map is built once per article)."""
        if self._paragraphs is None:
            self._paragraphs = {}
            for index, sentence in enumerate(self.sentences):
                self._paragraphs.setdefault(sentence.paragraph, []).append(index)
        return self._paragraphs.get(paragraph, [])

    def evidence(self, index: int) -> tuple[str, int, int]:
        sentence = self.sentences[index]
        return self.normalized.original_slice(sentence.start, sentence.end)


def build_document(text: str, language: str, published: dt.date | None, gazetteer: Gazetteer) -> Document:
    normalized = NormalizedText(text)
    norm = normalized.text
    sentences = split_sentences(norm)
    starts = [sentence.start for sentence in sentences] or [0]
    original = normalized.original
    places = [
        hit for hit in gazetteer.find(norm, lambda pos: original[normalized.to_original(pos)], language)
        if not _names_an_organisation(norm, hit)
    ]
    parties = find_parties(norm, language)
    return Document(
        normalized=normalized,
        language=language,
        published=published,
        sentences=sentences,
        places=places,
        parties=parties,
        numbers=find_numbers(norm, language),
        dates=find_dates(norm, language, published, starts),
        sentence_starts=starts,
        place_starts=[hit.start for hit in places],
        party_starts=[party.start for party in parties],
    )


def _names_an_organisation(text: str, hit: PlaceHit) -> bool:
    """'Minsk Group', 'مجموعة مينسك', 'Geneva Conventions': named after a city, not the city."""
    return bool(_ORGANISATION_AFTER.match(text, hit.end) or _ORGANISATION_BEFORE.search(text, max(0, hit.start - 12), hit.start))


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph, start = 0, 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group() and _ABBREVIATION.search(text[max(0, match.start() - 6):match.start()]):
            continue
        _append(sentences, text, start, match.start(), paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _append(sentences, text, start, len(text), paragraph)
    _mark_headline(sentences, text)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph, False))


def _mark_headline(sentences: list[Sentence], text: str) -> None:
    """A short first line without final punctuation, followed by a blank line, is a title."""
    if len(sentences) < 2:
        return
    first = sentences[0]
    after = text[first.end:sentences[1].start]
    ends_like_prose = text[first.end - 1] in ".!?؟"
    if first.paragraph != sentences[1].paragraph and after.count("\n") >= 2 and first.end - first.start < 200 \
            and not ends_like_prose:
        sentences[0].headline = True
