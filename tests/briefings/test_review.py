"""The article review page: evidence highlighted, approve / edit / reject inline or as plain forms."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conflicts.models import ReviewStatus
from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def seed():
    owner = make.article()
    handover = make.territory_change(owner)
    toll = make.casualty(owner)
    facts_consolidate_article(article=owner)
    return owner, handover, toll


def decide(claim, kind: str, decision: str) -> str:
    return reverse("briefings:claim_decide", args=[kind, claim.id, decision])


def test_review_page_highlights_each_claims_evidence_in_the_text(editor_client, seed):
    owner, handover, toll = seed
    page = editor_client.get(reverse("briefings:article_review", args=[owner.id])).content.decode()
    assert f'data-claims="territory_change-{handover.id}"' in page
    assert f'data-claims="casualty-{toll.id}"' in page
    assert 'class="ev ev-territory_change ev-pending' in page
    assert "2317" in page and "Aghdam" in page
    # Without JavaScript every action is a plain form or link.
    assert f'action="{decide(handover, "territory_change", "approve")}"' in page
    assert reverse("briefings:claim_edit", args=["territory_change", handover.id]) in page


def test_approve_without_javascript_redirects_back_to_the_claim(editor_client, seed, editor):
    _, handover, _ = seed
    response = editor_client.post(decide(handover, "territory_change", "approve"))
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-territory_change-{handover.id}")
    handover.refresh_from_db()
    assert (handover.review_status, handover.reviewed_by) == (ReviewStatus.APPROVED, editor)


def test_reject_with_htmx_returns_only_the_updated_card(editor_client, seed):
    _, _, toll = seed
    response = editor_client.post(decide(toll, "casualty", "reject"), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith(f'<li class="claim claim-casualty status-rejected" id="claim-casualty-{toll.id}"')
    assert "<html" not in body
    # The header's count follows, swapped out of band.
    assert '<span id="pending-count" hx-swap-oob="true">1 claim awaiting review</span>' in body
    toll.refresh_from_db()
    assert toll.review_status == ReviewStatus.REJECTED


def test_undo_returns_a_claim_to_pending(editor_client, seed):
    _, _, toll = seed
    editor_client.post(decide(toll, "casualty", "reject"))
    editor_client.post(decide(toll, "casualty", "reopen"))
    toll.refresh_from_db()
    assert toll.review_status == ReviewStatus.PENDING


def test_edit_inline_shows_a_form_and_saving_approves_the_correction(editor_client, seed):
    _, handover, _ = seed
    url = reverse("briefings:claim_edit", args=["territory_change", handover.id])
    form = editor_client.get(url, **HTMX).content.decode()
    assert 'type="date"' in form and f'name="claim-{handover.id}-date"' in form
    prefix = f"claim-{handover.id}-"
    data = {prefix + "place_name": "Aghdam", prefix + "from_party": "ARM", prefix + "to_party": "AZE",
            prefix + "kind": "handover", prefix + "date": "2020-11-21"}  # fmt: skip
    card = editor_client.post(url, data, **HTMX).content.decode()
    assert "status-approved" in card
    handover.refresh_from_db()
    assert str(handover.date) == "2020-11-21"
    assert handover.history.first().history_user.username == "editor"


def test_invalid_edit_without_javascript_shows_the_errors(editor_client, seed):
    _, _, toll = seed
    url = reverse("briefings:claim_edit", args=["casualty", toll.id])
    response = editor_client.post(url, {f"claim-{toll.id}-count": "many"})
    assert response.status_code == 400
    assert "Enter a whole number" in response.content.decode()


def test_approve_all_territory_changes_of_an_article(editor_client, seed):
    owner, handover, toll = seed
    second = make.territory_change(owner, place_key="AZ-KAL", name="Kalbajar")
    editor_client.post(reverse("briefings:article_approve_kind", args=[owner.id, "territory_change"]))
    statuses = {c.id: c.review_status for c in owner.territorychangeclaims.all()}
    assert statuses == {handover.id: "approved", second.id: "approved"}
    toll.refresh_from_db()
    assert toll.review_status == "pending"


def test_unknown_claim_type_is_404(editor_client, seed):
    assert editor_client.post(reverse("briefings:claim_decide", args=["placemention", 1, "approve"])).status_code == 404


def test_dashboard_counts_pending_facts_and_lists_recent_decisions(editor_client, seed):
    _, handover, _ = seed
    editor_client.post(decide(handover, "territory_change", "approve"))
    page = editor_client.get(reverse("briefings:review_dashboard")).content.decode()
    assert make.karabakh()[0].name in page
    assert "Recent activity" in page and "editor" in page


def test_queue_page_loads_the_review_summary(editor_client, seed):
    queue = editor_client.get(reverse("briefings:queue")).content.decode()
    summary_url = reverse("briefings:review_dashboard") + "?part=summary"
    assert f'hx-get="{summary_url}"' in queue
    summary = editor_client.get(summary_url, HTTP_HX_REQUEST="true").content.decode()
    assert summary.lstrip().startswith('<section id="review-summary"')
    assert "Awaiting review" in summary
