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


def _facts(text: str, gazetteer) -> list[tuple]:
    casualties = extract(text, published=PUBLISHED, gazetteer=gazetteer).casualties
    return [(c.count, c.kind, c.population, c.party, c.reported_by) for c in casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll from Friday's missile strike on a crowded market in the centre of Barda has climbed to 21, "
     "Azerbaijan's prosecutor general said.", [(21, "killed", "unknown", "AZE", "AZE")]),
    ("The number of soldiers killed since the start of the offensive in the south has risen to 340, Armenia said.",
     [(340, "killed", "military", "ARM", "ARM")]),
    ("وقالت وزارة الدفاع الأرمينية إن حصيلة قتلى الجيش في المعارك الدائرة على طول خط التماس ارتفعت إلى ثمانية "
     "وعشرين.", [(28, "killed", "military", "ARM", "ARM")]),
    ("وأعلنت باكو أن عدد المدنيين الذين قتلوا في القصف منذ بداية الحرب بلغ 91 مدنياً.",
     [(91, "killed", "civilian", "AZE", "AZE")]),
])
def test_a_toll_reaches_its_figure_however_far_away(text, expected, gazetteer):
    assert _facts(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "The death toll was not disclosed as troops moved to 5 villages near the front.",
    "The shelling went on for hours; a soldier aged 19 from Ganja wrote home about the war.",
    "وقصفت المدفعية قرية يبلغ عمر أقدم منازلها 200 عام خلال الحرب.",
])
def test_a_toll_named_in_passing_and_ages_are_no_figures(text, gazetteer):
    assert _facts(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وبحسب وزارة الخارجية الأذربيجانية، قُتل كذلك مدني يبلغ من العمر واحداً وثمانين عاماً في قصف على قرية حدودية.",
     [(1, "killed", "civilian", "AZE", "AZE")]),
    ("A 58-year-old shepherd was killed by a mine near the line of contact, Azerbaijani officials said.",
     [(1, "killed", "unknown", "AZE", "AZE")]),
    ("وأعلنت وزارة الدفاع الأرمينية أن جندياً أرمينياً قُتل برصاص قناص على الحدود.",
     [(1, "killed", "military", "ARM", "ARM")]),
])
def test_a_singular_person_is_one_and_an_age_is_not_a_count(text, expected, gazetteer):
    assert _facts(text, gazetteer) == expected


def test_the_next_one_of_a_group_already_counted_is_one_more(gazetteer):
    text = ("A Russian military transport helicopter came down near the border with Azerbaijan after it was hit by a "
            "missile, killing three crew members and injuring a fourth, Russia's defence ministry said.")
    assert _facts(text, gazetteer) == [(3, "killed", "military", "RUS", "RUS"), (1, "wounded", "military", "RUS", "RUS")]
    text = "Two Armenian soldiers were wounded and another went missing after the skirmish, Yerevan said."
    assert [(count, kind) for count, kind, *_ in _facts(text, gazetteer)] == [(2, "wounded"), (1, "missing")]


@pytest.mark.parametrize("text", [
    "Azerbaijani forces captured 11 villages and the town of Jabrayil during the offensive.",
    "Armenian troops captured the town in 1993, in one of the bloodiest battles of the war.",
    "Azerbaijan freed 5 villages in the south and the army handed over 3 positions to peacekeepers.",
    "The defence ministry released 12 videos of the shelling.",
    "The army said it had destroyed 14 Armenian tanks and 3 air defence systems in the fighting.",
    "A peace plan was killed by the veto as the war went on.",
])
def test_capturing_or_freeing_places_and_things_is_not_a_casualty(text, gazetteer):
    assert _facts(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijani forces captured 40 Armenian soldiers during the offensive, Baku said.", (40, "captured", "ARM")),
    ("Armenia said 12 of its citizens had been handed back by Azerbaijan in the prisoner swap.", (12, "captured", "ARM")),
    ("وأسرت القوات الأذربيجانية جنديين أرمينيين خلال الاشتباكات.", (2, "captured", "ARM")),
])
def test_captured_people_are_casualties(text, expected, gazetteer):
    assert [(count, kind, party) for count, kind, _population, party, _source in _facts(text, gazetteer)] == [expected]


def test_each_of_two_figures_keeps_its_own_source(gazetteer):
    text = ("وأسفرت الاشتباكات قرب قرية حدودية عن مقتل خمسة جنود أذربيجانيين، بحسب وزارة الدفاع في باكو، وجنديين "
            "أرمينيين، وفقاً لوزارة الدفاع في يريفان.")
    assert _facts(text, gazetteer) == [(5, "killed", "military", "AZE", "AZE"), (2, "killed", "military", "ARM", "ARM")]
    text = "وأعلنت يريفان مقتل سبعة من جنودها، فيما أقرت باكو بمقتل أربعة من عسكرييها في المعارك."
    assert _facts(text, gazetteer) == [(7, "killed", "military", "ARM", "ARM"), (4, "killed", "military", "AZE", "AZE")]


@pytest.mark.parametrize(("text", "party"), [
    # places, attackers, adversaries and datelines are not whose people died
    ("More than 30 civilians were killed in Armenian shelling of Tartar, Azerbaijan said.", "AZE"),
    ("وقتل ثلاثة مدنيين في قصف أرميني على مدينة ترتر، وفق وزارة الخارجية الأذربيجانية.", "AZE"),
    ("BAKU, Oct. 4 — The fighting around Stepanakert has killed 45 civilians, separatist officials said.", "nkr"),
    ("A truce brokered by Russia failed as the war killed 60 people across Armenia.", None),
    ("Fighting between Armenia and Azerbaijan has killed about 200 people on both sides.", None),
    ("With Azerbaijan saying 50 of its servicemen had died, the clashes near the border were the worst since 2020.",
     "AZE"),
])
def test_the_party_is_whose_people_were_counted(text, party, gazetteer):
    assert [fact[3] for fact in _facts(text, gazetteer)] == [party]


def test_a_whole_is_not_its_part_and_others_are_of_the_first_figure(gazetteer):
    text = ("The strikes killed at least 80 people, among them 12 children, and wounded 150 others, "
            "the separatist authorities said.")
    assert [(count, population) for count, _kind, population, *_ in _facts(text, gazetteer)] == [
        (80, "unknown"), (12, "civilian"), (150, "unknown")]
    text = "Shelling killed 6 soldiers and wounded 9 others near the front, Armenia said."
    assert [population for _count, _kind, population, *_ in _facts(text, gazetteer)] == ["military", "military"]
    text = "وقتل عشرون مدنياً في القصف، فيما أصيب 35 آخرون."
    assert [population for _count, _kind, population, *_ in _facts(text, gazetteer)] == ["civilian", "civilian"]


def test_a_sentence_without_a_party_goes_on_with_its_source_or_says_nothing(gazetteer):
    text = ("Azerbaijan's defence ministry said 90 servicemen had been killed in the war. "
            "About 400 people were wounded, a spokesman said. "
            "Overall, at least 5,000 people have been killed since the war began.")
    assert _facts(text, gazetteer) == [(90, "killed", "military", "AZE", "AZE"), (400, "wounded", "unknown", "AZE", "AZE"),
                                       (5000, "killed", "unknown", None, None)]


def test_people_who_fled_karabakh_are_its_own(gazetteer):
    text = "Armenia said on Monday that 70,000 people had crossed into the country from Nagorno-Karabakh since the offensive."
    assert _facts(text, gazetteer) == [(70000, "displaced", "civilian", "nkr", "ARM")]


def test_a_toll_in_the_ranks_of_an_army_counts_soldiers(gazetteer):
    text = "وأسفر الهجوم عن سقوط 25 قتيلاً و60 جريحاً في صفوف القوات الأذربيجانية، وفق بيان أرميني."
    assert [(count, kind, population, party) for count, kind, population, party, _source in _facts(text, gazetteer)] == [
        (25, "killed", "military", "AZE"), (60, "wounded", "military", "AZE")]


def test_the_un_and_karabakhs_ombudsman_are_named_sources(gazetteer):
    from conflicts.extraction.normalize import NormalizedText
    from conflicts.extraction.parties import find_parties

    for text, language, expected in [
        ("The United Nations said; Karabakh's ombudsman said.", "en", ["un", "nkr"]),
        ("وبحسب الأمم المتحدة، قال أمين المظالم في الإقليم إن القصف مستمر.", "ar", ["un", "nkr"]),
    ]:
        normalized = NormalizedText(text).text
        assert [party.code for party in find_parties(normalized, language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a toll that moves names both its figures, whichever comes first
    ("The ministry raised the death toll to 64 from 41 after rescuers reached the village in the war.",
     [(64, None, "killed"), (41, None, "killed")]),
    ("The number of dead in the shelling rose from 12 to 19 overnight.", [(12, None, "killed"), (19, None, "killed")]),
    ("Число погибших при обстреле выросло с 9 до 14.", [(9, None, "killed"), (14, None, "killed")]),
    ("وارتفعت حصيلة قتلى القصف من 8 إلى 15 خلال الليل.", [(8, None, "killed"), (15, None, "killed")]),
    # a range stays a range, also when the toll is only estimated
    ("Estimates of the war dead range from 8,000 to 11,000.", [(8000, 11000, "killed")]),
    ("Hospital staff put the number of injured at between 25 and 60 after the strike.", [(25, 60, "wounded")]),
    ("وقدرت مصادر طبية عدد المصابين بين 15 و50 بعد القصف.", [(15, 50, "wounded")]),
])
def test_a_toll_that_moves_or_is_estimated_gives_each_of_its_figures(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a duration or a clock time between the toll and its figure does not stop the toll
    ("In the four-day war the number of soldiers killed has risen to 230, the army said.", [(230, None, "killed")]),
    ("Since 6 p.m. on Sunday the shelling has wounded 14 people in the town.", [(14, None, "wounded")]),
    ("The strike at 7 a.m. killed 9 civilians in the market.", [(9, None, "killed")]),
])
def test_clock_times_and_durations_are_no_figures_and_let_the_toll_through(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescue teams evacuated about 1,500 residents from the shelled town.", [(1500, None, "displaced")]),
    ("Some 9,000 people had been taken out of the besieged quarter by Sunday, the Red Cross said of the war.",
     [(9000, None, "displaced")]),
    ("The governor put the number of civilians evacuated at around 12,000 after the shelling.",
     [(12000, None, "displaced")]),
    ("وأجلت فرق الإنقاذ نحو ألفي مدني من البلدة بعد القصف.", [(2000, None, "displaced")]),
    ("وأجبرت المعارك نحو ثلاثين ألف مدني على النزوح.", [(30000, None, "displaced")]),
    ("وقالت الحكومة إن 9500 شخص دخلوا البلاد منذ فتح الممر بعد الحرب.", [(9500, None, "displaced")]),
])
def test_evacuated_and_forced_out_people_are_displaced(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan freed 18 Armenian prisoners of war in exchange for four Azerbaijani soldiers.",
     [(18, None, "captured"), (4, None, "captured")]),
    ("وأفرجت يريفان بموجب الاتفاق عن سبعة عشر أسيراً أذربيجانياً مقابل جنديين أرمينيين.",
     [(17, None, "captured"), (2, None, "captured")]),
    ("The defence ministry said 310 soldiers were being treated in hospital after the offensive.",
     [(310, None, "wounded")]),
])
def test_prisoner_swaps_and_the_hospitalised(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Thousands of people fled the shelling in the town.",
    "وفر آلاف المدنيين من المدينة بسبب القصف.",
    "ويأمل مئات النازحين في العودة إلى قراهم بعد الحرب.",
    "وتوفي أحد المصابين في المستشفى بعد القصف.",
    "The army bought 300 trucks in exchange for 40 tanks during the war.",
])
def test_plural_multipliers_and_one_of_the_wounded_are_no_figures(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 9 conscripts perished when their truck hit a mine near the front line during the war.",
     [(9, None, "killed")]),
    ("Four servicemen were missing in action and 2 others were unaccounted for after the offensive.",
     [(4, None, "missing"), (2, None, "missing")]),
    ("Azerbaijan lost 2,900 servicemen in the war, Baku said.", [(2900, None, "killed")]),
    ("وخسر الجيش أكثر من 60 جندياً في المعارك.", [(60, None, "killed")]),
    ("Baku reported 81 civilian deaths and 300 injuries since the start of the war.",
     [(81, None, "killed"), (300, None, "wounded")]),
    ("وأسفر القصف عن سقوط قتيلين و7 جرحى.", [(2, None, "killed"), (7, None, "wounded")]),
    ("وتسبب القتال في تشريد أكثر من ٢٥ ألف شخص.", [(25000, None, "displaced")]),
    ("وأعلن الجيش أن عدد الجنود المفقودين بلغ 38 جندياً في الحرب.", [(38, None, "missing")]),
    ("Азербайджан передал армянской стороне 11 военнопленных.", [(11, None, "captured")]),
    ("В плен попали 9 военнослужащих в ходе боев.", [(9, None, "captured")]),
    ("Более 80 тысяч человек покинули Карабах после войны.", [(80000, None, "displaced")]),
    ("Azerbaijani forces detained 5 Armenian soldiers near the border during the war.", [(5, None, "captured")]),
])
def test_more_ways_of_saying_what_happened_to_them(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Azerbaijan lost 20 tanks and 3 villages in the war.",
    "Police detained 50 people at a protest against the ceasefire in Yerevan.",
    "واعتقلت الشرطة 30 متظاهراً خلال احتجاجات على اتفاق وقف إطلاق النار.",
    "Russia deployed 1,960 peacekeepers along the line of contact after the war.",
    "About 1,000 people an hour were registered at the border during the exodus.",
])
def test_losing_things_arrests_at_home_and_deployments_are_no_casualties(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "A shell hit the school during the war, but no one was hurt.",
    "Not one soldier was wounded in the shelling.",
    "ولم يقتل أحد في الهجوم.",
])
def test_no_one_is_no_figure(text, gazetteer):
    assert _figures(text, gazetteer) == []


def test_an_arabic_half_adds_half_the_multiplier(gazetteer):
    assert _figures("وبلغ عدد النازحين منذ بداية الحرب نحو مليون ونصف المليون شخص.", gazetteer) == [
        (1500000, None, "displaced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army acknowledged the loss of 17 soldiers in the fighting.", [(17, None, "killed")]),
    ("Monitors later put the army's military dead at 52 after the war.", [(52, None, "killed")]),
    ("Officials put the toll at 40 soldiers and two civilians after the shelling.",
     [(40, None, "killed"), (2, None, "killed")]),
    ("Some 40,000 people have been uprooted by the offensive, the UN said.", [(40000, None, "displaced")]),
    ("About 40,000 people were displaced by the war. A week earlier the UN estimate stood at 30,000.",
     [(40000, None, "displaced"), (30000, None, "displaced")]),
    ("The fate of 40 soldiers remains unknown after the battle.", [(40, None, "missing")]),
    ("وقالت الوزارة إن مصير ٤٠ جندياً لا يزال مجهولاً بعد المعارك.", [(40, None, "missing")]),
    ("وتقدر أعداد الذين فروا من المدينة خلال القصف بنحو خمسين ألف شخص.", [(50000, None, "displaced")]),
    ("ودفع القصف أكثر من ٢٠ ألف شخص إلى النزوح.", [(20000, None, "displaced")]),
    ("أعلنت السلطات أن طفلاً في الثانية عشرة من عمره قُتل في قصف على القرية.", [(1, None, "killed")]),
])
def test_losses_estimates_fates_and_flight_in_other_words(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "The town is under shelling; about two million people live there, many of them displaced by the war.",
    "The army lost the loss of 3 tanks in the war.",
    "The toll road was closed after the shelling, and 3 soldiers were moved.",
    "وقصفت القوات القرية في اليوم الحادي عشر من الحرب.",
])
def test_residents_things_and_ordinals_are_no_tolls(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling kills 5 in the border town as the war drags on.", [(5, None, "killed")]),
    ("استشهد 5 مدنيين جراء القصف على البلدة.", [(5, None, "killed")]),
    ("راح ضحيته 12 شخصاً في الهجوم على القرية.", [(12, None, "killed")]),
    ("Убиты 5 мирных жителей в результате обстрела.", [(5, None, "killed")]),
    ("Жертвами обстрела стали 7 человек.", [(7, None, "killed")]),
    ("Пропали без вести 25 военнослужащих в ходе боев.", [(25, None, "missing")]),
    ("В плену находятся 40 военнослужащих после войны.", [(40, None, "captured")]),
    ("Около 100 тысяч человек были вынуждены покинуть свои дома из-за войны.", [(100000, None, "displaced")]),
])
def test_verbs_before_the_figure_in_headlines_arabic_and_russian(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Жертвами обмана стали жители, говорится в сообщении о войне.",
    "Жители 5 сел покинули дома во время войны.",
])
def test_no_figure_of_people_no_toll(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize("text", [
    "Resolution 822 demanded the withdrawal of forces after thousands of civilians were displaced in the war.",
    "The EU pledged $5 million in aid to refugees from the war.",
    "Before the war the region had a population of 150,000, most of whom later fled.",
    "The UN refugee agency sent 300 trucks of aid to the displaced during the war.",
    "ونص القرار رقم 2254 على وقف القتال وعودة اللاجئين.",
])
def test_labels_money_populations_and_goods_are_no_tolls(text, gazetteer):
    assert _figures(text, gazetteer) == []


def test_a_camp_home_to_the_displaced_still_counts_them(gazetteer):
    assert _figures("The camp near the front is home to 30,000 displaced people since the war.", gazetteer) == [
        (30000, None, "displaced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A dozen soldiers were killed in the clashes on Tuesday.", [(12, None, "killed")]),
    ("The war has cost the lives of at least 6,000 soldiers.", [(6000, None, "killed")]),
    ("وأعلنت الوزارة ارتفاع عدد القتلى العسكريين إلى 2783 منذ بدء الحرب.", [(2783, None, "killed")]),
    ("وتم انتشال جثث 14 جندياً من ساحة المعركة.", [(14, None, "killed")]),
    ("После боя были найдены тела 14 военнослужащих.", [(14, None, "killed")]),
    ("В результате атаки беспилотника погиб один военнослужащий, еще двое получили ранения.",
     [(1, None, "killed"), (2, None, "wounded")]),
])
def test_bodies_lives_rising_tolls_dozens_and_russian_collectives(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


def test_dozens_are_no_figure(gazetteer):
    assert _figures("Dozens of soldiers were killed in the clashes on Tuesday.", gazetteer) == []


def test_military_losses_put_at_a_figure_are_dead(gazetteer):
    text = "Officials put their military losses at more than 2,300 after the war."
    assert _figures(text, gazetteer) == [(2300, None, "killed")]


def test_losses_of_things_are_no_dead(gazetteer):
    assert _figures("The army put its military losses at 40 tanks after the war.", gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants abducted 20 civilians during the attack on the village.", [(20, None, "captured")]),
    ("At least 30 people were kidnapped during the war.", [(30, None, "captured")]),
    ("وخطف المسلحون 10 مدنيين خلال الهجوم.", [(10, None, "captured")]),
    ("واحتجزت القوات 12 رهينة خلال الهجوم.", [(12, None, "captured")]),
    ("В ходе боев в заложники были взяты 40 мирных жителей.", [(40, None, "captured")]),
    ("وفقد أثر 6 جنود في المعارك.", [(6, None, "missing")]),
    ("وبات 50 ألف شخص بلا مأوى بسبب الحرب.", [(50000, None, "displaced")]),
    ("About 4,000 people took refuge in schools during the shelling.", [(4000, None, "displaced")]),
])
def test_abductions_hostages_lost_trace_and_refuge(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "Militants abducted 3 trucks of aid during the war.",
    "Police kidnapping unit detained 4 protesters in Yerevan after the war.",
])
def test_abducted_goods_and_arrests_are_no_captives(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike killed 20 people: 12 soldiers and 8 civilians, during the war.",
     [(20, None, "killed"), (12, None, "killed"), (8, None, "killed")]),
    ("The exodus of more than 100,000 people from the region followed the offensive.", [(100000, None, "displaced")]),
    ("More than 100,000 people left the region within a week of the offensive.", [(100000, None, "displaced")]),
    ("وأسفر القصف عن سقوط 7 ضحايا مدنيين.", [(7, None, "killed")]),
    ("В результате обстрела пострадали 8 мирных жителей.", [(8, None, "wounded")]),
])
def test_breakdowns_exodus_victims_and_the_hurt(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


@pytest.mark.parametrize("text", [
    "وأقرت باكو بسقوط مروحية قتالية من طراز مي-24 خلال المعارك.",
    "A Mi-24 helicopter and its crew were lost during the war.",
])
def test_model_designations_are_no_counts(text, gazetteer):
    assert _figures(text, gazetteer) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan released 15 Armenians captured during the war.", [(15, None, "captured")]),
    ("Baku handed over 5 Armenians in exchange for 2 Azerbaijanis after the war.",
     [(5, None, "captured"), (2, None, "captured")]),
    ("وأفرجت أذربيجان عن 15 أرمنياً بعد الحرب.", [(15, None, "captured")]),
    ("Азербайджан освободил 15 армян после войны.", [(15, None, "captured")]),
])
def test_captives_named_by_nationality(text, expected, gazetteer):
    assert _figures(text, gazetteer) == expected


def test_freed_villages_are_no_captives(gazetteer):
    assert _figures("Azerbaijan freed 15 Armenian-held villages during the war.", gazetteer) == []
