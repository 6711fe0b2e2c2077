"""Public, read-only pages (language-prefixed)."""

from __future__ import annotations

from django.urls import path

from briefings.views import public

app_name = "public"
urlpatterns = [
    path("", public.home, name="home"),
    path("conflicts/<slug:slug>/", public.conflict_detail, name="conflict"),
    path("briefings/<slug:slug>/", public.briefing_detail, name="briefing"),
    path("topics/<slug:slug>/", public.topic_detail, name="topic"),
]
