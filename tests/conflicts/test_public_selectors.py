"""What the public pages read: approved facts only, sources cited, ranges never averaged."""

from __future__ import annotations

from datetime import date

import pytest

from conflicts.models import Topic
from conflicts.selectors.public import casualty_rows, timeline_rows, topic_cards
from tests.conflicts import public_data as data

pytestmark = pytest.mark.django_db


def test_timeline_lists_approved_events_oldest_first_with_sources():
    data.event(date(2020, 11, 10), "Statement signed", source=data.article(title="The statement", outlet="Kremlin"))
    data.event(date(2020, 9, 27), "Fighting resumes")
    data.event(date(2020, 10, 1), "Unreviewed claim", status="pending")
    rows = timeline_rows(conflict=data.karabakh())
    assert [row.text for row in rows] == ["Fighting resumes", "Statement signed"]
    assert rows[1].sources[0].title == "The statement" and rows[1].sources[0].outlet == "Kremlin"


def test_timeline_filters_by_date_range_and_topic():
    data.event(date(2020, 9, 27), "Fighting resumes")
    data.event(date(2020, 11, 10), "Statement signed")
    data.event(date(2020, 11, 12), "IAEA report", topic="iran-nuclear")
    november = timeline_rows(start=date(2020, 11, 1), end=date(2020, 11, 30))
    assert [row.text for row in november] == ["Statement signed", "IAEA report"]
    assert [row.text for row in timeline_rows(topic_slug="iran-nuclear")] == ["IAEA report"]


def test_timeline_labels_topics_in_arabic():
    data.event(date(2020, 11, 10), "Statement signed")
    assert timeline_rows(conflict=data.karabakh(), language="ar")[0].topic_label == "قره باغ"


def test_casualty_range_runs_from_lowest_to_highest_source_never_averaged():
    data.casualty(2317, reported_by="ARM", outlet="Yerevan ministry")
    data.casualty(2783, high=3500, reported_by="AZE", outlet="Baku")
    data.casualty(9999, reported_by="XXX", status="rejected")
    (row,) = casualty_rows(conflict=data.karabakh())
    assert (row.lowest, row.highest) == (2317, 3500)
    assert [figure.source.outlet for figure in row.figures] == ["Yerevan ministry", "Baku"]


def test_topic_card_counts_approved_facts_and_shows_latest_events():
    data.karabakh_2020_changes()
    data.event(date(2020, 11, 10), "Statement signed")
    data.event(date(2020, 11, 11), "Pending", status="pending")
    data.casualty(2317)
    data.casualty(2900, high=3000)
    cards = {card.topic.slug: card for card in topic_cards(language="en")}
    karabakh = cards["karabakh"]
    assert karabakh.territory_changes == 4 and karabakh.events == 1
    assert (karabakh.killed_low, karabakh.killed_high) == (2317, 3000)
    assert [row.text for row in karabakh.latest] == ["Statement signed"]
    assert cards["syria"].is_empty


def test_topic_card_says_activity_fell_after_a_busy_month():
    for day in (1, 5, 9, 12, 20):
        data.event(date(2020, 10, day), f"Fighting {day}")
    data.event(date(2020, 11, 20), "Quiet handover")
    (card,) = topic_cards(language="en", topics=[Topic.objects.get(slug="karabakh")])
    assert (card.current, card.previous, card.trend) == (1, 5, "down")


def test_topic_card_says_activity_rose():
    data.event(date(2020, 9, 1), "Skirmish")
    for day in (27, 28, 29):
        data.event(date(2020, 9, day), f"Offensive {day}")
    (card,) = topic_cards(language="en", topics=[Topic.objects.get(slug="karabakh")])
    assert card.trend == "up"
