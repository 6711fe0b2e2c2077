"""Vocabulary for casualty figures: what happened to the people counted, who they were, who says so."""
from __future__ import annotations

import re

from .normalize import fold_letters
from .patterns import ScriptLexicon, lexicon_regex

# --- What happened to them ---
# Kind words that follow the number: "511 people were killed", "٢٧٨٣ قتيلاً", "61 погибшем".
KIND_AFTER = ScriptLexicon({
    "killed": ["killed", "dead", "died", "deaths", "fatalities", "lives", "lost their lives", "perished", "slain", "martyrs",
               "قتيل(?:ا|ين|ان)?", "قتلى", "ضحايا", "قتلوا", "شهيدا?",
               "شهداء", "حتفهم", "مصرعهم", "استشهدوا", "погиб[а-я]*", "убит[а-я]*", "жертв[а-я]*"],
    # "1,245 soldiers were being treated in hospital", "نُقلوا إلى المستشفى"
    "wounded": ["wounded", "injured", "hurt", "treated in hospitals?", "in hospital", "hospitali[sz]ed",
                "(?:نقلوا|ادخلوا) (?:الى )?(?:ال)?مستشفي(?:ات)?", "يتلقون العلاج", "госпитализирован[а-я]*",
                "injuries", "جريح(?:ا|ين|ان)?", "جرحى", "مصابا?", "مصابين", "اصيبوا", "ранен[а-я]*",
                "ранени[а-я]*", "пострадавш[а-я]*"],
    # "whose fate remains unknown", "مجهولي المصير"
    "missing": ["missing", "unaccounted for", "(?:whose )?fate (?:is|remains|was) (?:still )?unknown",
                "مجهول(?:ي|و)? المصير", "مفقودا?", "مفقودين", "المفقودين", "пропавш[а-я]*",
                "пропал[а-я]* без вести"],
    # freed captives count too ("12 of its citizens had been handed back" in a prisoner swap)
    "captured": ["captured", "taken prisoner", "prisoners(?: of war)?", "captives", "pows", "detainees", "detained",
                 "taken hostage", "held hostage", "hostages", "abducted", "kidnapped",
                 "handed back", "handed over", "repatriated", "freed", "released",
                 "اسير(?:ا|ين|ان)?", "اسرى", "معتقلا?", "معتقلين", "اسروا", "في الاسر", "رهينه", "رهائن", "مختطفا?",
                 "مختطفين", "заложник[а-я]*", "похищен[а-я]*",
                 "пленн[а-я]*", "военнопленн[а-я]*", "(?:находятся|остаются) в плену", r"(?:попал[аи]?|взят[аоы]?)\s+в\s+плен"],
    # "forced a million civilians into displacement", "had been taken out of the city", "دخلوا البلاد"
    "displaced": ["displaced", "uprooted", "fled", "to flee", "fleeing", "crossed into", "from their homes",
                  "homeless", "taken out of", "bus(?:s)?ed out", "(?:على|الى) (?:ال)?(?:نزوح|فرار|رحيل|مغادره)",
                  "دخلوا (?:ال)?(?:بلاد|اراضي)",
                  "forced out of their homes", "left their homes",
                  "evacuated", "refugees", "نازحا?", "نازحين", "نزحوا", "فروا", "عبروا", "لاجيا?", "لاجيين",
                  "مهجرا?", "беженц[а-я]*", "бежал[а-я]*", "переселенц[а-я]*",
                  r"покинул[аи]?(?:\s+(?:свои\s+)?дом[а-я]*)?", r"покинуть\s+(?:свои\s+)?дом[а-я]*",
                  "forced to leave",
                  r"(?:have |had )?left (?:the )?(?:region|area|city|town|country|enclave|(?:nagorno[\s\-]+)?karabakh)",
                  "(?:took|taken|sought|seeking) refuge", "(?:بلا|دون|بدون) ماوى"],
}, arabic_prefix=True)
# Kind words that precede the number: "مقتل ٢٣١٧", "death toll at 3,773", "о гибели ... 874".
# Arabic verbs also in the feminine, as forces are: "قتلت القوات", "أسرت القوات".
KIND_BEFORE = ScriptLexicon({
    # (toll nouns, "death toll", "عدد القتلى", are in TOLL below: a noun must reach its figure)
    # headlines speak in the present ("Shelling kills 5"); "راح ضحيته 12 شخصاً", "Жертвами обстрела стали 7"
    "killed": ["killing", "killed", "kills", "bodies of", "remains of", "deaths of",
               "(?:claimed|claiming|cost|costing|took|taken|taking) the lives of", "جثث", "جثامين", "رفات", "тела",
               "погиб", "مقتل", "مصرع",
               "قتل", "قتلت", "سقط", "لقي", "استشهاد", "استشهد", "استشهدت", "بحياه", "راح ضحيت(?:ه|ها|هم)",
               "قتلا(?:ها|هم|ه|نا)", "унес[а-я]* жизни", "гибел[а-я]*", "погибл[аои]", "погибло", "убит[аоы]?",
               r"жертвами(?:\s+\S+){0,2}?\s+стал[аио]?"],
    "wounded": ["wounding", "injuring", "wounded", "injured", "wounds", "injures", "اصابه", "جرح", "جرحت", "اصيب",
                "ранени[а-я]*", "ранен[аоы]?", "пострадал[аио]?"],
    # "the fate of 40 soldiers remains unknown", "لا يزال مصير ٤٠ شخصاً مجهولاً", "Пропали без вести 25"
    "missing": ["فقدان", "فقد (?:ال)?اثر", "fate of", "whereabouts of", "مصير", "пропал[аио]? без вести",
                r"(?:без вести пропавшими|пропавшими без вести)\s+(?:числ|счита|оста)[а-я]*"],
    "captured": ["captured", "taking prisoner", "detained", "detaining", "handed over", "handed back", "repatriated",
                 "freed", "released",
                 "اسر", "اسرت", "اسروا", "الافراج عن", "اطلاق سراح", "اطلق(?:ت|وا)? سراح", "захватил[аи]? в плен",
                 # "أفرجت بموجبها باكو عن اثنين وثلاثين": the subject may stand between verb and "عن"
                 r"(?:افرج|افرجت|افرجوا|يفرج|تفرج)(?: \S+){0,3}? عن", "освободил[аи]?", "освобождены",
                 r"в\s+плен\s+(?:попал[аи]?|взят[аоы]?)", r"в\s+плену\s+(?:наход|оста)[а-я]*",
                 # abductions and hostages: "Militants abducted 20 civilians", "خطف المسلحون 10 مدنيين"
                 "abducted", "abducting", "kidnapped", "kidnapping", "خطف", "خطفت", "اختطف", "اختطفت", "اختطاف",
                 "احتجز", "احتجزت", "похитил[аи]?", "похищен[аоы]?",
                 r"в\s+заложники\s+(?:был[аио]?\s+)?(?:взят[аоы]?|захвачен[аоы]?)"],
    "displaced": ["arrivals", "exodus of", "flight of", "displacing", "displaced", "uprooted", "forced out",
                  "evacuated", "evacuating",
                  "evacuation of", "اجلت", "اجلي", "اجلوا", "اجلاء", "эвакуирован[а-я]*", "эвакуировал[аи]?",
                  "الوافدين", "النازحين", "نزوح", "فرار", "تهجير", "نزح", "فر", "هجر", "تشريد", "شرد", "شردت",
                  "число беженцев", "бежали", "покинули"],
}, arabic_prefix=True)

# A toll named before its figure, however far from it: "the death toll from Sunday's strike on
# the city has risen to 10", "ارتفعت حصيلة قتلى الجيش في المواجهات ... إلى أحد عشر". The words
# between may name the population ("number of soldiers killed", "قتلى الجيش").
_WHO = r"(?:[^\W\d]+ ){0,3}?(?:(?:who|that) (?:have |had |has )?(?:been |were |was )?)?"  # "number of people who have been"
_ALLADHINA = r"(?:(?:ال)?\S+ )?(?:الذين|ممن|اللذين) "  # "عدد العسكريين الذين قتلوا", "أعداد الذين فروا"
TOLL = ScriptLexicon({
    # a bare "toll" is of the dead ("put the toll at 30"), unless it names another kind
    "killed": ["death toll", "toll(?! of (?:the )?(?:wounded|injured|injuries|missing|displaced|refugees))",
               "toll of (?:the )?dead", "(?:military|combat|human|troop) losses",
               "estimates? of (?:the )?(?:war )?dead", "(?:the )?(?:war|military|civilian|combat) dead",
               rf"number of (?:the )?{_WHO}(?:dead|deaths|fatalities|killed)",
               r"(?:حصيله|عدد) (?:ال)?(?:\S+ (?:ال)?)?(?:قتلى|ضحايا|شهداء|وفيات)(?: (?:ال)?(?:مدنيين|عسكريين|جنود))?",
               rf"(?:عدد|اعداد) {_ALLADHINA}(?:قتلوا|لقوا حتفهم|سقطوا|استشهدوا)",
               "число (?:погибших|убитых|жертв)"],
    "wounded": [rf"number of (?:the )?{_WHO}(?:wounded|injured)",
                r"(?:حصيله|عدد) (?:ال)?(?:\S+ (?:ال)?)?(?:جرحى|مصابين|اصابات)(?: (?:ال)?(?:مدنيين|عسكريين|جنود))?",
                rf"(?:عدد|اعداد) {_ALLADHINA}(?:اصيبوا|جرحوا)", "число раненых"],
    "missing": [rf"number of (?:the )?{_WHO}missing", r"عدد (?:ال)?(?:\S+ (?:ال)?)?مفقودين",
                rf"(?:عدد|اعداد) {_ALLADHINA}فقدوا", "число пропавших"],
    "captured": [rf"number of (?:the )?{_WHO}(?:prisoners|captives|detainees|captured)", "عدد (?:ال)?(?:اسرى|معتقلين)",
                 rf"(?:عدد|اعداد) {_ALLADHINA}اسروا", "число пленных"],
    "displaced": [rf"number of (?:the )?{_WHO}(?:displaced|refugees|fled|evacuated|evacuees)",
                  "عدد (?:ال)?(?:نازحين|لاجيين|مهجرين)",
                  rf"(?:عدد|اعداد) {_ALLADHINA}(?:نزحوا|فروا)", "число беженцев"],
}, arabic_prefix=True)
# The toll reaches its figure: a verb of rising or reaching right before it ("has climbed to",
# "stands at", "بلغت", "ارتفعت إلى"), or before the toll when the verb comes first ("ارتفعت حصيلة
# القتلى ... إلى"), or nothing but a copula ("the death toll is now 12"). A toll named in passing
# ("the death toll was not disclosed as troops moved to 5 villages") claims no figure.
_RISE = (r"(?:rose|risen|rise|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|hit|passed|exceeded|"
         r"raised|raises|raising|revised|revises|updated|brought|range|ranges|ranged|ranging|"
         r"topped|surpassed|ارتفاع|وصول|بلوغ|ارتفع|ارتفعت|يرتفع|ترتفع|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل|لتصل|ليصل|تجاوز|تجاوزت|"
         r"approach\w*|near(?:s|ed|ing)|estimated|put|puts|يقترب|تقترب|قدر|قدرت|يقدر|تقدر|возрос\w*|вырос\w*|"
         r"достиг\w*|составил\w*|составляет|приближа\w*|оценил\w*)")
_QUALIFIER = (r"(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|approximately|between|نحو|حوالي|"
              r"قرابه|اكثر من|ما لا يقل عن|زهاء|بين|около|более|почти|свыше|между|от)\s+)?")
_TO = r"(?:to|at|from|إلى|الى|من|до|к|с|со)"  # "rose from 50 to 71": both figures are the toll's
TOLL_REACHES = re.compile(fold_letters(rf"(?<!\w)[وف]?{_RISE}\s+(?:{_TO}\s+)?{_QUALIFIER}$"))
TOLL_DIRECT = re.compile(rf"\s*(?:(?:is|was|has been|had been|now|stands|stood)\s+)*(?:(?:at|of)\s+)?{_QUALIFIER}")
# "قدّر، يوم الخميس، عدد القتلى من الجانبين بنحو خمسة آلاف", "put the death toll at 3,773"
TOLL_TO = re.compile(fold_letters(rf"(?<!\w)(?:{_TO}\s+{_QUALIFIER}|بنحو\s+|بحوالي\s+|بما لا يقل عن\s+)$"))
RISE_BEFORE_TOLL = re.compile(fold_letters(rf"(?<!\w)[وف]?{_RISE}(?!\w)"))

# Taking or freeing people is said of the figure itself ("released 15 prisoners"), never of an
# object between ("released footage of 5 soldiers", "captured it ... in one of the battles"). An
# Arabic subject may stand between verb and object: "أسرت القوات الأذربيجانية جنديين".
CAPTURE_OBJECT_GAP = re.compile(fold_letters(
    r"\s*(?:ال\S+\s+){0,3}(?:(?:at least|more than|over|nearly|about|around|some|another|a further|an additional|"
    r"a total of|نحو|حوالي|اكثر من|около|более)\s+)?"))
# "Armenia lost 3,825 servicemen", "خسر الجيش 40 جندياً": losing people is losing them dead
# (only with people after it: "lost 20 tanks", "lost 3 villages" are material losses).
LOST_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:lost|loses|losing|(?:the )?loss(?:es)? of|потерял[аи]?|потеряв\w*|[وف]?(?:خسر|خسرت|يخسر|تخسر))\s+"
    r"(?:ال\S+\s+){0,2}"
    r"(?:(?:at least|more than|over|nearly|about|around|some|نحو|حوالي|اكثر من|около|более|свыше)\s+)?$"))
# Arrests at home are not war captives: "police detained 50 protesters in Yerevan".
CIVIL_DETENTION = re.compile(fold_letters(
    r"(?<!\w)(?:police|protest\w*|demonstrat\w*|rall(?:y|ies)|activists|arrest\w*|شرطه|(?:ال)?متظاهر\w*|احتجاج\w*|"
    r"مظاهر\w*|اعتقال|полиц\w*|протест\w*|митинг\w*|демонстрант\w*|задержан\w*)(?!\w)"))
# Words that point back at the figure being discussed ("raised the figure to 2,425").
ANAPHORIC_RE = re.compile(lexicon_regex(["figure", "toll", "tally", "counted", "count", "estimates?", "الحصيله", "العدد",
                                          "التقديرات", "цифр[а-я]*", "оценк[а-я]*"]))
# A label, a sum of money or a population is no toll: "Resolution 822", "$5 million in aid to refugees",
# "a population of 150,000, most of whom fled", "القرار رقم 2254", "статья 9".
LABEL_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:resolutions?|articles?|paragraphs?|sections?|chapters?|clauses?|points?|items?|no\.|number|route|highway|"
    r"brigade|division|battalion|regiment|flight|protocol|decree|population of|القرار|قرار|رقم|الماده|ماده|"
    r"البند|بند|الفقره|اللواء|الفرقه|الكتيبه|عدد سكان\S*|يقطنها|يسكنها|резолюци\w*|стать\w*|пункт\w*|номер\w*|"
    r"бригад\w*|дивизи\w*|полк\w*|население\w*|населением)\s+$|(?:[$€£№]|us\$)\s*$"))
# People who live somewhere are a population, not a toll: "about 3 million people live there".
RESIDENTS_AFTER = re.compile(fold_letters(
    r"^\s*(?:(?:people|residents|inhabitants|civilians|شخص\w*|مواطن\w*|человек|жител\w*)\s+)?(?:still\s+)?"
    r"(?:live|lived|living|reside|resided|يعيش\w*|يقطن\w*|живут|живет|живёт|проживают)(?!\w)"))
# Material losses are not casualties: "destroyed 5 Armenian tanks", "captured 11 villages".
THING_AFTER = re.compile(fold_letters(
    r"\s*(?:(?:of|من)\s+(?:the\s+|its\s+|their\s+)?)?(?:[^\W\d]+\s+)?(?:tanks?|vehicles?|drones?|aircraft|helicopters?|planes?|jets?|guns?|artillery|howitzers?|"
    r"villages?|towns?|cities|settlements?|districts?|positions?|posts?|outposts?|houses?|homes|buildings?|"
    r"trucks?|lorries|convoys?|tonnes|tons|schools?|hospitals?|mosques?|churches|bridges?|camps?|tents?|"
    r"(?:ال)?(?:شاحنه|شاحنات|طن|اطنان|مدارس|مدرسه|مساجد|كنائس|جسور|مخيمات|مخيما|خيام)|грузовик\w*|тонн\w*|школ\w*|"
    r"(?:ال)?(?:دبابه|دبابات|اليات|مسيرات|طائرات|مروحيات|مدافع|قري|قريه|بلدات|بلده|مدن|مواقع|منازل|مباني|مبان)|"
    r"танк\w*|беспилотник\w*|сел\w*|населенн\w*|позици\w*)(?!\w)"))

# --- Who they were ---
# Arabic nouns also with a possessive ending: "اثني عشر من عسكرييه" (twelve of its soldiers).
MILITARY_RE = re.compile(lexicon_regex([
    "soldiers?", "servicemen", "serviceman", "officers?", "troops", "military", "combatants", "fighters",
    "peacekeepers?", "border guards?", "conscripts?", "reservists?", "militants", "prisoners of war", "pows",
    "حفظ السلام", "حرس الحدود", "اسرى الحرب", "военнопленн[а-я]*",
    "صفوف (?:ال)?(?:قوات|جيش|جنود)",  # "30 قتيلاً في صفوف القوات الأرمينية": in the ranks of the forces
    "ضابطا?", "ضباط", "ضابطين", "جنديين", "عسكريا?", "عسكريين", "العسكريين", "جنديا?", "جنود", "افراد قواتها",
    "افراد القوات", "مقاتلا?", "مقاتلين", "عسكريي(?:ه|ها|هم|نا)", "جنود(?:ه|ها|هم|نا)", "مقاتلي(?:ه|ها|هم|نا)",
    "ضباط(?:ه|ها|هم|نا)", "عناصر(?:ه|ها|هم|نا)?", "عنصرا?",
    "военнослужащ[а-я]*", "военн[а-я]*", "солдат[а-я]*", "бойц[а-я]*"], arabic_prefix=True))
CIVILIAN_RE = re.compile(lexicon_regex([
    "civilians?", "residents", "women", "woman", "children", "child", "girls?", "boys?", "journalists?",
    "صحفيا?", "صحفيين",
    "اطفال", "طفلا?", "طفلين", "مواطنا?", "مواطنين", "مدنيا?", "مدنيين", "المدنيين", "السكان", "مواطني(?:ه|ها|هم|نا)",
    "امراه", "امراتين", "نساء", "فتاه", "طفله",
    "мирн[а-я]* жител[а-я]*", "мирного населения", "гражданск[а-я]*"], arabic_prefix=True))
# Inside a toll phrase the army itself names the population: "حصيلة قتلى الجيش", "число погибших военных".
ARMY_RE = re.compile(fold_letters(r"(?<!\w)(?:army|armed forces|جيش|الجيش|قوات|القوات|арми\w*|войск\w*)(?!\w)"))
# The crew of a military aircraft or vehicle are servicemen: "a military helicopter ..., killing two crew members".
CREW_RE = re.compile(fold_letters(
    r"(?<!\w)(?:crew|crews|crewmen|crew members?|pilots?|طاقم\w*|طيار\w*|экипаж\w*|летчик\w*)(?!\w)"))
MILITARY_CRAFT_RE = re.compile(fold_letters(
    r"(?<!\w)(?:military|army|warplanes?|fighter jets?|gunships?|air force|bombers?|tanks?|عسكري\w*|حربي\w*|военн\w*|"
    r"боев\w*)(?!\w)"))
# A generic head noun straight after the figure: "200 people, including 10 civilians" are not all civilians.
GENERIC_PEOPLE_AFTER = re.compile(fold_letters(r"^\s*(?:people|persons|individuals|شخصا?|اشخاص|человек)(?!\w)"))
# "killing two soldiers and wounding three others", "another 321 went missing": of the sentence's first figure.
OTHERS_AFTER = re.compile(fold_letters(r"^\s*(?:others|more|اخرين|اخرون|других|другие)(?!\w)"))
ANOTHER_BEFORE = re.compile(r"(?<!\w)(?:another|a further|an additional|ещё|еще)\s+$")
# A figure with no noun of its own continues the one before: "12 мирных жителей, более 50 получили ранения".
AUXILIARY = re.compile(fold_letters(r"(?:were|was|had|have|has|are|got|قد|تم|получил[аи]?|был[аио]?)(?!\w)"))

# Who is counted, where it matters: people, not towns ("captured 12 villages", "one of the
# decisive battles"). A bare figure ("12 were captured", "12 prisoners") also names people.
PEOPLE_AFTER = re.compile(fold_letters(
    r"^\s*(?:$|[,.;:)]|(?:of\s+)?(?:them|whom)(?!\w)|(?:were|was|are|had|have|has|more|others|اخرين|اخرون)(?!\w)"
    r"|(?:(?:of|من)\s+)?(?:(?:the|its|their|his|her|those|these)\s+)?(?:[^\W\d]+\s+){0,2}?"
    r"(?:soldiers?|servicem[ae]n|troops|officers?|people|persons|men|women|children|civilians?|citizens|nationals|"
    r"residents|fighters|militants|rebels|prisoners|captives|pows|hostages|detainees|crew|personnel|conscripts|"
    r"mercenaries|members|peacekeepers|armenians|azerbaijanis|syrians|russians|iranians|turks|kurds|georgians|"
    r"армян\w*|азербайджанц\w*|сирийц\w*|(?:ال)?(?:ارمن\w*|اذربيجاني\w*|سوري\w*|جنود\w*|جندي\w*|عسكري\w*|ضابط\w*|ضباط\w*|اشخاص|شخص\w*|مدني\w*|"
    r"مواطن\w*|مقاتل\w*|عناصر\w*|عنصر\w*|افراد\w*|قوات\w*|اسرى|اسير\w*|رهائن|رهين\w*|معتقل\w*|سكان\w*|اطفال|"
    r"نساء)|человек|военнослужащ\w*|военн\w*|солдат\w*|(?:военно)?пленн\w*|мирн\w*|жител\w*)(?!\w))"))
# "one of the decisive battles", "12 of its citizens": the noun after "of" names what is counted
# (Arabic "من" is also "from": "نزح 5000 من قراهم" are people, so only THING_AFTER guards it).
PARTITIVE_AFTER = re.compile(r"\s*of\s")

# Ages are not counts: "a soldier aged 19", "يبلغ من العمر ستة وسبعين" ("76-year-old" is caught as a unit).
AGE_BEFORE = re.compile(fold_letters(r"(?<!\w)(?:aged|ages|age of|ages of|عمر|العمر|عمره|عمرها|عمرهم|بعمر|в возрасте)\s+$"))

# --- Whose people they are ---
# A party right after one of these is where it happened, who struck, or whom they fought
# ("over Armenia", "by the United States and Russia", "clashes with Azerbaijan"), not whose
# people the figure counts.
NOT_VICTIM_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:in|into|over|near|across|inside|at|towards?|with|against|by|between|في|مع|قرب|عند|على|داخل|عبر|نحو|ضد|"
    r"بين|بواسطه|من قبل|в|во|на|над|против|между)\s+(?:(?:the|much of|part of|parts of)\s+)?$"))
# ... unless the place names an institution: "the defence ministry in Yerevan", "وزارة الدفاع في باكو".
INSTITUTION_IN = re.compile(fold_letters(
    r"(?<!\w)(?:ministry|government|authorities|officials|office|embassy|وزاره|حكومه|سلطات|مكتب|سفاره|министерств\w*|"
    r"правительств\w*|власт\w*)(?:\s+\S+){0,2}\s+(?:in|في|в)\s+$"))
# Monitors and agencies count the dead and the displaced; they are never the ones counted.
NEVER_VICTIMS = frozenset({"unhcr", "sohr"})
BORDER_AFTER = re.compile(r"^(?:'s)?\s+(?:border|frontier)s?(?!\w)")  # "near the Armenian border"
BORDER_BEFORE = re.compile(r"(?:ال)?حدود\s+$")  # "قرب الحدود التركية"
PARTY_COORDINATION = re.compile(r"^\s*(?:(?:and|or|и|или)\s+|[,،]\s*)?$")  # "between Armenia and Azerbaijan"
BOTH_SIDES = re.compile(fold_letters(
    r"(?<!\w)(?:both sides|either side|each side|both countries|both armies|الجانبين|الطرفين|البلدين|обеих сторон|"
    r"обеих стран)(?!\w)"))
# A party that speaks is no place: "with Armenia saying 105 of its soldiers had been killed".
SPEAKER_AFTER = re.compile(fold_letters(
    r"(?:'s)?(?:\s+[^\W\d]+){0,2}\s+(?:saying|said|says|reported|announced|claimed|قال|قالت|اعلن|اعلنت)(?!\w)"))
# The side that fires: "Armenian shelling of Tartar", "في قصف أرميني على مدينة ترتر".
ATTACK_AFTER = re.compile(r"(?:'s)?\s+(?:shelling|strikes?|attacks?|fire|missiles?|rockets?|drones?|artillery|bombardment|"
                          r"offensive|sniper|air ?strikes?|raids?)(?!\w)")
ATTACK_BEFORE = re.compile(fold_letters(
    r"(?<!\w)[وفبل]?(?:ال)?(?:قصف|قصفا|هجوم|هجوما|هجمات|غاره|غارات|ضربه|ضربات|نيران|قذيفه|قذائف|صاروخ|صواريخ|مسيره|"
    r"مسيرات)\s+$"))
# Arabic adjectives follow their noun: "ضد القوات الأرمينية" (against the Armenian forces).
ARABIC_NOUN_AFTER_PREPOSITION = re.compile(r"(?<!\w)(?:في|مع|قرب|عند|على|داخل|عبر|نحو|ضد|بين)\s+ال\S+\s+$")
# "105 of its soldiers", "مقتل ٢٧٨٣ من أفراد قواتها", "своих военнослужащих": the speaker's own people.
POSSESSIVE_AFTER = re.compile(fold_letters(
    r"\s*(?:(?:of|من)\s+)?(?:(?:its|their)\s+(?:own\s+)?|(?:افراد\s+)?(?:ال)?(?:عسكريي|جنود|قوات|مقاتلي|ضباط|افراد|"
    r"عناصر|مواطني|رعايا)(?:ه|ها|هم)(?!\w)|(?:\S+\s+)?сво(?:их|и|ими)(?!\w))"))
# Where a story was filed: "YEREVAN, Sept. 15 — ", "DAMASCUS/GENEVA, Feb. 27 — ", "باكو – ".
DATELINE = re.compile(r"[^\n,—–]{2,40}(?:,[^\n,—–]{0,25})?\s[—–-]\s")
# People who fled Karabakh are its Armenians, whichever country counts them.
FROM_KARABAKH = re.compile(fold_letters(
    r"(?<!\w)(?:from|out of|fled|fleeing|leaving|left)\s+(?:the\s+)?(?:nagorno[\s\-]+)?karabakh(?!\w)"
    r"|(?<!\w)من\s+(?:اقليم\s+)?(?:(?:ناغورنو|ناغورني)\s+)?(?:قره باغ|كاراباخ|قرة باغ)(?!\w)"
    r"|(?<!\w)из\s+(?:нагорного\s+)?карабах\w*"))

# --- Who gives the figure ---
ATTRIBUTION = re.compile(fold_letters(
    r"(?<!\w)(?:said|says|according to|reported|announced|told|acknowledged|admitted|confirmed|ministry|قال|قالت|"
    r"وفقا|بحسب|حسب|اعلن|اعلنت|اقر|اقرت|وزاره|сообщил[аи]?|заявил[аи]?|признал[аи]?|по данным|минобороны|"
    r"министерств[а-я]*)(?!\w)"))
# Sources named with a preposition ("according to Baku", "بحسب يريفان") close the figure before
# them; a bare "Baku said" may open the next clause instead.
SOURCE_PREPOSITION = re.compile(fold_letters(r"(?:according to|citing|وفقا|بحسب|حسب|نقلا عن|по данным|по словам)$"))
NEW_CLAUSE = re.compile(fold_letters(r";|(?<!\w)(?:while|whereas|but|فيما|بينما|في حين|тогда как|но|а)(?!\w)"))

