"""`manage.py extract` keeps to the extraction contract (shared/extraction-contract.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLES = ROOT / "tests" / "articles"
CONTRACT_KEYS = {"source", "language", "topics", "places", "territory_changes", "casualties", "ceasefires", "events"}


def run_extract(tmp_path, *args: str) -> subprocess.CompletedProcess:
    # A database with no tables at all: extract needs no server, broker or data rows.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}", "FAULTLINE_VAR_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "manage.py", "extract", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_one_contract_object_per_file_in_input_order(tmp_path):
    files = [str(ARTICLES / "en_agreement.txt"), str(ARTICLES / "ar_agreement.txt")]
    result = run_extract(tmp_path, *files, "--format", "jsonl", "--published", "2020-11-25")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["source"] for record in records] == files
    assert all(set(record) == CONTRACT_KEYS for record in records)
    assert [record["language"] for record in records] == ["en", "ar"]


def test_evidence_is_verbatim_article_text(tmp_path):
    path = ARTICLES / "ar_agreement.txt"
    record = json.loads(run_extract(tmp_path, str(path), "--published", "2021-01-25").stdout)
    text = path.read_text()
    evidences = [fact["evidence"] for kind in ("territory_changes", "casualties", "ceasefires") for fact in record[kind]]
    assert evidences and all(evidence in text for evidence in evidences)
    handed = {(change["place"], change["to"]) for change in record["territory_changes"]}
    assert {("Kalbajar", "AZE"), ("Aghdam", "AZE"), ("Lachin", "AZE")} <= handed


def test_unreadable_file_gets_an_error_line_and_the_rest_still_run(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa broken")
    missing = tmp_path / "missing.txt"
    good = ARTICLES / "en_agreement.txt"
    result = run_extract(tmp_path, str(bad), str(good), str(missing))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode != 0
    assert "not valid UTF-8" in records[0]["error"] and records[0]["source"] == str(bad)
    assert "error" not in records[1] and records[1]["territory_changes"]
    assert "error" in records[2]


def test_bad_publication_date_is_a_clear_error(tmp_path):
    result = run_extract(tmp_path, str(ARTICLES / "en_agreement.txt"), "--published", "25/11/2020")
    assert result.returncode != 0 and "--published must be YYYY-MM-DD" in result.stderr
