"""The pipeline on real parts: a real Redis broker and real `celery worker` processes.

These are the reliability promises of the product: an upload is never lost, a dead worker
or broker only delays its extraction, and a job that runs twice leaves one set of facts.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from briefings.models import Article, ArticleStatus
from briefings.services.articles import article_create, article_send
from conflicts.models import CasualtyClaim, EventClaim, PlaceMention, TerritoryChangeClaim
from tests.conftest import celery_broker, free_port, wait_for

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
pytestmark = [pytest.mark.worker, pytest.mark.services]


def status_of(article_id: int) -> str:
    return Article.objects.get(id=article_id).status


def claim_signature(article: Article) -> list[tuple]:
    return sorted(TerritoryChangeClaim.objects.filter(article=article).values_list("place_name", "to_party", "span_start"))


def test_uploaded_article_is_extracted_by_a_worker(start_worker, default_data, editor_client):
    worker = start_worker()
    text = (ARTICLES / "ar_agreement.txt").read_text()
    response = editor_client.post(reverse("briefings:upload"), {"text": text, "published": "2021-01-25"})
    article = Article.objects.get()
    assert response.status_code == 302
    wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTED, timeout=60, message=f"extraction\n{worker.output()}")
    places = set(TerritoryChangeClaim.objects.filter(article=article).values_list("place_name", "to_party"))
    assert {("Kalbajar", "AZE"), ("Aghdam", "AZE"), ("Lachin", "AZE")} <= places
    page = editor_client.get(reverse("briefings:article", args=[article.id])).content.decode()
    assert "Extracted" in page and "Kalbajar" in page


def test_a_job_sent_twice_leaves_one_set_of_facts(start_worker, default_data):
    start_worker()
    article, _ = article_create(text=(ARTICLES / "en_agreement.txt").read_text())
    assert article_send(article_id=article.id)
    wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTED, timeout=60, message="first extraction")
    first = claim_signature(article)
    counts = (PlaceMention.objects.filter(article=article).count(), EventClaim.objects.filter(article=article).count())
    # A duplicate message (the sweeper, a redelivery) finds the job done and changes nothing.
    assert article_send(article_id=article.id)
    Article.objects.filter(id=article.id).update(status=ArticleStatus.QUEUED)  # even when re-queued on purpose
    assert article_send(article_id=article.id)
    wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTED, timeout=60, message="second extraction")
    assert first and claim_signature(article) == first
    assert (PlaceMention.objects.filter(article=article).count(), EventClaim.objects.filter(article=article).count()) == counts


def long_article(megabytes: float) -> str:
    paragraphs = [(ARTICLES / "ar_agreement.txt").read_text(), (ARTICLES / "en_agreement.txt").read_text()]
    text, index = [], 0
    while sum(map(len, text)) < megabytes * 1024 * 1024:
        text.append(paragraphs[index % 2].replace("2020", str(1990 + index % 30)))
        index += 1
    return "\n".join(text)


def test_worker_killed_mid_job_still_extracts_once(start_worker, default_data, monkeypatch):
    from briefings.celery import app

    # Time limits travel in the task message, so the sender sets them too.
    monkeypatch.setitem(app.conf, "task_soft_time_limit", 120)
    monkeypatch.setitem(app.conf, "task_time_limit", 130)
    slow = {"CELERY_TASK_SOFT_TIME_LIMIT": "120", "CELERY_TASK_TIME_LIMIT": "130", "FAULTLINE_REQUEUE_EXTRACTING_AFTER": "300"}
    doomed = start_worker(env=slow)
    article, _ = article_create(text=long_article(1.5))
    assert article_send(article_id=article.id)
    wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTING, timeout=60, interval=0.05, message="the job to start")
    doomed.kill()  # SIGKILL: no acknowledgement, no clean-up
    assert status_of(article.id) == ArticleStatus.EXTRACTING, "the job finished before the kill; make the article longer"
    assert TerritoryChangeClaim.objects.filter(article=article).count() == 0

    # The broker hands the unacknowledged job to the next worker after the visibility timeout.
    rescuer = start_worker(env=slow)
    wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTED, timeout=120, message=f"rescue\n{rescuer.output()}")
    article.refresh_from_db()
    assert article.attempts == 2
    signature = claim_signature(article)
    assert signature and len(signature) == len(set(signature)), "facts were stored twice"
    assert CasualtyClaim.objects.filter(article=article).count() == len(
        set(CasualtyClaim.objects.filter(article=article).values_list("span_start", "count"))
    )


def test_upload_while_the_broker_is_down_is_extracted_once_it_is_back(
    start_worker, default_data, editor_client, redis_server_binary, tmp_path
):
    port = free_port()
    broker = f"redis://127.0.0.1:{port}/0"
    with celery_broker(broker):
        response = editor_client.post(reverse("briefings:upload"), {"text": (ARTICLES / "en_agreement.txt").read_text()})
    article = Article.objects.get()
    assert response.status_code == 302 and article.status == ArticleStatus.QUEUED
    page = editor_client.get(reverse("briefings:queue")).content.decode()
    assert "Queued" in page

    server = subprocess.Popen(
        [
            redis_server_binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        # Nothing re-sends the job but the sweeper, run by beat beside the worker.
        worker = start_worker(broker, beat=True)
        wait_for(lambda: status_of(article.id) == ArticleStatus.EXTRACTED, timeout=90, message=f"recovery\n{worker.output()}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert TerritoryChangeClaim.objects.filter(article=article, place_name="Kalbajar").exists()
