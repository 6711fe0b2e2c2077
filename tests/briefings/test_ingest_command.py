"""`manage.py ingest`: the operator's bulk upload, through the same service as the page."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from briefings.models import Article, ArticleStatus
from tests.conftest import ROOT, wait_for, worker_database_url

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


@pytest.mark.django_db
def test_ingest_stores_files_and_reports_each(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out, err = StringIO(), StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(ARTICLES / "en_agreement.txt"), str(empty), "--format", "jsonl", stdout=out, stderr=err)
    assert exit_info.value.code == 1  # one file was refused
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    article = Article.objects.get()
    assert records[0] == {
        "source": str(ARTICLES / "en_agreement.txt"),
        "article_id": article.id,
        "status": "queued",
        "created": True,
    }
    assert records[1]["error"].endswith("the file is empty.")


@pytest.mark.django_db
def test_ingesting_the_same_file_twice_stores_it_once():
    out = StringIO()
    call_command("ingest", str(ARTICLES / "ar_agreement.txt"), stdout=out)
    call_command("ingest", str(ARTICLES / "ar_agreement.txt"), stdout=out)
    assert Article.objects.count() == 1
    assert "already stored" in out.getvalue()


@pytest.mark.worker
@pytest.mark.services
def test_ingest_wait_prints_the_facts_a_separate_worker_extracted(start_worker, default_data, redis_url):
    start_worker()
    env = {"DATABASE_URL": worker_database_url(), "CELERY_BROKER_URL": redis_url, "REDIS_URL": ""}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "ingest",
            str(ARTICLES / "ar_agreement.txt"),
            "--wait",
            "--timeout",
            "60",
            "--format",
            "jsonl",
            "--published",
            "2021-01-25",
        ],
        cwd=ROOT,
        env={**__import__("os").environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["status"] == ArticleStatus.EXTRACTED
    assert {"Kalbajar", "Aghdam", "Lachin"} <= {change["place"] for change in record["territory_changes"]}
    assert record["ceasefires"] and record["ceasefires"][0]["mediators"] == ["RUS"]
    wait_for(lambda: Article.objects.get(id=record["article_id"]).status == "extracted", timeout=5)
