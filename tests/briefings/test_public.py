"""The public pages as an anonymous reader sees them, in English and Arabic."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.models import BriefingStatus
from tests.conflicts import public_data as data

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    data.karabakh_2020_changes()
    data.event(date(2020, 11, 10), "Trilateral statement signed")
    data.ceasefire([("territory_return", "AZ-AGM", date(2020, 11, 20)), ("territory_return", "AZ-KAL", date(2020, 11, 15))])
    data.casualty(2317, reported_by="ARM", outlet="Yerevan ministry")
    data.casualty(2783, high=3500, reported_by="AZE", outlet="Baku agency")
    return data.published_briefing()


def test_home_lists_published_briefings_newest_first_and_hides_drafts(client, story):
    data.published_briefing("older", title="An older briefing", when=story.published_at.replace(year=2021))
    data.published_briefing("draft", title="A draft nobody may see", status=BriefingStatus.DRAFT)
    page = client.get("/en/").content.decode()
    assert page.index("Karabakh after the war") < page.index("An older briefing")
    assert "A draft nobody may see" not in page


def test_home_shows_a_card_per_topic_with_its_figures(client, story):
    page = client.get("/en/").content.decode()
    for topic in ("Nagorno-Karabakh", "Iran nuclear file", "Syria"):
        assert topic in page
    assert "2,317–3,500" in page
    assert "No approved facts yet." in page  # Syria has none


def test_home_says_so_when_nothing_is_published(client):
    assert "No briefings have been published yet." in client.get("/en/").content.decode()


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_every_page_has_its_language_and_direction(client, story, language, direction):
    for path in ("", "conflicts/karabakh/", f"briefings/{story.slug}/", "topics/karabakh/"):
        page = client.get(f"/{language}/{path}").content.decode()
        assert f'<html lang="{language}" dir="{direction}">' in page, path


def test_arabic_conflict_page_names_places_in_arabic(client, story):
    page = client.get("/ar/conflicts/karabakh/").content.decode()
    assert "ناغورني قره باغ" in page
    assert "كلبجار" in page and "أغدام" in page
    # Parties by name too, the arrow pointing the way Arabic reads.
    assert "(أرمينيا ← أذربيجان)" in page and "ARM" not in page.split("<main", 1)[1].split("<script", 1)[0]


def test_conflict_page_is_readable_before_any_script(client, story):
    page = client.get("/en/conflicts/karabakh/?as_of=2020-11-26").content.decode()
    assert "The map as of 26 November 2020" in page
    assert 'id="map-figure"' in page  # the chart's data, for the script to draw
    changes = page[page.index('class="table changes"'):]
    assert "Kalbajar" in changes and "Lachin" not in changes.split("</table>")[0]
    assert "Trilateral statement signed" in page


def test_clause_tracker_shows_met_and_late(client, story):
    page = client.get("/en/conflicts/karabakh/").content.decode()
    tracker = page[page.index('class="table clauses"'):].split("</table>")[0]
    assert "Met" in tracker and "Late" in tracker


def test_casualties_are_listed_per_source_with_their_range(client, story):
    page = client.get("/en/conflicts/karabakh/").content.decode()
    assert "Yerevan ministry" in page and "Baku agency" in page
    assert "2,317–3,500" in page


def test_unapproved_claims_never_appear(client, story):
    data.event(date(2020, 11, 11), "A pending rumour", status="pending")
    data.territory_change("AZ-FUZ", date(2020, 11, 1), status="rejected")
    page = client.get("/en/conflicts/karabakh/").content.decode()
    assert "A pending rumour" not in page and "Fuzuli" not in page.split('class="table changes"')[1].split("</table>")[0]


def test_empty_conflict_page_says_there_is_nothing_yet(client):
    page = client.get("/en/conflicts/karabakh/").content.decode()
    assert "No approved territory changes yet." in page
    assert "No approved ceasefire yet." in page
    assert "No approved casualty figures yet." in page


def test_as_of_control_returns_only_the_map_to_htmx(client, story):
    response = client.get("/en/conflicts/karabakh/?as_of=2020-11-09", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="map")
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="map"')
    assert "The map as of 9 November 2020" in page and "<html" not in page
    assert "HX-Request" in response["Vary"]


def test_timeline_filter_by_date_range(client, story):
    data.event(date(2020, 9, 27), "Fighting resumes")
    response = client.get("/en/conflicts/karabakh/?start=2020-11-01", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="timeline")
    page = response.content.decode()
    assert "Trilateral statement signed" in page and "Fighting resumes" not in page


def test_briefing_page_cites_each_fact_with_its_sources(client, story):
    claim = data.territory_change("AZ-KAL", date(2020, 11, 25), source=data.article(title="Kalbajar returned", outlet="Agency"))
    fact = _fact_for(claim)
    story.facts.add(fact)
    page = client.get(f"/en/briefings/{story.slug}/").content.decode()
    assert "Where the front moved" in page
    facts = page[page.index('class="fact-list"'):]
    assert "Kalbajar" in facts and "Kalbajar returned" in facts and "Agency" in facts


def _fact_for(claim):
    from conflicts.models import Fact

    fact = Fact.objects.create(kind="territory_change", key=f"az-kal|aze|{claim.id}", conflict=data.karabakh())
    type(claim).objects.filter(id=claim.id).update(fact=fact)
    return fact


def test_draft_briefings_are_not_found(client):
    data.published_briefing("secret", status=BriefingStatus.DRAFT)
    assert client.get("/en/briefings/secret/").status_code == 404


def test_topic_page_shows_its_card_and_timeline(client, story):
    page = client.get("/en/topics/karabakh/").content.decode()
    assert "Nagorno-Karabakh" in page and "Trilateral statement signed" in page


def test_language_links_lead_to_the_same_page(client, story):
    page = client.get("/en/conflicts/karabakh/?as_of=2020-11-09").content.decode()
    assert 'href="/ar/conflicts/karabakh/?as_of=2020-11-09"' in page


def test_public_pages_set_no_cookies(client, story):
    response = client.get("/en/conflicts/karabakh/")
    assert not response.cookies
