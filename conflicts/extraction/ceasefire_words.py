"""Vocabulary for ceasefires: triggers, date roles, references to the deal, and terms."""
from __future__ import annotations

import re

from .patterns import ScriptLexicon, lexicon_regex

STRONG_TRIGGERS = ScriptLexicon({"strong_triggers": [
    "cease-?fires?", "truces?", "armistice", "agreement to end", "deal (?:ending|to end)", "trilateral statement",
    "joint statement", "peace deal", r"memorandum (?:on|of) (?:[\w-]+ ){0,3}?(?:de-escalation|ceasefire|truce|cessation)",
    r"مذكره\s+(?:\S+\s+){0,3}?(?:خفض التصعيد|وقف)", r"меморандум[а-я]*\s+(?:\S+\s+){0,3}?(?:деэскалац|прекращени)[а-я]*",
    "cessation of hostilities", r"suspend(?:ed|s)?\s+(?:\w+\s+){0,4}?(?:operations|measures|hostilities|offensive)",
    r"halt(?:ed|s)?\s+(?:\w+\s+){0,2}?(?:offensive|operations|hostilities)",
    r"تعليق\s+[\"«“]?(?:ال)?(?:عمليات|اجراءات|اعمال)", r"وقف\s+(?:\S+\s+){0,2}?(?:ل)?(?:لاطلاق|اطلاق)\s+النار", r"وقف\s+النار",
    r"وقف\s+(?:كامل\s+)?(?:ل)?(?:لعمليات|العمليات)\s+العسكريه", r"وقف\s+(?:ال)?(?:اعمال\s+)?القتال(?:يه)?",
    "هدنه", "الهدنه", "هدنتين", "هدنتان",
    r"وقف\s+(?:ال)?اعمال\s+العدائيه", "البيان المشترك", "البيان الثلاثي", r"توقفت[^.،]{0,30}بموجب\s+اتفاق",
    r"прекращени[а-я]*\s+огня", "перемири[а-я]*", r"режим[а-я]*\s+тишины",
]}, arabic_prefix=True)
WEAK_TRIGGERS = ScriptLexicon({"weak_triggers": [
    "the deal", "the agreement", "the statement", "the accord", "الاتفاق", "البيان", "اتفاق",
    "договоренност[а-я]*", "соглашени[а-я]*",
]}, arabic_prefix=True)
# Paragraphs that spell out what the deal contains.
CONTENT_REFERENCES = ScriptLexicon({"content_references": [
    "under the terms", "the terms", "the text", "provides for", "calls for", "obliges",
    r"under the (?:\S+ ){0,2}(?:deal|agreement|accord|statement)", "protocol", "بروتوكول", "البروتوكول",
    "meant to", "intended to", "aims? to", "aimed at", "designed to",
    "نص", "ينص", "تنص", "نصت", "بنود", "بموجب", "بمقتضاه", "ترمي", "تهدف", "يقضي", "предусматрива[а-я]*",
    "предусмотрен[а-я]*", "по условиям",
]}, arabic_prefix=True)
FUTURE_CONTINUATION = re.compile(lexicon_regex([
    "will", "are to", "is to", "are to be", "سيتم", "سوف", "будут", "будет",
]))
SIGNED = re.compile(lexicon_regex([
    "signed", "signing", "agreed", "accepted", "reached", "(?<!-)brokered", "announced", "التوصل", "توصل", "توصلا",
    "ابرمت", "ابرم",
    "وقع", "وقعه", "وقعت", "الموقع", "توقيع", "اتفقت",
    "اتفق", "подписа[а-я]*", "договорил[а-я]*",
], arabic_prefix=True))
EFFECTIVE = re.compile(lexicon_regex([
    "take effect", "took effect", "takes effect", "in force", "into force", "into effect",
    "went into", "taking effect", "coming into force", "starting", "beginning", "effective", "came into force", "begins?",
    "as of", "اعتبارا من", "ابتداء من", "بدءا من", "يسري", "سريانه", "سريان", "حيز التنفيذ", "يبدا", "توقفت", "تدخل", "действует",
    r"вступ[а-я]*\s+в\s+силу",
], arabic_prefix=True))
MEDIATION = re.compile(lexicon_regex([
    "mediated by", "brokered by", "put forward by", "sponsored by", "with the mediation of", "برعايه", "بوساطه",
    "بضمانه", "при посредничестве", "при содействии",
], arabic_prefix=True))

TERMS: dict[str, list[str]] = {
    "positions_frozen": ["stay on the positions", "remain (?:in|on) (?:their|the) positions",
                         "positions they (?:now )?hold", "المواقع التي تسيطر عليها", "بقاء قوات",
                         "на занимаемых позициях"],
    "territory_return": ["hands? back", "handed (?:over|back)", "return (?:three|two|\\w+) districts",
                         "change hands", "return of the (?:\\w+ )?districts", "استعادت",
                         r"(?:تسليم|اعاده|اعادت)\s+(?:\S+\s+){0,2}?(?:مناطق|المناطق|منطقه|اراض|الاراضي|مدن)",
                         "возвра[а-я]* район[а-я]*",
                         "передач[а-я]* район[а-я]*"],
    # deployment, not a mere mention ("a ceasefire put forward by Russian peacekeepers")
    "peacekeepers": [
        "(?:deploy\\w*|send|sending|dispatch\\w*) (?:of )?(?:[\\w,]+ ){0,3}(?:peacekeep\\w*|troops)",
        "peacekeep\\w* (?:will|to) (?:be )?deploy\\w*",
        "(?:control|protection|supervision) of (?:\\w+ ){0,2}peacekeep\\w*",
        "(?:patrolled|guarded|monitored|policed) by (?:\\w+ ){0,2}peacekeep\\w*",
        "peacekeep\\w* (?:(?:would|will|are to|were) )?(?:be )?(?:deployed|stationed|posted)",
        r"(?:تنتشر|ستنتشر|ينتشر|سينتشر)\s+(?:\S+\s+){0,3}?حفظ\w*\s+(?:ال)?سلام",
        "(?:نشر|انتشار) (?:\\w+ ){0,2}حفظ\\w* (?:ال)?سلام",
        "(?:размещени|развертывани|ввод)[а-я]* миротвор[а-я]*",
    ],
    "corridor": ["corridor", "ممر", "коридор[а-я]*"],
    "prisoner_exchange": ["prisoners? of war", "prisoner exchange", "exchange of prisoners",
                          r"(?:exchange|swap|return)\s+(?:of\s+)?(?:\w+\s+){0,3}?bodies", "body exchange",
                          r"تبادل\s+(?:\S+\s+){0,2}?(?:الجثث|الجثامين|جثث)", r"обмен[а-я]*\s+(?:\S+\s+){0,2}?тел",
                          r"exchange (?:\w+ ){0,2}prisoners", "prisoner swap", "تبادل اسرى",
                          "تبادل الاسرى", "обмен[а-я]* пленн[а-я]*", "военнопленн[а-я]*"],
    "refugee_return": ["refugees (?:\\w+ ){0,3}(?:are to )?return", "displaced (?:people )?and refugees",
                       "عوده اللاجيين", "عوده النازحين", "возвращени[а-я]* беженцев"],
    "transport_unblock": ["unblock[a-z]*", "transport links", "فتح الطرق", "رفع الحصار",
                          "разблокир[а-я]*"],
    "withdrawal": ["will withdraw", "withdrawal of", "pull(?:ed)? out", "انسحاب", r"س?[تي]نسحب", r"вывод\s+(?:войск|сил)"],
    "disarmament": ["disarm[a-z]*", "lay down (?:their )?(?:weapons|arms)", "give up (?:their )?weapons",
                    "disband[a-z]*", "نزع السلاح", "نزع سلاح", "تسليم السلاح", "تسليم الاسلحه", "القاء السلاح",
                    r"(?:س?[تي]لقي|س?[تي]سلم)\s+(?:\S+\s+){0,3}?(?:سلاحها|اسلحتها|سلاحهم|اسلحتهم)",
                    r"حل\s+(?:ال)?تشكيلات", "разоруж[а-я]*", r"сда[а-я]*\s+оружи[а-я]*"],
    "monitoring": ["monitoring mission", "monitors", "observers", "joint patrols", "monitor(?:ing)? (?:the )?compliance",
                   "(?:working group|task force|joint commission|monitoring centre|monitoring center) to monitor",
                   r"(?:working group|task force|joint (?:monitoring )?(?:centre|center|commission))\b",
                   "مجموعه عمل", "فريق عمل", "مركز (?:ال)?مراقبه", "لمراقبه", "مراقبه (?:الالتزام|تنفيذ|وقف)",
                   r"рабоч[а-я]*\s+групп[а-я]*", r"мониторинг[а-я]*", r"центр[а-я]*\s+(?:по\s+)?контрол[а-я]*",
                   "مراقبين", "دوريات",
                   "наблюдател[а-я]*", r"совместн[а-я]*\s+патрул[а-я]*"],
}
TERM_LEXICON = ScriptLexicon(TERMS, arabic_prefix=True)  # one pass per sentence finds every term
# A ceasefire said to be holding, or talks said to resume, is not a new ceasefire on that day.
STATUS = re.compile(lexicon_regex([
    r"(?:appear\w*|seem\w*) to (?:be )?(?:hold\w*|largely hold\w*)", r"(?:was|is|were|are) (?:\w+ )?holding", "held",
    "holds", "largely held", r"(?:would|will|to) resume", "resumed", "صامده", "صمدت", "تصمد", "صامدا",
    r"соблюда[а-я]*", r"держ[а-я]*ся",
], arabic_prefix=True))
OPPOSITION = re.compile(lexicon_regex(["opposition", "rebels", "المعارضه", "оппозици[а-я]*"], arabic_prefix=True))
SYRIA_WORDS = re.compile(lexicon_regex(["syria\\w*", "idlib", "aleppo", "damascus", "astana", "de-escalation",
                                        "سوري\\w*", "ادلب", "حلب", "دمشق", "استانا", "خفض التصعيد", "сири[а-я]*",
                                        "идлиб[а-я]*", "астан[а-я]*"], arabic_prefix=True))
KARABAKH_WORDS = re.compile(lexicon_regex(["karabakh", "armenia\\w*", "azerbaijan\\w*", "قره باغ", "كاراباخ",
                                           "ارمين\\w*", "اذربيجان\\w*", "карабах[а-я]*", "армени[а-я]*",
                                           "азербайджан[а-я]*"], arabic_prefix=True))
CONFLICT_PARTIES = ("ARM", "AZE", "nkr", "SYR", "syrian-opposition")
