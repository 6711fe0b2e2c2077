"""Download approved facts as CSV or JSON, one row per fact with its sources."""

from __future__ import annotations

import csv
import io

from django.http import HttpRequest, HttpResponse, JsonResponse

from briefings.views.permissions import editor_required
from conflicts.selectors.export import COLUMNS, facts_export_rows


def _conflict_id(request: HttpRequest) -> int | None:
    value = request.GET.get("conflict", "")
    return int(value) if value.isdigit() else None


@editor_required
def facts_csv(request: HttpRequest) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in facts_export_rows(conflict_id=_conflict_id(request)):
        writer.writerow({**row, "sources": " | ".join(source["title"] for source in row["sources"])})
    # A byte-order mark, so spreadsheet programs open the Arabic text as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="faultline-facts.csv"'
    return response


@editor_required
def facts_json(request: HttpRequest) -> HttpResponse:
    rows = facts_export_rows(conflict_id=_conflict_id(request))
    response = JsonResponse({"facts": rows, "count": len(rows)}, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'attachment; filename="faultline-facts.json"'
    return response
