"""Who is who: party names, demonyms, capitals-as-metonyms and leaders, per language.

Codes are ISO 3166-1 alpha-3 for states and lowercase slugs for non-state actors.
"""
from __future__ import annotations

from dataclasses import dataclass

from .patterns import ScriptLexicon

# Ordered: specific non-state phrases first, so "ethnic Armenian forces" is nkr, not ARM.
_PARTIES: list[tuple[str, list[str]]] = [
    ("unhcr", ["unhcr", "un refugee agency", "u.n. refugee agency", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
               "مفوضية اللاجئين", "ужвб", "управлени[а-я]* оон по делам беженцев"]),
    ("un", ["united nations", "u.n.", "un agencies", "un office", "un humanitarian", "ocha", "un human rights office",
            "الأمم المتحدة", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "оон"]),
    ("sohr", ["syrian observatory for human rights", "المرصد السوري لحقوق الإنسان", "المرصد السوري",
              "сирийск[а-я]* обсерватори[а-я]*"]),
    ("syrian-opposition", ["syrian opposition", "armed opposition", "opposition factions", "rebels",
                           "المعارضة السورية", "المعارضة المسلحة", "فصائل المعارضة", "وفد المعارضة",
                           "сирийск[а-я]* оппозици[а-я]*"]),
    ("nkr", ["ethnic armenian forces", "karabakh (?:officials|authorities|forces|army|defen[cs]e army|foreign ministry)",
             "separatists?", "separatist (?:forces|authorities|administration|officials)",
             "breakaway (?:administration|republic|authorities)", "self-proclaimed republic", "artsakh",
             "karabakh(?:'s)? (?:ombudsman|human rights ombudsman|leader|president|government)",
             "سلطات قره باغ", "السلطات الانفصالية", "سلطات الإقليم", "سلطات الاقليم الانفصالية",
             "أمين المظالم في الإقليم", "أمين المظالم في قره باغ", "الإدارة الانفصالية", "الانفصاليين", "الانفصاليون",
             "جمهورية ناغورنو كاراباخ", "جمهورية ناغورنو قره باغ", "جمهورية آرتساخ", "آرتساخ",
             "власти непризнанной республики", "непризнанн[а-я]* республик[а-я]*", "карабахск[а-я]* власт[а-я]*",
             "сепаратист[а-я]*", "арцах[а-я]*"]),
    ("hts", ["hayat tahrir al-sham", "tahrir al-sham", "hts", "nusra front", "هيئة تحرير الشام", "تحرير الشام",
             "جبهة النصرة", "хайят тахрир аш-шам", "джебхат ан-нусра"]),
    ("sdf", ["syrian democratic forces", "sdf", "قوات سوريا الديمقراطية", "قسد", "сирийск[а-я]* демократическ[а-я]* сил[а-я]*"]),
    ("ypg", ["ypg", "people's protection units", "kurdish militia", "kurdish fighters", "kurdish forces",
             "وحدات حماية الشعب", "الوحدات الكردية", "المقاتلين الأكراد", "المقاتلون الأكراد", "القوات الكردية",
             "отряд[а-я]* народной самообороны", "курдск[а-я]* формировани[а-я]*"]),
    ("SYR", ["syrian government", "government forces", "regime forces", "syrian army", "damascus", "assad",
             "الحكومة السورية", "النظام السوري", "دمشق", "الوفد الحكومي", "القوات الحكومية", "قوات النظام",
             "الجيش السوري", "الجيش العربي السوري", "الجيش العربي", "сирийск[а-я]* арми[а-я]*",
             "правительственн[а-я]* войск[а-я]*",
             "сирийск[а-я]* правительств[а-я]*", "дамаск[а-я]*"]),
    ("ARM", ["armenia", "armenian", "armenians", "yerevan", "pashinyan", "torosyan",
             "أرمينيا", "أرمينية", "الأرمينية", "الأرميني", "أرميني", "أرمينيين", "الأرمينيين", "أرمنيين",
             "الأرمنيين", "أرمني", "أرمينيون", "الأرمينيون", "الأرمني", "الأرمنية", "الأرمن", "أرمن", "يريفان",
             "باشينيان", "армени[а-я]*", "армянск[а-я]*", "армян[а-я]*", "еревaн[а-я]*", "ереван[а-я]*",
             "пашинян[а-я]*"]),
    ("AZE", ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "baku", "aliyev",
             "أذربيجان", "الأذربيجاني", "الأذربيجانية", "أذربيجانية", "أذربيجاني", "أذربيجانيين",
             "الأذربيجانيين", "أذربيجانيون", "الأذربيجانيون", "الأذري", "الأذرية", "أذري", "باكو",
             "علييف", "азербайджан[а-я]*", "баку", "алиев[а-я]*"]),
    ("RUS", ["russia", "russian", "moscow", "kremlin", "putin", "lavrov", "shoigu", "interfax",
             "روسيا", "روسية", "الروسي", "الروسية", "الروس", "موسكو", "الكرملين", "بوتين", "لافروف",
             "росси[а-я]*", "российск[а-я]*", "москв[а-я]*", "кремл[а-я]*", "путин[а-я]*", "шойгу", "лавров[а-я]*"]),
    ("TUR", ["turkey", "turkish", "türkiye", "turkiye", "ankara", "erdogan", "تركيا", "التركي", "التركية",
             "أنقرة", "أردوغان", "турци[а-я]*", "турецк[а-я]*", "анкар[а-я]*", "эрдоган[а-я]*"]),
    ("IRN", ["iran", "iranian", "tehran", "إيران", "الإيراني", "الإيرانية", "طهران", "иран[а-я]*", "тегеран[а-я]*"]),
    ("USA", ["united states", "u.s.", "washington", "الولايات المتحدة", "واشنطن", "сша", "вашингтон[а-я]*"]),
]


def _group_name(code: str) -> str:
    return "p_" + code.replace("-", "_")


_GROUP_TO_CODE = {_group_name(code): code for code, _ in _PARTIES}
_LEXICON = ScriptLexicon({_group_name(code): entries for code, entries in _PARTIES}, arabic_prefix=True)


@dataclass(frozen=True, slots=True)
class PartyMention:
    code: str
    start: int
    end: int


def find_parties(text: str, language: str) -> list[PartyMention]:
    """Party mentions in normalised text, in order."""
    return [
        PartyMention(_GROUP_TO_CODE[match.lastgroup], match.start(), match.end())
        for match in _LEXICON[language].finditer(text)
        if match.lastgroup
    ]


# Who takes a handed-back territory when the text names only the giver.
COUNTERPART = {"ARM": "AZE", "AZE": "ARM", "nkr": "AZE"}
