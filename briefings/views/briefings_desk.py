"""Compose, preview, publish and unpublish briefings on the desk."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from briefings.desk_forms import BriefingForm
from briefings.models import Briefing
from briefings.selectors.briefings import briefing_fact_groups, briefing_public_path, briefings_for_desk
from briefings.services.briefings import COMPOSE_FIELDS, briefing_create, briefing_publish, briefing_unpublish, briefing_update
from briefings.views import public
from briefings.views.permissions import editor_required
from conflicts.selectors.desk import fact_groups, facts_with_approved_claims


@editor_required
def briefing_list(request: HttpRequest) -> HttpResponse:
    briefings = [(briefing, briefing_public_path(briefing=briefing)) for briefing in briefings_for_desk()]
    return TemplateResponse(request, "briefings/desk/briefings.html", {"briefings": briefings})


def _compose(request: HttpRequest, briefing: Briefing | None) -> HttpResponse:
    choices = facts_with_approved_claims()
    form = BriefingForm(request.POST or None, instance=briefing, fact_choices=choices)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in COMPOSE_FIELDS}
        facts = form.cleaned_data["facts"]
        if briefing is None:
            briefing = briefing_create(user=request.user, facts=facts, **fields)
        else:
            briefing_update(briefing=briefing, user=request.user, facts=facts, **fields)
        messages.success(request, _("Briefing saved. Preview it, then publish."))
        return redirect("briefings:briefing_preview", briefing_id=briefing.id)
    chosen = {int(value) for value in form["facts"].value() or [] if str(value).isdigit()}
    context = {
        "form": form,
        "briefing": briefing,
        "groups": fact_groups(fact_ids=choices.values_list("id", flat=True)),
        "chosen": chosen,
    }
    return TemplateResponse(request, "briefings/desk/briefing_form.html", context, status=400 if form.errors else 200)


@editor_required
def briefing_new(request: HttpRequest) -> HttpResponse:
    return _compose(request, None)


@editor_required
def briefing_edit(request: HttpRequest, briefing_id: int) -> HttpResponse:
    return _compose(request, get_object_or_404(Briefing, id=briefing_id))


@editor_required
def briefing_preview(request: HttpRequest, briefing_id: int) -> HttpResponse:
    briefing = get_object_or_404(Briefing.objects.select_related("conflict", "topic"), id=briefing_id)
    context = {
        "briefing": briefing,
        "groups": briefing_fact_groups(briefing=briefing),
        "public_path": briefing_public_path(briefing=briefing),
    }
    return TemplateResponse(request, "briefings/desk/briefing_preview.html", context)


@editor_required
def briefing_reader_view(request: HttpRequest, briefing_id: int) -> HttpResponse:
    """The briefing exactly as readers will get it (map and timeline included), drafts too."""
    briefing = get_object_or_404(Briefing.objects.select_related("conflict", "topic"), id=briefing_id)
    with translation.override("ar" if briefing.language == "ar" else "en"):
        response = public.briefing_page(request, briefing, fact_ids=list(briefing.facts.values_list("id", flat=True)))
        response.render()  # inside the override, so the page is in the briefing's language
    response["X-Robots-Tag"] = "noindex"
    return response


@editor_required
@require_POST
def briefing_publish_view(request: HttpRequest, briefing_id: int) -> HttpResponse:
    briefing = briefing_publish(briefing=get_object_or_404(Briefing, id=briefing_id), user=request.user)
    messages.success(request, _("Published. Its public address is %(path)s") % {"path": briefing_public_path(briefing=briefing)})
    return redirect("briefings:briefing_preview", briefing_id=briefing.id)


@editor_required
@require_POST
def briefing_unpublish_view(request: HttpRequest, briefing_id: int) -> HttpResponse:
    briefing = briefing_unpublish(briefing=get_object_or_404(Briefing, id=briefing_id), user=request.user)
    messages.success(request, _("Unpublished: readers no longer see this briefing."))
    return redirect("briefings:briefing_preview", briefing_id=briefing.id)
