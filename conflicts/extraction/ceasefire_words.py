"""Vocabulary for ceasefires: triggers, date roles, references to the deal, and terms."""
from __future__ import annotations

import re

from .patterns import ScriptLexicon, lexicon_regex

STRONG_TRIGGERS = ScriptLexicon({"strong_triggers": [
    "cease-?fires?", "truces?", "armistice", "agreement to end", "deal (?:ending|to end)", "trilateral statement",
    "peace (?:agreement|accord)", "humanitarian pause",
    r"(?:agreed|agreement|deal|accord) to (?:stop|halt|end|cease) (?:all )?(?:the )?(?:fighting|hostilities|clashes)",
    r"اتفاق\s+(?:ال)?تهدئه", r"بيانا?\s+ثلاثيا?", r"اتفاق(?:يه)?\s+(?:ال)?سلام", r"мирн[а-я]*\s+соглашени[а-я]*",
    "joint statement", "peace deal", r"memorandum (?:on|of) (?:[\w-]+ ){0,3}?(?:de-escalation|ceasefire|truce|cessation)",
    r"مذكره\s+(?:\S+\s+){0,3}?(?:خفض التصعيد|وقف)", r"меморандум[а-я]*\s+(?:\S+\s+){0,3}?(?:деэскалац|прекращени)[а-я]*",
    "cessation of hostilities",
    # the truce told by its effect: "on 12 May the guns fell silent", "صمتت المدافع", "замолчали орудия"
    r"guns (?:\w+ )?(?:fell|fall|went|go) (?:\w+ )?silent", r"(?:صمتت|سكتت|تصمت|تسكت)\s+(?:ال)?(?:مدافع|بنادق)",
    r"(?:замолчал|смолкл|умолкл)[а-я]*\s+(?:\S+\s+)?(?:орудия|пушки)",
    # "both sides ceased fire at noon", "прекратили огонь"; not "fighting ceased", which may resume within the hour
    r"ceased (?:fire|firing)", r"прекрати[а-я]*\s+огонь",
    # "suspend anti-terror measures" halts a war; "suspend some measures under the nuclear deal" does not
    r"suspend(?:ed|s|ing)?\s+(?:\w+\s+){0,4}?(?:operations|hostilities|offensive|(?:military|anti-?terror\w*|"
    r"counter-?terror\w*)\s+measures)",
    r"halt(?:ed|s)?\s+(?:\w+\s+){0,2}?(?:offensive|operations|hostilities)",
    r"تعليق\s+[\"«“]?(?:ال)?(?:عمليات|اجراءات|اعمال)(?:ها|هم|ه)?",
    # "приостановить боевые действия в одностороннем порядке": a unilateral halt
    r"приостанов[а-я]*\s+(?:\S+\s+){0,3}?(?:действи|операци|наступлени)[а-я]*",
    r"وقف\s+(?:\S+\s+){0,2}?(?:ل)?(?:لاطلاق|اطلاق)\s+النار", r"وقف\s+النار",
    r"وقف\s+(?:كامل\s+)?(?:ل)?(?:لعمليات|العمليات)\s+(?:العسكريه|القتاليه)", r"وقف\s+(?:ال)?(?:اعمال\s+)?القتال(?:يه)?",
    "هدنه", "الهدنه", "هدنتين", "هدنتان",
    r"وقف\s+(?:ال)?اعمال\s+العدائيه", "البيان المشترك", "البيان الثلاثي", r"توقفت[^.،]{0,30}بموجب\s+اتفاق",
    r"прекращени[а-я]*\s+огня", r"прекращени[а-я]*\s+(?:боев|военн)[а-я]*\s+действий", "перемири[а-я]*", r"режим[а-я]*\s+тишины",
    r"(?:трехсторонн|трёхсторонн|совместн)[а-я]*\s+заявлени[а-я]*",
]}, arabic_prefix=True)
# What makes an agreement found through "the deal"/"اتفاق" a ceasefire when no ceasefire word
# stands in its paragraph: "an agreement to set up a demilitarised zone in Idlib".
_DEAL_KIND = [
    r"demilitari[sz]ed (?:zone|area|strip)", "buffer zone", "de-escalation", r"end (?:the )?(?:fighting|war|hostilities)",
    "security corridor", "منزوعه السلاح", "منطقه عازله", "خفض التصعيد", r"(?:انهاء|وقف) (?:ال)?(?:حرب|قتال|معارك)",
    r"ممر\s+امن", r"демилитаризованн[а-я]*\s+зон[а-я]*", r"буферн[а-я]*\s+зон[а-я]*", r"деэскалаци[а-я]*",
    r"коридор[а-я]*\s+безопасности",
]
DEAL_KIND = re.compile(lexicon_regex(_DEAL_KIND, arabic_prefix=True))
WEAK_TRIGGERS = ScriptLexicon({
    "referring": [
        r"the (?:[\w-]+-(?:brokered|mediated|backed|sponsored) )?(?:deal|agreement|statement|accord|memorandum|protocol|pact)",
        r"the [\w-]+ (?:protocol|memorandum|accords?)",
        "الاتفاق", "البيان", "اتفاق", "المذكره", "مذكره", "البروتوكول",
        "договоренност[а-я]*", "соглашени[а-я]*", "меморандум[а-я]*", "протокол[а-я]*", "заявлени[а-я]*",
    ],
    # "signed an agreement on Tuesday": a new agreement, of any kind until its sentence says;
    # "اتفق الرئيسان، أمس، على إقامة منطقة منزوعة السلاح": the deal named by what it sets up
    "indefinite": [r"an? (?:[\w-]+ )?(?:deal|agreement|accord|memorandum|protocol|pact)", *_DEAL_KIND],
}, arabic_prefix=True)
# A paragraph opened by the deal as its subject goes on to say what the deal does: "The deal,
# signed by ..., froze the forces in their positions"; "وتؤكد المذكرة ..."; "Соглашение предусматривает".
DEAL_SUBJECT = ScriptLexicon({"deal_subject": [
    r"(?:the|this|that|under the|in the) (?:[\w-]+ ){0,3}?(?:deal|agreement|accord|memorandum|pact|truce|cease-?fire|"
    r"armistice|protocol|(?:joint|trilateral) statement)",
    r"(?:\S+\s+)?[وف]?(?:ال)?(?:اتفاق|اتفاقيه|مذكره|هدنه|بروتوكول|بيان (?:ال)?(?:ثلاثي|مشترك))",
    r"(?:\S+\s+)?(?:соглашени|договоренност|меморандум|перемири)[а-я]*",
]})
_DEAL_NOUN = "(?:deal|agreement|accord|statement|cease-?fire|truce|memorandum|protocol)"
# Paragraphs that spell out what the deal contains.
CONTENT_REFERENCES = ScriptLexicon({"content_references": [
    "under the terms", rf"the terms of the (?:\S+ ){{0,2}}?{_DEAL_NOUN}", "the text", "provides for", "calls for", "obliges",
    rf"under (?:the|an?|this|that) (?:\S+ ){{0,2}}{_DEAL_NOUN}", "protocol", "بروتوكول", "البروتوكول",
    "meant to", "intended to", "aims? to", "aimed at", "designed to",
    r"stipulat\w*", r"envisag\w*", "under which",
    "نص", "ينص", "تنص", "نصت", "بنود", "بموجب", "بمقتضاه", "ترمي", "تهدف", "يقضي", "تقضي", "يتضمن", "تتضمن",
    r"وفقا\s+(?:ل)?(?:ل)?(?:اتفاق|مذكره|بيان)", "предусматрива[а-я]*",
    "предусмотрен[а-я]*", "по условиям",
]}, arabic_prefix=True)
FUTURE_CONTINUATION = re.compile(lexicon_regex([
    "will", "are to", "is to", "are to be", "سيتم", "سوف", "будут", "будет",
]))
SIGNED = re.compile(lexicon_regex([
    "signed", "signing", "agreed", "accepted", "reached", "(?<!-)brokered", "announced", "concluded", "struck",
    "sealed", "clinched", "inked", "hammered out", "التوصل", "توصل",
    "توصلا", "توصلت", "توصلوا", "ابرمت", "ابرم", "ابرما",
    "وقع", "وقعه", "وقعت", "وقعا", "وقعتا", "وقعها", "الموقع", "الموقعه", "توقيع", "اتفقت", "اتفقا", "اتفقتا",
    r"وقع(?:ت|تا|ا|وا)?(?:ه|ها|هما|اه|وه)", "المبرم", "المبرمه", r"ابرم(?:ت|ا|تا|وا)?(?:ه|ها)", "اعلن", "اعلنت",
    "اعلنا", "اعلنتا", "المعلن", "المعلنه", "put their names to", "initialled", "initialed",
    "اتفق", "подписа[а-я]*", "договорил[а-я]*", "заключ[а-я]*", r"достиг[а-я]*", r"объяв[а-я]*", r"согласова[а-я]*",
    # consenting to a deal, or deciding on a halt of one's own ("قررت تعليق عملياتها", "decided to suspend")
    r"وافق(?:ت|ا|وا|تا)?", r"согласил[а-я]*", "decided", "suspended", "halted", r"приостанов[а-я]*",
    r"قرر(?:ت|ا|وا|تا)?", r"решил[а-я]*",
], arabic_prefix=True))
# Issuing a statement dates the deal it announces ("according to statements issued on Saturday"),
# but only a statement issued by a meeting is itself a deal ("the statement of the Moscow meeting").
ISSUED = re.compile(lexicon_regex([
    "issued", "اصدر", "اصدرت", "اصدرا", "اصدرتا", "اصدرته", "اصدرتها", "اصدرتهما", "الصادر", "صدر", "выпущен[а-я]*",
], arabic_prefix=True))
ISSUED_BY_MEETING = re.compile(lexicon_regex([
    r"(?:issued|released|adopted) (?:after|at|by|from) (?:the )?(?:[\w-]+ ){0,2}?(?:meeting|summit|talks)",
    r"(?:ال)?صادر\s+(?:عن|عقب|في ختام)\s+(?:ال)?(?:اجتماع|قمه|لقاء|محادثات|مباحثات)",
    r"(?:по итогам|принят[а-я]*\s+на)\s+(?:встреч|переговор|саммит)[а-я]*",
], arabic_prefix=True))
# The verb that makes the deal, read before its date: "توصل الرئيسان، أمس الاثنين، إلى اتفاق",
# "signed on Monday an agreement". Narrower than SIGNED: "announced on Monday" announces anything.
SIGNING_VERB = re.compile(lexicon_regex([
    "signed", "agreed", "reached", "concluded", "struck", "sealed", "clinched",
    "توصل", "توصلا", "توصلت", "توصلوا", "توصلتا", "وقع", "وقعت", "وقعا", "وقعتا", r"وقع(?:ت|تا|ا|وا)?(?:ه|ها|هما|اه|وه)",
    "المبرم", "المبرمه", "put their names to",
    "ابرم", "ابرمت", "ابرما", "اتفق", "اتفقت", "اتفقا", "اتفقتا", "подписа[а-я]*", "договорил[а-я]*", "заключ[а-я]*",
    r"وافق(?:ت|ا|وا|تا)?", r"согласил[а-я]*",
], arabic_prefix=True))
EFFECTIVE = re.compile(lexicon_regex([
    "take effect", "took effect", "takes effect", "taken effect", "in force", "into force", "into effect",
    "went into", "taking effect", "coming into force", "starting", "beginning", "effective", "came into force", "begins?",
    "as of", "اعتبارا من", "ابتداء من", "بدءا من", "يسري", "سريانه", "سريان", "حيز التنفيذ", "يبدا", "توقفت", "تدخل", "действует",
    r"вступ[а-я]*\s+в\s+силу", "تبدا", r"(?:fell|fall|went|go) (?:\w+ )?silent", "صمتت", "سكتت", "تصمت", "تسكت",
    r"замолчал[а-я]*", r"смолкл[а-я]*", r"умолкл[а-я]*", "ceased", r"прекратил[а-я]*",
    "سيبدا", "ستبدا", "took hold", "takes hold", "kicked in", "kicks in",
    "حيز التطبيق", "مفعوله", "مفعولها", r"(?:начн|начина|начал)[а-я]*\s+действова[а-я]*", "начиная с",
    # "the ceasefire that ended six weeks of fighting ... on 10 November": the day the guns stopped
    r"end(?:ed|ing|s) (?:the |a )?(?:[\w-]+ ){0,3}?(?:of )?(?:fighting|war|hostilities|clashes)",
    r"(?:انهى|انهت|اوقف|اوقفت)\s+(?:\S+\s+){0,3}?(?:ال)?(?:قتال|حرب|معارك|اعمال القتاليه)",
    r"(?:положил|положило|положила)\s+конец\s+(?:\S+\s+){0,2}?(?:войн|боев|бо[ёе]в|столкновени)[а-я]*",
], arabic_prefix=True))
# "entered into force at 1 p.m." / "عند الساعة الواحدة ظهرا": a time of day with no date of its
# own, so the deal took effect on the day it was agreed (at midnight: as the next day began).
CLOCK_TIME = re.compile(lexicon_regex([
    r"\d{1,2}[:.]\d{2}", r"\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)", "noon", "midnight", "منتصف الليل", r"полноч[а-я]*",
    r"\d{1,2}\s*(?:gmt|local time)",
    r"الساعه\s+(?:\S+\s+){0,2}?(?:ظهرا|صباحا|مساء|ليلا|بالتوقيت)", r"الساعه\s+\d{1,2}", "ظهرا",
    r"الساعه\s+(?:ال)?(?:واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)",
    r"в\s+\d{1,2}[:.]\d{2}", r"с\s+\d{1,2}[:.]\d{2}", "полдень",
], arabic_prefix=True))
# "at midnight on Friday": the night that ends Friday, so the truce runs from Saturday.
# English only: "منتصف ليل السبت" and "в полночь на субботу" count the night toward the day it opens.
MIDNIGHT = re.compile(r"(?<!\w)midnight(?!\w)")
MIDNIGHT_WORD = re.compile(r"midnight|منتصف الليل|полноч")
# "at midnight Friday to Saturday, i.e. at the start of 6 May": the second date restates the first.
RESTATEMENT = re.compile(lexicon_regex([r"i\.\s?e\.", "that is", "namely", "اي", "то есть"], arabic_prefix=False))
MEDIATION = re.compile(lexicon_regex([
    "mediated by", "brokered by", "put forward by", "sponsored by", "with the mediation of", "برعايه", "بوساطه",
    "بضمانه", "при посредничестве", "при содействии",
], arabic_prefix=True))

TERMS: dict[str, list[str]] = {
    "positions_frozen": [
        "stay on the positions",
        r"(?:remain|stay)\w* (?:\w+ ){0,2}?(?:in|on|at) (?:their|the) (?:current |present )?positions",
        r"(?:keep|keeps|kept) (?:\w+ ){0,3}?in (?:their|the) (?:current |present )?positions",
        "positions they (?:now )?hold", r"(?:freez|froze|frozen)\w* (?:\w+ ){0,3}?(?:in|on|at) (?:their|the) "
        r"(?:current |present )?positions", r"(?:freez\w*|froze|frozen) (?:the )?(?:front ?lines?|line of contact)",
        "المواقع التي تسيطر عليها", "بقاء قوات", r"(?:تبقى|تظل|بقاء|تجميد)\s+(?:\S+\s+){0,3}?(?:في|على|عند)\s+"
        r"(?:مواقعها|مواقعهم|المواقع)", r"تجميد\s+(?:\S+\s+){0,2}?(?:خطوط|خط)\s+(?:ال)?(?:تماس|جبهه)",
        r"на\s+занимаем[а-я]*\s+(?:ими\s+)?позици[а-я]*", r"останавлива[а-я]*\s+на\s+(?:\S+\s+){0,2}?позици[а-я]*",
        # "Azerbaijan keeps the areas it captured": each side holds what it took
        r"(?:keep|keeps|kept|retain\w*|hold\w*) (?:on to )?(?:all )?(?:the )?(?:areas|territor(?:y|ies)|lands?|gains) "
        r"(?:it|they) (?:had )?(?:captured|seized|took|taken|won|gained)",
        r"(?:تحتفظ|يحتفظ|احتفاظ|الاحتفاظ)\s+(?:\S+\s+){0,2}?(?:بالمناطق|بالاراضي|بالمواقع)\s+التي\s+"
        r"(?:سيطرت|استعادت|استولت|سيطر|تسيطر|يسيطر)",
        r"сохраня[а-я]*\s+(?:за\s+собой\s+)?(?:\S+\s+){0,2}?(?:территори|район|позици)[а-я]*,?\s+(?:которые|занят)",
    ],
    "territory_return": [
        # not "handed over their heavy weapons", which disarms
        "hands? back", r"handed (?:over|back)(?! (?:their |all )?(?:heavy |light |medium )?(?:weapons|arms))",
        "return (?:three|two|\\w+) districts",
        r"(?:transfer|handover|hand-over|surrender) of (?:the )?(?:[\w-]+ ){0,2}?(?:districts?|regions?|territor(?:y|ies))",
        r"(?:give|gives|gave|giving) up (?:the )?(?:[\w-]+ ){0,2}?(?:districts?|regions?|territor(?:y|ies))",
        r"(?:return|cede|hand over|give back)(?:s|ed|ing)? (?:control of )?(?:the )?(?:(?!to |from )[\w-]+ ){0,2}?"
        r"(?:districts?|regions?|territor(?:y|ies))",
        "change hands", "return of the (?:\\w+ )?districts", "استعادت",
        r"(?:تسليم|اعاده|اعادت|تسلم|يسلم|ستسلم|سلمت)\s+(?:\S+\s+){0,2}?(?:مناطق|المناطق|منطقه|اراض|الاراضي|مدن)",
        r"(?:возвра|переда)[а-я]*\s+(?:\S+\s+){0,3}?район[а-я]*",
        # "the army took over the Nassib crossing under it", "تسلّم الجيش بموجبه معبر نصيب"
        r"(?:took|takes|take|taken) over (?:control of )?(?:the )?(?:[\w-]+ ){0,3}?(?:crossing|town|city|district|area)s?",
        r"(?:تسلم|تسلمت|يتسلم|سيتسلم|استلم|استلمت)\s+(?:\S+\s+){0,5}?(?:ال)?(?:معبر|منطقه|مناطق|مدينه|بلده|قريه)",
        r"(?:перешл|перешел|перешёл|перейд)[а-я]*\s+под\s+контроль",
        # "the return of state institutions to the districts": the government takes the ground back
        r"(?:return|restoration) of (?:the )?(?:state (?:institutions|authority|control)|government (?:control|authority))",
        r"(?:عوده|اعاده|استعاده)\s+(?:\S+\s+){0,1}?(?:مؤسسات|سلطه|سيطره|سلطات)\s+(?:ال)?دوله",
        r"возвра[а-я]*\s+(?:\S+\s+){0,1}?(?:государствен[а-я]*\s+)?(?:институт|власт|орган)[а-я]*",
    ],
    # deployment, not a mere mention ("a ceasefire put forward by Russian peacekeepers")
    "peacekeepers": [
        "(?:deploy\\w*|sends?|sent|sending|dispatch\\w*|station\\w*) (?:of )?(?:[\\w,]+ ){0,3}(?:peacekeep\\w*|troops)",
        "peacekeep\\w* (?:will|to) (?:be )?deploy\\w*",
        # "The force of 1,960 troops, with 90 armoured vehicles, was deployed under the ceasefire"
        r"(?:troops|peacekeep\w*)[^.;]{0,80}?(?:was|were|had been|have been|would be|will be) (?:\w+ )?deployed",
        "(?:control|protection|supervision) of (?:\\w+ ){0,2}peacekeep\\w*",
        r"peacekeeping (?:force|contingent|mission) (?:of|will|would|is to)",
        r"(?:سيطره|حمايه|اشراف|رقابه|مراقبه|اداره)\s+(?:\S+\s+){0,2}?حفظ\s+(?:ال)?سلام",
        r"(?:под\s+)?(?:контрол|охран|защит)[а-я]*\s+(?:\S+\s+){0,2}?миротвор[а-я]*",
        "(?:patrolled|guarded|monitored|policed) by (?:\\w+ ){0,2}peacekeep\\w*",
        "peacekeep\\w* (?:(?:would|will|are to|were) )?(?:be )?(?:deployed|stationed|posted)",
        r"(?:تنتشر|ستنتشر|ينتشر|سينتشر)\s+(?:\S+\s+){0,3}?حفظ\w*\s+(?:ال)?سلام",
        "(?:نشر|انتشار) (?:\\w+ ){0,2}(?:ل)?حفظ\\w* (?:ال)?سلام",
        r"(?:نشر|نشرت|ينشر|تنشر|سينشر|ستنشر)\s+(?:\S+\s+){0,3}?(?:جندي|جنود|عسكري)",
        "(?:размещ|развертыва|развёртыва|разверн|ввод|введ)[а-я]* (?:\\S+ ){0,2}?миротвор[а-я]*",
        r"миротвор[а-я]*\s+(?:\S+\s+){0,3}?(?:размещ|развернут|развёрнут|введ|разверн)[а-я]*",
    ],
    "corridor": ["corridors?", "ممر", "ممرات", "коридор[а-я]*"],
    "prisoner_exchange": [
        "prisoners? of war", "prisoner exchange", "exchange of prisoners",
        r"(?:exchange|swap|return)\s+(?:of\s+)?(?:\w+\s+){0,3}?bodies", "body exchange",
        r"(?:exchange|swap) (?:of )?(?:\w+ ){0,2}(?:detainees|captives|hostages)",
        r"تبادل\s+(?:\S+\s+){0,2}?(?:الجثث|الجثامين|جثث)", r"обмен[а-я]*\s+(?:\S+\s+){0,2}?тел",
        r"exchange (?:\w+ ){0,2}prisoners", "prisoner swap", "تبادل اسرى", "تبادل الاسرى",
        r"تبادل\s+(?:ال)?(?:محتجزين|معتقلين|رهائن)", "обмен[а-я]* пленн[а-я]*", "военнопленн[а-я]*",
    ],
    "refugee_return": [
        "refugees (?:\\w+ ){0,3}(?:are to )?return", "displaced (?:people )?and refugees",
        r"return(?:ing)? of (?:the )?(?:internally )?(?:displaced|refugees)",
        r"displaced (?:persons|people) (?:\w+ ){0,3}(?:are to |will |to )?return",
        "عوده اللاجيين", "عوده النازحين", "عوده المهجرين",
        r"عوده\s+(?:\S+\s+){0,3}?(?:ل|ال)(?:لاجيين|نازحين|مهجرين)",
        "возвращени[а-я]* беженцев", r"беженц[а-я]*\s+(?:\S+\s+){0,2}?возвраща[а-я]*",
    ],
    "transport_unblock": [
        "unblock[a-z]*", "transport links", "فتح الطرق", "رفع الحصار",
        r"(?:reopen|restor)\w* (?:of )?(?:the )?(?:[\w-]+ ){0,2}?(?:traffic|transit|highways?|roads?|railways?|"
        r"communications|transport)",
        r"(?:استعاده|اعاده|استئناف|فتح|اعاده فتح)\s+(?:حركه\s+)?(?:العبور|المرور|النقل|الطرق|الطريقين|"
        r"الطريق الدولي|الطرق الدوليه|السكك)",
        r"فتح\s+(?:\S+\s+){0,2}?(?:طرق|خطوط|المواصلات|الاتصالات)", "разблокир[а-я]*",
        r"восстановлени[а-я]*\s+(?:\S+\s+)?(?:движени|транзит|сообщени)[а-я]*",
    ],
    "withdrawal": [
        "will withdraw", "withdrawal of", "pull(?:ed)? out", r"(?:must|to|would|shall) withdraw", r"pull(?:s|ed)? back",
        r"pull-?backs?", r"(?:اخراج|ابعاد)\s+(?:\S+\s+){0,2}?(?:عناصر|القوات|قوات|المقاتلين|الوحدات|المسلحين|التشكيلات)",
        r"(?:войск|сил|подразделени|формировани)[а-я]*\s+(?:\S+\s+){0,5}?покин[а-я]*",
        "انسحاب", r"س?[تي]نسحب", r"سحب\s+(?:\S+\s+){0,2}?(?:القوات|الاسلحه|الوحدات)",
        r"вывод[а-я]*\s+(?:\S+\s+){0,2}?(?:войск|сил|подразделени|формировани)[а-я]*", r"отвод[а-я]*\s+(?:войск|сил)",
    ],
    # fighters who refuse the deal leave the area: a withdrawal even where districts are handed back
    "evacuation": [
        r"(?:evacuat\w*|departure|leave|leaves|to leave|will leave) (?:of )?(?:the )?(?:[\w-]+ ){0,3}?"
        r"(?:fighters|rebels|militants|gunmen)",
        r"(?:fighters|rebels|militants|gunmen) (?:\w+ ){0,4}?(?:will|would|are to|to) (?:be )?"
        r"(?:leave|evacuated|bussed|transferred)",
        r"(?:يغادر|سيغادر|تغادر|مغادره|خروج|يخرج|سيخرج|ترحيل|اجلاء)\s+(?:\S+\s+){0,2}?(?:ال)?"
        r"(?:رافضون|رافضين|مسلحون|مسلحين|مقاتلون|مقاتلين|فصائل|عناصر)",
        r"(?:вывод|выход|эвакуаци|вывоз)[а-я]*\s+(?:\S+\s+){0,2}?(?:боевик|повстанц|вооруж[её]нн)[а-я]*",
    ],
    "disarmament": [
        "disarm[a-z]*", "lay down (?:their )?(?:weapons|arms)", "give up (?:their )?weapons",
        "disband[a-z]*", r"تسليم\s+(?:ال)?(?:سلاح|اسلحه)\w*",
        "نزع السلاح", r"نزع\s+سلاح\w*", "تسليم السلاح", "تسليم الاسلحه", "القاء السلاح",
        r"(?:س?[تي]لقي|س?[تي]سلم)\s+(?:\S+\s+){0,3}?(?:سلاحها|اسلحتها|سلاحهم|اسلحتهم)",
        r"حل\s+(?:ال)?تشكيلات", "разоруж[а-я]*", r"(?:сда|слож)[а-я]*\s+(?:\S+\s+){0,2}?оружи[а-я]*",
        r"(?:hand|hands|handed|handing|surrender\w*) (?:over )?(?:their |all )?(?:heavy |light |medium )?"
        r"(?:and (?:heavy |light |medium ))?(?:weapons|arms)",
    ],
    "monitoring": [
        "monitoring mission", "monitors", "observers", "joint patrols", "monitor(?:ing)? (?:the )?compliance",
        "(?:working group|task force|joint commission|monitoring centre|monitoring center) to monitor",
        r"(?:working group|task force|joint (?:monitoring )?(?:centre|center|commission))\b",
        r"(?:monitoring|verification) mechanism", "observer mission",
        "مجموعه عمل", "فريق عمل", "مركز (?:ال)?مراقبه", "لمراقبه", "مراقبه (?:الالتزام|تنفيذ|وقف)",
        r"(?:اليه|بعثه)\s+(?:ل)?(?:ال)?مراقبه", "مراقبين", "دوريات",
        r"рабоч[а-я]*\s+групп[а-я]*", r"мониторинг[а-я]*", r"центр[а-я]*\s+(?:по\s+)?контрол[а-я]*",
        "наблюдател[а-я]*", r"совместн[а-я]*\s+патрул[а-я]*",
    ],
}
TERM_LEXICON = ScriptLexicon(TERMS, arabic_prefix=True)  # one pass per sentence finds every term
# Terms no trade or transit agreement has: an agreement providing for them ends a war.
CEASEFIRE_ONLY_TERMS = ("positions_frozen", "peacekeepers", "prisoner_exchange", "disarmament")
# "a week after the ceasefire, the government said on Monday": the day of the report.
SPEECH = re.compile(lexicon_regex([
    "said", "says", "told", "reported", "added", "stated", "قال", "قالت", "ذكر", "ذكرت", "افاد", "افادت", "اضاف",
    "اضافت", r"заяви[а-я]*", r"сообщи[а-я]*", r"сказа[а-я]*",
], arabic_prefix=True))
# A ceasefire talked about, called for, proposed or refused is no deal: "talks on a ceasefire will
# open on Thursday", "Putin called for a truce on Friday", "دعت ... إلى وقف إطلاق النار".
NOT_A_DEAL = re.compile(lexicon_regex([
    "talks", "negotiations", r"negotiat\w+", r"call(?:s|ed|ing)? for", r"urg\w+", r"appeal\w*", r"demand\w*",
    r"propos\w+", "proposal", r"plan(?:s|ned)?", r"hop(?:e|es|ed|ing)", r"push(?:es|ed|ing)? for", r"reject\w*",
    r"refus\w*", r"seek\w*", "sought", "possible", "ready to", "would", "could", "might", r"fail(?:s|ed)? to",
    r"فشل\w*", r"не\s+(?:удалось|смогли|сумели)",
    "محادثات", "مفاوضات", "مباحثات", r"دعا", r"دعت", r"دعوا", r"يدعو", r"تدعو", r"دعوه", r"دعوات", r"طالب\w*",
    r"حث", r"حثت", r"مقترح", r"اقتراح", r"اقترح\w*", r"خطه", r"رفض\w*", r"يرفض", r"ترفض", r"سعي", r"مساع",
    r"переговор[а-я]*", r"призва[а-я]*", r"призыв[а-я]*", r"предлож[а-я]*", r"отверг[а-я]*", r"отказ[а-я]*",
], arabic_prefix=True))
# Talks before the verb are how a deal came about ("after hours of talks, the sides agreed to a truce");
# only after it do they replace the deal ("agreed to hold talks on a truce").
TALKS = re.compile(lexicon_regex([
    "talks", "negotiations", r"negotiat\w+", "محادثات", "مفاوضات", "مباحثات", r"переговор[а-я]*",
], arabic_prefix=True))
# "a peace deal could be signed by the end of the year": a date for a deal that may never be.
HYPOTHETICAL = re.compile(lexicon_regex([
    "could", "might", "may be", r"hop(?:e|es|ed|ing)", "likely", "possibly", "ربما", "يمكن", "قد يتم", "يامل", "تامل",
    r"может", r"могут", r"возможно",
], arabic_prefix=True))
# A ceasefire said to be broken, violated or collapsing is an old one: the date is the breach's.
BROKEN = re.compile(lexicon_regex([
    r"violat\w*", r"breach\w*", "broke", "broken", r"break(?:s|ing)?", r"collaps\w*", "shattered",
    r"خرق\w*", r"خروقات", "انتهاك", r"انتهاكات", r"انتهك\w*", r"انهار\w*", "انهيار", r"تنتهك", r"ينتهك",
    r"наруш[а-я]*", r"сорва[а-я]*", r"срыв[а-я]*",
], arabic_prefix=True))
# A ceasefire said to be holding, or talks said to resume, is not a new ceasefire on that day.
STATUS = re.compile(lexicon_regex([
    r"(?:appear\w*|seem\w*) to (?:be )?(?:hold\w*|largely hold\w*)", r"(?:was|is|were|are) (?:\w+ )?holding", "held",
    "holds", "largely held", r"(?:would|will|to) resume", "resumed", "صامده", "صمدت", "تصمد", "صامدا",
    r"س?[تي]ستانف", "استئناف", "استونفت", r"возобнов[а-я]*",
    r"соблюда[а-я]*", r"держ[а-я]*ся",
], arabic_prefix=True))
# Words that make a named state a go-between rather than a side: "brokered", "guarantor states".
MEDIATOR_ROLE = re.compile(lexicon_regex([
    r"mediat\w*", r"broker\w*", r"sponsor\w*", r"guarantor\w*", r"guarantee\w*", "host", "hosted",
    r"وساط\w*", r"برعايه", "رعايه", r"(?:ال)?ضامن\w*", r"بضمان\w*", r"وسيط\w*",
    r"посредни[а-я]*", r"гарант[а-я]*", r"при содействии",
], arabic_prefix=True))
OPPOSITION = re.compile(lexicon_regex(["opposition", "rebels", "المعارضه", "оппозици[а-я]*"], arabic_prefix=True))
SYRIA_WORDS = re.compile(lexicon_regex(["syria\\w*", "idlib", "aleppo", "damascus", "astana", "de-escalation",
                                        "سوري\\w*", "ادلب", "حلب", "دمشق", "استانا", "خفض التصعيد", "сири[а-я]*",
                                        "идлиб[а-я]*", "астан[а-я]*"], arabic_prefix=True))
KARABAKH_WORDS = re.compile(lexicon_regex(["karabakh", "armenia\\w*", "azerbaijan\\w*", "قره باغ", "كاراباخ",
                                           "ارمين\\w*", "اذربيجان\\w*", "карабах[а-я]*", "армени[а-я]*",
                                           "азербайджан[а-я]*"], arabic_prefix=True))
# Deals by which one side lays down its arms and gives up ground: a truce only if the text says so.
RECONCILIATION = re.compile(lexicon_regex([
    r"reconciliation", r"settlement (?:deal|agreement)", r"surrender (?:deal|agreement)",
    r"(?:ال)?تسويه", r"(?:ال)?مصالحه", r"примирени[а-я]*", r"урегулировани[а-я]*\s+статус[а-я]*",
], arabic_prefix=True))
CONFLICT_PARTIES = ("ARM", "AZE", "nkr", "SYR", "syrian-opposition")
