"""Territory changes: a named place handed over, captured or left, with parties and date."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from . import territory_words as vocab
from .document import Document
from .gazetteer import PlaceHit, PlaceRecord
from .parties import COUNTERPART, PartyMention
from .territory_dates import change_date
from .types import TerritoryChange

_FIRST_OBJECT_WINDOW = 60
_LIST_GAP = 45
_LOCATIVE_GAP = 16
_RECIPIENT_REACH = 40
_SUBJECT_WINDOW = 70
_REGION_KINDS = {"region", "republic", "territory", "enclave"}
_ANTECEDENT_REACH = 8
_VERB_SUBJECT_REACH = 30
_RELATIVE_REACH = 50
_NAME_AFTER_NOUN = 15
_HOLDER_REACH = 25
_ASIDE_REACH = 20
_LOCAL_KINDS = {"district", "city", "town", "village", "rayon", "settlement"}


def extract_territory_changes(document: Document) -> list[TerritoryChange]:
    if not document.places:
        return []  # every change names a place, directly or through an antecedent
    changes: dict[tuple[str, str | None], TerritoryChange] = {}
    handover_context = bool(vocab.HANDOVER_CONTEXT.search(document.text))
    triggers = vocab.TRIGGERS[document.language]
    handover_words: list[tuple[int, re.Match[str]]] = []  # headlines included: they still say who receives
    for index, sentence in enumerate(document.sentences):
        for match in triggers.finditer(document.text, sentence.start, sentence.end):
            if match.lastgroup in ("a_receipt", "a_handover"):
                handover_words.append((index, match))
            if sentence.headline:
                continue
            if match.lastgroup.startswith("p_"):
                _passive(changes, document, index, match, handover_context)
            else:
                _active(changes, document, index, match, handover_context)
    if handover_context:
        _withdrawals_as_handovers(changes)
    _fill_handover_recipients(changes, document, handover_words)
    taken = {(key[0], change.start) for key, change in changes.items() if change.to_party}
    # "withdrew from Aghdam, handing it over to Azerbaijan": one change, the handover (in one sentence;
    # peacekeepers leaving a region that changed hands the year before is a change of its own)
    return [change for key, change in changes.items()
            if change.to_party or (change.kind == "withdrawal" and (key[0], change.start) not in taken)]


def _receivers_named(document: Document, handover_words: list) -> Counter:
    """Who the article's handover words give to, placed or not."""
    receivers: Counter = Counter()
    for index, match in handover_words:
        reading = "capture" if match.lastgroup == "a_receipt" else "handover"
        _giver, receiver = _parties(document, document.in_sentence(document.parties, index), match, reading, False,
                                    match.end())
        if receiver:
            receivers[receiver] += 1
    return receivers


def _withdrawals_as_handovers(changes: dict) -> None:
    """'مهلة الانسحاب من كيلبجار حتى ٢٥ نوفمبر' in an article about a run of handovers: leaving a
    district on schedule is its handover; who receives it is read from the other handovers."""
    if not any(change.kind == "handover" for change in changes.values()):
        return
    for key, change in list(changes.items()):
        if change.kind == "withdrawal" and change.to_party is None:
            del changes[key]
            change.kind = "handover"
            change.from_party = None  # "Baku agreed to extend the withdrawal": the speaker does not leave
            existing = changes.get(key)
            if existing is not None:
                existing.date = existing.date or change.date
            else:
                changes[key] = change


def _fill_handover_recipients(changes: dict, document: Document, handover_words: list) -> None:
    """'وكان مقرراً تسليم منطقة كلبجار...': a handover naming no recipient goes where the
    article's other handovers go."""
    if not any(change.kind == "handover" and change.to_party is None for change in changes.values()):
        return
    recipients = Counter(change.to_party for change in changes.values() if change.kind == "handover" and change.to_party)
    # "أذربيجان تتسلم أربع قرى حدودية من أرمينيا": a headline or a count of unnamed villages still says who
    recipients = recipients or _receivers_named(document, handover_words)
    if not recipients:
        return
    recipient = recipients.most_common(1)[0][0]
    givers = Counter(change.from_party for change in changes.values()
                     if change.kind == "handover" and change.to_party == recipient and change.from_party)
    giver = givers.most_common(1)[0][0] if givers else None
    for key, change in list(changes.items()):
        if change.kind != "handover" or change.to_party is not None:
            continue
        existing = changes.get((key[0], recipient))
        del changes[key]
        if existing is not None:
            existing.date = existing.date or change.date
            continue
        change.to_party = recipient
        change.from_party = change.from_party or giver
        changes[(key[0], recipient)] = change


def _active(changes: dict, document: Document, index: int, match: re.Match[str], handover_context: bool) -> None:
    """'recaptured Zangilan', 'استعاد ... مدينة زنغيلان': the places come after the trigger."""
    sentence = document.sentences[index]
    kind = match.lastgroup[2:]
    if kind == "loss":  # the subject lost it; the other side took it
        if not _suppressed(document.text, match.start(), match.end(), sentence.start):
            _record_objects(changes, document, index, match, ("loss", "capture"))
        return
    if kind == "receipt":  # the receiver is read like a taker; what happened is a handover
        _record_objects(changes, document, index, match, ("capture", "handover"))
        return
    entry = handover_context and bool(vocab.ENTRY.search(match.group()))
    obliged = (kind != "capture" or entry) and bool(
        vocab.OBLIGATION_BEFORE.search(document.text, max(0, match.start() - 40), match.start()))
    if _suppressed(document.text, match.start(), match.end(), sentence.start, obliged=obliged) \
            or (match.group().startswith("ل") and not obliged):
        return  # "للسيطرة على": in order to take, not taken; "مهلة ... للانسحاب": a deadline
    # Troops entering under a deal receive a handover; who receives is read as for a capture.
    shown_kind = "handover" if entry else kind
    _record_objects(changes, document, index, match, (kind, shown_kind))
    _record_gapped(changes, document, index, match, (kind, shown_kind), passive=False)


def _record_objects(changes: dict, document: Document, index: int, match: re.Match[str],
                    kinds: tuple[str, str]) -> None:
    for record, start, limit in _objects_after(document, index, match):
        _record(changes, document, index, match, kinds, record, start, limit, passive=False)


def _record_gapped(changes: dict, document: Document, index: int, match: re.Match[str], kinds: tuple[str, str], *,
                   passive: bool) -> None:
    for record, place_end, date in _gapped(document, index, match):
        _record(changes, document, index, match, kinds, record, place_end, place_end, passive=passive, date=date)


def _passive(changes: dict, document: Document, index: int, match: re.Match[str], handover_context: bool) -> None:
    """'Shusha ... had fallen', 'Aghdam passed to Azerbaijan': the place comes first."""
    if _suppressed(document.text, match.start(), sentence_start=document.sentences[index].start) \
            or vocab.UNDER_CONTROL.search(match.group()) and vocab.STATE_BEFORE.search(
                document.text, max(document.sentences[index].start, match.start() - 60), match.start()):
        return
    if vocab.NEXT_IN_LINE.fullmatch(match.group().strip()) and not handover_context:
        return  # "is next" is a handover only in an article about a run of handovers
    kind = match.lastgroup[2:]
    shown = kind
    if handover_context and kind == "capture" and vocab.UNDER_CONTROL.search(match.group()):
        shown = "handover"  # "باتت منذ اليوم تحت حماية حرس الحدود" in a report of a handover
    for record, start, limit in _subjects_before(document, index, match, kind):
        _record(changes, document, index, match, (kind, shown), record, start, limit, passive=True)
    _record_gapped(changes, document, index, match, (kind, kind), passive=True)


def _gapped(document: Document, index: int, match: re.Match[str]) -> list[tuple[PlaceRecord, int, str]]:
    """'Shusha had fallen to them on May 8, 1992, and Lachin, which Armenians call Berdzor, on May 18,
    1992, opening a route': a second place and its own date, the verb left out."""
    text = document.text
    dates = [date for date in document.in_sentence(document.dates, index) if date.start >= match.end()]
    places = [hit for hit in document.in_sentence(document.places, index) if hit.start >= match.end()]
    found = []
    for date in dates:
        hit = next((hit for hit in places if hit.start >= date.end), None)
        if hit is None or not vocab.GAPPED_AFTER.match(text[date.end:hit.start]) \
                or _capital_metonym(document, hit) or not _usable(document, hit):
            continue
        second = next((other for other in dates if other.start >= hit.end), None)
        if second is None or not vocab.GAP_ASIDE.fullmatch(text[hit.end:second.start]) \
                or not vocab.CLAUSE_END.match(text, second.end):
            continue
        found.append((hit.record, hit.end, second.value))
    return found


def _suppressed(text: str, position: int, end: int | None = None, sentence_start: int = 0, *,
                obliged: bool = False) -> bool:
    before = text[max(sentence_start, position - 40):position]
    purpose = vocab.PURPOSE_BEFORE.search(before) and not obliged
    if vocab.NEGATION.search(before) or purpose or vocab.ATTEMPT_BEFORE.search(before):
        return True
    if vocab.ADJECTIVAL_BEFORE.search(before) and not (end is not None and vocab.NOMINAL_TRIGGER.search(text[position:end])):
        return True
    if vocab.PEACEKEEPERS.search(text, max(sentence_start, position - 60), position):
        return True  # peacekeepers entering a town take no territory
    return end is not None and bool(vocab.INTO_FORCE_AFTER.match(text, end))


def _usable(document: Document, hit: PlaceHit) -> bool:
    text = document.text
    if hit.record.kind == "corridor" or "corridor" in hit.record.name.lower():
        return False  # a corridor is a route under a deal, not a district changing hands
    return not (vocab.CORRIDOR_AFTER.match(text, hit.end) or vocab.CORRIDOR_BEFORE.search(text[max(0, hit.start - 12):hit.start]))


def _objects_after(document: Document, index: int, match: re.Match[str]) -> list[tuple[PlaceRecord, int, int]]:
    text, sentence = document.text, document.sentences[index]
    after = text[match.end():sentence.end]
    if vocab.PRONOUN_OBJECT.match(after) or vocab.POSSESSIVE_TRIGGER.match(match.group()) \
            or vocab.PRONOUN_INSIDE.search(match.group()) or match.group().endswith("ها"):
        record = _antecedent(document, index, match.start())
        return [(record, match.end(), sentence.end)] if record else []
    region = vocab.ANAPHORIC_REGION.search(after[:25]) or (
        match.lastgroup == "a_withdrawal"
        and vocab.LEAVING_THE_REGION.search(text, max(0, match.end() - 4), match.end() + _FIRST_OBJECT_WINDOW)
        and not _named_after(document, match.end()))
    if region:
        record = _main_region(document)
        return [(record, match.end(), sentence.end)] if record else []
    town = vocab.ANAPHORIC_DISTRICT.search(after[:45])
    # "the town" alone points back; "город Шуша" or "Агдамский район" names it
    if town and not _named_after(document, match.end()) and not _named_after(document, match.end() + town.end()):
        record = _antecedent(document, index, match.start(), local=True, noun=town.group())  # "احتلت القوات الأرمينية المدينة"
        return [(record, match.end(), sentence.end)] if record else []
    objects = _listed_places(document, index, match)
    if not objects:
        relative = _relative_antecedent(document, index, match)
        return [(relative.record, match.end(), sentence.end)] if relative else []
    # a name given twice ("Kalbajar, or Karvachar") is one object whose date may follow either
    distinct = [hit for position, hit in enumerate(objects)
                if position == 0 or hit.record.key != objects[position - 1].record.key]
    return [
        (hit.record, hit.end, distinct[position + 1].start if position + 1 < len(distinct) else sentence.end)
        for position, hit in enumerate(distinct)
    ]


def _listed_places(document: Document, index: int, match: re.Match[str]) -> list[PlaceHit]:
    """The place right after the trigger, then any that continue a list ("X, Y and Z")."""
    text = document.text
    kind = match.lastgroup[2:]
    dates = document.in_sentence(document.dates, index)
    places = [hit for hit in document.in_sentence(document.places, index) if hit.start >= match.end()]
    objects: list[PlaceHit] = []
    previous_end = match.end()
    for hit in places:
        gap = _without_dates(text, previous_end, hit.start, dates)
        allowed = _FIRST_OBJECT_WINDOW if not objects else _LIST_GAP
        if len(gap) > allowed or vocab.TRIGGERS[document.language].search(gap):
            break
        if objects and len(gap) <= _LOCATIVE_GAP and vocab.LOCATIVE_TAIL.search(vocab.PLACE_NOUN_OF.sub("", gap)):
            previous_end = hit.end  # "the town of Hadrut in Khojavend district, and Fuzuli": where, then on
            continue
        if objects and not _continues_list(gap):
            break  # "هادروت جنوبي إقليم قره باغ": where the town is, not a second town
        if not objects and any(mark in gap for mark in ",،;:") \
                and not vocab.SCHEDULE_COLON.search(gap) and not vocab.INCLUDING.search(gap):
            break  # "captured on Sunday, overlooks Stepanakert": the object never crosses a clause
        if not objects and vocab.TIGHT_TRIGGER.match(match.group()) and not all(
                vocab.LIST_WORD.fullmatch(word) for word in re.findall(r"[^\W\d_]+", gap)):
            break  # "عودة النازحين إلى أغدام": people return, the place does not change hands
        if not objects and vocab.ADJUNCT_TAIL.search(gap):
            break  # "captured the title in Baku", "positions near Fuzuli": where, not what
        if not objects and _capital_metonym(document, hit) and "\u0600" <= match.group()[:1] <= "\u06ff" \
                and hit.start - match.end() <= _VERB_SUBJECT_REACH:
            previous_end = hit.end  # "واستعادت خلالها باكو مساحات واسعة": Baku takes, it is not taken
            continue
        if _usable(document, hit) and not (kind != "capture" and _capital_metonym(document, hit)):
            objects.append(hit)
        previous_end = hit.end
    return objects


def _capital_metonym(document: Document, hit: PlaceHit) -> bool:
    """'передала Баку', 'left Yerevan for talks': a capital standing for its state is no district
    handed over or left."""
    index = bisect_left(document.party_starts, hit.start)
    return index < len(document.parties) and document.parties[index].start == hit.start


def _without_dates(text: str, start: int, end: int, dates: list) -> str:
    """The text between two points with its dates, and the commas around them, taken out:
    'دخلت وحدات من الجيش، اليوم الجمعة، منطقة أغدام' keeps the object in the clause."""
    gap = text[start:end]
    for date in reversed(dates):
        if start <= date.start and date.end <= end:
            gap = gap[: date.start - start] + "\x01" + gap[date.end - start:]
    return vocab.DATE_SLOT.sub(" ", gap)


def _named_after(document: Document, position: int) -> bool:
    """A place named within a few characters after `position`."""
    index = bisect_left(document.place_starts, position)
    return index < len(document.places) and document.places[index].start - position <= _NAME_AFTER_NOUN


def _relative_antecedent(document: Document, index: int, match: re.Match[str]) -> PlaceHit | None:
    """'Shusha, which Azerbaijani forces captured on November 8': the place before 'which'."""
    text = document.text
    before = [hit for hit in document.in_sentence(document.places, index) if hit.end <= match.start()]
    if not before or match.start() - before[-1].end > _RELATIVE_REACH:
        return None
    gap = text[before[-1].end:match.start()]
    return before[-1] if vocab.RELATIVE_AFTER_PLACE.search(gap) and _usable(document, before[-1]) else None


def _continues_list(gap: str) -> bool:
    if not gap.strip(" ()[]—–-/"):
        return True  # "Kalbajar (Kelbajar)": the same place under its other name
    gap = vocab.PLACE_NOUN_OF.sub("", gap)  # "and the nearby town of Horadiz": "of" names, it does not locate
    if not vocab.LIST_SEPARATOR.search(gap) or vocab.LOCATIVE_TAIL.search(gap):
        return False
    # only connectors may sit between listed places: "، ثم مدينة", ", and", "or", "فضلاً عن بلدة"
    return all(vocab.LIST_WORD.fullmatch(word) for word in re.findall(r"[^\W\d_]+", gap))


def _subjects_before(document: Document, index: int, match: re.Match[str], kind: str) -> list[tuple[PlaceRecord, int, int]]:
    text, sentence = document.text, document.sentences[index]
    before = text[max(sentence.start, match.start() - _SUBJECT_WINDOW):match.start()]
    places = [hit for hit in document.in_sentence(document.places, index)
              if hit.end <= match.start() and match.start() - hit.end <= _SUBJECT_WINDOW and _usable(document, hit)]
    if kind == "withdrawal":
        places = [hit for hit in places if vocab.LOCATIVE_BEFORE.search(text[max(0, hit.start - 8):hit.start])]
    # "The city of Shusha, perched above Stepanakert, was captured": the clause's first place
    places = [hit for hit in places if not vocab.CLAUSE_BREAK.search(text, hit.end, match.start())] or places[-1:]
    if places:
        # "Kalbajar, Aghdam and Lachin were handed over", "قرى أ وب وج باتت تحت ...": the whole list
        listed = [places[0]]
        in_sentence = document.in_sentence(document.places, index)
        for hit in reversed([hit for hit in in_sentence if hit.end <= places[0].start]):
            gap = text[hit.end:listed[0].start]
            if len(gap) > _LIST_GAP or not _continues_list(gap) or not _usable(document, hit):
                break
            listed.insert(0, hit)
        for hit in [hit for hit in in_sentence if places[0].end <= hit.start and hit.end <= match.start()]:
            gap = text[listed[-1].end:hit.start]
            if len(gap) > _LIST_GAP or not _continues_list(gap) or not _usable(document, hit):
                break
            listed.append(hit)
        return [(hit.record, match.end(), sentence.end) for hit in listed]
    if vocab.ANAPHORIC_REGION.search(before):
        record = _main_region(document)
        return [(record, match.end(), sentence.end)] if record else []
    if vocab.ANAPHORIC_DISTRICT.search(before) and kind == "capture":
        record = _antecedent(document, index, match.start(), local=True)  # "the district's main town fell on April 2"
        return [(record, match.end(), sentence.end)] if record else []
    both = vocab.BOTH_PLACES.search(before)
    if both:  # "Both districts were handed back": the last two districts named
        kinds = next((kinds for pattern, kinds in vocab.ANAPHOR_KINDS if pattern.search(both.group())), _LOCAL_KINDS)
        named: list[PlaceRecord] = []
        for hit in reversed(document.places[:bisect_left(document.place_starts, match.start())]):
            if hit.record.kind in kinds and _usable(document, hit) and not _capital_metonym(document, hit) \
                    and all(hit.record.key != record.key for record in named):
                named.append(hit.record)
            if len(named) == 2:
                return [(record, match.end(), sentence.end) for record in reversed(named)]
    return []


def _antecedent(document: Document, index: int, position: int, *, local: bool = False,
                noun: str = "") -> PlaceRecord | None:
    """'took it' / 'its capture': the district named just before, or the last place."""
    sentence = document.sentences[index]
    earlier = document.places[: bisect_left(document.place_starts, position)]
    kinds = next((kinds for pattern, kinds in vocab.ANAPHOR_KINDS if pattern.search(noun)), None)
    if kinds:  # "the city" points back to the last city named, not to a village beside it
        fitting = [hit for hit in earlier[-_ANTECEDENT_REACH:] if hit.record.kind in kinds and _usable(document, hit)
                   and not _capital_metonym(document, hit)]
        if fitting:
            return fitting[-1].record
    wants_local = local or bool(vocab.ANAPHORIC_DISTRICT.search(document.text, sentence.start, position))
    if index and vocab.TOPIC_TOWN.match(document.text, document.sentences[index - 1].start):
        # "The town holds deep symbolic value ... Armenian forces captured it": the sentence before
        # speaks of the article's town, not of the last place named
        salient = _salient_town(document)
        if salient is not None:
            return salient
    fallback = None
    # Walk back from the trigger; a few places back is as far as a pronoun reaches.
    setting = None
    for hit in reversed(earlier[-_ANTECEDENT_REACH:]):
        if hit.end > position or not _usable(document, hit):
            continue
        if vocab.SETTING_BEFORE.search(document.text, max(0, hit.start - 25), hit.start):
            setting = setting or hit.record  # "lies above Stepanakert": where, not what was taken
            continue
        if not wants_local or hit.record.kind in _LOCAL_KINDS:
            return hit.record
        fallback = fallback or hit.record
    return fallback or setting


def _salient_town(document: Document) -> PlaceRecord | None:
    """The town the article is about: the one its headline names, else the one named most."""
    local = [hit for hit in document.places if hit.record.kind in _LOCAL_KINDS and _usable(document, hit)]
    headline = [hit.record for hit in local if document.sentences[0].headline and hit.end <= document.sentences[0].end]
    if headline:
        return headline[0]
    counts = Counter(hit.record.key for hit in local)
    return max((hit.record for hit in local), key=lambda record: counts[record.key], default=None)


def _main_region(document: Document) -> PlaceRecord | None:
    counts = Counter(hit.record.key for hit in document.places)
    regions = [hit.record for hit in document.places if hit.record.kind in _REGION_KINDS]
    pool = regions or [hit.record for hit in document.places]
    return max(pool, key=lambda record: counts[record.key]) if pool else None


def _record(changes: dict, document: Document, index: int, match: re.Match[str], kinds: tuple[str, str],
            record: PlaceRecord, place_end: int, limit: int, *, passive: bool, date: str | None = None) -> None:
    """Add one change; `kinds` is (how to read the parties, what to call the change)."""
    party_kind, kind = kinds
    parties = document.in_sentence(document.parties, index)
    from_party, to_party = _parties(document, parties, match, party_kind, passive, place_end)
    date = date or change_date(document, index, match, place_end, limit)
    key = (record.key, to_party)
    existing = changes.get(key)
    if existing is not None:
        existing.date = existing.date or date
        return
    evidence, start, end = document.evidence(index)
    changes[key] = TerritoryChange(record.name, record.iso, record.key, from_party, to_party, kind, date,
                                   evidence, start, end)


def _parties(document: Document, parties: list[PartyMention], match: re.Match[str], kind: str,
             passive: bool, place_end: int) -> tuple[str | None, str | None]:
    text = document.text
    # "بوساطة روسية", "brokered by Russia": a mediator neither gives nor takes
    parties = [party for party in parties
               if not vocab.MEDIATOR_BEFORE.search(text, max(0, party.start - 20), party.start)]
    before = [party for party in parties if party.end <= match.start()]
    # "سيطر الجيش الأذربيجاني على": a verb-first trigger can hold its own subject
    verb_end = match.start() + len(match.group().split()[0])
    after = [party for party in parties if party.start >= verb_end]
    recipient = next((party.code for party in after if _is_recipient(text, party)), None)
    source = next((party.code for party in after if _is_source(text, match, party, place_end)), None)
    subject = _subject_before(text, before, match.start())
    if not passive and kind != "handover":
        subject = _verb_first_subject(text, match, after, source) or subject
    if kind == "withdrawal":
        return subject or source, None
    if kind == "loss":
        loser = _verb_first_subject(text, match, after, None) or subject
        taker = next((party.code for party in after if _is_recipient(text, party)), None)
        return loser, taker or COUNTERPART.get(loser or "")
    if kind == "handover":
        right_after = next((party.code for party in after
                            if party.start - match.end() <= 15 and not _is_recipient(text, party)), None)
        # "Azerbaijan agreed to postpone the handover of Kalbajar": who speaks of a handover
        # ("the handover of", "return of") is not who gives the place up
        nominal = bool(vocab.NOMINAL_HANDOVER.search(match.group())
                       or vocab.PASSIVE_LIGHT_VERB.search(text, max(0, match.start() - 10), match.start()))
        giver = (right_after or (None if nominal else subject)) if not passive else None
        if passive:  # "was due to be handed over": only an explicit recipient, close by, counts
            # ("Lachin, which is to be handed over on Dec. 1, will keep a corridor under Russian control")
            near = next((party.code for party in after
                         if party.start - match.end() <= _RECIPIENT_REACH and _is_recipient(text, party)
                         and not _has_comma(text[match.end():party.start])), None)
            return None, near
        return giver, recipient or COUNTERPART.get(giver or "")
    if passive:
        agent = next((party.code for party in after
                      if vocab.AGENT_BEFORE.search(text[max(0, party.start - 12):party.start])), None)
        if agent:  # "was captured by Armenian forces"
            return None, agent
        holder = next((party.code for party in parties
                       if match.start() <= party.start and party.start - match.end() <= _HOLDER_REACH), None)
        if holder and not recipient:  # "came under Azerbaijani control", "تحت سيطرة القوات الأذربيجانية"
            return None, holder
        if recipient:  # "Hadrut fell to Azerbaijani forces": the loser is the other side
            return COUNTERPART.get(recipient) if subject in (None, recipient) else subject, recipient
        loser = subject or (after[0].code if after else None)
        return loser, recipient or COUNTERPART.get(loser or "")
    if vocab.FALL.search(match.group()):
        taker = next((party.code for party in after
                      if vocab.TAKER_BEFORE.search(text[max(0, party.start - 20):party.start])), None)
        return (COUNTERPART.get(taker or ""), taker) if taker else (None, None)
    if vocab.FROM_PRONOUN_AFTER.match(text, match.end()) and subject:
        source = subject  # "اخترقت خط الدفاع للقوات الأرمينية، وحررت منها": taken from the side named before
        subject = _verb_first_subject(text, match, after, source)
    taker = subject if subject != source else None
    sentence = document.sentences[document.sentence_of(match.start())]
    if vocab.SENTENCE_PRONOUN_START.match(text, sentence.start) and not _clause_subject(text, before, match.start()):
        taker = None  # "They captured X ..., after rebels pulled out, and seized Y": not the rebels
    if taker is None and (not before or vocab.SENTENCE_PRONOUN_START.match(text, sentence.start)) \
            and vocab.PRONOUN_SUBJECT.search(
            text[max(sentence.start, match.start() - 40):match.start()]) or taker is None and \
            vocab.SENTENCE_PRONOUN_START.match(text, sentence.start):
        taker = _previous_subject(document, match.start())  # "They captured Maarat al-Numan"
        if taker == source:
            taker = None
    if taker is None and kind == "capture" and source:
        taker = COUNTERPART.get(source)  # "the liberation of Fuzuli from Armenian forces": the other side
    return source, taker


def _clause_subject(text: str, before: list[PartyMention], position: int) -> bool:
    """A side named before the verb that is not set off as an aside."""
    return any(not (_has_comma(text[party.end:position]) and _has_comma(text[max(0, party.start - _ASIDE_REACH):party.start]))
               for party in before)


def _previous_subject(document: Document, position: int) -> str | None:
    """The first side the sentence before names, not after 'by' or 'from': who 'they' are."""
    index = document.sentence_of(position)
    if index == 0:
        return None
    for party in document.in_sentence(document.parties, index - 1):
        if not (vocab.AGENT_BEFORE.search(document.text, max(0, party.start - 12), party.start)
                or vocab.FROM_BEFORE.search(document.text, max(0, party.start - 30), party.start)):
            return party.code
    return None


def _subject_before(text: str, before: list[PartyMention], position: int) -> str | None:
    """The nearest party before the verb, passing over a comma-set aside:
    'القوات الحكومية، بدعم جوي روسي، قد استعادت' is taken by the government forces."""
    for party in reversed(before):
        closed_after = _has_comma(text[party.end:position])
        opened_before = _has_comma(text[max(0, party.start - _ASIDE_REACH):party.start])
        if not (closed_after and opened_before):
            return party.code
    return before[-1].code if before else None


def _has_comma(text: str) -> bool:
    return "," in text or "،" in text


def _verb_first_subject(text: str, match: re.Match[str], after: list[PartyMention], source: str | None) -> str | None:
    """Arabic verb-first clauses name the actor after the verb: 'احتلت القوات الأرمينية المدينة'."""
    if not "\u0600" <= match.group()[:1] <= "\u06ff":
        return None
    for party in after:
        if party.start - match.start() > _VERB_SUBJECT_REACH + len(match.group()):
            break
        if party.code != source and not _is_recipient(text, party):
            return party.code
    return None


def _is_source(text: str, match: re.Match[str], party: PartyMention, place_end: int) -> bool:
    """'recaptured X from Armenian forces'; in Arabic a 'من' right after the verb
    ('استعاد من القوات الأرمينية') or after the place ('حررت مدينة قوبادلي من القوات الأرمينية'),
    but not 'وحدات من الجيش', which means units *of* the army."""
    if "\u0600" <= match.group()[:1] <= "\u06ff":
        if party.start > place_end and vocab.FROM_BEFORE.search(text[max(0, party.start - 30):party.start]):
            return True
        return bool(vocab.FROM_RIGHT_AFTER.match(text[match.end():party.start]))
    return bool(vocab.FROM_BEFORE.search(text[max(0, party.start - 30):party.start]))


def _is_recipient(text: str, party: PartyMention) -> bool:
    surface = text[party.start:party.end]
    if "\u0400" <= surface[:1] <= "\u04ff" and surface.endswith(("у", "ю")):
        return True  # Russian dative: "передала Азербайджану"
    return surface.startswith(("ل", "لل")) or bool(vocab.RECIPIENT_BEFORE.search(text[max(0, party.start - 12):party.start]))
