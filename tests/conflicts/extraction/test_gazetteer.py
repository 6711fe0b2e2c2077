from __future__ import annotations

import pytest

from conflicts.extraction import extract


def _places(text: str, gazetteer) -> list[str]:
    return [place.name for place in extract(text, gazetteer=gazetteer).places]


def test_arabic_clitics_on_place_names(gazetteer):
    assert _places("سلّمت أرمينيا كلبجار، وأغدام، ولاتشين، وانسحبت بأغدام", gazetteer) == [
        "Kalbajar", "Aghdam", "Lachin", "Aghdam"]


@pytest.mark.parametrize(("spelling", "name"), [
    ("قره باغ", "Nagorno-Karabakh"), ("كاراباخ", "Nagorno-Karabakh"), ("كراباخ", "Nagorno-Karabakh"),
    ("كلبجار", "Kalbajar"), ("كيلبجار", "Kalbajar"), ("شوشا", "Shusha"), ("شوشة", "Shusha"),
    ("خانكندي", "Stepanakert"), ("ستيباناكيرت", "Stepanakert"),
])
def test_arabic_spelling_variants_resolve_to_one_place(gazetteer, spelling, name):
    assert _places(f"وصلت القوات إلى {spelling} أمس", gazetteer) == [name]


@pytest.mark.parametrize(("armenian", "azerbaijani"), [
    ("Karvachar", "Kalbajar"), ("Berdzor", "Lachin"), ("Shushi", "Shusha"), ("Stepanakert", "Khankendi"),
])
def test_english_armenian_and_azerbaijani_names_are_the_same_place(gazetteer, armenian, azerbaijani):
    assert _places(f"Troops reached {armenian}.", gazetteer) == _places(f"Troops reached {azerbaijani}.", gazetteer)


def test_russian_case_endings(gazetteer):
    assert _places("В Нагорном Карабахе и в Степанакерте", gazetteer) == ["Nagorno-Karabakh", "Stepanakert"]


def test_lowercase_common_word_is_not_a_place(gazetteer):
    assert _places("the goris of it", gazetteer) == []


def test_countries_are_parties_not_places(gazetteer):
    assert _places("Armenia signed.", gazetteer) == []
