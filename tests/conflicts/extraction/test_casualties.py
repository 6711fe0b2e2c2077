from __future__ import annotations

import datetime as dt

import pytest

from conflicts.extraction import extract

PUBLISHED = dt.date(2020, 10, 17)


def _figures(text: str, gazetteer) -> list[tuple[int, int | None, str]]:
    return [(c.count, c.count_high, c.kind) for c in extract(text, published=PUBLISHED, gazetteer=gazetteer).casualties]


@pytest.mark.parametrize("text", [
    "Shelling killed at least 13 people, including 2 children, and wounded 40 others, officials said.",
    "وأسفر القصف عن مقتل 13 شخصاً بينهم 4 أطفال وإصابة 40 آخرين.",
    "При обстреле погибли 13 человек, в том числе 2 ребенка, ещё 40 получили ранения.",
])
def test_subsets_share_their_tolls_kind_and_each_figure_gets_its_own(text, gazetteer):
    figures = _figures(text, gazetteer)
    assert figures[0] == (13, None, "killed") and figures[-1] == (40, None, "wounded")
    assert figures[1][0] in (2, 4) and figures[1][2] == "killed"


def test_attribution_and_arabic_number_words(gazetteer):
    text = "وقالت وزارة الدفاع الأرمينية إن خمسة آلاف جندي قتلوا في الحرب، وفقاً لبيان رسمي."
    casualties = extract(text, gazetteer=gazetteer).casualties
    assert [(c.count, c.kind, c.population, c.reported_by) for c in casualties] == [(5000, "killed", "military", "ARM")]


def test_english_ranges_and_number_words(gazetteer):
    text = "Between 30 and 40 civilians were wounded in the shelling, and nearly five thousand people fled the town."
    assert _figures(text, gazetteer) == [(30, 40, "wounded"), (5000, None, "displaced")]


@pytest.mark.parametrize("text", [
    "The war lasted 44 days and Russia will send 1,960 troops.",
    "Growth reached 4.8 percent and 12,000 jobs were created.",
    "استمرت المعارك ٤٤ يوماً وشارك فيها ألفا جندي.",
    "The two sides exchanged prisoners of war.",
])
def test_durations_troop_numbers_and_economics_are_not_casualties(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "Three players were injured in the derby in Baku.",
    "Five people were killed in a bus crash near Ganja.",
])
def test_injuries_outside_a_conflict_are_not_war_casualties(text, gazetteer):
    assert _figures(text, gazetteer) == []


def test_russian_displacement_and_comma_set_truce_date(gazetteer):
    from conflicts.extraction import extract as run
    text = ("Ранее, 26 октября, вступило в силу гуманитарное перемирие. "
            "Около 90 тысяч жителей Карабаха покинули свои дома в ходе боёв.")
    result = run(text, gazetteer=gazetteer, published=dt.date(2020, 11, 8))
    assert [(c.count, c.kind) for c in result.casualties] == [(90000, "displaced")]
    assert [c.effective for c in result.ceasefires] == ["2020-10-26"]


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الوزارة مقتل ثلاثة عشر جنديا في المعارك.", [(13, "killed")]),
    ("وقتل اثنا عشر عسكريا وأصيب تسعة عشر آخرون في القصف.", [(12, "killed"), (19, "wounded")]),
    ("وأسفر القصف عن مقتل ضابطين في المعارك.", [(2, "killed")]),
    ("وقُتل مدني، وأصيب جندي في القصف على الجبهة.", [(1, "killed"), (1, "wounded")]),
    ("An Azerbaijani soldier was killed in the shelling, the ministry said.", [(1, "killed")]),
])
def test_compound_teens_duals_and_bare_singulars_are_counts(text, expected, gazetteer):
    assert [(count, kind) for count, _high, kind in _figures(text, gazetteer)] == expected


def test_each_figure_takes_the_party_that_qualifies_it_and_the_source_reports(gazetteer):
    text = ("Four Armenian soldiers and three Azerbaijani servicemen were killed in the clashes, "
            "Azerbaijan said.")
    casualties = extract(text, gazetteer=gazetteer).casualties
    assert [(c.count, c.party, c.reported_by) for c in casualties] == [(4, "ARM", "AZE"), (3, "AZE", "AZE")]
    text = "According to the Armenian defence ministry, 7 soldiers were killed in the fighting."
    assert [(c.party, c.reported_by) for c in extract(text, gazetteer=gazetteer).casualties] == [("ARM", "ARM")]


@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الدفاع الأذربيجانية مقتل 4 جنود أرمن و3 عسكريين أذربيجانيين في المعارك.",
    "Azerbaijan's defence ministry said 4 Armenian soldiers and 3 Azerbaijani servicemen were killed.",
])
def test_a_second_figure_in_the_sentence_has_its_own_party(text, gazetteer):
    casualties = extract(text, gazetteer=gazetteer).casualties
    assert [(c.count, c.party, c.reported_by) for c in casualties] == [(4, "ARM", "AZE"), (3, "AZE", "AZE")]


def test_equal_figures_for_two_parties_in_one_sentence_are_two_facts(gazetteer):
    text = "Two Armenian soldiers and two Azerbaijani servicemen were killed in the clashes, officials said."
    assert [(c.count, c.party) for c in extract(text, gazetteer=gazetteer).casualties] == [(2, "ARM"), (2, "AZE")]
