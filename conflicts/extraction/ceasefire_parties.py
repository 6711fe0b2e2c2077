"""Who made a ceasefire: its sides, and the states that brokered or guarantee it."""
from __future__ import annotations

import re

from . import ceasefire_words as vocab
from .document import Document

_SIDES = {"karabakh": ["ARM", "AZE"], "syria": ["SYR", "syrian-opposition"]}
# The other side of a ceasefire when the text around it names only one: the first one the
# deal's paragraph mentions, else the usual opponent.
_OTHER_SIDES = {"ARM": ("AZE",), "AZE": ("nkr", "ARM"), "nkr": ("AZE",), "SYR": ("syrian-opposition",),
                "syrian-opposition": ("SYR",)}
_CHAIN = re.compile(r"[\s,،]*(?:and|و|и)?\s*(?:the\s+)?")
_MEDIATOR_WITHIN = 25


def ceasefire_sides(document: Document, sentences: list[int], reach: dict[int, int],
                    antecedents: list[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Parties and mediators of the deal told in `sentences` (each read up to `reach`, where it
    stops speaking of the deal) and in the sentences a reference back points to."""
    text = document.text
    spans = [(document.sentences[index].start, reach.get(index, document.sentences[index].end))
             for index in sentences]
    spans += [(document.sentences[index].start, document.sentences[index].end) for index in antecedents]
    mentions = [party for index in [*sentences, *antecedents] for party in document.in_sentence(document.parties, index)
                if any(start <= party.start < end for start, end in spans)]
    mediated = _mediated(text, mentions, spans)
    sides = [party.code for party in mentions if party.code in vocab.CONFLICT_PARTIES and id(party) not in mediated]
    others = [party.code for party in mentions if party.code not in vocab.CONFLICT_PARTIES]
    if "SYR" in sides and "syrian-opposition" not in sides and any(
            vocab.OPPOSITION.search(text, start, end) for start, end in spans):
        sides.append("syrian-opposition")  # "the Syrian government and the opposition agreed"
    sides = list(dict.fromkeys(sides))
    if not sides and len(set(others)) == 2 and not any(vocab.MEDIATOR_ROLE.search(text, start, end)
                                                       for start, end in spans):
        # "Putin and Erdogan reached an agreement on Idlib": two states that sign for themselves are its
        # sides; three or more signing for a war they are not in ("Russia, Turkey and Iran") guarantee it
        sides, others = list(dict.fromkeys(others)), []
    if len(sides) == 1 and sides[0] in _OTHER_SIDES:
        sides.append(_other_side(document, sentences, sides[0]))  # a ceasefire takes two
    sides = sides or _default_parties(document, sentences)
    mediators = [code for code in dict.fromkeys(others) if code not in sides]
    return tuple(sorted(sides)), tuple(mediators)


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


def _mediated(text: str, mentions: list, spans: list[tuple[int, int]]) -> set[int]:
    """Mentions that name the go-between: the first right after 'brokered by'/'برعاية', and any
    joined to it by 'and' or a comma ('mediated by Russia and Turkey'), but not the signatory
    named next ('برعاية روسية الرئيس الأذربيجاني')."""
    mediated: set[int] = set()
    for start, end in spans:
        for mediation in vocab.MEDIATION.finditer(text, start, end):
            previous_end = mediation.end()
            for party in mentions:
                if party.start < previous_end:
                    continue
                gap = party.start - previous_end
                if not (gap <= _MEDIATOR_WITHIN if previous_end == mediation.end()
                        else _CHAIN.fullmatch(text, previous_end, party.start)):
                    break
                mediated.add(id(party))
                previous_end = party.end
    return mediated


def _other_side(document: Document, sentences: list[int], side: str) -> str:
    paragraphs = {document.sentences[index].paragraph for index in sentences}
    named = {party.code for paragraph in paragraphs for index in document.paragraph_sentences(paragraph)
             for party in document.in_sentence(document.parties, index)}
    options = _OTHER_SIDES[side]
    return next((option for option in options if option in named), options[-1])
