"""Who a casualty figure counts and who gives it: population, party, reporter."""
from __future__ import annotations

import re

from . import casualty_words as vocab
from .normalize import fold_letters
from .numbers import NumberMention
from .parties import PartyMention
from .types import Casualty

_POPULATION_BREAK = re.compile(fold_letters(r"[,،;:]|(?<!\w)(?:while|whereas|but|فيما|بينما|في حين)(?!\w)"))
_CLAUSE_PUNCTUATION = re.compile(r"[,،;:]")
_CLAUSE_END = re.compile(r"\s*(?:[,،.;]|$)")


def population(text: str, language: str, number: NumberMention, kind: str, span: tuple[int, int], *,
               principal: list[Casualty], following: int, toll: str | None, antecedent: Casualty | None) -> str:
    """Military, civilian or unknown, from the nouns around the figure or the figure it continues.
    `principal` are the sentence's earlier figures that are not subsets ("including 2 children")."""
    after = text[number.end:number.end + 60]
    before = text[max(span[0], number.start - 20):number.start]
    if principal and (vocab.OTHERS_AFTER.match(after) or vocab.ANOTHER_BEFORE.search(before)):
        return principal[0].population  # "killing two soldiers and wounding three others"
    if vocab.GENERIC_PEOPLE_AFTER.match(after):  # "200 people, including 10 civilians": not all civilians
        return "civilian" if kind == "displaced" else "unknown"
    if principal and _bare(language, after):
        return principal[-1].population  # "погибли 12 мирных жителей, более 50 получили ранения"
    nearest = _nearest_population_word(text, number, span[0], following)
    if nearest:
        return nearest
    if antecedent is not None:
        return antecedent.population  # "raised the figure to 2,425": the servicemen counted before
    if toll and (vocab.MILITARY_RE.search(toll) or vocab.ARMY_RE.search(toll)):
        return "military"  # "حصيلة قتلى الجيش ... ارتفعت إلى", "the number of soldiers killed ... rose to"
    around = text[max(span[0], number.start - 40):number.end + 60]
    if vocab.CREW_RE.search(around) and vocab.MILITARY_CRAFT_RE.search(text, span[0], span[1]):
        return "military"  # "a military helicopter was shot down ..., killing two crew members"
    return "civilian" if kind == "displaced" else "unknown"


def _bare(language: str, after: str) -> bool:
    """No noun of its own: "more than 50 were wounded", "40 جريحا"."""
    start = len(after) - len(after.lstrip())
    return bool(vocab.AUXILIARY.match(after, start) or vocab.KIND_AFTER[language].match(after, start))


def _nearest_population_word(text: str, number: NumberMention, sentence_start: int, following: int) -> str | None:
    """The population word closest to the figure: 'four soldiers and one civilian' are two. Not
    across a clause break before it ("... بينهم عشرة مدنيين، فيما أصيب 400"), nor past the next
    figure when a clause break separates them ("321 went missing, and ... 53,340 residents")."""
    low = max(sentence_start, number.start - 40)
    cut = last_match(_POPULATION_BREAK, text[low:number.start])
    if cut is not None:
        low += cut.end()
    high = number.end + 60
    if following < high and _CLAUSE_PUNCTUATION.search(text, number.end, following):
        high = following
    around = text[low:high]
    best, distance = None, None
    for label, pattern in (("military", vocab.MILITARY_RE), ("civilian", vocab.CIVILIAN_RE)):
        for match in pattern.finditer(around):
            start = low + match.start()
            gap = number.start - (low + match.end()) if start < number.start else start - number.end
            gap = gap * 2 if start < number.start else gap  # the noun follows its figure
            if distance is None or gap < distance:
                best, distance = label, gap
    return best


def usable_parties(text: str, parties: list[PartyMention], sentence_start: int) -> list[PartyMention]:
    """The sentence's parties less a dateline's city ("YEREVAN, Sept. 15 —", "باكو –"): where the
    story was filed says nothing about whose people it counts or who counted them."""
    if sentence_start and text[sentence_start - 1] != "\n":
        return parties
    dateline = vocab.DATELINE.match(text, sentence_start)
    if dateline is None:
        return parties
    return [party for party in parties if party.start >= dateline.end()]


def victim_party(text: str, number: NumberMention, parties: list[PartyMention]) -> str | None:
    """Whose people the figure counts when no party qualifies it: the last party named before it
    (else the first after), passing over places, attackers and adversaries ("over Armenia",
    "killed by Azerbaijani shelling", "brokered by the United States and Russia")."""
    if both_sides(text, number):
        return None  # "عدد القتلى من الجانبين", "killed on both sides"
    victims = possible_victims(text, parties)
    before = [party for party in victims if party.start < number.start]
    if before:
        return before[-1].code
    return victims[0].code if victims else None


def origin_party(text: str, kind: str, span: tuple[int, int]) -> str | None:
    """People who fled Karabakh are its Armenians, whichever country counts their arrival:
    "100,417 people had crossed into the country from Nagorno-Karabakh"."""
    if kind != "displaced":
        return None
    return "nkr" if vocab.FROM_KARABAKH.search(text, span[0], span[1]) else None


def both_sides(text: str, number: NumberMention) -> bool:
    return bool(vocab.BOTH_SIDES.search(text, max(0, number.start - 40), number.end + 30))


def counts_the_reporters_own(text: str, number: NumberMention) -> bool:
    """'105 of its soldiers', 'مقتل ٢٧٨٣ من أفراد قواتها', 'своих военнослужащих': the speaker's own."""
    return bool(vocab.POSSESSIVE_AFTER.match(text, number.end))


def possible_victims(text: str, parties: list[PartyMention]) -> list[PartyMention]:
    victims, excluded = [], False
    for position, party in enumerate(parties):
        # "between Armenia and Azerbaijan": the second shares the first's preposition
        chained = excluded and position > 0 and bool(
            vocab.PARTY_COORDINATION.match(text[parties[position - 1].end:party.start]))
        excluded = chained or _not_the_victim(text, party)
        if not excluded and party.code not in vocab.NEVER_VICTIMS:
            victims.append(party)
    return victims


def _not_the_victim(text: str, party: PartyMention) -> bool:
    if vocab.SPEAKER_AFTER.match(text, party.end):
        return False  # "with Armenia saying 105 of its soldiers had been killed"
    before = text[max(0, party.start - 40):party.start]
    if vocab.NOT_VICTIM_BEFORE.search(before[-20:]) and not vocab.INSTITUTION_IN.search(before):
        return True
    if text.startswith("ال", party.start) and vocab.ARABIC_NOUN_AFTER_PREPOSITION.search(before):
        return True  # "ضد القوات الأرمينية": the adjective follows its noun
    if vocab.ATTACK_AFTER.match(text, party.end) or vocab.ATTACK_BEFORE.search(before):
        return True
    return bool(vocab.BORDER_AFTER.match(text, party.end) or vocab.BORDER_BEFORE.search(before))


class _Source:
    __slots__ = ("start", "end", "code", "gap", "closes")

    def __init__(self, start: int, end: int, code: str, gap: int, closes: bool) -> None:
        self.start, self.end, self.code, self.gap, self.closes = start, end, code, gap, closes


def reporter(text: str, parties: list[PartyMention], number: NumberMention, following: int,
             span: tuple[int, int]) -> str | None:
    """Who gives the figure: a source that closes it ("4 soldiers, according to Yerevan, and
    3 ..., according to Baku"), else the nearest source before it ("Baku admitted the deaths of
    12"), else the likeliest source of its clause ("..., Azerbaijan said"), else the clause's
    first party that is not a place ("in Syria") or a target ("protests against Assad"). A
    clause opened by "while"/"بينما" after the figure has its own source."""
    sources = _sources(text, parties)
    clause = vocab.NEW_CLAUSE.search(text, number.end, span[1])
    clause_end = clause.start() if clause else span[1]
    end = min(clause_end, following)
    closing = [source for source in sources if source.closes and number.end <= source.start and source.end <= end]
    if closing:
        return min(closing, key=lambda source: source.start).code
    earlier = [source for source in sources if source.end <= number.start]
    if earlier:
        return max(earlier, key=lambda source: source.end).code
    in_clause = [source for source in sources if source.start < clause_end]
    if in_clause:
        return min(in_clause, key=lambda source: source.gap).code
    speakers = [party for party in possible_victims(text, parties) if party.start < clause_end]
    return speakers[0].code if speakers else None


def _sources(text: str, parties: list[PartyMention]) -> list[_Source]:
    """Each attribution word with the party nearest it (at most 40 characters away)."""
    sources = []
    for match in vocab.ATTRIBUTION.finditer(text, max(0, parties[0].start - 60), parties[-1].end + 60):
        best = None
        for party in parties:
            gap = party.start - match.end() if party.start >= match.end() else match.start() - party.end
            if 0 <= gap <= 40 and (best is None or gap < best[1]):
                best = (party, gap)
        if best is None:
            continue
        party, gap = best
        start, end = min(match.start(), party.start), max(match.end(), party.end)
        # "according to Baku" closes its figure; "Baku said." only at the end of a clause
        closes = bool(vocab.SOURCE_PREPOSITION.search(match.group())) or bool(_CLAUSE_END.match(text, end))
        sources.append(_Source(start, end, party.code, gap, closes))
    return sources


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - we want the closest one
        pass
    return last
