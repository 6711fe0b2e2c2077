"""The read-only JSON API (published briefings, approved facts) and the CSV of a conflict's facts.

Documented by the OpenAPI schema at /api/openapi.json; everything here is what the public
pages show, so it shares their cache and its invalidation.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from conflicts.models import Conflict
from conflicts.selectors.map_state import district_states, map_default_date, map_geojson_name, territory_changes_approved
from conflicts.selectors.public import FactRow, briefing_published, briefings_published, fact_rows
from conflicts.services.public_cache import cached_public_page


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})


def _language(request: HttpRequest) -> str:
    return "ar" if request.GET.get("language") == "ar" else "en"


def _briefing(briefing) -> dict:
    with translation.override(briefing.language or "en"):
        url = reverse("public:briefing", args=[briefing.slug])
    return {
        "slug": briefing.slug,
        "title": briefing.title,
        "summary": briefing.summary,
        "language": briefing.language,
        "conflict": briefing.conflict.slug if briefing.conflict else None,
        "topic": briefing.topic.slug if briefing.topic else None,
        "published_at": briefing.published_at,
        "url": url,
        "api_url": reverse("api:briefing", args=[briefing.slug]),
    }


def _fact(row: FactRow) -> dict:
    sources = [{"title": s.title, "outlet": s.outlet, "published": s.published, "url": s.url} for s in row.sources]
    return {"id": row.fact_id, "kind": row.kind, "date": row.date, "title": row.title, "values": row.values, "sources": sources}


@require_safe
@cached_public_page
def briefing_list(request: HttpRequest) -> JsonResponse:
    return _json({"briefings": [_briefing(briefing) for briefing in briefings_published(limit=100)]})


@require_safe
@cached_public_page
def briefing_detail(request: HttpRequest, slug: str) -> JsonResponse:
    briefing = briefing_published(slug=slug)
    if briefing is None:
        return _json({"error": "not found"}, status=404)
    language = _language(request)
    with translation.override(language):
        facts = [_fact(row) for row in fact_rows(language=language, fact_ids=briefing.fact_ids)]
    return _json(_briefing(briefing) | {"facts": facts})


@require_safe
@cached_public_page
def fact_list(request: HttpRequest) -> JsonResponse:
    conflict = _conflict_or_none(request.GET.get("conflict", ""))
    language = _language(request)
    kind = request.GET.get("kind", "")
    with translation.override(language):
        rows = fact_rows(language=language, conflict=conflict)
    return _json({"facts": [_fact(row) for row in rows if not kind or row.kind == kind]})


def _conflict_or_none(slug: str) -> Conflict | None:
    if not slug:
        return None
    conflict = Conflict.objects.filter(slug=slug).first()
    if conflict is None:
        raise Http404("unknown conflict")
    return conflict


@require_safe
@cached_public_page
def conflict_map(request: HttpRequest, slug: str) -> JsonResponse:
    conflict = get_object_or_404(Conflict, slug=slug)
    if not map_geojson_name(conflict_slug=slug):
        return _json({"error": "this conflict has no map"}, status=404)
    changes = territory_changes_approved(conflict=conflict)
    try:
        as_of = dt.date.fromisoformat(request.GET["as_of"]) if request.GET.get("as_of") else map_default_date(changes=changes)
    except ValueError:
        return _json({"error": "as_of must be YYYY-MM-DD"}, status=400)
    states = district_states(changes=changes, as_of=as_of, language=_language(request), conflict_slug=slug)
    return _json({"conflict": slug, "as_of": as_of, "districts": [state.as_chart() for state in states]})


CSV_COLUMNS = ("id", "kind", "date", "title", "values", "sources")


@require_safe
@cached_public_page
def conflict_facts_csv(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = get_object_or_404(Conflict, slug=slug)
    language = _language(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}-facts.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the Arabic as UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    with translation.override(language):
        for row in fact_rows(language=language, conflict=conflict):
            sources = " | ".join(f"{s.title} ({s.outlet}, {s.published or ''}) {s.url}".strip() for s in row.sources)
            values = json.dumps(row.values, ensure_ascii=False, cls=DjangoJSONEncoder)
            writer.writerow([row.fact_id or "", row.kind, row.date or "", row.title, values, sources])
    return response


@require_safe
def openapi(request: HttpRequest) -> JsonResponse:
    return _json(openapi_schema())


# --- the OpenAPI 3.1 document ------------------------------------------------------------------

_SOURCE = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "outlet": {"type": "string"},
        "published": {"type": ["string", "null"], "format": "date"},
        "url": {"type": "string"},
    },
}
_FACT = {
    "type": "object",
    "required": ["kind", "title", "sources"],
    "properties": {
        "id": {"type": ["integer", "null"], "description": "The consolidated fact, once the desk has grouped its claims"},
        "kind": {"type": "string", "enum": ["territory_change", "casualty", "ceasefire", "event"]},
        "date": {"type": ["string", "null"], "format": "date"},
        "title": {"type": "string"},
        "values": {"type": "object", "description": "The approved values; a casualty fact gives the lowest and highest figure"},
        "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
    },
}
_BRIEFING = {
    "type": "object",
    "properties": {
        "slug": {"type": "string"},
        "title": {"type": "string"},
        "summary": {"type": "string"},
        "language": {"type": "string", "enum": ["en", "ar"]},
        "conflict": {"type": ["string", "null"]},
        "topic": {"type": ["string", "null"]},
        "published_at": {"type": "string", "format": "date-time"},
        "url": {"type": "string"},
        "api_url": {"type": "string"},
    },
}
_DISTRICT = {
    "type": "object",
    "properties": {
        "iso": {"type": "string"},
        "name": {"type": "string"},
        "status": {"type": "string", "enum": ["handover", "capture", "unchanged"]},
        "date": {"type": ["string", "null"], "format": "date"},
    },
}


def _param(name: str, description: str, *, where: str = "query", schema: dict | None = None) -> dict:
    return {"name": name, "in": where, "required": where == "path", "description": description,
            "schema": schema or {"type": "string"}}


def _ok(description: str, schema: dict, media: str = "application/json") -> dict:
    return {"200": {"description": description, "content": {media: {"schema": schema}}}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _array_of(key: str, name: str) -> dict:
    return {"type": "object", "properties": {key: {"type": "array", "items": _ref(name)}}}


LANGUAGE = _param("language", "Labels and place names in this language", schema={"type": "string", "enum": ["en", "ar"]})
SLUG = "Its slug"
DATE = {"type": "string", "format": "date"}


def openapi_schema() -> dict:
    """Read-only, anonymous: only published briefings and approved facts are ever returned."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Faultline public API", "version": "1.0.0",
                 "description": "Published briefings and approved facts, read-only."},
        "paths": {
            "/api/briefings/": {"get": {"summary": "Published briefings, newest first", "operationId": "listBriefings",
                                        "responses": _ok("Briefings", _array_of("briefings", "Briefing"))}},
            "/api/briefings/{slug}/": {"get": {
                "summary": "One published briefing with its approved facts", "operationId": "getBriefing",
                "parameters": [_param("slug", SLUG, where="path"), LANGUAGE],
                "responses": _ok("The briefing", {"allOf": [_ref("Briefing"), _array_of("facts", "Fact")]})
                | {"404": {"description": "No published briefing with this slug"}}}},
            "/api/facts/": {"get": {
                "summary": "Approved facts with their sources", "operationId": "listFacts",
                "parameters": [_param("conflict", "Only this conflict's facts (slug)"),
                               _param("kind", "Only facts of this kind", schema=_FACT["properties"]["kind"]), LANGUAGE],
                "responses": _ok("Facts", _array_of("facts", "Fact"))}},
            "/api/conflicts/{slug}/map/": {"get": {
                "summary": "Each district's status as of a date", "operationId": "getMapState",
                "parameters": [_param("slug", SLUG, where="path"),
                               _param("as_of", "YYYY-MM-DD; default: the latest approved change", schema=DATE),
                               LANGUAGE],
                "responses": _ok("The map state", {"type": "object", "properties": {
                    "conflict": {"type": "string"}, "as_of": {"type": "string", "format": "date"},
                    "districts": {"type": "array", "items": _ref("District")}}})}},
            "/api/conflicts/{slug}/facts.csv": {"get": {
                "summary": "A conflict's approved facts as CSV", "operationId": "downloadFactsCsv",
                "parameters": [_param("slug", SLUG, where="path"), LANGUAGE],
                "responses": _ok("CSV with columns " + ", ".join(CSV_COLUMNS), {"type": "string"}, "text/csv")}},
        },
        "components": {"schemas": {"Source": _SOURCE, "Fact": _FACT, "Briefing": _BRIEFING, "District": _DISTRICT}},
    }
