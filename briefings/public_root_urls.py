"""Public routes outside the language prefix: the Atom feed and the read-only API."""

from __future__ import annotations

from django.urls import include, path

from briefings.feeds import briefings_feed
from briefings.views import api

api_patterns = (
    [
        path("briefings/", api.briefing_list, name="briefings"),
        path("briefings/<slug:slug>/", api.briefing_detail, name="briefing"),
        path("facts/", api.fact_list, name="facts"),
        path("conflicts/<slug:slug>/map/", api.conflict_map, name="conflict_map"),
        path("conflicts/<slug:slug>/facts.csv", api.conflict_facts_csv, name="conflict_facts_csv"),
        path("openapi.json", api.openapi, name="openapi"),
    ],
    "api",
)

urlpatterns = [
    path("feeds/briefings.atom", briefings_feed, name="briefings_feed"),
    path("api/", include(api_patterns)),
]
