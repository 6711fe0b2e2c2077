"""Hand-annotated articles, one per phenomenon mix, scored the way the contract scores them."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conflicts.extraction import default_topics, extract, to_contract

ARTICLES = Path(__file__).parent / "articles"
NAMES = sorted(path.name[: -len(".txt")] for path in ARTICLES.glob("*.txt"))


def _run(name: str, gazetteer) -> tuple[dict, dict]:
    gold = json.loads((ARTICLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    result = extract(text, published=published, gazetteer=gazetteer, topics=default_topics())
    return gold, to_contract(result, source=name)


@pytest.mark.parametrize("name", NAMES)
def test_territory_changes_match_place_recipient_and_date(name, gazetteer):
    gold, found = _run(name, gazetteer)
    def key(change):
        return (change["iso"] or change["place"], change["to"], change["date"])
    expected = sorted(map(key, gold["territory_changes"]), key=str)
    got = sorted(map(key, found["territory_changes"]), key=str)
    # undated gold changes accept whatever date the engine attached
    assert [(iso, to) for iso, to, _ in got] == [(iso, to) for iso, to, _ in expected]
    assert all(g == e for g, e in zip(got, expected, strict=True) if e[2])


@pytest.mark.parametrize("name", NAMES)
def test_casualty_figures_and_kinds(name, gazetteer):
    gold, found = _run(name, gazetteer)
    def key(casualty):
        return (casualty["count"], casualty["count_high"], casualty["kind"])
    assert sorted(map(key, found["casualties"])) == sorted(map(key, gold["casualties"]))


@pytest.mark.parametrize("name", NAMES)
def test_ceasefire_dates_and_terms(name, gazetteer):
    gold, found = _run(name, gazetteer)
    assert len(found["ceasefires"]) == len(gold["ceasefires"])
    for expected, got in zip(gold["ceasefires"], found["ceasefires"], strict=True):
        expected_dates = {expected["signed"], expected["effective"]} - {None}
        assert expected_dates & {got["signed"], got["effective"]}
        assert set(got["terms"]) == set(expected["terms"])


@pytest.mark.parametrize("name", NAMES)
def test_events_and_topics(name, gazetteer):
    gold, found = _run(name, gazetteer)
    assert {(e["date"], e["precision"]) for e in found["events"]} == {(e["date"], e["precision"]) for e in gold["events"]}
    assert set(found["topics"]) == set(gold["topics"])


def test_distractors_yield_no_conflict_facts(gazetteer):
    for name in (n for n in NAMES if "distractor" in n):
        _gold, found = _run(name, gazetteer)
        assert not (found["territory_changes"] or found["casualties"] or found["ceasefires"] or found["topics"])
