"""Fact pages on the desk: sources and disagreements, merge and split, casualty ranges, clause tracker."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from conflicts.models import Fact
from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


def consolidated(*articles):
    for owner in articles:
        facts_consolidate_article(article=owner)


def test_fact_page_lists_each_source_and_flags_a_date_disagreement(editor_client):
    first, second = make.article(title="Agency A"), make.article(title="Agency B")
    claim = make.territory_change(first)
    make.territory_change(second, date=datetime.date(2020, 11, 21))
    consolidated(first, second)
    claim.refresh_from_db()
    page = editor_client.get(reverse("briefings:fact", args=[claim.fact_id])).content.decode()
    assert "Agency A" in page and "Agency B" in page
    assert "Sources disagree" in page
    listing = editor_client.get(reverse("briefings:facts"), {"disagreeing": "on"}).content.decode()
    assert f'href="{reverse("briefings:fact", args=[claim.fact_id])}"' in listing


def test_merge_then_split_through_the_pages(editor_client):
    owner = make.article()
    lachin = make.territory_change(owner, place_key="AZ-LAC", name="Lachin")
    town = make.territory_change(owner, place_key="lachin-town", name="Lachin town")
    consolidated(owner)
    lachin.refresh_from_db()
    town.refresh_from_db()

    response = editor_client.post(reverse("briefings:fact_merge", args=[lachin.fact_id]), {"sources": [town.fact_id]})
    assert response.status_code == 302
    assert Fact.objects.filter(kind="territory_change").count() == 1

    response = editor_client.post(reverse("briefings:fact_split", args=[lachin.fact_id]), {"claims": [town.id]}, follow=True)
    assert "now form a fact of their own" in response.content.decode()
    assert Fact.objects.filter(kind="territory_change").count() == 2


def test_split_that_would_empty_a_fact_is_refused_with_a_message(editor_client):
    owner = make.article()
    claim = make.territory_change(owner)
    consolidated(owner)
    claim.refresh_from_db()
    response = editor_client.post(reverse("briefings:fact_split", args=[claim.fact_id]), {"claims": [claim.id]}, follow=True)
    assert "Leave at least one claim" in response.content.decode()


def test_casualty_page_shows_the_range_and_who_claimed_what(editor_client):
    first, second = make.article(title="Yerevan says"), make.article(title="Baku says")
    make.casualty(first, count=2317, reported_by="ARM")
    make.casualty(second, count=2425, reported_by="AZE")
    consolidated(first, second)
    page = editor_client.get(reverse("briefings:casualties")).content.decode()
    assert "2317–2425" in page
    assert "Yerevan says" in page and "Baku says" in page
    assert "2371" not in page  # never the average


def test_clause_tracker_page_for_the_november_statement(editor_client):
    statement = make.article(title="Statement")
    make.ceasefire(statement, clauses=make.NOVEMBER_2020_CLAUSES)
    later = make.article(title="Handovers")
    make.territory_change(later, place_key="AZ-AGM", name="Aghdam", date=datetime.date(2020, 11, 20))
    make.territory_change(later, place_key="AZ-KAL", name="Kalbajar", date=datetime.date(2020, 11, 25))
    consolidated(statement, later)
    page = editor_client.get(reverse("briefings:ceasefires")).content.decode()
    assert 'class="clause clause-late" data-place="Kalbajar"' in page
    assert 'class="clause clause-met" data-place="Aghdam"' in page
    assert 'class="clause clause-unmet" data-place="Lachin"' in page


def test_editor_adds_a_missed_deadline_and_the_tracker_judges_it(editor_client, editor):
    statement = make.article(title="Statement")
    ceasefire = make.ceasefire(statement)  # the engine found the agreement but no terms
    later = make.article(title="Handovers")
    make.territory_change(later, place_key="AZ-KAL", name="Kalbajar", date=datetime.date(2020, 11, 25))
    consolidated(statement, later)
    ceasefire.refresh_from_db()

    response = editor_client.post(reverse("briefings:clause_add", args=[ceasefire.fact_id]),
                                  {"term": "territory_return", "place_name": "kalbajar", "deadline": "2020-11-15"})  # fmt: skip
    clause = ceasefire.clauses.get()
    assert response["Location"].endswith(f"#clause-{clause.id}")
    assert clause.place.key == "AZ-KAL"  # matched in the gazetteer whatever the case
    page = editor_client.get(reverse("briefings:ceasefires")).content.decode()
    assert 'class="clause clause-late" data-place="Kalbajar"' in page

    # The deadline was extended to 25 November: corrected, the handover is on time.
    editor_client.post(reverse("briefings:clause_edit", args=[clause.id]), {"place_name": "Kalbajar", "deadline": "2020-11-25"})
    page = editor_client.get(reverse("briefings:ceasefires")).content.decode()
    assert 'class="clause clause-met" data-place="Kalbajar"' in page
    ceasefire.refresh_from_db()
    assert ceasefire.reviewed_by == editor  # who corrected the agreement is on record


def test_an_invalid_deadline_is_refused_with_a_message(editor_client):
    statement = make.article()
    ceasefire = make.ceasefire(statement, clauses=make.NOVEMBER_2020_CLAUSES)
    consolidated(statement)
    clause = ceasefire.clauses.get(place_name="Kalbajar")
    response = editor_client.post(reverse("briefings:clause_edit", args=[clause.id]), {"deadline": "soon"}, follow=True)
    assert "Enter a valid date" in response.content.decode()
    clause.refresh_from_db()
    assert clause.deadline == datetime.date(2020, 11, 15)
