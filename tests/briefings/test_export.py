"""Approved facts export as CSV and JSON: one row per fact, with its sources."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse

from conflicts.services.consolidation import facts_consolidate_article
from conflicts.services.review import claim_approve, claim_reject
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(editor):
    first = make.article(title="Statement", url="https://example.org/a")
    second = make.article(title="Follow-up", url="https://example.org/b")
    claims = [make.territory_change(first), make.territory_change(second), make.casualty(first),
              make.casualty(second, count=2425, reported_by="AZE")]  # fmt: skip
    rejected = make.territory_change(first, place_key="AZ-LAC", name="Lachin")
    facts_consolidate_article(article=first)
    facts_consolidate_article(article=second)
    for claim in claims:
        claim_approve(claim=claim, user=editor)
    claim_reject(claim=rejected, user=editor)
    return claims


def test_csv_has_one_row_per_approved_fact_with_its_sources(editor_client, reviewed):
    response = editor_client.get(reverse("briefings:export_csv"))
    assert response["Content-Disposition"] == 'attachment; filename="faultline-facts.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    [handover] = [row for row in rows if row["type"] == "territory_change"]  # Lachin was rejected
    assert (handover["place"], handover["iso"], handover["date"]) == ("Aghdam", "AZ-AGM", "2020-11-20")
    assert handover["source_count"] == "2"
    assert handover["source_urls"] == "https://example.org/a https://example.org/b"


def test_casualty_rows_keep_each_reporter_separate(editor_client, reviewed):
    rows = json.loads(editor_client.get(reverse("briefings:export_json")).content)["facts"]
    tolls = sorted((row["reported_by"], row["figure_low"]) for row in rows if row["type"] == "casualty")
    assert tolls == [("ARM", 2317), ("AZE", 2425)]


def test_json_lists_sources_as_objects(editor_client, reviewed):
    data = json.loads(editor_client.get(reverse("briefings:export_json")).content)
    handover = next(row for row in data["facts"] if row["type"] == "territory_change")
    assert [source["title"] for source in handover["sources"]] == ["Statement", "Follow-up"]
    assert data["count"] == len(data["facts"]) == 3
