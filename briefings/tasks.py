"""Celery tasks: thin, keyed by primary key, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from briefings.services.articles import articles_sweep_stuck
from briefings.services.extraction import article_extract


@shared_task(bind=True, name="briefings.tasks.extract_article")
def extract_article(self, article_id: int) -> str:
    return article_extract(article_id=article_id, token=self.request.id or "")


@shared_task(name="briefings.tasks.sweep_stuck_articles")
def sweep_stuck_articles() -> int:
    return articles_sweep_stuck()
