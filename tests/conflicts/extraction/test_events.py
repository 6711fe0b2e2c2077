from __future__ import annotations

import datetime as dt

from conflicts.extraction import extract


def _events(text: str, gazetteer, published: dt.date | None = None) -> set[tuple[str, str]]:
    return {(e.date, e.precision) for e in extract(text, published=published, gazetteer=gazetteer).events}


def test_dateline_is_the_event_only_when_the_lead_gives_no_other_day(gazetteer):
    published = dt.date(2020, 12, 15)
    assert _events("YEREVAN, Dec. 15 — The two sides swapped prisoners on Monday.", gazetteer, published) == {
        ("2020-12-14", "day")}
    assert _events("YEREVAN, Dec. 15 — A ceasefire appeared to be holding.", gazetteer, published) == {
        ("2020-12-15", "day")}


def test_forecast_years_and_range_ends_are_not_events(gazetteer):
    text = ("Growth reached 8.3 percent from January to November 2025, the bank said in January 2026. "
            "It expects 5.2 percent in 2026.")
    assert _events(text, gazetteer) == {("2026-01", "month")}


def test_a_year_is_folded_into_a_finer_date_of_the_same_sentence(gazetteer):
    text = "The 2020 race was postponed in March of that year. Verstappen won in 2022."
    assert _events(text, gazetteer) == {("2020-03", "month"), ("2022", "year")}


def test_arabic_relative_month_and_day_of_this_month(gazetteer):
    text = "وكان مقرراً تسليم المنطقة في الخامس عشر من الشهر الجاري، بعد معارك اندلعت أواخر الشهر الماضي."
    assert _events(text, gazetteer, dt.date(2020, 11, 20)) == {("2020-11-15", "day"), ("2020-10", "month")}


def test_each_event_is_filed_under_the_topic_its_paragraph_discusses(gazetteer):
    from conflicts.extraction import default_topics
    text = ("Fighting in Karabakh resumed on 27 September 2020 around Shusha.\n\n"
            "Talks on the Iran nuclear deal and the JCPOA resumed in Vienna on 6 April 2021.")
    result = extract(text, gazetteer=gazetteer, topics=default_topics())
    assert {(e.date, e.topic) for e in result.events} == {("2020-09-27", "karabakh"), ("2021-04-06", "iran-nuclear")}


def test_a_passing_mention_does_not_make_a_topic_but_the_facts_subject_does(gazetteer):
    from conflicts.extraction import default_topics
    text = ("Azerbaijani forces recaptured Hadrut in Karabakh on October 9, and Karabakh officials said "
            "12 soldiers were killed in the fighting. Syrian mercenaries were reported nearby.\n\n"
            "The war in Karabakh entered its third week.")
    result = extract(text, gazetteer=gazetteer, topics=default_topics(), published=dt.date(2020, 10, 10))
    assert result.topics == ["karabakh"]


def test_event_topic_follows_its_own_sentence_not_the_order_topics_are_passed_in(gazetteer):
    from conflicts.extraction import default_topics
    text = ("Azerbaijani forces shelled Stepanakert in Karabakh on 4 October 2020.\n\n"
            "Separately, the IAEA said on 5 October 2020 that uranium enrichment had resumed.\n\n"
            "Residents said the fighting in Karabakh went on through the night. The next morning, "
            "on 6 October 2020, the shelling resumed.")
    for topics in (default_topics(), sorted(default_topics(), key=lambda topic: topic.slug),
                   list(reversed(default_topics()))):
        result = extract(text, gazetteer=gazetteer, topics=topics)
        assert {(e.date, e.topic) for e in result.events} == {
            ("2020-10-04", "karabakh"), ("2020-10-05", "iran-nuclear"), ("2020-10-06", "karabakh")}


def test_event_without_keywords_nearby_takes_the_articles_main_topic(gazetteer):
    from conflicts.extraction import default_topics
    text = ("Karabakh: the war in Karabakh and the Karabakh talks. The IAEA was mentioned once.\n\n"
            "Nothing else.\n\nMore text.\n\nOn 9 November 2020 the leaders met.")
    topics = sorted(default_topics(), key=lambda topic: topic.slug)
    result = extract(text, gazetteer=gazetteer, topics=topics)
    assert [e.topic for e in result.events] == ["karabakh"]


def test_a_dateline_standing_alone_is_no_event_when_the_lead_dates_the_news_elsewhere(gazetteer):
    published = dt.date(2020, 11, 20)
    assert _events("МОСКВА, 20 ноября.\nРоссийские миротворцы вошли в Лачин в четверг.", gazetteer, published) == {
        ("2020-11-19", "day")}
    assert _events("МОСКВА, 20 ноября.\nРоссийские миротворцы развернуты в Карабахе.", gazetteer, published) == {
        ("2020-11-20", "day")}


def test_a_dateline_with_city_and_country_gives_way_to_the_leads_own_day(gazetteer):
    published = dt.date(2018, 8, 13)  # a Monday
    text = "AKTAU, Kazakhstan, Aug. 13 — Five leaders signed a convention on Sunday."
    assert _events(text, gazetteer, published) == {("2018-08-12", "day")}


def test_a_month_naming_a_deal_dated_to_the_day_elsewhere_is_no_second_event(gazetteer):
    text = ("The ceasefire was signed on Nov. 10, 2020. Peacekeepers have guarded the road under the "
            "November 2020 ceasefire. Talks resumed in March 2021 under a new agreement.")
    assert _events(text, gazetteer) == {("2020-11-10", "day"), ("2021-03", "month")}
    # with no day to stand for it, the month is the event
    assert _events("Peacekeepers deployed under the November 2020 ceasefire.", gazetteer) == {("2020-11", "month")}


def test_a_year_after_a_clause_trailing_a_dated_sentence_is_a_year_before_it(gazetteer):
    published = dt.date(2019, 5, 8)  # a Wednesday
    text = "Tehran said on Wednesday it would scale back its commitments, exactly a year after Washington quit the deal."
    assert _events(text, gazetteer, published) == {("2019-05-08", "day"), ("2018-05-08", "day")}


def test_targets_and_comparisons_are_not_happenings(gazetteer):
    published = dt.date(2024, 11, 24)
    assert _events("ويتعهد الاتفاق بتعبئة ٣٠٠ مليار دولار سنوياً بحلول عام ٢٠٣٥.", gazetteer, published) == set()
    text = "Troops entered Kalbajar on Wednesday, ten days later than first planned."
    assert _events(text, gazetteer, dt.date(2020, 11, 27)) == {("2020-11-25", "day")}


def test_the_conflict_between_the_two_states_is_the_karabakh_topic_wherever_it_is_fought(gazetteer):
    from conflicts.extraction import default_topics

    text = ("Prisoners exchanged on the border\n\n"
            "Armenia and Azerbaijan swapped prisoners on Wednesday at a border crossing, the first such "
            "exchange this year. The Armenian-Azerbaijani border commission will meet again in January.")
    result = extract(text, gazetteer=gazetteer, topics=default_topics(), published=dt.date(2023, 12, 13))
    assert result.topics == ["karabakh"]
    text = "Baku hosted the Formula One race on Sunday. Azerbaijan's economy grew by 4 percent."
    assert extract(text, gazetteer=gazetteer, topics=default_topics()).topics == []
