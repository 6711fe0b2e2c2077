"""`manage.py extract FILE... --format jsonl [--published YYYY-MM-DD]` (extraction-contract.md)."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from briefings.ingestion.readers import Limits, UnreadableFile, read_document
from conflicts.extraction import to_contract
from conflicts.services.extraction import extraction_run

# The command reads local files an operator chose; it allows larger files than the upload page.
COMMAND_LIMITS = Limits(max_bytes=200 * 1024 * 1024, max_expanded_bytes=500 * 1024 * 1024)


def parse_published(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from None


class Command(BaseCommand):
    help = "Extract facts from article files and print one JSON object per file (the extraction contract)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")
        parser.add_argument("--published", help="Publication date YYYY-MM-DD, used to resolve relative dates.")

    def handle(self, *args, **options) -> None:
        published = parse_published(options["published"])
        failures = 0
        for source in options["files"]:
            record = self._extract_one(source, published)
            failures += "error" in record
            self.stdout.write(json.dumps(record, ensure_ascii=False))
            self.stdout.flush()
        if failures:
            self.stderr.write(f"{failures} of {len(options['files'])} files could not be read.")
            sys.exit(1)

    def _extract_one(self, source: str, published: datetime.date | None) -> dict:
        try:
            data = Path(source).read_bytes()
            document = read_document(source, data, limits=COMMAND_LIMITS)
        except (OSError, UnreadableFile) as error:
            return {"source": source, "error": str(error)}
        result = extraction_run(text=document.text, published=published)
        return to_contract(result, source=source)
