"""The desk in Arabic (right to left) and English, chosen by the editor and remembered."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from conflicts.services.consolidation import facts_consolidate_article
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def review_url():
    owner = make.article()
    make.territory_change(owner)
    make.casualty(owner)
    facts_consolidate_article(article=owner)
    return reverse("briefings:article_review", args=[owner.id])


def choose(client, language: str, next_url: str):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


def test_english_by_default(editor_client, review_url):
    page = editor_client.get(review_url).content.decode()
    assert '<html lang="en" dir="ltr">' in page
    assert ">Approve<" in page and "2317" in page
    assert '<abbr title="ARM">Armenia</abbr> → <abbr title="AZE">Azerbaijan</abbr>' in page


def test_arabic_is_remembered_and_numbers_and_dates_follow_it(editor_client, review_url):
    response = choose(editor_client, "ar", review_url)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    page = editor_client.get(review_url).content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "awaiting review" not in page  # the pending count is translated too
    assert '<strong dir="auto">أغدام</strong>' in page  # the gazetteer's Arabic name, not "Aghdam"
    assert ">اعتماد<" in page and ">رفض<" in page  # Approve, Reject
    assert "تغيّر في السيطرة" in page  # Territory change
    assert "٢٣١٧" in page  # the casualty figure in Arabic-Indic digits
    assert "نوفمبر" in page  # the date's month in Arabic
    # Party names in Arabic, and the arrow points the way Arabic reads.
    assert '<abbr title="ARM">أرمينيا</abbr> ← <abbr title="AZE">أذربيجان</abbr>' in page


def test_switching_back_to_english(editor_client, review_url):
    choose(editor_client, "ar", review_url)
    choose(editor_client, "en", review_url)
    assert '<html lang="en" dir="ltr">' in editor_client.get(review_url).content.decode()


def test_every_desk_string_has_an_arabic_translation():
    catalogue = (settings.BASE_DIR / "locale" / "ar" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    blocks = catalogue.split("\n\n")[1:]
    untranslated = [block for block in blocks if 'msgstr ""' in block and "msgstr \"\"\n\"" not in block]
    assert untranslated == []
    # A fuzzy entry is left out of the compiled catalogue: Arabic readers would get English.
    assert [block for block in blocks if "#, fuzzy" in block] == []
    assert (settings.BASE_DIR / "locale" / "ar" / "LC_MESSAGES" / "django.mo").exists()
