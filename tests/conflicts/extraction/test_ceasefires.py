"""Ceasefire parties from the text around the deal, references back to older truces, terms."""
from __future__ import annotations

import datetime as dt

from conflicts.extraction import extract


def _ceasefires(text: str, gazetteer, published: dt.date):
    return extract(text, published=published, gazetteer=gazetteer).ceasefires


def test_a_syria_memorandum_between_guarantors_is_between_the_syrian_sides(gazetteer):
    text = ("Armenia and Azerbaijan traded accusations over Karabakh.\n\n"
            "Russia, Turkey and Iran signed a memorandum on de-escalation zones in Syria on 4 May 2017, "
            "with the ceasefire taking effect on 6 May.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 5, 8))
    assert (ceasefire.signed, ceasefire.effective) == ("2017-05-04", "2017-05-06")
    assert ceasefire.parties == ("SYR", "syrian-opposition")
    assert set(ceasefire.mediators) == {"RUS", "TUR", "IRN"}


def test_government_and_opposition_are_both_parties(gazetteer):
    text = "The Syrian government and the opposition agreed a ceasefire on 30 December 2016."
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 1, 5))
    assert ceasefire.parties == ("SYR", "syrian-opposition")


def test_a_truce_referred_back_to_counts_but_holding_is_not_a_new_one(gazetteer):
    text = ("Armenia and Azerbaijan accused each other of violating the Moscow truce of 10 October. "
            "The ceasefire appeared to be holding on Monday.")
    ceasefires = _ceasefires(text, gazetteer, dt.date(2020, 10, 14))
    assert [(c.signed, c.effective) for c in ceasefires] == [("2020-10-10", None)]


def test_monitoring_group_peacekeepers_corridor_and_body_exchange_are_terms(gazetteer):
    text = ("A humanitarian ceasefire between Armenia and Azerbaijan took effect on 18 October. The sides agreed "
            "to set up a joint working group to monitor compliance, with Russian peacekeepers deployed along the "
            "contact line, a corridor to Armenia and an exchange of bodies.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 10, 20))
    assert set(ceasefire.terms) == {"ceasefire", "monitoring", "peacekeepers", "corridor", "prisoner_exchange"}


def test_a_paragraph_opened_by_the_deal_lends_it_the_terms_it_goes_on_to_list(gazetteer):
    text = ("Azerbaijan will take over the district next week under the Moscow-brokered peace deal signed on "
            "Monday, Nov. 9, and in force since Tuesday.\n\n"
            "Residents were packing their belongings on Saturday.\n\n"
            "The agreement, signed by Aliyev, Pashinyan and Putin, keeps both armies in their current positions "
            "and obliges Armenia to give back the Aghdam district by Nov. 20. It also sends 1,960 Russian "
            "peacekeepers to the line of contact and to the Lachin corridor.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 11, 15))
    assert (ceasefire.signed, ceasefire.effective) == ("2020-11-09", "2020-11-10")
    assert set(ceasefire.terms) == {"ceasefire", "positions_frozen", "territory_return", "peacekeepers", "corridor"}


def test_a_paragraph_that_only_mentions_the_deal_lends_it_nothing(gazetteer):
    text = ("A ceasefire signed on 9 November ended the war over Karabakh.\n\n"
            "The ceasefire was breached near the Lachin corridor on Sunday, both sides said.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 12, 14))
    assert ceasefire.signed == "2020-11-09"
    assert ceasefire.terms == ("ceasefire",)


def test_an_arabic_memorandum_that_takes_effect_at_a_midnight_restated_as_a_date(gazetteer):
    text = ("وقّعت روسيا وتركيا وإيران، بصفتها الدول الضامنة، أمس الخميس مذكرة لخفض التصعيد في سوريا.\n\n"
            "ويبدأ سريان المذكرة عند منتصف ليل الجمعة – السبت، أي مع بداية يوم ٦ أيار.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 5, 5))
    assert (ceasefire.signed, ceasefire.effective) == ("2017-05-04", "2017-05-06")
    assert ceasefire.parties == ("SYR", "syrian-opposition")


def test_midnight_on_a_weekday_opens_the_next_day_and_a_clock_time_keeps_the_day_agreed(gazetteer):
    friday_night = _ceasefires("A truce brokered by Russia and Turkey took effect across Syria at midnight on "
                               "Thursday.", gazetteer, dt.date(2016, 12, 30))
    assert [(c.signed, c.effective) for c in friday_night] == [(None, "2016-12-30")]
    same_day = _ceasefires("Armenia and Azerbaijan agreed on Saturday to a ceasefire. It took effect at noon.",
                           gazetteer, dt.date(2020, 10, 11))
    assert [(c.signed, c.effective) for c in same_day] == [("2020-10-10", "2020-10-10")]
    next_day = _ceasefires("Armenia and Azerbaijan agreed on Saturday to a ceasefire that took effect at midnight.",
                           gazetteer, dt.date(2020, 10, 11))
    assert [(c.signed, c.effective) for c in next_day] == [("2020-10-10", "2020-10-11")]


def test_a_truce_announced_by_statements_is_dated_by_them_and_an_older_one_keeps_its_own_date(gazetteer):
    text = ("دخلت هدنة جديدة بين أرمينيا وأذربيجان حيز التنفيذ منتصف الليلة الماضية، وفق بيانين أصدرتهما "
            "وزارتا الخارجية مساء أمس السبت.\n\n"
            "واستند القرار إلى البيان الصادر عن اجتماع موسكو في العاشر من أكتوبر، وإلى دعوة رؤساء روسيا "
            "والولايات المتحدة في الأول من أكتوبر إلى وقف القتال. وكانت الهدنة الأولى قد انهارت بعد ساعات.")
    ceasefires = _ceasefires(text, gazetteer, dt.date(2020, 10, 18))
    assert [(c.signed, c.effective) for c in ceasefires] == [("2020-10-17", "2020-10-18"), ("2020-10-10", None)]
    assert ceasefires[1].parties == ("ARM", "AZE")
    assert ceasefires[1].mediators == ("RUS",)  # the presidents' call is another clause


def test_two_states_agreeing_for_themselves_are_the_sides_unless_they_broker_or_guarantee(gazetteer):
    text = ("توصل الرئيسان الروسي والتركي، أمس الاثنين في سوتشي، إلى اتفاق لإقامة منطقة منزوعة السلاح في إدلب. "
            "وتؤكد المذكرة الحفاظ على نظام وقف إطلاق النار، وتنص على تسيير دوريات مشتركة واستعادة حركة "
            "العبور على الطريقين الدوليين.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2018, 9, 18))
    assert ceasefire.signed == "2018-09-17"
    assert (ceasefire.parties, ceasefire.mediators) == (("RUS", "TUR"), ())
    assert set(ceasefire.terms) == {"ceasefire", "monitoring", "transport_unblock"}
    brokered = _ceasefires("A truce brokered by Russia and Turkey took effect in Syria on 30 December.",
                           gazetteer, dt.date(2017, 1, 2))
    assert [(c.parties, c.mediators) for c in brokered] == [(("SYR", "syrian-opposition"), ("RUS", "TUR"))]


def test_a_ceasefire_named_by_one_side_still_has_two_and_peacekeepers_in_control_are_a_term(gazetteer):
    text = ("واعتبرت الخارجية الأرمينية أن الخطوة تخالف البيان الثلاثي الموقع في العاشر من تشرين الثاني ٢٠٢٠ "
            "برعاية روسية، والذي وضع الطريق تحت سيطرة قوات حفظ السلام الروسية.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2023, 4, 24))
    assert (ceasefire.signed, ceasefire.parties, ceasefire.mediators) == ("2020-11-10", ("ARM", "AZE"), ("RUS",))
    assert "peacekeepers" in ceasefire.terms


def test_the_mediator_is_the_state_named_after_under_the_auspices_not_the_signatory_after_it(gazetteer):
    text = ("وجرى الانتشار تنفيذاً للبيان المشترك الذي وقعه برعاية روسية الرئيس الأذربيجاني ورئيس الوزراء "
            "الأرميني في التاسع من تشرين الثاني.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 11, 11))
    assert (ceasefire.parties, ceasefire.mediators) == (("ARM", "AZE"), ("RUS",))


def test_a_verb_ahead_of_the_ceasefire_gives_the_date_its_role(gazetteer):
    text = "ويسري وقف إطلاق النار في سوريا منذ ٣٠ كانون الأول، بعدما قبلت به الحكومة السورية والمعارضة."
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2017, 1, 25))
    assert (ceasefire.signed, ceasefire.effective) == (None, "2016-12-30")


def test_the_day_an_agreement_is_reported_signs_it_when_its_start_has_another_date(gazetteer):
    text = ("The United States said on Sunday that Armenia and Azerbaijan had agreed to a humanitarian "
            "ceasefire beginning at 8 a.m. local time on Monday.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 10, 26))
    assert (ceasefire.signed, ceasefire.effective) == ("2020-10-25", "2020-10-26")


def test_breaches_talks_calls_and_maybes_make_no_ceasefire(gazetteer):
    for text in (
        "Azerbaijan said Armenian forces violated the ceasefire on Monday.",
        "The ceasefire collapsed on 12 October as shelling resumed.",
        "Talks on a ceasefire between Armenia and Azerbaijan will open in Geneva on Thursday.",
        "Putin called for a ceasefire in Karabakh on Friday.",
        "Aliyev said on Monday that a peace deal could be signed by the end of the year.",
        "وتبادل الطرفان الاتهامات بخرق الهدنة يوم الأحد في محيط فضولي.",
        "قالت الخارجية الروسية إن محادثات وقف إطلاق النار ستستأنف في جنيف يوم الخميس.",
        "دعت روسيا يوم الجمعة إلى هدنة إنسانية في قره باغ.",
        "Перемирие было нарушено в понедельник, заявили в Баку.",
        "Переговоры о прекращении огня пройдут в Москве в четверг.",
    ):
        assert _ceasefires(text, gazetteer, dt.date(2020, 10, 20)) == [], text


def test_another_agreement_beside_a_truce_is_not_a_ceasefire(gazetteer):
    text = ("Armenia and Azerbaijan agreed a truce in Moscow on 10 October. On Monday, Azerbaijan and Turkey "
            "signed an agreement on gas supplies.")
    ceasefires = _ceasefires(text, gazetteer, dt.date(2020, 10, 20))
    assert [(c.signed, c.effective) for c in ceasefires] == [("2020-10-10", None)]


def test_an_agreement_that_sets_up_a_buffer_zone_is_one(gazetteer):
    text = ("Russia and Turkey struck a deal on Tuesday under which Kurdish fighters must withdraw from a "
            "30-km buffer zone along the border, to be monitored by joint patrols.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2019, 10, 23))
    assert ceasefire.signed == "2019-10-22"
    assert set(ceasefire.terms) == {"ceasefire", "withdrawal", "monitoring"}


def test_a_russian_joint_statement_with_its_terms(gazetteer):
    text = ("Президент России, президент Азербайджана и премьер-министр Армении подписали 9 ноября совместное "
            "заявление о полном прекращении огня, которое вступило в силу с 00:00 10 ноября. Стороны "
            "останавливаются на занимаемых ими позициях. Вдоль линии соприкосновения развертывается "
            "миротворческий контингент Российской Федерации. Производится обмен военнопленными.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 11, 10))
    assert (ceasefire.signed, ceasefire.effective) == ("2020-11-09", "2020-11-10")
    assert (ceasefire.parties, ceasefire.mediators) == (("ARM", "AZE"), ("RUS",))
    assert set(ceasefire.terms) == {"ceasefire", "positions_frozen", "peacekeepers", "prisoner_exchange"}


def test_arabic_signing_verbs_with_an_object_pronoun_date_the_deal(gazetteer):
    signed = _ceasefires("انسحبت القوات من التلال بموجب اتفاق وقف إطلاق النار الذي وقّعته أرمينيا وأذربيجان "
                         "برعاية روسية في الخامس من آذار ٢٠٢١.", gazetteer, dt.date(2021, 4, 2))
    assert [c.signed for c in signed] == ["2021-03-05"]
    concluded = _ceasefires("وانتهت المعارك بعد اتفاق وقف الأعمال القتالية المبرم بين الجانبين في 3 نيسان.",
                            gazetteer, dt.date(2021, 4, 20))
    assert [c.signed for c in concluded] == ["2021-04-03"]


def test_a_russian_cessation_of_hostilities_is_a_ceasefire(gazetteer):
    text = "Стороны подписали 4 апреля соглашение о прекращении боевых действий в Карабахе."
    assert [c.signed for c in _ceasefires(text, gazetteer, dt.date(2021, 4, 6))] == ["2021-04-04"]


def test_terms_in_plural_suffixed_and_spread_out_wordings(gazetteer):
    english = _ceasefires("A truce between Armenia and Azerbaijan took effect on 3 May. Civilians may leave "
                          "through humanitarian corridors, and the sides will agree on pullback lines.",
                          gazetteer, dt.date(2021, 5, 4))
    assert set(english[0].terms) == {"ceasefire", "corridor", "withdrawal"}
    arabic = _ceasefires("دخلت هدنة بين أذربيجان وأرمينيا حيز التنفيذ في 3 أيار، وتنص على نزع سلاحها "
                         "والعودة الطوعية والآمنة للاجئين ونشر ألف جندي تحت مراقبة قوات حفظ السلام.",
                         gazetteer, dt.date(2021, 5, 4))
    assert set(arabic[0].terms) == {"ceasefire", "disarmament", "refugee_return", "peacekeepers"}


def test_leaving_districts_handed_back_is_the_handover_not_a_withdrawal(gazetteer):
    text = ("Under the ceasefire signed on 9 November, Armenia hands back three districts. "
            "Baku agreed to extend the withdrawal of Armenian troops from one of them.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 11, 20))
    assert set(ceasefire.terms) == {"ceasefire", "territory_return"}


def test_a_paragraph_spelling_out_one_deal_lends_its_terms_to_that_deal_only(gazetteer):
    text = ("Armenia and Azerbaijan agreed a humanitarian truce on 10 October.\n\n"
            "A second truce between Armenia and Azerbaijan took effect on 18 October.\n\n"
            "Under the terms of the second truce, monitors will be deployed and prisoners of war exchanged.")
    first, second = _ceasefires(text, gazetteer, dt.date(2020, 10, 20))
    assert first.terms == ("ceasefire",)
    assert set(second.terms) == {"ceasefire", "monitoring", "prisoner_exchange"}


def test_terms_of_something_else_and_the_news_before_a_recalled_deal_lend_nothing(gazetteer):
    text = ("The Lachin corridor was blocked all winter, and residents were urged to study the terms of "
            "reintegration. Russia had deployed its troops under the ceasefire signed on 9 November 2020.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2023, 9, 28))
    assert set(ceasefire.terms) == {"ceasefire", "peacekeepers"}


def test_a_date_opening_the_clause_whose_verb_of_agreement_leads_to_the_truce(gazetteer):
    russian = _ceasefires("15 марта при посредничестве командования миротворческого контингента власти Карабаха "
                          "и Баку договорились о прекращении боевых действий.", gazetteer, dt.date(2021, 3, 16))
    assert [c.signed for c in russian] == ["2021-03-15"]
    arabic = _ceasefires("أعلنت الخارجية الروسية صباح الاثنين أن أرمينيا وأذربيجان اتفقتا، بوساطة روسية، على وقف "
                         "لإطلاق النار اعتباراً من الساعة العاشرة.", gazetteer, dt.date(2021, 3, 17))
    assert [(c.signed, c.effective) for c in arabic] == [("2021-03-15", "2021-03-15")]
    for text in ("On Sunday, Armenia and Azerbaijan traded fire although they had agreed on 10 October to a truce.",
                 "On Friday, Armenia and Azerbaijan failed to agree to a ceasefire."):
        assert [c.signed for c in _ceasefires(text, gazetteer, dt.date(2020, 10, 20))] == (
            ["2020-10-10"] if "10 October" in text else []), text


def test_a_weekday_named_with_its_calendar_date_is_that_date(gazetteer):
    text = "وكانت هدنة بين أرمينيا وأذربيجان قد دخلت حيز التنفيذ ظهر الأحد الحادي عشر من الشهر."
    assert [c.effective for c in _ceasefires(text, gazetteer, dt.date(2021, 4, 20))] == ["2021-04-11"]


def test_a_memorandum_later_called_a_ceasefire_is_one_and_a_deal_after_a_truce_is_not(gazetteer):
    arabic = ("دخلت اليوم الأربعاء حيز التنفيذ مذكرة التفاهم التي وقعها الرئيسان الروسي والتركي مساء أمس الثلاثاء.\n\n"
              "ويعني الاتفاق عملياً تمديد وقف إطلاق النار في المنطقة.")
    assert [(c.signed, c.effective) for c in _ceasefires(arabic, gazetteer, dt.date(2021, 3, 17))] == [
        ("2021-03-16", "2021-03-17")]
    english = ("Russia and Turkey signed a memorandum on trade on Tuesday.\n\n"
               "The deal comes a week after the ceasefire in Syria.")
    assert _ceasefires(english, gazetteer, dt.date(2021, 3, 17)) == []


def test_a_named_protocol_signed_by_a_long_list_of_delegations(gazetteer):
    text = ("On 5 May 1994, delegations from Armenia, Azerbaijan and the Karabakh Armenians put their names to "
            "what became known as the Bishkek Protocol. It urged a truce and the return of refugees.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2024, 5, 12))
    assert ceasefire.signed == "1994-05-05"
    assert set(ceasefire.terms) == {"ceasefire", "refugee_return"}


def test_an_article_that_never_says_ceasefire_still_reports_the_deal_by_what_it_does(gazetteer):
    text = ("Azerbaijani troops entered the district on Friday under the Russia-brokered agreement.\n\n"
            "Under the deal, which took effect on Nov. 10, Russia deploys 2,000 peacekeepers along the front line.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 11, 20))
    assert ceasefire.effective == "2020-11-10"
    assert set(ceasefire.terms) == {"ceasefire", "peacekeepers"}


def test_each_side_keeping_what_it_took_freezes_positions_and_a_transfer_of_districts_returns_them(gazetteer):
    english = _ceasefires("Under the truce, which took effect on 3 March, each side keeps the territory it captured "
                          "and the transfer of the two border districts is due within a month.",
                          gazetteer, dt.date(2021, 3, 10))
    assert set(english[0].terms) == {"ceasefire", "positions_frozen", "territory_return"}
    arabic = _ceasefires("وبموجب الهدنة التي دخلت حيز التنفيذ في 3 آذار، يحتفظ كل طرف بالمناطق التي سيطر عليها.",
                         gazetteer, dt.date(2021, 3, 10))
    assert set(arabic[0].terms) == {"ceasefire", "positions_frozen"}


def test_a_deal_to_stop_the_fighting_is_a_ceasefire(gazetteer):
    text = "Russia and Turkey on Tuesday sealed a deal to stop the fighting in Idlib."
    assert [c.signed for c in _ceasefires(text, gazetteer, dt.date(2021, 6, 10))] == ["2021-06-08"]


def test_dates_joined_by_and_in_one_role_are_separate_truces_but_signed_and_in_force_is_one(gazetteer):
    two = _ceasefires("Two humanitarian truces between Armenia and Azerbaijan took effect on 10 October and on "
                      "18 October, but neither lasted a day.", gazetteer, dt.date(2020, 10, 29))
    assert [(c.signed, c.effective) for c in two] == [(None, "2020-10-10"), (None, "2020-10-18")]
    one = _ceasefires("The ceasefire between Armenia and Azerbaijan was signed on 9 November and took effect on "
                      "10 November.", gazetteer, dt.date(2020, 11, 12))
    assert [(c.signed, c.effective) for c in one] == [("2020-11-09", "2020-11-10")]


def test_talks_that_led_to_a_truce_do_not_cancel_it_but_a_truce_in_an_after_clause_is_older(gazetteer):
    agreed = _ceasefires("On 2 June, after hours of talks hosted by Qatar, Armenia and Azerbaijan agreed to a "
                         "ceasefire.", gazetteer, dt.date(2021, 6, 10))
    assert [c.signed for c in agreed] == ["2021-06-02"]
    for text in ("On Monday, shelling resumed hours after Armenia and Azerbaijan agreed to a truce.",
                 "В понедельник обстрелы возобновились после того, как стороны договорились о перемирии.",
                 "وتجدد القصف يوم الاثنين بعدما اتفق الطرفان على هدنة."):
        assert _ceasefires(text, gazetteer, dt.date(2021, 6, 10)) == [], text


def test_a_protocol_that_sets_up_a_security_corridor_is_a_ceasefire(gazetteer):
    text = "The protocol signed on 5 March 2020 set up a security corridor along the highway and joint patrols."
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 3, 10))
    assert ceasefire.signed == "2020-03-05"
    assert set(ceasefire.terms) == {"ceasefire", "corridor", "monitoring"}


def test_a_truce_that_ended_the_fighting_took_effect_that_day(gazetteer):
    text = ("Observers arrived under the truce that ended three weeks of fighting between Armenia and Azerbaijan "
            "on 4 March 2021.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2021, 4, 1))
    assert ceasefire.effective == "2021-03-04"
    for text in ("Talks on a truce to end the fighting between Armenia and Azerbaijan opened on 4 March 2021.",
                 "Armenia and Azerbaijan violated the truce on 4 March 2021, ending a week of calm."):
        assert _ceasefires(text, gazetteer, dt.date(2021, 4, 1)) == [], text


def test_a_unilateral_halt_decided_and_announced_is_a_ceasefire_but_a_call_for_one_is_not(gazetteer):
    for text in ("أعلن الجيش، يوم الثلاثاء، أنه قرر تعليق عملياته القتالية في المنطقة من جانب واحد.",
                 "The army announced on Tuesday that it had decided to suspend its offensive operations."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(2019, 5, 14))
        assert ceasefire.signed == "2019-05-14", text
    for text in ("دعت الأمم المتحدة، يوم الثلاثاء، الجيش إلى تعليق عملياته القتالية.",
                 "The UN on Tuesday urged the army to suspend its offensive operations."):
        assert _ceasefires(text, gazetteer, dt.date(2019, 5, 14)) == [], text


def test_consenting_to_a_deal_on_a_date_signs_it(gazetteer):
    for text in ("ووافق المسلحون، في الثالث من آب، على اتفاق مع الحكومة لوقف إطلاق النار.",
                 "Боевики 3 августа согласились на перемирие с правительством."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(2018, 8, 10))
        assert ceasefire.signed == "2018-08-03", text
    refused = "ورفض المسلحون، في الثالث من آب، اتفاقاً لوقف إطلاق النار."
    assert _ceasefires(refused, gazetteer, dt.date(2018, 8, 10)) == []


def test_a_reconciliation_deal_never_called_a_truce_has_its_handover_terms_but_not_the_word(gazetteer):
    text = ("ودخل الجيش البلدة تنفيذاً لاتفاق تسوية أُعلن يوم الثلاثاء بين الحكومة والمعارضة، ويقضي بتسليم السلاح "
            "الثقيل وعودة مؤسسات الدولة إلى البلدة، على أن يغادر المسلحون الرافضون باتجاه الشمال.")
    [deal] = _ceasefires(text, gazetteer, dt.date(2018, 7, 12))
    assert deal.signed == "2018-07-10"
    assert set(deal.terms) == {"disarmament", "territory_return", "withdrawal"}
    english = ("Under a reconciliation deal agreed on 10 July, the rebels are to hand over heavy weapons, "
               "in return for a ceasefire.")
    [deal] = _ceasefires(english, gazetteer, dt.date(2018, 7, 12))
    assert "ceasefire" in deal.terms


def test_the_army_taking_over_a_crossing_under_a_truce_returns_territory_and_deployed_troops_keep_the_peace(gazetteer):
    text = ("The rebels agreed to a ceasefire on 6 July, and the army took over the border crossing the same day. "
            "The Russian force of 500 troops, with 40 armoured vehicles, was deployed under the ceasefire.")
    [ceasefire] = _ceasefires(text, gazetteer, dt.date(2018, 7, 12))
    assert set(ceasefire.terms) == {"ceasefire", "territory_return", "peacekeepers"}
    arabic = "وافقت الفصائل، في السادس من تموز، على اتفاق لوقف إطلاق النار ينص على تسليم سلاحها الثقيل."
    [ceasefire] = _ceasefires(arabic, gazetteer, dt.date(2018, 7, 12))
    assert set(ceasefire.terms) == {"ceasefire", "disarmament"}


def test_guns_falling_silent_on_a_date_is_the_truce_taking_effect(gazetteer):
    for text in ("On 3 June 1995 the guns fell silent along the line of contact between Armenia and Azerbaijan.",
                 "في الثالث من حزيران 1995 صمتت المدافع على خط التماس بين أرمينيا وأذربيجان."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(1995, 6, 10))
        assert ceasefire.effective == "1995-06-03", text
    assert _ceasefires("The guns had not fallen silent on Saturday, officials said.", gazetteer,
                       dt.date(1995, 6, 10)) == []


def test_a_halt_dated_ahead_of_its_verb_is_the_halt_but_a_demand_for_one_is_not(gazetteer):
    for text in ("17 октября Азербайджан в одностороннем порядке приостановил боевые действия.",
                 "The army on Saturday suspended its offensive operations."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(2020, 10, 20))
        assert ceasefire.signed == "2020-10-17", text
    for text in ("طالب مجلس الأمن في 17 تشرين الأول بوقف فوري لإطلاق النار.",
                 "The Security Council on 17 October demanded an immediate cessation of hostilities."):
        assert _ceasefires(text, gazetteer, dt.date(2020, 10, 20)) == [], text


def test_sides_that_ceased_fire_on_a_date_made_a_truce_but_fighting_that_paused_or_a_demand_did_not(gazetteer):
    for text in ("Both armies ceased fire at noon on 7 May 2016.", "Стороны 7 мая 2016 года прекратили огонь."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(2016, 5, 10))
        assert ceasefire.effective == "2016-05-07", text
    for text in ("Fighting ceased briefly on Saturday but resumed within hours.",
                 "Armenia demanded on Saturday that Azerbaijan ceased fire."):
        assert _ceasefires(text, gazetteer, dt.date(2016, 5, 10)) == [], text


def test_handing_over_heavy_weapons_disarms(gazetteer):
    for text in ("The rebels agreed to a ceasefire on 6 July 2018 and handed over their heavy weapons.",
                 "Боевики согласились на перемирие 6 июля 2018 года и сдали тяжелое оружие."):
        [ceasefire] = _ceasefires(text, gazetteer, dt.date(2018, 7, 10))
        assert set(ceasefire.terms) == {"ceasefire", "disarmament"}, text
