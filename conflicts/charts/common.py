"""Helpers shared by the chart builders: status and topic colours, localised labels."""

from __future__ import annotations

from datetime import date
from html import escape

SUPPORTED_LANGUAGES = ("en", "ar")

# Month names written out, because plotly.js ships no Arabic locale and a reader should
# not see English month abbreviations on an Arabic page.
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}
FONT_FAMILY = {
    "en": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    "ar": "'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, sans-serif",
}


def check_language(language: str) -> str:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {SUPPORTED_LANGUAGES}")
    return language


def format_date(value: str | date | None, language: str, precision: str = "day") -> str:
    """'2020-11-25' → '25 Nov 2020' / '25 نوفمبر 2020'; honours month and year precision."""
    if not value:
        return ""
    parts = iso_date(value).split("-")
    year = parts[0]
    if precision == "year" or len(parts) == 1:
        return year
    month = MONTHS[language][int(parts[1]) - 1]
    if precision == "month" or len(parts) == 2:
        return f"{month} {year}"
    return f"{int(parts[2])} {month} {year}"


def hover_text(value: str) -> str:
    """Escape article-derived text: plotly renders a subset of HTML in hover labels."""
    return escape(value, quote=False)


def iso_date(value: str | date) -> str:
    """Selectors may hand over date objects; figures carry ISO strings either way."""
    return value.isoformat() if isinstance(value, date) else value
