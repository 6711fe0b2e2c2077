from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from conflicts.extraction import default_topics, extract, to_contract

ARTICLES = Path(__file__).parent / "articles"


def _result(gazetteer):
    text = (ARTICLES / "ar_aghdam_handover.txt").read_text(encoding="utf-8")
    return text, extract(text, published=dt.date(2020, 11, 20), gazetteer=gazetteer, topics=default_topics())


def test_every_fact_carries_evidence_that_slices_the_original_text(gazetteer):
    text, result = _result(gazetteer)
    facts = [*result.territory_changes, *result.casualties, *result.ceasefires, *result.events]
    assert facts
    for fact in facts:
        assert text[fact.start:fact.end] == fact.evidence
    for place in result.places:
        assert text[place.start:place.end].strip()
    for ceasefire in result.ceasefires:
        for clause in ceasefire.clauses:
            assert text[clause.start:clause.end] == clause.evidence


def test_ceasefire_clauses_carry_places_for_the_clause_tracker(gazetteer):
    _text, result = _result(gazetteer)
    returns = [clause for clause in result.ceasefires[0].clauses if clause.term == "territory_return"]
    assert {clause.place for clause in returns} == {"Aghdam", "Kalbajar", "Lachin"}


def test_contract_object_has_the_documented_fields(gazetteer):
    _text, result = _result(gazetteer)
    contract = to_contract(result, source="a.txt")
    assert set(contract) == {"source", "language", "topics", "places", "territory_changes", "casualties",
                             "ceasefires", "events"}
    assert contract["language"] == "ar"
    assert set(contract["territory_changes"][0]) == {"place", "iso", "from", "to", "kind", "date", "evidence"}
    assert len({place["iso"] or place["name"] for place in contract["places"]}) == len(contract["places"])


def test_engine_imports_without_django():
    code = "import sys, conflicts.extraction; print(any(m.startswith('django') for m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[3])
    assert output.stdout.strip() == "False"


def test_empty_and_odd_input_yields_no_facts(gazetteer):
    for text in ("", "\n\n", "((((", "Feb. 30, 2020 — 31 June 2020", "29 февраля 2021"):
        contract = to_contract(extract(text, published=dt.date(2021, 2, 15), gazetteer=gazetteer), source="x")
        assert not (contract["territory_changes"] or contract["casualties"] or contract["ceasefires"] or contract["events"])


def test_a_corridor_named_beside_its_district_is_one_place_in_the_contract(gazetteer):
    text = "Armenia returned the Lachin district to Azerbaijan; peacekeepers guard the Lachin corridor."
    names = [place["name"] for place in to_contract(extract(text, gazetteer=gazetteer), source="x")["places"]]
    assert names.count("Lachin") == 1 and "Lachin corridor" not in names
    alone = to_contract(extract("Peacekeepers guard the Lachin corridor.", gazetteer=gazetteer), source="x")
    assert [place["name"] for place in alone["places"]] == ["Lachin corridor"]
