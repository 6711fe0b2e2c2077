"""Extract one article: claim it, run the engine, replace its claims. Safe to run twice."""

from __future__ import annotations

import logging

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from briefings.models import Article, ArticleStatus
from briefings.services.articles import articles_fail_exhausted
from conflicts.services.claims import claims_replace
from conflicts.services.extraction import extraction_run

logger = logging.getLogger(__name__)


def article_claim(*, article_id: int, token: str) -> bool:
    """Take the job with a conditional update, so two workers never do the same article.

    A redelivered message (a worker died mid-job) carries the same token and may take the
    job back at once; anyone else waits for the sweeper to declare the claim stale.
    """
    claimable = Q(status=ArticleStatus.QUEUED) | Q(status=ArticleStatus.EXTRACTING, claim_token=token)
    not_exhausted = Q(attempts__lt=settings.FAULTLINE_MAX_ATTEMPTS)
    return bool(
        Article.objects.filter(Q(id=article_id) & claimable & not_exhausted).update(
            status=ArticleStatus.EXTRACTING, claim_token=token, claimed_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def article_extract(*, article_id: int, token: str) -> str:
    """Returns what happened: 'extracted', 'failed' or 'skipped' (not ours to do)."""
    if not article_claim(article_id=article_id, token=token):
        return "failed" if articles_fail_exhausted(article_id=article_id) else "skipped"
    article = Article.objects.get(id=article_id)
    try:
        result = extraction_run(text=article.text, published=article.published)
    except SoftTimeLimitExceeded:
        return _fail(article_id, token, "Extraction took too long and was stopped; try splitting the article.")
    except Exception as error:  # the engine must never leave an article 'extracting'
        logger.exception("Extraction failed for article %s", article_id)
        return _fail(article_id, token, f"Extraction failed: {error.__class__.__name__}: {error}")
    with transaction.atomic():
        # Only the holder of the claim may write; a stale run that lost it writes nothing.
        still_ours = Article.objects.select_for_update().filter(id=article_id, claim_token=token, status=ArticleStatus.EXTRACTING)
        if not still_ours.exists():
            return "skipped"
        claims_replace(article=article, result=result)
        still_ours.update(status=ArticleStatus.EXTRACTED, language=result.language or "", error="", extracted_at=timezone.now())
    return "extracted"


def _fail(article_id: int, token: str, message: str) -> str:
    Article.objects.filter(id=article_id, claim_token=token, status=ArticleStatus.EXTRACTING).update(
        status=ArticleStatus.FAILED, error=message
    )
    return "failed"
