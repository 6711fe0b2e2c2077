from __future__ import annotations

import datetime as dt

import pytest

from conflicts.extraction.dates import find_dates
from conflicts.extraction.document import split_sentences
from conflicts.extraction.normalize import NormalizedText


def _dates(text: str, language: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    normalized = NormalizedText(text).text
    starts = [sentence.start for sentence in split_sentences(normalized)] or [0]
    return [(mention.value, mention.precision) for mention in find_dates(normalized, language, published, starts)]


@pytest.mark.parametrize("text", [
    "وُقّع الاتفاق في 10 من تشرين الثاني 2020",           # Levantine month, "من" between day and month
    "وُقّع الاتفاق في ١٠ نوفمبر ٢٠٢٠",                    # Egyptian month, Arabic-Indic digits
    "وُقّع الاتفاق في العاشر من تشرين الثاني 2020",        # ordinal day
    "وُقّع الاتفاق في 10 نوفمبر/تشرين الثاني 2020",       # both month names
])
def test_arabic_day_month_year_in_every_house_style(text):
    assert _dates(text, "ar") == [("2020-11-10", "day")]


def test_arabic_levantine_months_without_year_resolve_near_publication():
    published = dt.date(2017, 1, 25)
    assert _dates("يسري منذ ٣٠ كانون الأول الماضي", "ar", published) == [("2016-12-30", "day")]
    assert _dates("تستأنف المفاوضات في ٨ شباط المقبل", "ar", published) == [("2017-02-08", "day")]
    assert _dates("بدأت في 23 و24 من كانون الثاني 2017", "ar", published) == [
        ("2017-01-23", "day"), ("2017-01-24", "day")]


def test_arabic_relative_days_and_day_of_the_same_month():
    published = dt.date(2020, 10, 20)  # a Tuesday
    assert set(_dates("أعلن أمس الاثنين", "ar", published)) == {("2020-10-19", "day")}
    assert _dates("تحرير جبرائيل في الرابع من أكتوبر، ثم فضولي في السابع عشر منه", "ar", published) == [
        ("2020-10-04", "day"), ("2020-10-17", "day")]
    assert _dates("أواخر الشهر الماضي", "ar", published) == [("2020-09", "month")]


def test_english_relative_dates_resolve_against_publication():
    published = dt.date(2020, 11, 25)  # a Wednesday
    assert _dates("Troops moved in on Wednesday.", "en", published) == [("2020-11-25", "day")]
    assert _dates("Aghdam passed to Azerbaijan on the 20th.", "en", published) == [("2020-11-20", "day")]
    assert _dates("It was yesterday.", "en", published) == [("2020-11-24", "day")]
    assert _dates("Talks are due to open on Thursday.", "en", published) == [("2020-11-26", "day")]


def test_english_dates_borrow_the_year_of_the_sentence_and_count_days_on():
    assert _dates("They attacked on March 27, 1993 and took it on April 2.", "en", dt.date(2020, 11, 25)) == [
        ("1993-03-27", "day"), ("1993-04-02", "day")]
    assert _dates("On November 14, 2020, a toll came. Four days later it rose.", "en", dt.date(2022, 2, 11)) == [
        ("2020-11-14", "day"), ("2020-11-18", "day")]


def test_without_publication_date_relative_dates_stay_unresolved():
    assert _dates("It happened on Tuesday, in October.", "en") == []
    assert _dates("It happened on 25 June 2017.", "en") == [("2017-06-25", "day")]


def test_russian_dates():
    assert _dates("МОСКВА, 20 ноября. Доложил в пятницу.", "ru", dt.date(2020, 11, 20)) == [
        ("2020-11-20", "day"), ("2020-11-20", "day")]


def test_numeric_dates_and_arabic_definite_day_numbers():
    published = dt.date(2020, 11, 20)
    assert _dates("في الـ27 من سبتمبر 2020 وفي 10/11/2020", "ar", published) == [
        ("2020-09-27", "day"), ("2020-11-10", "day")]
    assert _dates("27.09.2020 и в конце сентября", "ru", published) == [("2020-09-27", "day"), ("2020-09", "month")]


def test_the_next_day_counts_from_the_last_date_named():
    published = dt.date(2020, 11, 20)
    assert _dates("Talks opened on November 9. The next day, the deal was signed.", "en", published) == [
        ("2020-11-09", "day"), ("2020-11-10", "day")]
    assert _dates("وقعت الهجمات في 27 أيلول، وفي اليوم التالي أعلنت الحكومة.", "ar", published) == [
        ("2020-09-27", "day"), ("2020-09-28", "day")]


def _days(text: str, language: str, published: dt.date) -> list[str]:
    return [value for value, precision in _dates(text, language, published) if precision == "day"]


@pytest.mark.parametrize(("text", "language"), [
    ("The town was shelled on 4 October. On the same day, a drone was downed.", "en"),
    ("قُصفت البلدة في 4 أكتوبر. وفي اليوم نفسه أُسقطت طائرة مسيّرة.", "ar"),
    ("Город обстреляли 4 октября. В тот же день был сбит беспилотник.", "ru"),
])
def test_the_same_day_is_the_day_named_last_not_publication(text, language):
    assert _days(text, language, dt.date(2020, 10, 15)) == ["2020-10-04", "2020-10-04"]


def test_a_day_after_counts_from_the_date_that_follows_or_the_last_one_named():
    published = dt.date(2020, 10, 15)
    assert _days("Two days after the 8 October attack, troops moved.", "en", published) == [
        "2020-10-08", "2020-10-10"]
    assert _days("The town fell on 4 October. A day after the fall, talks began.", "en", published) == [
        "2020-10-04", "2020-10-05"]
    assert _days("It was captured on Nov. 8, two days before the ceasefire.", "en", published) == ["2020-11-08"]
    assert _days("Less than a day after the truce, shelling resumed.", "en", published) == []


def test_a_day_after_a_clause_trailing_a_dated_sentence_counts_back_from_that_day():
    # the sentence's own day is Monday; what follows "a day after" happened on Sunday
    published = dt.date(2020, 11, 9)  # a Monday
    text = "The authorities conceded on Monday that the town was lost, a day after the army announced its capture."
    assert _days(text, "en", published) == ["2020-11-09", "2020-11-08"]
    text = "Talks opened on Monday, two days before the truce expired."
    assert _days(text, "en", published) == ["2020-11-09", "2020-11-11"]


def test_last_weekday_is_strictly_before_publication():
    monday = dt.date(2020, 10, 26)
    assert _days("The ministers met last Monday.", "en", monday) == ["2020-10-19"]
    assert _days("والتقى الوزيران يوم الاثنين الماضي.", "ar", monday) == ["2020-10-19"]
    assert _days("The ministers met on Monday.", "en", monday) == ["2020-10-26"]


@pytest.mark.parametrize(("text", "language"), [
    ("The truce took effect at midnight Friday-Saturday.", "en"),
    ("ودخلت الهدنة حيز التنفيذ منتصف ليل الجمعة-السبت.", "ar"),
    ("Перемирие вступило в силу в ночь с пятницы на субботу.", "ru"),
])
def test_a_night_between_two_weekdays_is_one_moment_on_the_later_day(text, language):
    assert _days(text, language, dt.date(2020, 10, 28)) == ["2020-10-24"]


@pytest.mark.parametrize(("text", "language"), [
    ("On Monday, 26 October, a new truce began.", "en"),
    ("A new truce began on 26 October (Monday).", "en"),
    ("ووقع الاتفاق يوم الاثنين الموافق 26 أكتوبر.", "ar"),
])
def test_a_weekday_joined_to_an_explicit_date_takes_that_date(text, language):
    assert _days(text, language, dt.date(2020, 10, 30)) == ["2020-10-26"]


def test_exactly_a_year_after_a_stated_date():
    text = "Exactly a year after the war began on 27 September 2020, Aliyev spoke. The day before, troops moved."
    assert _days(text, "en", dt.date(2021, 10, 1)) == ["2020-09-27", "2021-09-27", "2021-09-26"]


def test_a_weekday_looks_ahead_only_when_its_own_clause_is_about_the_future():
    published = dt.date(2020, 10, 14)  # a Wednesday
    text = "On Monday, Armenia said the next round of talks would be held in Moscow and that it will withdraw."
    assert _days(text, "en", published) == ["2020-10-12"]
    assert _days("Azerbaijan said on Tuesday it will hold talks on Friday.", "en", published) == [
        "2020-10-13", "2020-10-16"]


def test_a_weekday_restated_as_a_date_is_that_date():
    published = dt.date(2017, 5, 5)  # a Friday
    text = "ويبدأ سريان المذكرة عند منتصف ليل الجمعة – السبت، أي مع بداية يوم ٦ أيار/مايو."
    assert _days(text, "ar", published) == ["2017-05-06"]


def test_a_month_with_its_other_name_in_parentheses_keeps_its_year():
    published = dt.date(2020, 12, 31)
    assert _dates("دُشّن الخط في 12 يونيو (حزيران) 2018 وبدأ العمل في مايو (أيار) 2016.", "ar", published) == [
        ("2018-06-12", "day"), ("2016-05", "month")]


def test_what_was_due_is_past_and_what_is_due_is_ahead():
    published = dt.date(2020, 10, 29)  # a Thursday
    text = "The truce was agreed on Sunday and was due to take effect on Monday."
    assert _days(text, "en", published) == ["2020-10-25", "2020-10-26"]
    assert _days("Talks are due to resume on Monday.", "en", published) == ["2020-11-02"]


def test_bare_days_that_continue_a_story_from_another_year_take_its_year():
    published = dt.date(2024, 5, 12)
    text = ("On May 5, 1994, delegations signed the protocol. Baku endorsed an amended copy on May 8. "
            "The defence minister signed the truce on May 9; his counterpart on May 10.")
    assert _days(text, "en", published) == ["1994-05-05", "1994-05-08", "1994-05-09", "1994-05-10"]
    # half a year on is today's news again
    text = "Armenian forces captured Shusha on 8 May 1992. Azerbaijan retook it on Nov. 8."
    assert _days(text, "en", dt.date(2020, 11, 10)) == ["1992-05-08", "2020-11-08"]


def test_the_next_morning_and_a_second_nth_day():
    published = dt.date(2016, 12, 22)
    text = "The deal was announced on Tuesday, December 13. The truce broke down the next morning."
    assert _days(text, "en", published) == ["2016-12-13", "2016-12-14"]
    assert _days("Two truces, on the 10th and the 18th, failed.", "en", dt.date(2020, 10, 29)) == [
        "2020-10-10", "2020-10-18"]


def test_two_ordinal_days_of_one_month_and_a_russian_clock_time_on_a_weekday():
    published = dt.date(2020, 10, 29)
    assert _days("فشلت هدنتان في العاشر والثامن عشر من تشرين الأول.", "ar", published) == ["2020-10-10", "2020-10-18"]
    assert _days("Перемирие действует с 09:00 мск вторника.", "ru", dt.date(2022, 9, 15)) == ["2022-09-13"]


def test_weeks_after_and_a_story_that_goes_on_months_later():
    published = dt.date(2023, 4, 30)
    text = "The council voted on April 30, 1993. The vote came four weeks after Armenian forces overran Kalbajar."
    assert _days(text, "en", published) == ["1993-04-30", "1993-04-02"]
    text = "The council voted on April 30, 1993. On July 23, Armenian forces took Aghdam."
    assert _days(text, "en", published) == ["1993-04-30", "1993-07-23"]
    # a date a few days ahead of publication is still today's news
    text = "Armenia lost Zangilan on 29 October 1993. The truce takes effect on 26 October."
    assert _days(text, "en", dt.date(2020, 10, 25)) == ["1993-10-29", "2020-10-26"]


def test_an_anniversary_counts_back_from_publication_and_its_story_keeps_that_year():
    published = dt.date(2017, 4, 2)
    text = ("YEREVAN, April 2 (Eurasianet) — A year ago today, fighting erupted along the line of contact. "
            "A truce took hold on April 5. On April 4, the army said it had lost 20 soldiers.")
    assert _days(text, "en", published) == ["2017-04-02", "2016-04-02", "2016-04-05", "2016-04-04"]
    assert _dates("The republic was founded thirty years ago.", "en", dt.date(2021, 9, 2)) == [("1991", "year")]


def test_a_year_after_since_does_not_carry_to_the_rest_of_the_sentence():
    text = "The monitoring centre, which had worked since January 2021, closed on April 26."
    assert _days(text, "en", dt.date(2024, 6, 12)) == ["2024-04-26"]
