"""Claims become facts: one fact per key, with every article that reports it as a source."""

from __future__ import annotations

import datetime

import pytest

from briefings.models import Briefing
from conflicts.models import Fact, ReviewStatus
from conflicts.selectors.desk import casualty_ranges, clause_tracker, fact_group, fact_groups
from conflicts.services.consolidation import fact_split, facts_consolidate_article, facts_merge
from tests import desk_factories as make

pytestmark = pytest.mark.django_db


def test_the_same_handover_in_two_articles_is_one_fact_with_two_sources():
    first, second = make.article(title="A"), make.article(title="B")
    make.territory_change(first)
    make.territory_change(second, date=datetime.date(2020, 11, 21))
    facts_consolidate_article(article=first)
    facts_consolidate_article(article=second)

    [group] = fact_groups(kind="territory_change")
    assert group.source_count == 2
    assert group.fact.conflict.slug == "karabakh"
    # The sources disagree on the date: the editor must see both.
    assert group.disagreements == {"date": [datetime.date(2020, 11, 20), datetime.date(2020, 11, 21)]}


def test_different_places_stay_different_facts():
    owner = make.article()
    make.territory_change(owner, place_key="AZ-AGM", name="Aghdam")
    make.territory_change(owner, place_key="AZ-KAL", name="Kalbajar")
    facts_consolidate_article(article=owner)
    assert Fact.objects.filter(kind="territory_change").count() == 2


def test_re_extraction_drops_facts_nobody_reports_any_more_but_keeps_chosen_ones():
    owner = make.article()
    kept_claim, dropped_claim = make.territory_change(owner), make.territory_change(owner, place_key="AZ-KAL", name="Kalbajar")
    facts_consolidate_article(article=owner)
    kept_claim.refresh_from_db()
    dropped_claim.refresh_from_db()
    briefing = Briefing.objects.create(slug="b", title="B")
    briefing.facts.add(kept_claim.fact)
    owner.territorychangeclaims.all().delete()  # what claims_replace does before storing the new run
    facts_consolidate_article(article=owner)
    assert list(Fact.objects.values_list("key", flat=True)) == [kept_claim.fact.key]


def test_merge_moves_sources_and_briefing_choices():
    owner = make.article()
    a = make.territory_change(owner, place_key="AZ-LAC", name="Lachin")
    b = make.territory_change(owner, place_key="lachin-town", name="Lachin town")
    facts_consolidate_article(article=owner)
    a.refresh_from_db()
    b.refresh_from_db()
    briefing = Briefing.objects.create(slug="b", title="B")
    briefing.facts.add(b.fact)

    facts_merge(target=a.fact, sources=[b.fact])

    assert fact_group(fact=a.fact).claims == [a, b]
    assert list(briefing.facts.all()) == [a.fact]


def test_split_moves_chosen_sources_to_a_new_fact():
    first, second = make.article(title="A"), make.article(title="B")
    make.territory_change(first)
    moved = make.territory_change(second)
    facts_consolidate_article(article=first)
    facts_consolidate_article(article=second)
    moved.refresh_from_db()
    original = moved.fact

    new_fact = fact_split(fact=original, claim_ids=[moved.id])

    assert [c.id for c in fact_group(fact=new_fact).claims] == [moved.id]
    assert len(fact_group(fact=original).claims) == 1
    with pytest.raises(ValueError):
        fact_split(fact=new_fact, claim_ids=[moved.id])  # would leave the fact empty


def test_casualty_range_keeps_each_source_and_never_averages():
    owner, other = make.article(title="A"), make.article(title="B")
    make.casualty(owner, count=2317, reported_by="ARM")
    make.casualty(other, count=2425, count_high=2500, reported_by="AZE")
    rejected = make.casualty(other, count=9999, reported_by="x")
    rejected.review_status = ReviewStatus.REJECTED
    rejected.save()

    [casualties] = casualty_ranges()
    assert (casualties.low, casualties.high) == (2317, 2500)
    assert [(claim.reported_by, claim.count) for claim in casualties.sources] == [("ARM", 2317), ("AZE", 2425)]


def test_clause_tracker_says_met_late_and_unmet_for_the_november_2020_statement():
    statement = make.article(title="Statement")
    make.ceasefire(statement, clauses=make.NOVEMBER_2020_CLAUSES)
    later = make.article(title="Handovers", published=datetime.date(2020, 11, 26))
    make.territory_change(later, place_key="AZ-AGM", name="Aghdam", date=datetime.date(2020, 11, 20))
    make.territory_change(later, place_key="AZ-KAL", name="Kalbajar", date=datetime.date(2020, 11, 25))
    facts_consolidate_article(article=statement)
    facts_consolidate_article(article=later)

    [tracked] = clause_tracker(today=datetime.date(2020, 12, 5))

    status = {clause.place_name: clause.status for clause in tracked.clauses}
    assert status == {"Kalbajar": "late", "Aghdam": "met", "Lachin": "unmet"}
    kalbajar = tracked.clauses[0]
    assert kalbajar.happened_on == datetime.date(2020, 11, 25)


def test_clause_not_yet_due_is_due_not_unmet():
    statement = make.article()
    make.ceasefire(statement, clauses=make.NOVEMBER_2020_CLAUSES)
    facts_consolidate_article(article=statement)
    [tracked] = clause_tracker(today=datetime.date(2020, 11, 16))
    assert [clause.status for clause in tracked.clauses] == ["unmet", "due", "due"]


def test_consolidate_facts_command_groups_claims_stored_before_consolidation():
    from django.core.management import call_command

    first, second = make.article(title="A"), make.article(title="B")
    make.territory_change(first)
    make.territory_change(second)
    call_command("consolidate_facts", verbosity=0)
    call_command("consolidate_facts", verbosity=0)  # safe to run twice
    [group] = fact_groups(kind="territory_change")
    assert group.source_count == 2
