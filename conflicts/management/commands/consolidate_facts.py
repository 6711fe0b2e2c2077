"""Group every stored claim into facts: for databases whose claims predate consolidation."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from briefings.models import Article, ArticleStatus
from conflicts.services.consolidation import facts_consolidate_article


class Command(BaseCommand):
    help = "Assign every extracted article's claims to facts by their grouping keys (safe to run twice)."

    def handle(self, *args, **options) -> None:
        articles = Article.objects.filter(status=ArticleStatus.EXTRACTED).order_by("id")
        facts = set()
        for article in articles.iterator():
            facts.update(fact.id for fact in facts_consolidate_article(article=article))
        self.stdout.write(self.style.SUCCESS(f"{articles.count()} articles, {len(facts)} facts."))
