"""The read-only API, its OpenAPI document, the CSV download and the Atom feed."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from briefings.models import BriefingStatus
from tests.conflicts import public_data as data

pytestmark = pytest.mark.django_db


def test_briefings_api_lists_only_published_briefings(client):
    data.published_briefing()
    data.published_briefing("draft", title="Draft", status=BriefingStatus.DRAFT)
    body = client.get("/api/briefings/").json()
    assert [b["slug"] for b in body["briefings"]] == ["karabakh-after-the-war"]
    assert body["briefings"][0]["url"] == "/en/briefings/karabakh-after-the-war/"


def test_briefing_api_404s_for_drafts(client):
    data.published_briefing("draft", status=BriefingStatus.DRAFT)
    assert client.get("/api/briefings/draft/").status_code == 404


def test_facts_api_gives_approved_facts_with_sources_and_casualty_ranges(client):
    data.casualty(2317, outlet="Yerevan ministry")
    data.casualty(3500, outlet="Baku agency")
    data.event(date(2020, 11, 10), "Pending", status="pending")
    facts = client.get("/api/facts/?conflict=karabakh").json()["facts"]
    assert [f["kind"] for f in facts] == ["casualty"]
    assert (facts[0]["values"]["lowest"], facts[0]["values"]["highest"]) == (2317, 3500)
    assert {s["outlet"] for s in facts[0]["sources"]} == {"Yerevan ministry", "Baku agency"}


def test_map_api_gives_each_districts_status_on_a_date(client):
    data.karabakh_2020_changes()
    districts = {d["iso"]: d for d in client.get("/api/conflicts/karabakh/map/?as_of=2020-11-09").json()["districts"]}
    assert districts["AZ-SUS"]["status"] == "capture" and districts["AZ-KAL"]["status"] == "unchanged"
    assert client.get("/api/conflicts/karabakh/map/?as_of=soon").status_code == 400


def test_openapi_documents_every_api_route(client):
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {"/api/briefings/", "/api/briefings/{slug}/", "/api/facts/",
                                    "/api/conflicts/{slug}/map/", "/api/conflicts/{slug}/facts.csv"}


def test_csv_download_of_a_conflicts_approved_facts_in_arabic(client):
    data.territory_change("AZ-KAL", date(2020, 11, 25))
    response = client.get("/api/conflicts/karabakh/facts.csv?language=ar")
    assert response["Content-Disposition"] == 'attachment; filename="karabakh-facts.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["id", "kind", "date", "title", "values", "sources"]
    assert rows[1][1] == "territory_change" and "كلبجار" in rows[1][3]


def test_atom_feed_lists_published_briefings_with_language_links(client):
    data.published_briefing(language="ar", title="قره باغ بعد الحرب")
    data.published_briefing("draft", title="Draft", status=BriefingStatus.DRAFT)
    response = client.get("/feeds/briefings.atom")
    feed = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "قره باغ بعد الحرب" in feed and "/ar/briefings/karabakh-after-the-war/" in feed and "Draft" not in feed


def test_the_api_is_read_only(client):
    assert client.post("/api/briefings/").status_code == 405
