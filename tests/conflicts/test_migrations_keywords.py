"""Keywords shipped after a database was first loaded reach it without undoing curators' work."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as django_apps

from conflicts.models import Topic

migration = importlib.import_module("conflicts.migrations.0004_karabakh_conflict_keywords")


@pytest.mark.django_db
def test_new_conflict_keywords_are_added_once_and_curated_ones_kept():
    topic = Topic.objects.get(slug="karabakh")
    topic.keywords = "Karabakh\nCurator's own phrase\nArmenia and Azerbaijan"
    topic.save()
    migration.add_keywords(django_apps, None)
    migration.add_keywords(django_apps, None)  # safe to run twice
    keywords = Topic.objects.get(slug="karabakh").keyword_list()
    assert keywords[:2] == ["Karabakh", "Curator's own phrase"]
    assert keywords.count("Armenia and Azerbaijan") == 1
    assert "أرمينيا وأذربيجان" in keywords and "армяно-азербайджанск" in keywords
