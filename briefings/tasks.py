"""Celery tasks: thin, keyed by primary key, safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from briefings.services.articles import articles_sweep_stuck
from briefings.services.extraction import article_extract

# Only a database that is briefly unreachable is worth retrying; anything else is a bug
# the article's error message must show. A retry keeps the task id, so it keeps the claim.
TRANSIENT = (OperationalError, InterfaceError)


@shared_task(
    bind=True,
    name="briefings.tasks.extract_article",
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=6,
)
def extract_article(self, article_id: int) -> str:
    return article_extract(article_id=article_id, token=self.request.id or "")


@shared_task(name="briefings.tasks.sweep_stuck_articles", autoretry_for=TRANSIENT, retry_backoff=5, max_retries=3)
def sweep_stuck_articles() -> int:
    return articles_sweep_stuck()
