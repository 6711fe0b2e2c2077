"""Approved facts as flat rows, one per fact with its sources (the shape ACLED users expect)."""

from __future__ import annotations

from conflicts.models import ReviewStatus
from conflicts.selectors.desk import fact_groups

COLUMNS = (
    "fact_id", "type", "conflict", "date", "place", "iso", "from_party", "to_party", "change",
    "casualty_kind", "population", "party", "figure_low", "figure_high", "reported_by",
    "parties", "mediators", "text", "source_count", "sources", "source_urls", "article_ids",
)  # fmt: skip


def _values(kind: str, claim) -> dict:
    if kind == "territory_change":
        return {
            "date": claim.date, "place": claim.place_name, "iso": claim.iso,
            "from_party": claim.from_party, "to_party": claim.to_party, "change": claim.kind,
        }  # fmt: skip
    if kind == "casualty":
        return {"casualty_kind": claim.kind, "population": claim.population, "party": claim.party}
    if kind == "ceasefire":
        parties = {"parties": " ".join(claim.parties), "mediators": " ".join(claim.mediators)}
        return {"date": claim.signed or claim.effective, **parties}
    return {"date": claim.date, "text": claim.text}


def facts_export_rows(*, conflict_id: int | None = None) -> list[dict]:
    rows = []
    for group in fact_groups(conflict_id=conflict_id, status=ReviewStatus.APPROVED):
        approved = [claim for claim in group.claims if claim.review_status == ReviewStatus.APPROVED]
        row = dict.fromkeys(COLUMNS, "")
        row.update(fact_id=group.fact.id, type=group.fact.kind, conflict=group.fact.conflict.slug if group.fact.conflict else "")
        row.update({name: value for name, value in _values(group.fact.kind, approved[0]).items() if value is not None})
        if group.fact.kind == "casualty":
            # Every source's figure stays visible through the range; nothing is averaged.
            row["figure_low"] = min(claim.count for claim in approved)
            row["figure_high"] = max(claim.count_high or claim.count for claim in approved)
            row["reported_by"] = " ".join(sorted({claim.reported_by for claim in approved if claim.reported_by}))
        row["date"] = row["date"].isoformat() if hasattr(row["date"], "isoformat") else row["date"]
        articles = {claim.article_id: claim.article for claim in approved}
        row["source_count"] = len(articles)
        row["sources"] = [
            {"article_id": a.id, "title": a.title, "source": a.source_name, "url": a.source_url,
             "published": a.published.isoformat() if a.published else ""}
            for a in articles.values()
        ]  # fmt: skip
        row["source_urls"] = " ".join(a.source_url for a in articles.values() if a.source_url)
        row["article_ids"] = " ".join(str(article_id) for article_id in articles)
        rows.append(row)
    return rows
