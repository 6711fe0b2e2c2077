"""The extraction service claims a job once, replaces facts on a re-run, and never double-writes."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from briefings.models import Article, ArticleStatus
from briefings.services.articles import article_create, articles_sweep_stuck
from briefings.services.extraction import article_claim, article_extract
from conflicts.models import CeasefireClaim, TerritoryChangeClaim

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    stored, _ = article_create(text=(ARTICLES / "ar_agreement.txt").read_text(), published=datetime.date(2021, 1, 25))
    return stored


def test_extraction_stores_facts_with_exact_evidence(article):
    assert article_extract(article_id=article.id, token="run-1") == "extracted"
    article.refresh_from_db()
    assert article.status == ArticleStatus.EXTRACTED and article.language == "ar"
    claims = list(TerritoryChangeClaim.objects.filter(article=article))
    assert {claim.place_name for claim in claims} >= {"Kalbajar", "Aghdam", "Lachin"}
    assert all(article.text[claim.span_start : claim.span_end] == claim.evidence for claim in claims)
    assert set(article.topics.values_list("slug", flat=True)) >= {"karabakh"}


def test_a_second_run_replaces_instead_of_duplicating(article):
    article_extract(article_id=article.id, token="run-1")
    before = sorted(TerritoryChangeClaim.objects.filter(article=article).values_list("place_name", "span_start"))
    Article.objects.filter(id=article.id).update(status=ArticleStatus.QUEUED)
    assert article_extract(article_id=article.id, token="run-2") == "extracted"
    after = sorted(TerritoryChangeClaim.objects.filter(article=article).values_list("place_name", "span_start"))
    assert before == after and CeasefireClaim.objects.filter(article=article).count() == 1


def test_a_finished_job_is_not_done_again(article):
    article_extract(article_id=article.id, token="run-1")
    assert article_extract(article_id=article.id, token="run-1") == "skipped"
    assert article_extract(article_id=article.id, token="someone-else") == "skipped"


def test_only_the_claim_holder_or_its_redelivery_may_take_a_running_job(article):
    assert article_claim(article_id=article.id, token="worker-a")
    assert not article_claim(article_id=article.id, token="worker-b")
    assert article_claim(article_id=article.id, token="worker-a")  # the same message, redelivered
    assert Article.objects.get(id=article.id).attempts == 2


def test_sweeper_hands_back_stuck_jobs_and_gives_up_on_poison(article, settings):
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    Article.objects.filter(id=article.id).update(
        status=ArticleStatus.EXTRACTING, claim_token="dead", claimed_at=long_ago, attempts=1
    )
    articles_sweep_stuck()
    swept = Article.objects.get(id=article.id)
    assert swept.status == ArticleStatus.QUEUED and swept.claim_token == ""
    Article.objects.filter(id=article.id).update(status=ArticleStatus.EXTRACTING, attempts=settings.FAULTLINE_MAX_ATTEMPTS)
    articles_sweep_stuck()
    gave_up = Article.objects.get(id=article.id)
    assert gave_up.status == ArticleStatus.FAILED and "Gave up after" in gave_up.error


def test_sweeper_leaves_fresh_jobs_alone(article):
    assert articles_sweep_stuck() == 0
    assert Article.objects.get(id=article.id).status == ArticleStatus.QUEUED


def test_an_article_that_keeps_killing_workers_fails_instead_of_looping(article, settings):
    # Each redelivery after a worker died counts as an attempt; at the limit the job gives up.
    Article.objects.filter(id=article.id).update(
        status=ArticleStatus.EXTRACTING, claim_token="run-1", attempts=settings.FAULTLINE_MAX_ATTEMPTS
    )
    assert article_extract(article_id=article.id, token="run-1") == "failed"
    failed = Article.objects.get(id=article.id)
    assert failed.status == ArticleStatus.FAILED and "Gave up after" in failed.error
    assert not TerritoryChangeClaim.objects.filter(article=article).exists()
