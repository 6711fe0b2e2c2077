"""Run the extraction engine with the curated gazetteer and topics."""

from __future__ import annotations

import datetime

from conflicts.extraction import ExtractionResult, extract
from conflicts.selectors.gazetteer import gazetteer_current, topics_current


def extraction_run(*, text: str, published: datetime.date | None, language: str | None = None) -> ExtractionResult:
    return extract(text, language=language, published=published, gazetteer=gazetteer_current(), topics=topics_current())
