"""The events timeline: one lane and one colour per topic, each point linking to its source.

Input is what the timeline selector returns, as plain dicts:
  {"date": "2020-11-10", "precision": "day"|"month"|"year", "topic": "karabakh",
   "topic_label": "<label in the page language>", "text": "...", "url": "/en/..."}

Each point's customdata is [url, date label, text]; the page follows customdata[0] on
`plotly_click`, so the chart needs no JavaScript of its own.
"""

from __future__ import annotations

from conflicts.charts.common import FONT_FAMILY, check_language, format_date, hover_text, iso_date

# Fixed colours for the default topics so a topic keeps its colour across pages; other
# topics take the next free colour of the palette in slug order.
TOPIC_COLOURS = {"karabakh": "#d95f02", "iran-nuclear": "#7570b3", "syria": "#1b9e77"}
PALETTE = ("#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#666666")
# An event known only to the month or year is drawn mid-period and hollow, so the chart
# does not claim a precision the source did not give.
MID_PERIOD = {"month": "-15", "year": "-07-01"}
SYMBOLS = {"day": "circle", "month": "circle-open", "year": "circle-open"}
HOVER_TEXT_LIMIT = 160
EMPTY = {"en": "No events in this period", "ar": "لا أحداث في هذه الفترة"}


DAY_MS = 86_400_000
# Numeric ISO labels read the same in Arabic and English; each zoom level gets the precision
# its ticks have, so a two-month span never shows "2020-10" four times.
DATE_TICK_STOPS = [
    {"dtickrange": [None, 27 * DAY_MS], "value": "%Y-%m-%d"},
    {"dtickrange": [27 * DAY_MS, 364 * DAY_MS], "value": "%Y-%m"},
    {"dtickrange": [364 * DAY_MS, None], "value": "%Y"},
]


def timeline_figure(*, events: list[dict], language: str) -> dict:
    """A Plotly figure dict: a scatter trace per topic over a date axis."""
    check_language(language)
    ordered = sorted(events, key=lambda e: (_plot_date(e), e["topic"], e.get("url", "")))
    topics = sorted({e["topic"] for e in ordered})
    colours = topic_colours(topics)
    data = [_topic_trace(topic, [e for e in ordered if e["topic"] == topic], colours[topic], language) for topic in topics]
    return {"data": data, "layout": _layout(language, len(topics))}


def topic_colours(topics: list[str]) -> dict[str, str]:
    spare = iter(PALETTE * (len(topics) // len(PALETTE) + 1))
    return {topic: TOPIC_COLOURS.get(topic) or next(spare) for topic in sorted(topics)}


def _topic_trace(topic: str, events: list[dict], colour: str, language: str) -> dict:
    label = events[0].get("topic_label") or topic
    return {
        "type": "scatter",
        "mode": "markers",
        "name": label,
        "legendgroup": topic,
        "x": [_plot_date(e) for e in events],
        "y": [label] * len(events),
        "marker": {
            "size": 12,
            "color": colour,
            "symbol": [SYMBOLS.get(e.get("precision", "day"), "circle") for e in events],
            "line": {"width": 2, "color": colour},
        },
        "customdata": [[e.get("url", ""), _date_label(e, language), _short(e["text"])] for e in events],
        "hovertemplate": "<b>%{customdata[1]}</b><br>%{customdata[2]}<extra>" + hover_text(label) + "</extra>",
    }


def _plot_date(event: dict) -> str:
    date = iso_date(event["date"])
    precision = event.get("precision", "day")
    return date + MID_PERIOD[precision] if precision in MID_PERIOD else date


def _date_label(event: dict, language: str) -> str:
    return format_date(event["date"], language, event.get("precision", "day"))


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > HOVER_TEXT_LIMIT:
        text = text[: HOVER_TEXT_LIMIT - 1].rstrip() + "…"
    return hover_text(text)


def _layout(language: str, lanes: int) -> dict:
    rtl = language == "ar"
    layout = {
        # Numeric ticks: plotly.js has no Arabic locale bundled, and numbers read in both.
        "xaxis": {"type": "date", "tickformatstops": DATE_TICK_STOPS, "showgrid": True, "gridcolor": "#eeeeee"},
        "yaxis": {"type": "category", "side": "right" if rtl else "left", "automargin": True, "fixedrange": True},
        "height": 140 + 44 * max(lanes, 1),
        # Room for the topic labels on the reading side; automargin alone under-measures
        # right-side labels (seen clipped in headless Chromium).
        "margin": {"l": 20 if rtl else 130, "r": 130 if rtl else 20, "t": 10, "b": 40},
        "showlegend": False,
        "hovermode": "closest",
        "font": {"family": FONT_FAMILY[language]},
        "hoverlabel": {"align": "right" if rtl else "left"},
        "plot_bgcolor": "#ffffff",
    }
    if not lanes:
        layout["annotations"] = [
            {"text": EMPTY[language], "showarrow": False, "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}
        ]
        layout["xaxis"]["visible"] = layout["yaxis"]["visible"] = False
    return layout
