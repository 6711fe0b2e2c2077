"""When a territory change happened or is due: the date beside the place, after a postponement the
new one, a sentence that goes on from the last, or the day a report's lead gives (split from
territory.py, which finds the places and who gave them up to whom)."""
from __future__ import annotations

import datetime as dt
import re

from . import territory_words as vocab
from .document import Document

DATE_AFTER_PLACE = 45


def change_date(document: Document, index: int, match: re.Match[str], place_end: int, limit: int) -> str | None:
    """The date right after the place; after a postponement, the new date; else the nearest."""
    dates = [date for date in document.in_sentence(document.dates, index) if not _deal_date(document.text, date)]
    if any(not date.dateline for date in dates):
        dates = [date for date in dates if not date.dateline]  # "BAKU, Dec. 2 — ... yesterday": the lead's own day
    # "agreed to postpone the handover of Kalbajar ... until Nov. 25": the new date follows the word
    postponed = vocab.POSTPONED.search(document.text, document.sentences[index].start, limit)
    if postponed:
        later = [date for date in dates if postponed.end() <= date.start < limit]
        if later:
            return later[0].value
    following = [date for date in dates if place_end <= date.start < min(limit, place_end + DATE_AFTER_PLACE)]
    if following:
        return following[0].value
    if not dates:
        return carried_date(document, index)
    return min(dates, key=lambda date: abs(date.start - match.start())).value


def carried_date(document: Document, index: int) -> str | None:
    """'وفي تغريدة لاحقة ... سيطرت أيضاً على قرية تاليش', 'Later, troops also took X': a sentence
    that continues the one before it happened on the day that sentence named."""
    sentence = document.sentences[index]
    if index and vocab.CONTINUATION.search(document.text, sentence.start, sentence.end):
        previous = [date for date in document.in_sentence(document.dates, index - 1)
                    if date.precision == "day" and date.eventful and not date.dateline]
        if previous:
            return previous[-1].value
    return _lead_day(document, index)


_LEAD_PARAGRAPHS = 2
_NEWS_DAYS = 7


def _lead_day(document: Document, index: int) -> str | None:
    """'Footage showed the flag raised over the town' in the first paragraphs of a report whose
    lead names one day, close to publication: that is the day of the news, not a past one
    ('had taken', 'كانت ... قد احتلت' keep no date)."""
    lead = next((position for position, sentence in enumerate(document.sentences) if not sentence.headline), None)
    sentence = document.sentences[index]
    if lead is None or document.published is None \
            or sentence.paragraph - document.sentences[lead].paragraph >= _LEAD_PARAGRAPHS \
            or vocab.PAST_PERFECT.search(document.text, sentence.start, sentence.end):
        return None
    days = {date.value for date in document.in_sentence(document.dates, lead)
            if date.precision == "day" and date.eventful}
    if len(days) != 1:
        return None
    day = next(iter(days))
    return day if abs((dt.date.fromisoformat(day) - document.published).days) <= _NEWS_DAYS else None


def _deal_date(text: str, date) -> bool:
    """'the agreement signed on 10 November provides for the handover of Aghdam': the date is
    the agreement's; the handover has none unless a deadline or handover day is stated."""
    return bool(vocab.DEAL_DATE_BEFORE.search(text, max(0, date.start - 70), date.start)
                or vocab.DEAL_AFTER_DATE.match(text[date.end:date.end + 30]))
