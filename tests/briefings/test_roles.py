"""Role × URL matrix: anonymous readers reach only public pages, editors the desk, curators also the admin.

Every state-changing request needs a CSRF token (htmx sends it in the X-CSRFToken header).
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from briefings.models import Briefing, BriefingStatus
from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    owner = make.article()
    claim = make.territory_change(owner)
    facts_consolidate_article(article=owner)
    claim.refresh_from_db()
    briefing = Briefing.objects.create(slug="public-one", title="Public one", status=BriefingStatus.PUBLISHED,
                                       published_at="2020-11-30T00:00:00Z")  # fmt: skip
    return {"article": owner, "claim": claim, "fact": claim.fact, "briefing": briefing}


def desk_pages(w) -> list[str]:
    article, claim, fact, briefing = w["article"], w["claim"], w["fact"], w["briefing"]
    return [
        reverse("briefings:queue"),
        reverse("briefings:upload"),
        reverse("briefings:article", args=[article.id]),
        reverse("briefings:review_dashboard"),
        reverse("briefings:article_review", args=[article.id]),
        reverse("briefings:claim_card", args=["territory_change", claim.id]),
        reverse("briefings:claim_edit", args=["territory_change", claim.id]),
        reverse("briefings:facts"),
        reverse("briefings:fact", args=[fact.id]),
        reverse("briefings:casualties"),
        reverse("briefings:ceasefires"),
        reverse("briefings:briefings"),
        reverse("briefings:briefing_new"),
        reverse("briefings:briefing_preview", args=[briefing.id]),
        reverse("briefings:briefing_edit", args=[briefing.id]),
        reverse("briefings:briefing_reader", args=[briefing.id]),
        reverse("briefings:search") + "?q=Aghdam",
        reverse("briefings:export_csv"),
        reverse("briefings:export_json"),
    ]


def state_changes(w) -> list[str]:
    article, claim, fact, briefing = w["article"], w["claim"], w["fact"], w["briefing"]
    return [
        reverse("briefings:claim_decide", args=["territory_change", claim.id, "approve"]),
        reverse("briefings:claim_decide", args=["territory_change", claim.id, "reject"]),
        reverse("briefings:claim_decide", args=["territory_change", claim.id, "reopen"]),
        reverse("briefings:claim_edit", args=["territory_change", claim.id]),
        reverse("briefings:article_approve_kind", args=[article.id, "territory_change"]),
        reverse("briefings:fact_merge", args=[fact.id]),
        reverse("briefings:fact_split", args=[fact.id]),
        reverse("briefings:briefing_new"),
        reverse("briefings:briefing_edit", args=[briefing.id]),
        reverse("briefings:briefing_publish", args=[briefing.id]),
        reverse("briefings:briefing_unpublish", args=[briefing.id]),
        reverse("briefings:clause_add", args=[fact.id]),
        reverse("briefings:clause_edit", args=[1]),
        reverse("briefings:upload"),
        reverse("briefings:article_retry", args=[article.id]),
    ]


def public_pages(w) -> list[str]:
    return ["/en/", "/ar/", f"/en/briefings/{w['briefing'].slug}/", reverse("login")]


CURATION_PAGES = ["/admin/", "/admin/conflicts/place/", "/admin/conflicts/territorychangeclaim/", "/admin/conflicts/fact/",
                  "/admin/briefings/briefing/", "/admin/conflicts/topic/"]  # fmt: skip


def reached(client, url: str) -> bool:
    """200 at the end, and never by way of a login page."""
    response = client.get(url, follow=True)
    return response.status_code == 200 and not any("login" in hop for hop, _ in response.redirect_chain)


def test_anonymous_reader_reaches_only_public_pages(client, world):
    for url in public_pages(world):
        assert client.get(url).status_code == 200, url
    for url in desk_pages(world):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    for url in state_changes(world):
        assert client.post(url).status_code in (302, 403), url
    for url in CURATION_PAGES:
        assert client.get(url)["Location"].startswith("/admin/login/"), url
    assert Briefing.objects.get().status == "published"  # nothing an anonymous POST did stuck


def test_editor_works_the_desk_but_not_the_admin(client, editor, world):
    client.force_login(editor)
    for url in desk_pages(world) + public_pages(world):
        assert reached(client, url), url
    for url in CURATION_PAGES:
        assert client.get(url).status_code == 302, url


def test_curator_works_the_desk_and_curates_in_the_admin(client, curator, world):
    client.force_login(curator)
    for url in desk_pages(world) + CURATION_PAGES:
        assert reached(client, url), url


def test_signed_in_stranger_without_a_role_is_refused_the_review_desk(client, django_user_model, world):
    client.force_login(django_user_model.objects.create_user("stranger", password="x" * 12))
    for url in desk_pages(world)[3:]:  # the lead's queue/upload pages only ask for a login
        assert client.get(url).status_code == 403, url


def test_every_state_changing_request_needs_a_csrf_token(editor, world):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    for url in state_changes(world):
        assert strict.post(url).status_code == 403, url
    strict.get(reverse("briefings:review_dashboard"))
    token = strict.cookies["csrftoken"].value
    approve = state_changes(world)[0]
    assert strict.post(approve, HTTP_X_CSRFTOKEN=token, HTTP_HX_REQUEST="true").status_code == 200
    world["claim"].refresh_from_db()
    assert world["claim"].review_status == "approved"
