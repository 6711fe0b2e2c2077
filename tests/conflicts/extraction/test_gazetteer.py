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


# The shipped gazetteer: villages and towns added from geonames, and the curated border
# villages, resolve to the ISO subdivision they lie in; ordinary words do not.
def _shipped(text: str, language: str) -> list[tuple[str, str | None]]:
    from conflicts.extraction import load_default_gazetteer

    result = extract(text, language=language, gazetteer=load_default_gazetteer())
    return [(place.name, place.iso) for place in result.places]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # automatic, from geonames and the Natural Earth polygons
    ("Shelling was reported near Khudat on the Caspian coast overnight.", "en", [("Khudat", "AZ-XAC")]),
    ("Residents of Voskevaz said the road was closed.", "en", [("Voskevaz", "AM-AG")]),
    ("Government troops entered Jaramana and Darayya on Friday.", "en",
     [("Jaramana", "SY-RD"), ("Darayya", "SY-RD")]),
    ("سقطت قذائف على داريا وجرمانا صباح الجمعة.", "ar", [("Darayya", "SY-RD"), ("Jaramana", "SY-RD")]),
    ("Колонна прошла через Дилиджан к границе.", "ru", [("Dilijan", "AM-TV")]),
    # curated: the Gazakh villages returned in 2024 and the Armenian villages across from them
    ("أعلنت باكو أن قريتي خيرملي وقيزيل حاجيلي عادتا إليها.", "ar",
     [("Baku", "AZ-BA"), ("Kheyrimli", "AZ-QAZ"), ("Ghizilhajili", "AZ-QAZ")]),
    ("وصل حرس الحدود إلى باغانيس آيريم قبالة باغانيس الأرمنية.", "ar",
     [("Baghanis Ayrim", "AZ-QAZ"), ("Baghanis", "AM-TV")]),
    ("Villagers in Kirants and Voskepar protested the demarcation.", "en",
     [("Kirants", "AM-TV"), ("Voskepar", "AM-TV")]),
    ("A missile hit Gyanja before dawn.", "en", [("Ganja", "AZ-GA")]),
    ("تمركزت القوات قرب بحيرة سيف في سيونيك.", "ar", [("Lake Sev", "AM-SU"), ("Syunik", "AM-SU")]),
    ("Buses left Foua and Kefraya under the deal.", "en", [("Foua", "SY-ID"), ("Kafraya", "SY-ID")]),
    ("أعيد فتح معبر نصيب مع الأردن.", "ar", [("Nassib", "SY-DR")]),
])
def test_new_villages_and_towns_resolve_to_their_iso_code(text, language, expected):
    assert _shipped(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Rest of the convoy waited. As seen on television, Tell-tale signs remained.", "en"),
    ("Aydin Karimov and Fatih Yilmaz spoke to Madina and Narek about Gagarin.", "en"),
    ("Mineral Waters and Satin were on sale at the Madrasa.", "en"),
    ("قالت نازيلي باغداساريان إن الحراك الشعبي يطالب بالكرامة.", "ar"),
    ("كان نصيب المزارعين من المزرعة قليلاً، ودمر السوس المحصول.", "ar"),
    ("أكدت الوزارة أن البرقية وصلت إلى السفيرة في أريحا.", "ar"),
    ("Аренда выросла. Забрать раненых не удалось. Нигде нет воды у Каспийского моря.", "ru"),
    ("Крымский мост и Георгиевская лента. Парни прошли мимо.", "ru"),
])
def test_ordinary_words_and_given_names_are_not_new_places(text, language):
    assert _shipped(text, language) == []


def test_sus_is_a_place_in_english_and_only_with_village_in_arabic():
    assert _shipped("Azerbaijani troops entered Zabukh and Sus.", "en") == [("Zabukh", "AZ-LAC"), ("Sus", "AZ-LAC")]
    assert _shipped("دخلت القوات قرية سوس.", "ar") == [("Sus", "AZ-LAC")]
    assert _shipped("أكل السوس الخشب.", "ar") == []
