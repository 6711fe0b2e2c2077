"""Public pages for readers: read-only, built from approved facts and published briefings."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from briefings.models import Briefing, BriefingStatus


def home(request: HttpRequest) -> HttpResponse:
    briefings = Briefing.objects.filter(status=BriefingStatus.PUBLISHED).order_by("-published_at")[:20]
    return TemplateResponse(request, "briefings/public/home.html", {"briefings": briefings})
