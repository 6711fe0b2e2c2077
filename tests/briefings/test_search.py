"""Desk search finds articles and facts in Arabic and English, narrowed by filters."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    arabic = make.article(title="البيان الثلاثي")
    handover = make.territory_change(arabic)
    toll = make.casualty(arabic)
    english = make.article(title="Kalbajar handed over", text="Azerbaijan took over Kalbajar on 25 November 2020.",
                           published=datetime.date(2020, 11, 25))  # fmt: skip
    make.territory_change(english, place_key="AZ-KAL", name="Kalbajar", needle="Azerbaijan took over Kalbajar")
    facts_consolidate_article(article=arabic)
    facts_consolidate_article(article=english)
    return {"arabic": arabic, "english": english, "handover": handover, "toll": toll}


def search(client, **params):
    return client.get(reverse("briefings:search"), params).content.decode()


def test_arabic_query_finds_the_arabic_article_and_its_evidence(editor_client, corpus):
    page = search(editor_client, q="أغدام")
    assert "البيان الثلاثي" in page
    assert f"#claim-territory_change-{corpus['handover'].id}" in page
    assert "Kalbajar handed over" not in page


def test_a_place_is_found_by_any_of_its_spellings(editor_client, corpus):
    # كلبجار in Arabic, Karvachar in Armenian usage: both are the gazetteer's Kalbajar.
    for query in ("كلبجار", "Karvachar"):
        page = search(editor_client, q=query)
        assert "Kalbajar handed over" in page, query


def test_vowel_marks_and_tatweel_in_the_query_do_not_hide_plain_text(editor_client, corpus):
    assert "البيان الثلاثي" in search(editor_client, q="أَغْدـام")


def test_english_query_is_case_insensitive(editor_client, corpus):
    page = search(editor_client, q="kalbajar")
    assert "Kalbajar handed over" in page


def test_filters_by_type_status_and_date(editor_client, corpus):
    page = search(editor_client, kind="casualty")
    assert f"#claim-casualty-{corpus['toll'].id}" in page
    assert "claim-territory_change" not in page
    page = search(editor_client, q="Kalbajar", date_from="2020-11-20", status="pending")
    assert "Azerbaijan took over Kalbajar" in page
    assert search(editor_client, q="Kalbajar", status="approved").count("claim-territory_change") == 0


def test_htmx_search_returns_only_the_results(editor_client, corpus):
    body = editor_client.get(reverse("briefings:search"), {"q": "Kalbajar"}, HTTP_HX_REQUEST="true").content.decode()
    assert body.lstrip().startswith('<section id="results"')


def test_nothing_found_says_so(editor_client, corpus):
    assert "Nothing matches" in search(editor_client, q="Mars colony")
