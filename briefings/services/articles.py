"""Storing articles and handing them to the workers.

An upload is committed before anything can fail; the job is queued after the commit, and
a broker that is down only delays it: the sweeper sends it again later.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from briefings.ingestion.readers import Limits, UnreadableFile, read_document, read_text
from briefings.models import Article, ArticleStatus, UploadBatch

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    name: str
    article: Article | None = None
    created: bool = False
    error: str = ""


def content_hash(text: str) -> str:
    """The same article pasted twice, or saved with other line ends, hashes the same."""
    normalised = unicodedata.normalize("NFC", text)
    normalised = re.sub(r"\s+", " ", normalised).strip().casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def upload_limits() -> Limits:
    return Limits(max_bytes=settings.FAULTLINE_MAX_UPLOAD_BYTES, max_expanded_bytes=settings.FAULTLINE_MAX_EXPANDED_BYTES)


def article_create(
    *,
    text: str,
    title: str = "",
    uploaded_by=None,
    batch: UploadBatch | None = None,
    source_name: str = "",
    source_url: str = "",
    published: datetime.date | None = None,
    original_filename: str = "",
) -> tuple[Article, bool]:
    """Store the article (or find the stored copy) and queue its extraction after commit."""
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=text,
                title=title[:500] or "Untitled",
                content_hash=digest,
                uploaded_by=uploaded_by,
                batch=batch,
                source_name=source_name,
                source_url=source_url,
                published=published,
                original_filename=original_filename[:255],
            )
    except IntegrityError:  # the same text committed by a concurrent upload
        return Article.objects.get(content_hash=digest), False
    article_enqueue(article_id=article.id)
    return article, True


def article_ingest_document(*, name: str, data: bytes, **fields) -> IngestOutcome:
    try:
        document = read_document(name, data, limits=upload_limits())
    except UnreadableFile as error:
        return IngestOutcome(name=name, error=str(error))
    article, created = article_create(text=document.text, title=document.title, original_filename=name, **fields)
    return IngestOutcome(name=name, article=article, created=created)


def article_ingest_text(*, text: str, title: str = "", **fields) -> IngestOutcome:
    try:
        document = read_text(text)
    except UnreadableFile as error:
        return IngestOutcome(name="pasted text", error=str(error))
    article, created = article_create(text=document.text, title=title or document.title, **fields)
    return IngestOutcome(name=title or "pasted text", article=article, created=created)


def article_enqueue(*, article_id: int) -> None:
    transaction.on_commit(lambda: article_send(article_id=article_id))


def article_send(*, article_id: int) -> bool:
    """Publish the job now. False when the broker is unreachable (the sweeper retries)."""
    from briefings.tasks import extract_article

    try:
        extract_article.apply_async(args=[article_id], retry=True)
    except Exception as error:  # kombu/redis raise several types; all mean "not sent yet"
        logger.warning("Could not queue article %s (%s); the sweeper will retry.", article_id, error)
        return False
    return True


def article_requeue(*, article: Article) -> bool:
    """Run again: a failed or finished article goes back to the queue, once."""
    updated = Article.objects.filter(id=article.id, status__in=[ArticleStatus.FAILED, ArticleStatus.EXTRACTED]).update(
        status=ArticleStatus.QUEUED, error="", claim_token="", queued_at=timezone.now(), attempts=0
    )
    if updated:
        article_enqueue(article_id=article.id)
    return bool(updated)


def articles_sweep_stuck(*, now: datetime.datetime | None = None) -> int:
    """Send again the jobs a dead broker or worker left behind. Returns how many."""
    now = now or timezone.now()
    queued_before = now - datetime.timedelta(seconds=settings.FAULTLINE_REQUEUE_QUEUED_AFTER)
    extracting_before = now - datetime.timedelta(seconds=settings.FAULTLINE_REQUEUE_EXTRACTING_AFTER)
    articles_fail_exhausted()
    # One conditional UPDATE: a claim renewed meanwhile no longer matches and is left alone.
    Article.objects.filter(status=ArticleStatus.EXTRACTING, claimed_at__lt=extracting_before).update(
        status=ArticleStatus.QUEUED, claim_token="", queued_at=queued_before
    )
    sent = 0
    for article_id in Article.objects.filter(status=ArticleStatus.QUEUED, queued_at__lte=queued_before).values_list(
        "id", flat=True
    ):
        # Mark it sent before sending, so two sweepers never both send it.
        if Article.objects.filter(id=article_id, status=ArticleStatus.QUEUED, queued_at__lte=queued_before).update(queued_at=now):
            sent += article_send(article_id=article_id)
    return sent


def articles_fail_exhausted(*, article_id: int | None = None) -> int:
    """Give up on articles that stopped the worker too often (a poison article must not loop)."""
    exhausted = Article.objects.filter(
        status__in=[ArticleStatus.QUEUED, ArticleStatus.EXTRACTING], attempts__gte=settings.FAULTLINE_MAX_ATTEMPTS
    )
    if article_id is not None:
        exhausted = exhausted.filter(id=article_id)
    return exhausted.update(
        status=ArticleStatus.FAILED,
        error=f"Gave up after {settings.FAULTLINE_MAX_ATTEMPTS} attempts; the worker kept stopping on this article.",
    )
