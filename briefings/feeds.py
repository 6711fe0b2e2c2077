"""The Atom feed of published briefings, newest first, each linking to its language's page."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed

from conflicts.selectors.public import briefings_published


class BriefingsFeed(Feed):
    feed_type = Atom1Feed
    title = "Faultline briefings"
    subtitle = "Published briefings on the conflicts Faultline follows."
    link = "/en/"

    def items(self):
        return briefings_published(limit=50)

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.summary

    def item_link(self, item) -> str:
        with translation.override(item.language or "en"):
            return reverse("public:briefing", args=[item.slug])

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item) -> list[str]:
        return [item.topic.slug] if item.topic else []


briefings_feed = BriefingsFeed()
