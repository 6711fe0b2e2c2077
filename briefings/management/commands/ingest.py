"""`manage.py ingest FILE... [--wait] [--format jsonl]`: the operator's bulk upload.

Goes through the same service as the upload page; with --wait it follows the workers
until every article is extracted or failed.
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from briefings.models import FINAL_STATUSES, Article
from briefings.services.articles import IngestOutcome, article_ingest_document
from conflicts.management.commands.extract import parse_published
from conflicts.selectors.contract import article_contract


class Progress:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    def __init__(self, stream, total: int, label: str) -> None:
        self.stream, self.total, self.label = stream, total, label
        self.enabled = stream.isatty() and total > 0

    def show(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / self.total)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


class Command(BaseCommand):
    help = "Store article files through the upload service and queue them for extraction."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+")
        parser.add_argument("--wait", action="store_true", help="Wait until the workers have finished every article.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds to wait with --wait (default 600).")
        parser.add_argument("--format", choices=["text", "jsonl"], default="text")
        parser.add_argument("--published", help="Publication date YYYY-MM-DD for every file.")
        parser.add_argument("--source-name", default="")

    def handle(self, *args, **options) -> None:
        published: datetime.date | None = parse_published(options["published"])
        outcomes = self._store(options["files"], published, options["source_name"])
        if options["wait"]:
            self._wait([o.article.id for o in outcomes if o.article], options["timeout"])
        self._report(outcomes, options["format"])
        if any(outcome.error for outcome in outcomes):
            sys.exit(1)

    def _store(self, files: list[str], published, source_name: str) -> list[IngestOutcome]:
        progress = Progress(self.stderr._out, len(files), "Storing  ")
        outcomes = []
        for index, name in enumerate(files, 1):
            try:
                data = Path(name).read_bytes()
            except OSError as error:
                outcomes.append(IngestOutcome(name=name, error=f"{name}: cannot read the file ({error.strerror})."))
            else:
                outcomes.append(article_ingest_document(name=name, data=data, published=published, source_name=source_name))
            progress.show(index)
        progress.finish()
        return outcomes

    def _wait(self, article_ids: list[int], timeout: float) -> None:
        progress = Progress(self.stderr._out, len(article_ids), "Extracting")
        deadline = time.monotonic() + timeout
        while True:
            done = Article.objects.filter(id__in=article_ids, status__in=FINAL_STATUSES).count()
            progress.show(done)
            if done == len(article_ids):
                break
            if time.monotonic() > deadline:
                progress.finish()
                self.stderr.write(
                    f"Gave up waiting after {timeout:.0f}s: {len(article_ids) - done} articles still queued or extracting. "
                    "Is a worker running?"
                )
                break
            time.sleep(0.5)
        progress.finish()

    def _report(self, outcomes: list[IngestOutcome], fmt: str) -> None:
        for outcome in outcomes:
            article = Article.objects.get(id=outcome.article.id) if outcome.article else None
            if fmt == "jsonl":
                self.stdout.write(json.dumps(self._record(outcome, article), ensure_ascii=False))
            elif article:
                state = "new" if outcome.created else "already stored"
                self.stdout.write(
                    f"{outcome.name}: article {article.id} ({state}), {article.status}"
                    + (f": {article.error}" if article.error else "")
                )
            else:
                self.stderr.write(outcome.error)

    def _record(self, outcome: IngestOutcome, article: Article | None) -> dict:
        if article is None:
            return {"source": outcome.name, "error": outcome.error}
        record = {"source": outcome.name, "article_id": article.id, "status": article.status, "created": outcome.created}
        if article.error:
            record["error"] = article.error
        if article.status == "extracted":
            record.update({k: v for k, v in article_contract(article=article, source=outcome.name).items() if k != "source"})
        return record
