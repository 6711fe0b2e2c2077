"""The project's URLs plus `/bench/ping`, the cheapest Django view: the benchmark's baseline."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from briefings.urls import urlpatterns as project_urlpatterns


def ping(request: HttpRequest) -> HttpResponse:
    return HttpResponse("pong", content_type="text/plain")


urlpatterns = [path("bench/ping", ping), *project_urlpatterns]
