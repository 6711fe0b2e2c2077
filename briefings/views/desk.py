"""The editors' desk: upload articles and watch their extraction."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HTMX_STOP_POLLING

from briefings.forms import UploadForm
from briefings.models import Article, UploadBatch
from briefings.selectors.articles import article_claims, articles_for_queue, batch_progress, queue_is_settled
from briefings.services.articles import article_ingest_document, article_ingest_text, article_requeue
from briefings.views.permissions import editor_required


@editor_required
def queue(request: HttpRequest) -> HttpResponse:
    articles = list(articles_for_queue())
    settled = queue_is_settled(articles)
    batch = _current_batch(request)
    context = {
        "articles": articles,
        "settled": settled,
        "batch": batch,
        "progress": batch_progress(batch=batch) if batch else None,
    }
    if request.htmx:
        return TemplateResponse(request, "briefings/queue.html#queue", context, status=HTMX_STOP_POLLING if settled else 200)
    return TemplateResponse(request, "briefings/queue.html", context)


def _current_batch(request: HttpRequest) -> UploadBatch | None:
    try:
        batch_id = uuid.UUID(request.GET.get("batch", ""))
    except ValueError:
        return None
    return UploadBatch.objects.filter(id=batch_id, created_by=request.user).first()


@editor_required
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        outcomes = _ingest(request, form.cleaned_data)
        errors = [outcome for outcome in outcomes if outcome.error]
        stored = [outcome for outcome in outcomes if outcome.article]
        for outcome in stored:
            if outcome.created:
                messages.success(request, _("Stored “%(title)s”; extraction is queued.") % {"title": outcome.article.title})
            else:
                messages.info(
                    request, _("“%(title)s” was already uploaded; showing the stored article.") % {"title": outcome.article.title}
                )
        if not errors:
            if len(stored) == 1:
                return redirect("briefings:article", article_id=stored[0].article.id)
            batch_id = stored[0].article.batch_id if stored else None
            return redirect(f"{reverse('briefings:queue')}?batch={batch_id}" if batch_id else reverse("briefings:queue"))
        for outcome in errors:
            form.add_error(None, outcome.error)
        status = 400 if not stored else 200
        return TemplateResponse(request, "briefings/upload.html", {"form": form, "stored": stored}, status=status)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "briefings/upload.html", {"form": form}, status=status)


def _ingest(request: HttpRequest, data: dict) -> list:
    fields = {
        "uploaded_by": request.user,
        "source_name": data.get("source_name", ""),
        "source_url": data.get("source_url", ""),
        "published": data.get("published"),
    }
    files = data.get("files") or []
    if len(files) > 1:
        fields["batch"] = UploadBatch.objects.create(created_by=request.user)
    outcomes = []
    if (data.get("text") or "").strip():
        outcomes.append(article_ingest_text(text=data["text"], title=data.get("title", ""), **fields))
    for upload_file in files:
        outcomes.append(article_ingest_document(name=upload_file.name, data=upload_file.read(), **fields))
    return outcomes


@editor_required
def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("uploaded_by"), id=article_id)
    context = {"article": article, "claims": article_claims(article=article)}
    if request.htmx and request.GET.get("part") == "live":
        status = HTMX_STOP_POLLING if article.is_final else 200
        return TemplateResponse(request, "briefings/article.html#live", context, status=status)
    return TemplateResponse(request, "briefings/article.html", context)


@editor_required
@require_POST
def article_retry(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article, id=article_id)
    if article_requeue(article=article):
        messages.success(request, _("“%(title)s” is queued again.") % {"title": article.title})
    else:
        messages.warning(request, _("“%(title)s” is already queued or being extracted.") % {"title": article.title})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("briefings:queue")
    return redirect(next_url)
