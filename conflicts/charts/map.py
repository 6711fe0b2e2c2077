"""The conflict map: districts coloured by what happened to them, towns, the corridor.

Input is what the map-state selector returns, as plain dicts:
- district state: {"iso": "AZ-KAL", "status": "handover"|"capture"|"unchanged",
  "date": "2020-11-25"|None, "name": "<name in the page language>"}
- town: {"name": "...", "lat": 39.8, "lon": 46.75} (or name_en/name_ar, picked by language)
- corridor: a GeoJSON LineString feature or geometry, or {"coordinates": [[lon, lat], ...]}
- peacekeeper post (optional): {"name": "...", "lat": ..., "lon": ...}

The polygons are not inlined: the choropleth references the static geojson by URL
(`geojson_url`), so the figure JSON embedded in each page stays a few kilobytes and the
browser caches the shapes once.
"""

from __future__ import annotations

from conflicts.charts.common import FONT_FAMILY, check_language, format_date, hover_text

STATUSES = ("capture", "handover", "unchanged")
# Colour-blind-safe pair for the two kinds of change; unchanged recedes into grey.
STATUS_COLOURS = {"handover": "#2c7bb6", "capture": "#d7191c", "unchanged": "#d9d9d9"}
STATUS_LABELS = {
    "en": {"handover": "Handed over by agreement", "capture": "Captured", "unchanged": "Unchanged"},
    "ar": {"handover": "سُلّمت بموجب اتفاق", "capture": "سيطرة بالقوة", "unchanged": "دون تغيير"},
}
CORRIDOR_LABEL = {"en": "Lachin corridor", "ar": "ممر لاتشين"}
TOWNS_LABEL = {"en": "Towns", "ar": "البلدات"}
PEACEKEEPERS_LABEL = {"en": "Peacekeeping posts", "ar": "مواقع قوات حفظ السلام"}
NO_DATE = {"en": "date not reported", "ar": "التاريخ غير مذكور"}
# plotly.js requests "<scope>_<resolution>m.json" from config.topojsonURL; world_110m is
# the smallest base layer that still draws the neighbouring countries (~40 KB gzipped).
BASE_RESOLUTION = 110
# The view a Karabakh reader needs: Yerevan to Ganja, Kalbajar to the Araz. Fitting to
# every district of both countries (bounds=None) shrinks Karabakh to a crowded corner.
KARABAKH_BOUNDS = {"lon": (44.3, 48.1), "lat": (38.75, 40.95)}


def map_figure(
    *,
    district_states: list[dict],
    towns: list[dict],
    corridor: dict | None,
    language: str,
    geojson_url: str,
    peacekeepers: list[dict] | None = None,
    topojson_url: str | None = None,
    bounds: dict | None = KARABAKH_BOUNDS,
) -> dict:
    """A Plotly figure dict: one choropleth per status, then corridor, towns, posts."""
    check_language(language)
    unknown = {s["status"] for s in district_states} - set(STATUSES)
    if unknown:  # dropping them would silently blank districts off the map
        raise ValueError(f"unknown district status {sorted(unknown)}; expected one of {STATUSES}")
    data = [
        _status_trace(status, [s for s in district_states if s["status"] == status], language, geojson_url)
        for status in STATUSES
        if any(s["status"] == status for s in district_states)
    ]
    if corridor:
        data.append(_corridor_trace(corridor, language))
    if towns:
        data.append(_points_trace(towns, language, TOWNS_LABEL[language], marker={"size": 6, "color": "#252525"}))
    if peacekeepers:
        marker = {"size": 9, "color": "#1a9641", "symbol": "diamond", "line": {"width": 1, "color": "#ffffff"}}
        data.append(_points_trace(peacekeepers, language, PEACEKEEPERS_LABEL[language], marker=marker, labels=False))
    figure = {"data": data, "layout": _layout(language, bounds)}
    if topojson_url:
        figure["config"] = {"topojsonURL": topojson_url, "displaylogo": False, "responsive": True}
    return figure


def _status_trace(status: str, states: list[dict], language: str, geojson_url: str) -> dict:
    """A single-colour choropleth, so the legend names the status rather than a scale."""
    label = STATUS_LABELS[language][status]
    colour = STATUS_COLOURS[status]
    customdata = [[hover_text(s["name"]), label, _date_text(s, language)] for s in states]
    return {
        "type": "choropleth",
        "name": label,
        "legendgroup": status,
        "showlegend": True,
        "geojson": geojson_url,
        "featureidkey": "properties.iso",
        "locations": [s["iso"] for s in states],
        "z": [1] * len(states),
        "zmin": 0,
        "zmax": 1,
        "colorscale": [[0, colour], [1, colour]],
        "showscale": False,
        "marker": {"line": {"color": "#ffffff", "width": 0.8}},
        "customdata": customdata,
        "hovertemplate": "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
    }


def _date_text(state: dict, language: str) -> str:
    if state["status"] == "unchanged":
        return ""
    return format_date(state.get("date"), language) or NO_DATE[language]


def _corridor_trace(corridor: dict, language: str) -> dict:
    geometry = corridor.get("geometry", corridor)
    coordinates = geometry["coordinates"]
    name = corridor.get("properties", {}).get(f"name_{language}") or CORRIDOR_LABEL[language]
    return {
        "type": "scattergeo",
        "mode": "lines",
        "name": name,
        "lon": [point[0] for point in coordinates],
        "lat": [point[1] for point in coordinates],
        "line": {"width": 3, "color": "#7b3294", "dash": "dot"},
        "hoverinfo": "name",
    }


def _points_trace(points: list[dict], language: str, name: str, *, marker: dict, labels: bool = True) -> dict:
    names = [hover_text(_point_name(point, language)) for point in points]
    return {
        "type": "scattergeo",
        "mode": "markers+text" if labels else "markers",
        "name": name,
        "lon": [point["lon"] for point in points],
        "lat": [point["lat"] for point in points],
        "text": names,
        "textposition": "top center",
        "textfont": {"size": 11, "color": "#252525"},
        "marker": marker,
        "hovertemplate": "%{text}<extra></extra>",
    }


def _point_name(point: dict, language: str) -> str:
    return point.get(f"name_{language}") or point.get("name") or point.get("name_en", "")


def _layout(language: str, bounds: dict | None) -> dict:
    return {
        "geo": {
            **_view(bounds),
            "projection": {"type": "mercator"},
            "resolution": BASE_RESOLUTION,
            "showframe": False,
            "showcountries": True,
            "countrycolor": "#969696",
            "showland": True,
            "landcolor": "#f7f7f2",
            "showlakes": True,
            "lakecolor": "#dbe9f6",
            "showocean": True,
            "oceancolor": "#dbe9f6",
            "bgcolor": "rgba(0,0,0,0)",
        },
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "legend": {
            "orientation": "h",
            "x": 1 if language == "ar" else 0,
            "xanchor": "right" if language == "ar" else "left",
            "y": 0,
            "yanchor": "bottom",
            "bgcolor": "rgba(255,255,255,0.8)",
        },
        "font": {"family": FONT_FAMILY[language]},
        "hoverlabel": {"align": "right" if language == "ar" else "left"},
        # Keeps the reader's zoom when the "as of" control redraws with Plotly.react.
        "uirevision": "conflict-map",
        "dragmode": False,
    }


def _view(bounds: dict | None) -> dict:
    if bounds is None:
        return {"fitbounds": "locations"}
    return {"fitbounds": False, "lonaxis": {"range": list(bounds["lon"])}, "lataxis": {"range": list(bounds["lat"])}}
