"""Facts on the desk: grouped sources and disagreements, merge and split, casualty ranges, clauses."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from briefings.desk_forms import ClauseAddForm, ClauseForm, FactFilterForm
from briefings.views.permissions import editor_required
from conflicts.models import CeasefireClaim, CeasefireClause, CeasefireTerm, Conflict, Fact
from conflicts.selectors.desk import casualty_ranges, clause_tracker, fact_group, fact_groups, merge_candidates
from conflicts.services.consolidation import fact_split, facts_merge
from conflicts.services.review import clause_add, clause_edit


@editor_required
def fact_list(request: HttpRequest) -> HttpResponse:
    form = FactFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    conflict = filters.get("conflict")
    groups = fact_groups(
        kind=filters.get("kind") or None,
        conflict_id=conflict.id if conflict else None,
        status=filters.get("status") or None,
        disagreeing=bool(filters.get("disagreeing")),
    )
    return TemplateResponse(request, "briefings/desk/facts.html", {"form": form, "groups": groups})


@editor_required
def fact_detail(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = get_object_or_404(Fact.objects.select_related("conflict"), id=fact_id)
    context = {"group": fact_group(fact=fact), "candidates": merge_candidates(fact=fact)}
    return TemplateResponse(request, "briefings/desk/fact.html", context)


@editor_required
@require_POST
def fact_merge(request: HttpRequest, fact_id: int) -> HttpResponse:
    """Merge the chosen facts into this one (the editor knows they are the same thing)."""
    target = get_object_or_404(Fact, id=fact_id)
    sources = list(Fact.objects.filter(id__in=request.POST.getlist("sources"), kind=target.kind).exclude(id=target.id))
    if not sources:
        messages.error(request, _("Choose at least one fact of the same type to merge into this one."))
    else:
        facts_merge(target=target, sources=sources)
        messages.success(request, _("Merged %(count)s facts into this one.") % {"count": len(sources)})
    return redirect("briefings:fact", fact_id=target.id)


@editor_required
@require_POST
def fact_split_view(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = get_object_or_404(Fact, id=fact_id)
    claim_ids = [int(value) for value in request.POST.getlist("claims") if value.isdigit()]
    try:
        new_fact = fact_split(fact=fact, claim_ids=claim_ids)
    except ValueError as error:
        messages.error(request, str(error))
        return redirect("briefings:fact", fact_id=fact.id)
    messages.success(request, _("The chosen sources now form a fact of their own."))
    return redirect("briefings:fact", fact_id=new_fact.id)


def _conflict_filter(request: HttpRequest) -> Conflict | None:
    value = request.GET.get("conflict", "")
    return Conflict.objects.filter(id=value).first() if value.isdigit() else None


@editor_required
def casualties(request: HttpRequest) -> HttpResponse:
    conflict = _conflict_filter(request)
    ranges = casualty_ranges(conflict_id=conflict.id if conflict else None)
    context = {"ranges": ranges, "conflict": conflict, "conflicts": Conflict.objects.all()}
    return TemplateResponse(request, "briefings/desk/casualties.html", context)


@editor_required
def ceasefires(request: HttpRequest) -> HttpResponse:
    conflict = _conflict_filter(request)
    context = {
        "ceasefires": clause_tracker(conflict_id=conflict.id if conflict else None),
        "conflict": conflict,
        "conflicts": Conflict.objects.all(),
        "terms": CeasefireTerm.choices,
    }
    return TemplateResponse(request, "briefings/desk/ceasefires.html", context)


def _back_to_tracker(anchor: str) -> HttpResponse:
    return redirect(f"{reverse('briefings:ceasefires')}#{anchor}")


@editor_required
@require_POST
def clause_edit_view(request: HttpRequest, clause_id: int) -> HttpResponse:
    clause = get_object_or_404(CeasefireClause.objects.select_related("ceasefire"), id=clause_id)
    form = ClauseForm(request.POST)
    if form.is_valid():
        clause_edit(clause=clause, user=request.user, **form.cleaned_data)
        messages.success(request, _("Term corrected."))
    else:
        messages.error(request, _("Enter a valid date (YYYY-MM-DD)."))
    return _back_to_tracker(f"clause-{clause.id}")


@editor_required
@require_POST
def clause_add_view(request: HttpRequest, fact_id: int) -> HttpResponse:
    ceasefire = CeasefireClaim.objects.filter(fact_id=fact_id).order_by("id").first()
    if ceasefire is None:
        raise Http404("No agreement here")
    form = ClauseAddForm(request.POST)
    if form.is_valid():
        clause = clause_add(ceasefire=ceasefire, user=request.user, **form.cleaned_data)
        messages.success(request, _("Term added."))
        return _back_to_tracker(f"clause-{clause.id}")
    messages.error(request, _("Choose a term and enter a valid date."))
    return _back_to_tracker(f"ceasefire-{fact_id}")
