"""Chart builders: the figure a reader sees, asserted on the plain dicts sent to plotly.js."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflicts.charts import STATUS_COLOURS, map_figure, timeline_figure

GEOJSON_URL = "/static/conflicts/geo/karabakh.geojson"
STATES_EN = [
    {"iso": "AZ-KAL", "status": "handover", "date": "2020-11-25", "name": "Kalbajar"},
    {"iso": "AZ-AGM", "status": "handover", "date": "2020-11-20", "name": "Aghdam"},
    {"iso": "AZ-ZAN", "status": "capture", "date": "2020-10-20", "name": "Zangilan"},
    {"iso": "AZ-GA", "status": "unchanged", "date": None, "name": "Ganja"},
]
TOWNS = [
    {"name_en": "Stepanakert", "name_ar": "ستيباناكيرت", "lat": 39.8177, "lon": 46.7528},
    {"name_en": "Shusha", "name_ar": "شوشا", "lat": 39.7601, "lon": 46.7499},
]
CORRIDOR = {
    "type": "Feature",
    "properties": {"kind": "corridor", "name_en": "Lachin corridor", "name_ar": "ممر لاتشين"},
    "geometry": {"type": "LineString", "coordinates": [[46.75, 39.82], [46.55, 39.64], [46.34, 39.51]]},
}
EVENTS = [
    {
        "date": "2020-11-10",
        "precision": "day",
        "topic": "karabakh",
        "topic_label": "Karabakh",
        "text": "Ceasefire takes effect",
        "url": "/en/briefings/ceasefire/",
    },
    {
        "date": "2020-09-27",
        "precision": "day",
        "topic": "karabakh",
        "topic_label": "Karabakh",
        "text": "Fighting breaks out <b>along</b> the line of contact",
        "url": "/en/briefings/war/",
    },
    {
        "date": "2021-04",
        "precision": "month",
        "topic": "iran-nuclear",
        "topic_label": "Iran nuclear file",
        "text": "Talks open in Vienna",
        "url": "/en/briefings/vienna/",
    },
]


def _map(language: str = "en", states: list[dict] | None = None, **extra) -> dict:
    return map_figure(
        district_states=STATES_EN if states is None else states,
        towns=TOWNS,
        corridor=CORRIDOR,
        language=language,
        geojson_url=GEOJSON_URL,
        **extra,
    )


def _traces(figure: dict, kind: str) -> list[dict]:
    return [trace for trace in figure["data"] if trace["type"] == kind]


def test_each_status_is_a_legend_entry_with_its_own_colour():
    choropleths = {trace["legendgroup"]: trace for trace in _traces(_map(), "choropleth")}
    assert set(choropleths) == {"handover", "capture", "unchanged"}
    assert choropleths["handover"]["name"] == "Handed over by agreement"
    assert choropleths["capture"]["name"] == "Captured"
    for status, trace in choropleths.items():
        assert trace["colorscale"] == [[0, STATUS_COLOURS[status]], [1, STATUS_COLOURS[status]]]
        assert trace["showlegend"] and not trace["showscale"]


def test_districts_are_drawn_from_the_static_geojson_by_iso_code():
    handover = next(t for t in _traces(_map(), "choropleth") if t["legendgroup"] == "handover")
    assert handover["geojson"] == GEOJSON_URL
    assert handover["featureidkey"] == "properties.iso"
    assert handover["locations"] == ["AZ-KAL", "AZ-AGM"]


def test_hover_shows_the_district_the_status_and_the_date():
    handover = next(t for t in _traces(_map(), "choropleth") if t["legendgroup"] == "handover")
    assert handover["customdata"][0] == ["Kalbajar", "Handed over by agreement", "25 Nov 2020"]
    unchanged = next(t for t in _traces(_map(), "choropleth") if t["legendgroup"] == "unchanged")
    assert unchanged["customdata"][0] == ["Ganja", "Unchanged", ""]


def test_a_change_without_a_date_says_so():
    states = [{"iso": "AZ-LAC", "status": "handover", "date": None, "name": "Lachin"}]
    (trace,) = _traces(_map(states=states), "choropleth")
    assert trace["customdata"][0][2] == "date not reported"


def test_arabic_map_labels_statuses_towns_and_corridor_in_arabic():
    states = [{"iso": "AZ-KAL", "status": "handover", "date": "2020-11-25", "name": "كلبجار"}]
    figure = _map("ar", states)
    (choropleth,) = _traces(figure, "choropleth")
    assert choropleth["name"] == "سُلّمت بموجب اتفاق"
    assert choropleth["customdata"][0] == ["كلبجار", "سُلّمت بموجب اتفاق", "25 نوفمبر 2020"]
    corridor, towns = _traces(figure, "scattergeo")
    assert corridor["name"] == "ممر لاتشين"
    assert towns["text"] == ["ستيباناكيرت", "شوشا"]
    assert figure["layout"]["legend"]["xanchor"] == "right"


def test_towns_are_labelled_points_and_the_corridor_is_a_line():
    corridor, towns = _traces(_map(), "scattergeo")
    assert corridor["mode"] == "lines" and corridor["lon"] == [46.75, 46.55, 46.34]
    assert towns["mode"] == "markers+text" and towns["text"] == ["Stepanakert", "Shusha"]


def test_peacekeeping_posts_appear_only_when_reported():
    assert len(_traces(_map(), "scattergeo")) == 2
    posts = [{"name": "Post 1", "lat": 39.78, "lon": 46.6}]
    *_, trace = _traces(_map(peacekeepers=posts), "scattergeo")
    assert trace["name"] == "Peacekeeping posts" and trace["text"] == ["Post 1"]


def test_map_view_frames_karabakh_and_works_offline():
    figure = _map(topojson_url="/static/vendor/topojson/")
    geo = figure["layout"]["geo"]
    assert geo["projection"]["type"] == "mercator"
    assert geo["lonaxis"]["range"][0] < 46.0 < geo["lonaxis"]["range"][1]
    assert geo["resolution"] == 110
    assert figure["config"]["topojsonURL"] == "/static/vendor/topojson/"
    assert _map(bounds=None)["layout"]["geo"]["fitbounds"] == "locations"


def test_map_figure_is_plain_json():
    assert json.loads(json.dumps(_map())) == _map()


def test_unknown_language_or_status_is_refused():
    with pytest.raises(ValueError):
        _map("fr")
    with pytest.raises(ValueError):
        _map(states=[{"iso": "AZ-KAL", "status": "ceded", "date": None, "name": "Kalbajar"}])


def test_selector_date_objects_are_accepted():
    states = [{"iso": "AZ-KAL", "status": "handover", "date": dt.date(2020, 11, 25), "name": "Kalbajar"}]
    (trace,) = _traces(_map(states=states), "choropleth")
    assert trace["customdata"][0][2] == "25 Nov 2020"
    (timeline,) = timeline_figure(events=[{**EVENTS[0], "date": dt.date(2020, 11, 10)}], language="en")["data"]
    assert timeline["x"] == ["2020-11-10"]


def test_timeline_has_one_coloured_lane_per_topic_in_date_order():
    figure = timeline_figure(events=EVENTS, language="en")
    iran, karabakh = figure["data"]
    assert karabakh["name"] == "Karabakh" and karabakh["x"] == ["2020-09-27", "2020-11-10"]
    assert karabakh["marker"]["color"] == "#d95f02" and iran["marker"]["color"] != karabakh["marker"]["color"]
    assert set(karabakh["y"]) == {"Karabakh"}


def test_each_point_carries_its_source_url_and_a_readable_date():
    iran, karabakh = timeline_figure(events=EVENTS, language="en")["data"]
    assert karabakh["customdata"][1][:2] == ["/en/briefings/ceasefire/", "10 Nov 2020"]
    assert iran["customdata"][0][:2] == ["/en/briefings/vienna/", "Apr 2021"]


def test_month_precision_is_drawn_hollow_mid_month():
    iran, _ = timeline_figure(events=EVENTS, language="en")["data"]
    assert iran["x"] == ["2021-04-15"] and iran["marker"]["symbol"] == ["circle-open"]


def test_article_text_is_escaped_in_hover():
    _, karabakh = timeline_figure(events=EVENTS, language="en")["data"]
    assert "&lt;b&gt;along&lt;/b&gt;" in karabakh["customdata"][0][2]


def test_arabic_timeline_dates_and_labels_on_the_right():
    events = [{**EVENTS[0], "topic_label": "قره باغ"}]
    figure = timeline_figure(events=events, language="ar")
    (trace,) = figure["data"]
    assert trace["customdata"][0][1] == "10 نوفمبر 2020"
    assert figure["layout"]["yaxis"]["side"] == "right"


def test_empty_timeline_says_there_is_nothing():
    figure = timeline_figure(events=[], language="en")
    assert figure["data"] == []
    assert figure["layout"]["annotations"][0]["text"] == "No events in this period"


def test_charts_import_neither_django_nor_plotly():
    code = "import sys, conflicts.charts; print(sorted(m for m in ('django', 'plotly') if m in sys.modules))"
    root = Path(__file__).resolve().parents[2]
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=root).stdout
    assert output.strip() == "[]"
