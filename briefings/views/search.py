"""Desk search across articles and claims (Arabic and English), with filters."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from briefings.desk_forms import SearchForm
from briefings.selectors.search import SearchResults, desk_search
from briefings.views.permissions import editor_required


@editor_required
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    results = SearchResults()
    if form.is_valid():
        filters = dict(form.cleaned_data)
        results = desk_search(query=filters.pop("q"), **filters)
    context = {"form": form, "results": results, "searched": form.is_bound}
    if request.htmx:
        return TemplateResponse(request, "briefings/desk/search.html#results", context)
    return TemplateResponse(request, "briefings/desk/search.html", context)
