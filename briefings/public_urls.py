"""Public, read-only pages (language-prefixed)."""

from __future__ import annotations

from django.urls import path

from briefings.views import public

app_name = "public"
urlpatterns = [
    path("", public.home, name="home"),
]
