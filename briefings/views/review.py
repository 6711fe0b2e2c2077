"""Reviewing an article's claims against its text: approve, correct, reject — inline or as plain forms."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from briefings.desk_forms import claim_form_for
from briefings.models import Article
from briefings.selectors.articles import articles_for_queue
from briefings.templatetags.desk import label
from briefings.views.permissions import editor_required
from conflicts.models import ReviewStatus
from conflicts.selectors.desk import recent_activity, review_counts
from conflicts.selectors.review import ClaimCard, article_claim_cards, article_segments
from conflicts.services.consolidation import CLAIM_MODELS
from conflicts.services.review import claim_approve, claim_edit, claim_reject, claim_reopen, claims_set_status

DECISIONS = {"approve": claim_approve, "reject": claim_reject, "reopen": claim_reopen}


@editor_required
def dashboard(request: HttpRequest) -> HttpResponse:
    context = {"counts": review_counts(), "activity": recent_activity(), "articles": articles_for_queue(limit=10)}
    if request.htmx and request.GET.get("part") == "summary":
        return TemplateResponse(request, "briefings/desk/dashboard.html#summary", context)
    return TemplateResponse(request, "briefings/desk/dashboard.html", context)


@editor_required
def article_review(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article, id=article_id)
    cards = article_claim_cards(article=article)
    context = {
        "article": article,
        "cards": cards,
        "segments": article_segments(article=article, cards=cards),
        "pending": sum(card.claim.review_status == ReviewStatus.PENDING for card in cards),
        "pending_territory": any(
            card.kind == "territory_change" and card.claim.review_status == ReviewStatus.PENDING for card in cards
        ),
    }
    return TemplateResponse(request, "briefings/desk/review.html", context)


def _claim(kind: str, claim_id: int):
    model = CLAIM_MODELS.get(kind)
    if model is None:
        raise Http404("No such claim type")
    return get_object_or_404(model.objects.select_related("article", "fact", "reviewed_by"), id=claim_id)


def _card_response(request: HttpRequest, card: ClaimCard, *, template: str = "claim", **extra) -> HttpResponse:
    response = TemplateResponse(request, f"briefings/desk/review.html#{template}", {"card": card, **extra})
    if template == "claim":
        # The header's count changes with every decision: htmx swaps it out of band.
        response.render()
        pending = sum(c.claim.review_status == ReviewStatus.PENDING for c in article_claim_cards(article=card.claim.article))
        count = render_to_string("briefings/desk/review.html#pending_count", {"pending": pending, "oob": True}, request)
        response.content += count.encode()
    return response


def _back_to_review(card: ClaimCard) -> HttpResponse:
    url = reverse("briefings:article_review", args=[card.claim.article_id])
    return redirect(f"{url}#claim-{card.ref}")


@editor_required
@require_POST
def claim_decide(request: HttpRequest, kind: str, claim_id: int, decision: str) -> HttpResponse:
    if decision not in DECISIONS:
        raise Http404("No such decision")
    card = ClaimCard(kind=kind, claim=_claim(kind, claim_id))
    DECISIONS[decision](claim=card.claim, user=request.user)
    if request.htmx:
        return _card_response(request, card)
    status = label(card.claim.review_status)
    messages.success(request, _("Saved: %(claim)s is now %(status)s.") % {"claim": card.claim, "status": status})
    return _back_to_review(card)


@editor_required
def claim_edit_view(request: HttpRequest, kind: str, claim_id: int) -> HttpResponse:
    card = ClaimCard(kind=kind, claim=_claim(kind, claim_id))
    form = claim_form_for(card.claim, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.fields}
        card.claim.refresh_from_db()  # the form wrote onto the instance; the service decides what changed
        claim_edit(claim=card.claim, user=request.user, changes=changes)
        if request.htmx:
            return _card_response(request, card)
        messages.success(request, _("Correction saved and approved."))
        return _back_to_review(card)
    if request.htmx:
        # htmx swaps only 2xx responses, so an invalid form comes back as 200 with its errors.
        return _card_response(request, card, template="claim_edit", form=form)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "briefings/desk/claim_edit.html", {"card": card, "form": form}, status=status)


@editor_required
@require_POST
def article_approve_kind(request: HttpRequest, article_id: int, kind: str) -> HttpResponse:
    """'Approve all pending <kind>' for one article: the common case after reading the text."""
    article = get_object_or_404(Article, id=article_id)
    model = CLAIM_MODELS.get(kind)
    if model is None:
        raise Http404("No such claim type")
    pending = model.objects.filter(article=article, review_status=ReviewStatus.PENDING)
    count = claims_set_status(claims=pending, user=request.user, status=ReviewStatus.APPROVED)
    messages.success(request, _("Approved %(count)s pending claims.") % {"count": count})
    return redirect("briefings:article_review", article_id=article.id)


@editor_required
def claim_card(request: HttpRequest, kind: str, claim_id: int) -> HttpResponse:
    """One claim's card (htmx swaps it back in when an edit is cancelled)."""
    card = ClaimCard(kind=kind, claim=_claim(kind, claim_id))
    if request.htmx:
        return _card_response(request, card)
    return _back_to_review(card)
