"""Vocabulary for territory changes: who took, handed over or left which place."""
from __future__ import annotations

import re

from .normalize import fold_letters
from .patterns import ScriptLexicon, lexicon_regex

# Active triggers: the place follows ("recaptured Zangilan", "استعاد ... مدينة زنغيلان").
ACTIVE = {
    "capture": ["captured", "recaptured", "retook", "retaken", "took control of", "taken control of",
                "took(?= (?:it|them)(?!\\w))", "took over",
                "(?:had|has|have) taken(?! (?:part|place|steps|note|action|up|over)(?!\\w))",
                "regained", "reclaimed", "won back",
                # "raised the Azerbaijani flag over Shusha", "رفع العلم فوق", "водрузили флаг над"
                r"raised (?:the|their|its|a) (?:\w+ )?flags? (?:over|above|in)",
                r"رفع\w*\s+(?:\S+\s+){0,3}?العلم\s+(?:\S+\s+){0,2}?(?:فوق|في|على)",
                r"водрузил[аи]?\s+(?:\S+\s+){0,2}?флаг\s+(?:над|в)",
                "took(?! (?:part|place|office|note|steps|time|power|effect|aim|action|hold|charge|up|over|"
                "full|complete|total|effective|control)(?!\\w))",
                "seized", "seized control of",
                "(?:regained|gained|took|taken|seized|established|restored|assumed|asserted) "
                "(?:full |complete |total |effective )?control (?:of|over)",
                "took back", "takes? back", "taken back",
                "gained control of", "retook control of", "liberated", "liberation of", "capture of", "occupied", "overran",
                "entered", "moved into", "enter(?= )(?! (?:into|talks|force|effect|the (?:war|talks|fray))(?!\\w))", "move into",
                "ستدخل", "تدخل", "سيدخل", "يدخل", r"войд[уеё]т\s+в", "(?:its|their) (?:capture|recapture|fall|liberation)",
                "fall of", r"سقوط(?=\s+(?:مدين|بلد|منطق|قري)\w*\s)", "падени[ея]",
                "استعاد", "استعادت", "استعاده", "استعادتها", r"سيطرت?\s+(?:\S+\s+){0,3}?على", r"سيطرت?\s+(?:\S+\s+){0,3}?عليها",
                r"بسط\w*\s+(?:\S+\s+){0,3}?سيطرت\w*\s+على",
                r"(?:استولت|استولي|استولوا|الاستيلاء|يستولي|تستولي)\s+(?:\S+\s+){0,3}?علي", "اجتاحت", "اجتاح",
                # "وعادت منطقة أغدام إلى السيطرة الأذربيجانية": the holder follows the place
                r"عاد(?:ت)?(?=\s+(?:\S+\s+){1,4}?الي\s+(?:ال)?سيطره)",
                "السيطره على", "حرر", "حررت", "تحرير", "احتلت", "احتل", "دخلت", "دخل", "دخلوا", "انتزعت",
                r"взял[аи]?\s+под\s+(?:свой\s+)?контроль", r"установил[аи]?\s+контроль\s+над",
                "взял[аи]?", "освободил[аи]?", "освобождени[ея]", "захватил[аи]?",
                "занял[аи]?", r"вош(?:ли|ел|ла) в"],
    "handover": ["hands? over", "handed over", "gives? back", "giving back", "given back", "gave back",
                 "hands? back", "handed back", "handing over", "ceded",
                 # "handing it over to Azerbaijan", "handed Lachin back to Azerbaijan"
                 r"hand(?:s|ed|ing)? (?:it|them) (?:over|back)",
                 r"hand(?:s|ed|ing)?(?= [^\s,.;]+(?: [^\s,.;]+)?(?: district| region| town| city)? (?:back|over)(?!\w))",
                 "handover of", "return of", "returns?(?! (?:to|home|of)(?!\\w))", "returning(?! (?:to|home)(?!\\w))",
                 "(?:its|their) handover", "تسليم",
                 "تسليمها", "سلمت", "سلمتها", "سلمها", "ستسلم", "تسلم(?= ارمينيا)",
                 # "أعادت أرمينيا منطقة لاتشين إلى أذربيجان"; the noun "إعادة" only before a place noun
                 # ("إعادة إعمار أغدام" rebuilds, it returns nothing)
                 "اعادت", "اعاد", "تعيد", "يعيد", "ستعيد", "سيعيد",
                 r"اعاده(?=\s+(?:ال)?(?:مدين|بلد|منطق|مناطق|قري|قري|اقليم|محافظ)\w*\s)",
                 "عوده", "بعوده", "передал[аи]?", "передач[аиу]",
                 "вернул[аи]?", "возвращени[ея]", "вернуть", "вернет", "вернёт", "передать", "передаст",
                 "возвратить", "возвратил[аи]?"],
    "withdrawal": ["withdr[ae]w from", "withdrawn from", "withdraws? (?:\\w+ ){0,3}?from",
                   "pulled out of", r"withdrawal (?:of (?:\w+ ){1,3}?)?from", r"pull-?out (?:of (?:\w+ ){1,3}?)?from",
                   "انسحبت من", r"اخراج\s+(?:\S+\s+){0,6}?من", "انسحب من", r"انسحب(?:ت|وا)?\s+(?:\S+\s+){1,4}?من",
                   "انسحاب (?:\\w+ ){0,7}من", r"س?[تي]نسحب\s+(?:\S+\s+){0,6}من", r"вывел[аи]? (?:\w+ ){0,2}из",
                   r"ушл[аи]? из", "покинул[аи]?", "покинут", "покинуть"],
    # "Armenian separatists lost control of Shusha", "فقدت القوات الأرمينية السيطرة على": the subject loses it
    "loss": [r"lost (?:full |effective |all )?control (?:of|over)", r"lost(?= (?:the )?(?:town|city|district|village|region) of)",
             r"فقد(?:ت|وا)?\s+(?:\S+\s+){0,3}?السيطره\s+علي", r"خسر(?:ت|وا)?\s+(?:\S+\s+){0,3}?السيطره\s+علي",
             r"потерял[аи]?\s+контроль\s+над"],
    # "تسلمت أذربيجان منطقة كلبجار من أرمينيا", "Azerbaijan received Kalbajar": the subject receives it
    "receipt": ["received(?= (?:the )?(?:control of )?[a-z]+(?: district| region| town| city)?(?: from| on| under|,|\\.))",
                "تسلمت", "تسلم(?! ارمينيا)", "استلمت", "استلم", "تسلم\\w* الجيش", "получил[аи]? (?:под контроль )?"],
}
# Passive triggers: the place comes first ("Shusha ... had fallen", "Aghdam passed to Azerbaijan").
PASSIVE = {
    "capture": ["had fallen", "has fallen", "fell to", "fell into (?:the )?hands of", "fell(?= (?:on|in|after|within) )",
                r"(?:was|were|has been|have been|had been) (?:re)?(?:captured|taken|seized|occupied|overrun|liberated|freed)",
                r"came under (?:\w+ ){0,2}control", r"(?:reverted|returned) to (?:\w+ ){0,2}control",
                r"(?:باتت|اصبحت|صارت)?\s*(?:(?:منذ\s+)?(?:اليوم|الان)\s+)?تحت\s+سيطره",
                r"(?:باتت|اصبحت|صارت|انتقلت)\s*(?:(?:منذ\s+)?(?:اليوم|الان)\s+)?(?:الي\s+)?تحت\s+(?:حمايه|اداره|سلطه)",
                "перешел под контроль", "перешла под контроль"],
    "handover": ["passed to", "was handed over", "were handed over", "due to be handed over",
                 "(?:was|were|has been|have been) (?:handed|given) back", "to be handed back",
                 "was returned", "were returned", "to be handed over", "to be returned", "to be ceded",
                 "is next", "comes next", "is to follow", "will follow"],
    "withdrawal": ["will withdraw(?! (?:\\w+ ){0,3}?from)", "would withdraw(?! (?:\\w+ ){0,3}?from)",
                   "(?:are|is|were|was) to withdraw(?! (?:\\w+ ){0,3}?from)", "must withdraw(?! (?:\\w+ ){0,3}?from)",
                   "withdrew", "will leave", "سينسحب", "ستنسحب",
                   "будут выведены"],
}
# Active (a_) and passive (p_) triggers in one pass over the text.
TRIGGERS = ScriptLexicon({**{f"a_{kind}": entries for kind, entries in ACTIVE.items()},
                          **{f"p_{kind}": entries for kind, entries in PASSIVE.items()}}, arabic_prefix=True)
NEGATION = re.compile(lexicon_regex(["not", "never", "denied", "did not", "refused", "refuses", "rejected", "لم", "لن",
                                     "ولم", "رفض", "رفضت", "نفى", "نفت", "ينفي", "تنفي", "نفي", "не", "нет",
                                     "отказал[а-я]*", "опроверг[а-я]*"]) + r"[^.،,]{0,25}$")
# "was to hand over", "agreed to withdraw from": an obligation with a due date, not a mere goal.
OBLIGATION_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:(?:was|is|are|were|agreed|obliged|required|requires\s+\S+|obliges?\s+\S+|obligates?\s+\S+|"
    r"forces?\s+\S+|due|scheduled|set|has|have|had|pledged|committed|expected|going|supposed)\s+to\s+|"
    # "ونص البيان على جدول زمني لإعادة", "the deal provides for the return of"
    r"[وف]?نص\w*\s+(?:\S+\s+){0,2}?علي\s+(?:\S+\s+){0,3}?|(?:provides?|provided|calls?|called) for\s+(?:the\s+)?|"
    r"timetable for\s+(?:the\s+)?|"
    # "gave Armenia until Nov. 25 to withdraw", "منحت ... مهلة حتى 25 تشرين الثاني للانسحاب"
    r"(?:until|till)\s+[^,;]{1,25}?\s+to\s+|مهله\s+(?:\S+\s+){0,5}?)$"))
# "the occupied territories", "Armenian-occupied": a state, not a change.
ADJECTIVAL_BEFORE = re.compile(r"(?:(?<!\w)the\s+|-)$")
PEACEKEEPERS = re.compile(lexicon_regex(
    ["peacekeep\\w*", "حفظ السلام", "حفظه السلام", "миротвор[а-я]*"], arabic_prefix=True))
# "دخلت الهدنة حيز التنفيذ" / "entered into force": a deal starting, not troops entering.
INTO_FORCE_AFTER = re.compile(r"[^.،,]{0,60}?(?:حيز التنفيذ|into force|into effect)")
# "للسيطرة على" / "to capture": a goal, not a change.
PURPOSE_BEFORE = re.compile(r"(?:(?<!\w)to\s+|(?<!\w)in order to\s+|(?<!\w)[وف]?ل)$")
# "trying to seize", "an attempted capture of", "بمحاولة السيطرة على", "попытка захватить": not a change.
ATTEMPT_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:try|trying|tried|tries|attempt\w*|sought|seeking|seek|failed|bid|[وفب]?محاول\w*|حاول\w*"
    r"|попыт\w*|пытал\w*|пытаю\w*)(?!\w)(?:\s+\S+){0,2}\s*$"))
NOMINAL_HANDOVER = re.compile(r"(?:(?:handover|return) of|عوده)$")
# "the occupied territories": a participle, not an event; "the liberation of" is a noun phrase.
NOMINAL_TRIGGER = re.compile(r"(?:\bof|\bover|ion|ure|ver|turn|\bfrom)$")
# The date of the deal, not of the change: "the agreement signed on 10 November provides for".
DEAL_DATE_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:signed|agreed|reached|concluded|brokered|of|took effect|came into (?:force|effect)|in force since|"
    r"effective|وقع\w*|الموقع\w*|توقيع\w*|المبرم\w*|حيز التنفيذ|подписан\w*|вступил\w* в силу)"
    r"\s+(?:on\s+|في\s+|يوم\s+|منذ\s+)?$"
    # "الاتفاق الموقع بين أرمينيا وأذربيجان برعاية روسية، في 10 من تشرين الثاني": the signing, set off
    r"|(?<!\w)(?:signed|الموقع\w*|المبرم\w*)\s[^.;:]{0,50}[,،]\s*(?:on\s+|في\s+|يوم\s+)?$"))
DEAL_AFTER_DATE = re.compile(fold_letters(
    r"^\s*(?:\d{4}\s+)?(?:agreement|deal|statement|accord|ceasefire|truce|declaration)"))
HANDOVER_CONTEXT = re.compile(lexicon_regex(["hand(?:ed|s|ing)? over", "hand(?:ed|s)? back", "handover", "سلمت\\w*",
                                             "تسلم\\w*", "تتسلم", "handed (?:\\w+ )?back",
                                             "تسليم", "передач[а-я]*", "переда[а-я]*"]))
CORRIDOR_AFTER = re.compile(r"^[\s\-]*(?:corridor|коридор)")
CORRIDOR_BEFORE = re.compile(r"(?:ممر|corridor|коридор[а-я]*)\s*$")
# "to Azerbaijan", but not "known to Armenians as", "close to", "according to"
RECIPIENT_BEFORE = re.compile(r"(?:(?<!\w)(?<!known )(?<!close )(?<!next )(?<!according )(?<!referred )(?<!due )to|"
                              r"(?<!\w)الي|(?<!\w)under|(?<!\w)к)\s+(?:the\s+)?$")
FROM_BEFORE = re.compile(r"(?:(?<!\w)from|(?<!\w)من|(?<!\w)у)\s+(?:the\s+)?(?:\w+\s+){0,1}$")
FROM_RIGHT_AFTER = re.compile(r"^\s*من\s+(?:\S+\s+)?$")
PRONOUN_OBJECT = re.compile(r"^\s*(?:it|them)(?!\w)|^ها(?!\w)")
PRONOUN_INSIDE = re.compile(r" (?:it|them) ")  # "handing it over"
POSSESSIVE_TRIGGER = re.compile(r"^(?:its|their)\s")
ANAPHORIC_REGION = re.compile(lexicon_regex([
    "the region", "the enclave", "the territory", "الاقليم", "регион[а-я]*", "анклав[а-я]*",
]))
# A sentence opening on "The town ..." speaks of the article's town.
TOPIC_TOWN = re.compile(fold_letters(r"\s*(?:the (?:town|city)|this (?:town|city)|المدينه|البلده|هذه المدينه|город)(?!\w)"),
                        re.IGNORECASE)
ANAPHORIC_DISTRICT = re.compile(lexicon_regex(["the district", "the town", "the city", "المدينه", "البلده",
                                               "район[а-я]*", "город[а-я]*"]))
# A date set off by commas on both sides is parenthetical; one that ends a clause keeps its comma.
_DATE_PREPOSITION = fold_letters(r"(?:(?<!\w)(?:on|by|until|before|في|يوم|بحلول|حتى|قبل|в|с|до|к)\s+)?")
DATE_SLOT = re.compile(fold_letters(rf"[,،]\s*{_DATE_PREPOSITION}\x01\s*[,،]|{_DATE_PREPOSITION}\x01"))
LIST_WORD = re.compile(fold_letters(
    r"[وف]?(?:ثم|فضلا|عن|إلى|جانب|كذلك|أيضا|مدينة|بلدة|منطقة|مناطق|قرية|ناحية|هي)|و|and|or|then|as|well|also|the|"
    r"town|city|district|region|village|of|by|nearby|neighbou?ring|key|strategic|small|main|и|или|также|город[а-я]*|район[а-я]*"))
CLAUSE_BREAK = re.compile(fold_letters(r"[;؛]|(?<!\w)(?:and|while|but|و|بينما|لكن)\s|،\s*و"))
POSTPONED = re.compile(fold_letters(
    r"(?<!\w)(?:postpone[ds]?|postponing|postponement|push(?:ed|ing)?\s+(?:\S+\s+){0,2}?back|delay(?:ed|s|ing)?|"
    r"pushed back|put off|extended|extension|مدد\w*|تمديد\w*|تأجيل\w*|تأجيله|إرجاء|أرجئ|أرجأ\w*|"
    r"перенес[а-я]*|отложен[а-я]*)(?!\w)"))
AGENT_BEFORE = re.compile(r"(?<!\w)by\s+(?:the\s+)?$")
# Troops entering or taking back ground: the actor is the one who receives it.
# In a run of handovers the next one may be named without its verb: "Lachin is next, on December 1".
NEXT_IN_LINE = re.compile(r"is next|comes next|is to follow|will follow")
ENTRY = re.compile(r"enter|moved into|move into|took back|takes? back|taken back|دخل|تدخل|يدخل|вош|войд")
LIST_SEPARATOR = re.compile(r"[,،]|(?<!\w)(?:and|then|as well as|و|ثم|فضلا عن|и)(?!\w)|(?<!\w)و")
LOCATIVE_TAIL = re.compile(
    r"(?<!\w)(?:in|near|of|outside|south|north|east|west|في|قرب|جنوب\w*|شمال\w*|شرق\w*|غرب\w*|وسط|"
    r"в|под|около|южнее|севернее)\s+(?:\S+\s+){0,1}$"
)
ADJUNCT_TAIL = re.compile(fold_letters(
    r"\S\s+(?:in|at|near|outside|around|inside|في|قرب|بالقرب من|على مقربه من|عند|حول|داخل|в|под|около)\s+(?:the\s+)?"
    r"(?:(?:منطقه|مدينه|محافظه|ولايه|اقليم|district|province|region|town|city)\s+(?:of\s+)?)?$"
    # "entered the outskirts of Shusha", "وصلت إلى مشارف شوشا": the edge of a place is not the place
    r"|(?:outskirts|edges?|approaches|gates|suburbs)\s+of\s+$|(?:مشارف|اطراف|ضواحي|تخوم|أبواب)\s+(?:مدينه\s+|بلده\s+)?$"
    r"|(?:окраин\w*|подступ\w*)\s+$"))
# "Shusha lies above Stepanakert. ... captured it": a place in a locative phrase is a setting.
SETTING_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:above|below|overlooking|near|outside|around|from|in|at|toward|towards|قرب|فوق|بالقرب من|في|"
    r"над|около|под|в)\s+(?:the\s+)?(?:city of\s+|town of\s+)?$"))
LOCATIVE_BEFORE = re.compile(r"(?:in|inside|في|в)\s+$")
# A sentence that goes on from the one before it: "Later, ... also took", "وفي تغريدة لاحقة".
CONTINUATION = re.compile(fold_letters(
    r"(?<!\w)(?:also|later|then|shortly after(?:wards)?|[وف]?(?:ايضا|كذلك|لاحق\w*|ثم)|также|затем|позже)(?!\w)"),
    re.IGNORECASE)
# "the fall of Hadrut to Azerbaijani forces", "سقوط بلدة هادروت في أيدي القوات": who speaks of the
# fall is not who took the place; the taker is named after "to" / "في أيدي"
FALL = re.compile(r"(?:fall|سقوط|падени)")
TAKER_BEFORE = re.compile(fold_letters(
    r"(?:(?<!\w)to|into the hands of|في\s+(?:ايدي|يد|قبضه)|ب(?:ايدي|يد)|لصالح|к)\s+(?:the\s+)?(?:\S+\s+)?$"))
PLACE_NOUN_OF = re.compile(r"(?:town|city|village|district|region|settlement) of\s*$")
# "جرى تسليم أغدام", "تم تسليم": a handover told in the passive names no giver
PASSIVE_LIGHT_VERB = re.compile(fold_letters(r"(?<!\w)(?:جري|تم|يتم|سيتم|يجري|سيجري)\s+$"))
# "the areas it captured during the fighting, including the town of Shusha": the named ones
INCLUDING = re.compile(fold_letters(
    r"[,،]\s*(?:including|among them|بما (?:فيها|في ذلك)|ومنها|من بينها|в том числе)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|region|مدينه|بلده|قريه|منطقه|город[а-я]*)\s+(?:of\s+)?)?$"))
# "the three districts: Aghdam by ..., Kalbajar by ...", "المناطق الثلاث: أغدام بحلول"
SCHEDULE_COLON = re.compile(fold_letters(
    r"(?:districts|regions|areas|villages|towns|territories|مناطق|المناطق|القري|قري|районы|районов)[^.:;]{0,20}:\s*$"))
# ", which Azerbaijani forces captured": the relative pronoun opens right after the place
RELATIVE_AFTER_PLACE = re.compile(fold_letters(
    r"^\W*(?:(?:district|town|city|region|village|منطقه|مدينه|بلده|район|город)\W+)?"
    r"(?:which|that|التي|الذي|которы[йеx]|которую|которой)(?!\w)"))
# Triggers whose object must follow at once ("بعودة لاتشين وزابوخ لأذربيجان"), since the same
# noun also speaks of people ("عودة النازحين إلى أغدام")
TIGHT_TRIGGER = re.compile(r"^[وفبل]*عوده$")
# The kind of place a definite noun points back to: "the city" is no village, "both districts" no towns
ANAPHOR_KINDS = (
    (re.compile(fold_letters(r"(?:cit(?:y|ies)|towns?|المدينه|المدينتين|البلده|город)")), {"city", "town"}),
    (re.compile(fold_letters(r"(?:villages?|القريه|сел[оа])")), {"village", "settlement"}),
    (re.compile(fold_letters(r"(?:districts?|المنطقه|المنطقتين|المنطقتان|район)")), {"district", "rayon"}),
)
# "Shusha had fallen on May 8, 1992, and Lachin, which Armenians call Berdzor, on May 18": a
# second place with its own date and the verb left out
GAPPED_AFTER = re.compile(fold_letters(r"^\s*[,،]?\s*(?:and|و)\s*$"))
GAP_ASIDE = re.compile(fold_letters(r"(?:\s*[,،][^,،.;]{0,50}[,،])?\s*(?:on|in|في|يوم|в)?\s*"))
CLAUSE_END = re.compile(r"\s*(?:[,،.;؛:]|$)")
# A happening told as already past before the news: "had taken", "كانت القوات قد احتلت"
PAST_PERFECT = re.compile(fold_letters(r"(?<!\w)(?:had|[وف]?كان\w*\s+(?:\S+\s+){0,4}?قد|ранее|ещё в|еще в)(?!\w)"))
# "انسحاب ما تبقى من وحدات الجيش الأرميني من المنطقة": units leaving the region the article is about
LEAVING_THE_REGION = re.compile(fold_letters(
    r"(?<!\w)(?:من|from)\s+(?:the\s+)?(?:المنطقه|الاقليم|region|enclave)(?!\w)"))
# Passive triggers that say who holds a place now, not how it came to hold it
UNDER_CONTROL = re.compile(fold_letters(r"تحت|came under|(?:reverted|returned) to|под контроль"))
# "حررت منها قرية سيسولان": taken from them, the side named before
FROM_PRONOUN_AFTER = re.compile(r"[\s\"'»”“«]*(?:منها|منهم|منه)(?!\w)")
# "بوساطة روسية", "brokered by Russia": a mediator takes nothing
MEDIATOR_BEFORE = re.compile(fold_letters(
    r"(?:توسطت\s+فيه|بوساطه|برعايه|brokered by|mediated by|mediation of|при посредничестве)\s*$"))
# "They captured Maarat al-Numan": the subject is the side the sentence before named
PRONOUN_SUBJECT = re.compile(r"(?:^|[.;,]\s+|\band\s+)(?:they|it)\s+(?:\w+\s+){0,2}$")
SENTENCE_PRONOUN_START = re.compile(r"\s*(?:they|it|he|she)\s")
# "Both districts were handed back": the last two districts named
BOTH_PLACES = re.compile(fold_letters(r"(?<!\w)(?:both (?:districts|towns|cities|regions)|the two (?:districts|towns)|"
                                      r"المنطقتين|المنطقتان|كلتا المنطقتين|المدينتين|оба района)(?!\w)"))
# "وبقيت المدينة تحت إدارة السلطات الأرمنية", "remained under Armenian control": a state, not a change
STATE_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:remain\w*|still|[وف]?(?:بقيت|بقي|ظلت|ظل|لا تزال|لا يزال|ما زالت|ما زال)|оста[её]т\w*|оставал\w*)"
    r"(?!\w)[^.,،;]{0,40}$"))
