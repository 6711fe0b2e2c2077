"""Editors approve, correct and reject claims; the history says who did what."""

from __future__ import annotations

import datetime

import pytest

from conflicts.models import ReviewStatus
from conflicts.selectors.desk import recent_activity, review_counts
from conflicts.services.consolidation import facts_consolidate_article
from conflicts.services.review import claim_approve, claim_edit, claim_reject, claims_set_status
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def handover():
    owner = make.article()
    claim = make.territory_change(owner)
    facts_consolidate_article(article=owner)
    claim.refresh_from_db()
    return claim


def test_approve_records_who_and_when(handover, editor):
    claim_approve(claim=handover, user=editor)
    handover.refresh_from_db()
    assert handover.review_status == ReviewStatus.APPROVED
    assert handover.reviewed_by == editor
    assert handover.reviewed_at is not None
    assert handover.history.first().history_user == editor


def test_reject_then_activity_shows_it(handover, editor):
    claim_reject(claim=handover, user=editor)
    [latest] = recent_activity(limit=1)
    assert (latest.user, latest.status, latest.article_id) == ("editor", "rejected", handover.article_id)


def test_edit_keeps_the_old_value_in_history_and_approves(handover, editor):
    changed = claim_edit(claim=handover, user=editor, changes={"date": datetime.date(2020, 11, 21)})
    handover.refresh_from_db()
    assert changed == ["date"]
    assert handover.review_status == ReviewStatus.APPROVED
    newest, before = handover.history.all()[:2]
    assert (before.date, newest.date) == (datetime.date(2020, 11, 20), datetime.date(2020, 11, 21))
    assert newest.history_user == editor


def test_correcting_the_place_moves_the_claim_to_that_places_fact(handover, editor):
    old_fact = handover.fact
    make.place("AZ-KAL", "Kalbajar")
    claim_edit(claim=handover, user=editor, changes={"place_name": "Kalbajar"})
    handover.refresh_from_db()
    assert (handover.place.key, handover.iso) == ("AZ-KAL", "AZ-KAL")
    assert handover.fact != old_fact and handover.fact.key == "az-kal|aze"


def test_correcting_the_recipient_moves_the_claim_too(handover, editor):
    claim_edit(claim=handover, user=editor, changes={"to_party": "RUS"})
    handover.refresh_from_db()
    assert handover.fact.key == "az-agm|rus"


def test_fields_outside_the_editable_set_are_refused(handover, editor):
    with pytest.raises(ValueError):
        claim_edit(claim=handover, user=editor, changes={"evidence": "made up"})


def test_counts_per_conflict_and_type_fall_as_claims_are_reviewed(handover, editor):
    make.casualty(handover.article)
    facts_consolidate_article(article=handover.article)
    [row] = review_counts()
    assert row["conflict"] == make.karabakh()[0].name
    assert row["counts"] == {"territory_change": 1, "casualty": 1}
    claims_set_status(claims=[handover], user=editor, status=ReviewStatus.APPROVED)
    assert review_counts()[0]["counts"] == {"casualty": 1}
