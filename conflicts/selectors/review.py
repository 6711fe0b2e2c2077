"""The article review page: each claim as a card, and the article text cut into highlighted runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from conflicts.models import FactKind, PlaceMention
from conflicts.services.consolidation import CLAIM_MODELS

# Which colour wins where evidence sentences overlap: the rarer, weightier claim.
KIND_ORDER = (FactKind.CASUALTY, FactKind.TERRITORY_CHANGE, FactKind.CEASEFIRE, FactKind.EVENT)


@dataclass
class ClaimCard:
    kind: str
    claim: object

    @property
    def ref(self) -> str:
        return f"{self.kind}-{self.claim.id}"


@dataclass
class Segment:
    text: str
    refs: list[str] = field(default_factory=list)
    kind: str = ""
    statuses: set[str] = field(default_factory=set)
    place: bool = False
    anchors: list[str] = field(default_factory=list)

    @property
    def marked(self) -> bool:
        return bool(self.refs) or self.place

    @property
    def status(self) -> str:
        # A run shared by a pending and a rejected claim still needs the editor's eye.
        for status in ("pending", "approved", "rejected"):
            if status in self.statuses:
                return status
        return ""


def article_claim_cards(*, article) -> list[ClaimCard]:
    cards = []
    for kind in KIND_ORDER:
        model = CLAIM_MODELS[kind]
        related = ("fact", "reviewed_by", "place") if kind == FactKind.TERRITORY_CHANGE else ("fact", "reviewed_by")
        claims = model.objects.filter(article=article).select_related(*related).order_by("span_start", "id")
        if kind == FactKind.CEASEFIRE:
            claims = claims.prefetch_related("clauses")
        cards.extend(ClaimCard(kind=kind, claim=claim) for claim in claims)
    cards.sort(key=lambda card: (card.claim.span_start, KIND_ORDER.index(card.kind)))
    return cards


def article_segments(*, article, cards: list[ClaimCard]) -> list[Segment]:
    """Cut the text at every span boundary, so each run knows which claims cover it."""
    text = article.text
    places = [(m.span_start, m.span_end) for m in PlaceMention.objects.filter(article=article) if m.span_end > m.span_start]
    spans = [(c.claim.span_start, c.claim.span_end, c) for c in cards if c.claim.span_end > c.claim.span_start]
    bounds = {0, len(text)}
    for start, end, *_ in spans + places:
        bounds.update((min(start, len(text)), min(end, len(text))))
    segments, anchored = [], set()
    for start, end in pairwise(sorted(bounds)):
        covering = [card for s, e, card in spans if s <= start and e >= end]
        segment = Segment(text=text[start:end], refs=[card.ref for card in covering])
        segment.place = any(s <= start and e >= end for s, e in places)
        if covering:
            segment.kind = min((card.kind for card in covering), key=KIND_ORDER.index)
            segment.statuses = {card.claim.review_status for card in covering}
            segment.anchors = [ref for ref in segment.refs if ref not in anchored]
            anchored.update(segment.anchors)
        segments.append(segment)
    return segments
