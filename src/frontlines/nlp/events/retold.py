"""One event, several mentions, read once the whole story is coded: a definite event noun
that tells again an event the story coded before ("Chile denounced the bombing of the
consulates on Sunday. ... died when the bombs went off by the consulates on Thursday").

``mentions.same_event`` judges each mention as it comes, against the events coded so far,
with the dates the sentence gives. A noun's event is often dated by the verb that governs
it ("condemned ... on Saturday", "laid wreaths Monday for those the bomb killed", "detained
over the blasts of two years ago"): that is the day of the condemnation, the tribute or
the arrest, not of the bombing, and two mentions so dated stay two events. Here a mention
whose event noun is definite ("the blasts", "the ground offensive", "the Embassy
bombings") is the earlier event of its kind when nothing of its own tells them apart: a
date counts against it only when it is the event's own on both sides (a verb's date, or a
date inside the noun's phrase or on the verb it is the subject of), a place only when
each sentence names it, a side only when both name dictionary actors. A date only the
publication gave ("published") is no date of the event's own either.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, TextSpan
from frontlines.nlp.events.memo import entities
from frontlines.nlp.events.mentions import DISTINCT_WORDS, same_or_inside
from frontlines.nlp.events.named_history import place_recent_date
from frontlines.nlp.events.realis import definite
from frontlines.nlp.events.recalled import known_attack
from frontlines.nlp.events.referred import own_sides, told_sides
from frontlines.nlp.events.roles import cue_words
from frontlines.nlp.events.story import VIOLENT_TYPES, background, dates_meet, same_kind

__all__ = ["GENERAL_SUB_EVENTS", "one_day", "own_date", "referring_noun", "retold"]

#: Sub-event types of a story's plainer words ("the attack", "the fighting"): they may
#: refer back to any violent event, and the event keeps the more specific type.
GENERAL_SUB_EVENTS = frozenset({"Attack", "Armed clash"})
#: Entity labels of the time expressions that date an event.
_DATE_LABELS = frozenset({"DATE", "TIME"})
#: Subject relations: a date on the verb an event noun is the subject of is the noun's
#: ("The consulate blasts, on March 3, left 58 dead").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Determiners of a reference back ("the attack", "those raids").
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
#: Entity labels of places.
_PLACES = frozenset({"GPE", "LOC"})


def _sentence(doc: Doc, event: Event) -> Span | None:
    return doc.char_span(event.start, event.end, alignment_mode="expand")


def _triggers(doc: Doc, event: Event) -> list[Token]:
    """The words of the event's sentence made from its cues; where the tagger gave the
    word another part of speech ("the ground offensive" as an adjective), the words that
    begin with a cue."""
    sent = _sentence(doc, event)
    if sent is None:
        return []
    found = cue_words(sent, event.cues)
    if found:
        return found
    stems = {cue.split()[-1].lower() for cue in event.cues if cue.strip()}
    return [t for t in sent if t.is_alpha and any(t.lower_.startswith(s) for s in stems)]


def _definite(word: Token) -> bool:
    """A word pointing back at something told: "the blasts", "Tuesday's raid" (the
    tagger's part of speech aside: "the ground offensive"). Where the parser read the
    event word as an adjective, its determiner often hangs on the noun right before it
    ("the ground" the subject of "offensive"): that noun's determiner is the phrase's."""
    if word.pos_ == "VERB":
        return False
    if definite(word) or _determined(word):
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (word.pos_ == "ADJ" and before is not None and before.head.i == word.i
            and before.pos_ == "NOUN" and _determined(before))  # fmt: skip


def _determined(word: Token) -> bool:
    """Whether a possessive or a definite determiner hangs on ``word``."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
               for c in word.children)  # fmt: skip


def referring_noun(triggers: list[Token]) -> Token | None:
    """The definite event noun the mention is told by ("the blasts", "the Embassy
    bombings", "Tuesday's raid"), if its words hold one and no other verb of them tells
    a clause of its own (what the noun's event did, "the attacks killed 257", is no
    other clause); a word of the story saying it is another one ("another attack", "a
    second strike") refers to nothing told."""
    noun = next((t for t in triggers if _definite(t)), None)
    if noun is None:
        return None
    if any(c.lower_ in DISTINCT_WORDS for t in triggers for c in t.subtree):
        return None
    if any(t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"amod", "compound"}
           and not _definite(t) for t in triggers):  # fmt: skip
        return None  # "Monday's blast came a week after a car bomb killed nine": new
    outcome = {noun.head.i} if noun.dep_ in _SUBJECTS else set()
    outcome |= {c.i for i in list(outcome) for c in noun.doc[i].conjuncts}
    for t in triggers:
        if t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"} and t.i not in outcome:
            return None  # "police arrested X": a clause telling something, not a reference
    return noun


def _its_place_s_attack(event: Event, words: list[Token]) -> bool:
    """Whether the event's day is that of the listed attack its place spells in its
    sentence (``named_history.place_recent_date``), not one another place lent it."""
    day = event.date or ""
    if event.date_source != "text" or event.place is None or len(day) < len("YYYY-MM-DD"):
        return False
    return place_recent_date(words, event.place.start, day) == day


def own_date(event: Event, triggers: list[Token]) -> bool:
    """Whether the event's date is its own: told by its sentence (not the publication
    day) and hanging on its event word: on the verb that is the trigger, inside the event
    noun's phrase ("the March 3 blasts"), or on the verb the noun is the subject of. A
    date on a verb that governs the word ("condemned the bombing on Saturday", "laid
    wreaths Monday for the dead") is that verb's."""
    if event.date_source != "text":
        return False
    if not triggers:
        return True  # nothing to read: the date stands
    sent = _sentence(triggers[0].doc, event)
    if sent is None:
        return True
    dates = [t for e in entities(sent) if e.label_ in _DATE_LABELS for t in e]
    if not dates:
        return True  # dated by another rule (a month-day the parser did not label)
    for trigger in triggers:
        anchors = {trigger, trigger.head} if trigger.dep_ in _SUBJECTS else {trigger}
        if any(_hangs_on(date, anchor) for date in dates for anchor in anchors):
            return True
    return False


def _several(noun: Token) -> bool:
    """Whether a plural event noun's own phrase names two places or more ("bombings at
    the embassies in A and B"): one mention of several events."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    places = {t.ent_iob_ == "B" and t.i for t in noun.subtree if t.ent_type_ in _PLACES}
    return len(places - {False}) > 1


def _hangs_on(token: Token, anchor: Token) -> bool:
    """Whether ``token`` is in ``anchor``'s phrase without passing another verb."""
    while token.i != token.head.i:
        if token.head.i == anchor.i:
            return True
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _types_meet(later: Event, earlier: Event) -> bool:
    if later.acled_event == earlier.acled_event and (
        same_kind(later, earlier)
        or later.acled_sub_event in GENERAL_SUB_EVENTS
        or earlier.acled_sub_event in GENERAL_SUB_EVENTS
    ):
        return True
    both_violent = later.acled_event in VIOLENT_TYPES and earlier.acled_event in VIOLENT_TYPES
    return both_violent and later.acled_sub_event in GENERAL_SUB_EVENTS


def _own_place(event: Event) -> bool:
    """Whether the event's sentence names its place (a name the places layer knows)."""
    place = event.place
    named = place is not None and (place.name or place.geonames_id is not None)
    return bool(named) and place is not None and event.start <= place.start < event.end


def _places_meet(later: Event, earlier: Event) -> bool:
    if not (_own_place(later) and _own_place(earlier)):
        return True
    assert later.place is not None and earlier.place is not None
    return same_or_inside(later.place, earlier.place)


def _sides_meet(later: Event, earlier: Event) -> bool:
    a, b = later.actor1, earlier.actor1
    return not (a and b and a.actor and b.actor and a.actor != b.actor)


def _known_apart(later: Event, earlier: Event) -> bool:
    """Whether ``later`` is a listed attack of another day than ``earlier`` and of another
    kind: "the Paris attacks" recalled in a story that first told of sexual assaults is
    not those assaults told again, though an attack may refer back to any violent event
    (``recalled.recalls_known_attack``: the day is known, not read)."""
    if not known_attack(later) or dates_meet(later.date, earlier.date):
        return False
    return (earlier.acled_sub_event != later.acled_sub_event
            and earlier.acled_sub_event not in GENERAL_SUB_EVENTS)


def retold(events: list[Event], doc: Doc, gone: Collection[int] = (),
           now: str | None = None) -> list[int]:  # fmt: skip
    """Indices of the events that only tell again an earlier event of the story, each
    merged into that event as evidence, in place (``events`` is changed). ``gone``:
    events already merged away. Events of one mention (one sentence's places) never
    merge into each other."""
    merged: list[int] = []
    absorbed: dict[int, set[int]] = {}  # per event, the mentions it took a place of
    words = [_triggers(doc, e) for e in events]
    for j, later in enumerate(events):
        noun = referring_noun(words[j])
        if j in gone or noun is None:
            continue
        later_own = own_date(later, words[j])
        for i in range(j):
            earlier = events[i]
            if i in gone or i in merged or earlier.start == later.start:
                continue
            if later.start in absorbed.get(i, set()):
                continue  # the places of one mention are several events, never one
            alone = all(e.start != earlier.start for k, e in enumerate(events) if k != i)
            if alone and noun.tag_ in {"NNS", "NNPS"} and any(map(_several, words[i])):
                continue  # several events told by one mention: "the bombings" are all
            if not (_types_meet(later, earlier) and _places_meet(later, earlier)
                    and _sides_meet(later, earlier)) or _known_apart(later, earlier):
                continue
            earlier_own = own_date(earlier, words[i])
            if later_own and earlier_own and not dates_meet(later.date, earlier.date):
                continue
            joined = told_sides(_joined(earlier, later, earlier_own, later_own),
                                own_sides(words[j]))  # the doer the later mention names
            if joined.date != earlier.date:
                joined = replace(joined, background=background(joined, now))
            events[i] = joined
            absorbed.setdefault(i, set()).add(later.start)
            merged.append(j)
            break
    return merged


def _joined(earlier: Event, later: Event, earlier_own: bool, later_own: bool) -> Event:
    """``earlier`` with ``later``'s sentences as evidence; the later mention's date when
    only it dates the event itself and the earlier one's is another verb's (an event the
    text left undated keeps the publication day: "a bombing in Mombasa" is not shown to
    be "the March 3 bombing" told later; an undated story's guess at when it was written,
    ``latest``, is weaker than that and gives way), its type when more specific (a bombing
    the story first called an attack)."""
    spans = (TextSpan(later.start, later.end, later.text), *later.evidence)
    changes: dict[str, object] = {"evidence": (*earlier.evidence, *spans)}
    if later_own and not earlier_own and earlier.date_source in {"text", "latest"}:
        changes |= {"date": later.date, "date_precision": later.date_precision,
                    "date_source": later.date_source}  # fmt: skip
    if (earlier.acled_sub_event in GENERAL_SUB_EVENTS
            and later.acled_sub_event not in GENERAL_SUB_EVENTS
            and later.acled_event in VIOLENT_TYPES):  # fmt: skip
        changes |= {"type": later.type, "acled_event": later.acled_event,
                    "acled_sub_event": later.acled_sub_event, "case_label": later.case_label,
                    "plover": later.plover, "plover_mode": later.plover_mode}  # fmt: skip
    if earlier.fatalities is None and later.fatalities is not None:
        changes["fatalities"] = later.fatalities
    return replace(earlier, **changes)  # type: ignore[arg-type]


def one_day(events: list[Event], doc: Doc, gone: Collection[int] = (),
            now: str | None = None) -> None:  # fmt: skip
    """The events one mention split by place ("the bombings of the embassies in A and B",
    ``spread``) on the day a later mention gave one of them, in place (``events`` is
    changed). A later mention ("the attacks Aug. 7 at the embassies in A and B") joins
    one of them only (``merged``, ``retold``), and the others kept the publication day or
    the day of a verb that governs the noun ("condemned the bombings on Thursday"); one
    mention tells one day, so its other places take that day. A date the sentence gives
    the event itself stays. The places of one mention share its sub-event type: another
    event noun of the sentence ("the raid is not linked to the Aug. 7 bombings", typed
    apart by ``others``) is not one of them, even of the same ACLED event type."""
    groups: dict[tuple[int, str], list[int]] = {}
    for i, event in enumerate(events):
        if i not in gone:
            groups.setdefault((event.start, event.acled_sub_event), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        dated = next((events[i] for i in members if events[i].evidence
                      and events[i].date_source == "text"), None)  # fmt: skip
        if dated is None:
            continue
        for i in members:
            event = events[i]
            words = _triggers(doc, event)
            if event.date == dated.date or own_date(event, words) or _its_place_s_attack(
                    event, words):  # fmt: skip
                continue
            event = replace(event, date=dated.date, date_precision=dated.date_precision,
                            date_source=dated.date_source)  # fmt: skip
            events[i] = replace(event, background=background(event, now))
