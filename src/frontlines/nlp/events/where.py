"""Where an event happened: the trigger's locative argument, then its sentence, then the
story's own place.

ACLED codes the place of the event, not every place its sentence names. "Security forces
fired at demonstrators near the mosque in Hebron" happened in Hebron; "a U.S. strike
near Idlib" did not happen in the United States ("U.S." names who struck); "an attack
150 kilometres from Quetta" is not in Quetta. So a place is read in this order:

1. the object of a locative preposition ("in/near/at/outside X") attached to a trigger
   or to the verb that asserts it, most precise first;
2. any other place of the sentence that is where, not who or how far: not inside an
   actor's phrase, not a modifier of another noun ("the U.S. strike"), not the agent
   ("operated by China"), not the reference point of a distance, not a base ("a
   Quetta-based group"), not where someone travelled from or to;
3. the story's own place: the place of the latest event told before (a story keeps
   talking about where it is), else the article's first town; a town taken so gets
   ACLED precision 2 (the sentence does not name it).

The caller records which was used through the place's ACLED precision; this module only
chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import EventActor, PlaceMention
from frontlines.nlp.events.realis import predicate_of

__all__ = [
    "DISTANCE_UNITS", "LOCATIVE_PREPOSITIONS", "aside", "event_place", "first_town",
    "is_reference_point", "place_end_token",
]  # fmt: skip

#: Prepositions whose object is where the event happened.
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "near", "at", "outside", "around", "inside", "across", "into", "through", "on",
    "along", "throughout", "within",
})  # fmt: skip
#: Units of a distance: "150 kilometres from X" puts the event elsewhere.
DISTANCE_UNITS = frozenset({
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
    "metres", "meter", "meters", "kms",
})  # fmt: skip
_NOT_WHERE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def event_place(
    sent: Span,
    triggers: Sequence[Token],
    actors: Sequence[EventActor | None],
    places: Sequence[PlaceMention],
    story_place: PlaceMention | None,
) -> PlaceMention | None:
    """The place of the event ``sent`` reports (see the module docstring for the order)."""
    inside = [p for p in places if sent.start_char <= p.start < sent.end_char]
    heads = {id(p): _head(sent, p) for p in inside}
    where = [p for p in inside if not _not_where(heads[id(p)], p, actors)
             and not _endpoint(heads[id(p)], triggers)
             and not aside(heads[id(p)], triggers)]  # fmt: skip
    argument = [p for p in where if _locative_of(heads[id(p)], triggers)]
    if argument:
        return _narrowed(min(argument, key=_precise_first), sent, places, story_place)
    if _here(sent, triggers):
        town = first_town(sent.doc, places)
        if town is not None and town.start < sent.start_char:
            return town  # "the embassy here": the dateline's town, named by the story
    if where:
        return _narrowed(min(where, key=_precise_first), sent, places, story_place)
    if story_place is not None and _unknown_place(sent, triggers):
        wider = [p for p in places if p.start < sent.start_char and p.country
                 == story_place.country and (p.feature_code or "").startswith("PCL")]  # fmt: skip
        return wider[-1] if wider else None  # "near <a name we cannot place>": not the
        # story's last town; at most its country
    if story_place is None or (story_place.acled_precision or 3) >= 2:
        return story_place
    return replace(story_place, acled_precision=2)  # the story's town, not the sentence's


def _narrowed(
    place: PlaceMention,
    sent: Span,
    places: Sequence[PlaceMention],
    story_place: PlaceMention | None,
) -> PlaceMention:
    """A country the sentence names, narrowed to the town the story is in when that town
    is in the country: "the bombing of the embassy in Kenya" in a story from Nairobi
    happened in Nairobi. The story's place (the latest event's) is taken first, else its
    first town in that country told before the sentence; either gets ACLED precision 2
    (the sentence names only the country). A country with no such town stays."""
    if not (place.feature_code or "").startswith("PCL") or not place.country:
        return place
    if story_place is not None and story_place.acled_precision == 1 and (
            story_place.country == place.country):
        return replace(story_place, acled_precision=2)
    before = [p for p in places if p.start < sent.start_char and p.country == place.country]
    town = first_town(sent.doc, before)
    return place if town is None else replace(town, acled_precision=2)


def _here(sent: Span, triggers: Sequence[Token]) -> bool:
    """Whether the trigger, its verb or one of their arguments is placed by "here" ("the
    grenade thrown at the embassy here"): where the story was written."""
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    for token in sent:
        if token.lower_ != "here" or token.dep_ != "advmod":
            continue
        head = token.head
        for _ in range(4):
            if head.i in governors:
                return True
            if head.head.i == head.i or head.pos_ in {"VERB", "AUX"}:
                break
            head = head.head
    return False


def _unknown_place(sent: Span, triggers: Sequence[Token]) -> bool:
    """Whether the trigger or its verb has a locative object that is a proper name the
    gazetteer could not place ("Near Dayr Az Zayr," misspelt): the event is somewhere we
    cannot say, not where the story's last event was."""
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    for token in sent:
        if token.dep_ == "prep" and token.lower_ in {"near", "in", "at", "outside"} and (
                token.head.i in governors):
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN" and objects[0].is_title:
                return True
    return False


def first_town(doc: Doc, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The article's first town that is not only a yardstick ("150 km from Quetta"),
    where someone travelled from or to, or a name used as something else than a place:
    where a story is when a sentence names no place of its own. A name that only
    modifies another noun ("Middle East terrorists") or that the tagger mistook for a
    place ("risks for President Bush") says nothing of where the story is."""
    for place in places:
        if place.acled_precision != 1:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            return place
        head = span.root
        if _dateline(span) or (not is_reference_point(head) and not _endpoint(head, ())
                               and not _not_named_as_where(head)):  # fmt: skip
            return place
    return None


def _dateline(span: Span) -> bool:
    """Whether the name is a dateline ("BERLIN —", "KABUL, Afghanistan (AP) --"): it opens
    the story before any verb, or opens a sentence in capitals or before a dash (a title
    may come first). Where the story was written, however the parser attached it."""
    doc = span.doc
    if span.start < 6 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[: span.start]):
        return True
    opens = span.start == span.sent.start or "\n" in doc[span.start - 1].whitespace_ + doc[
        span.start - 1].text  # fmt: skip
    dash = span.end < len(doc) and doc[span.end].text in {"-", "--", "—", "–"}
    return opens and (span.text.isupper() or dash)


def _not_named_as_where(head: Token) -> bool:
    """Whether a town's name is used as something else than a place: the object of a
    preposition that is not locative ("risks for Bush"), or a modifier of a noun that is
    not a place ("Kalat traders"), directly or as the conjunct or apposition of one."""
    while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
        head = head.head  # "in Quetta, Balochistan", "in Kalat and Mastung"
    if head.dep_ == "pobj":
        return head.head.lower_ not in LOCATIVE_PREPOSITIONS | {"of"}
    if head.dep_ in {"compound", "nmod", "amod"}:
        return not _place_noun_phrase(head.head)
    return False


def place_end_token(doc: Doc, place: PlaceMention) -> int:
    """Index of the first token after the place's name."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.end if span is not None else len(doc)


def _precise_first(place: PlaceMention) -> tuple[int, bool, int]:
    """Most precise first; of equal precision a province before its country."""
    country = (place.feature_code or "").startswith("PCL")
    return place.acled_precision or 9, country, place.start


def _head(sent: Span, place: PlaceMention) -> Token | None:
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _not_where(head: Token | None, place: PlaceMention,
               actors: Sequence[EventActor | None]) -> bool:  # fmt: skip
    """A place the sentence names as who or as a yardstick, not as where."""
    for actor in actors:
        if actor is not None and actor.start <= place.start < actor.end:
            return True  # "Pakistani forces", "the Government of Iraq"
    if head is None:
        return False
    country = (place.feature_code or "").startswith("PCL")
    if country and head.dep_ in _NOT_WHERE_DEPS and head.head.i != head.i:
        return not _place_noun_phrase(head.head)  # "the U.S. strike", not "Iraq's Anbar"
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return True  # "a company operated by China"
    doc = head.doc
    after = place_end_token(doc, place)
    if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ == "based":
        return True  # "a Quetta-based group": where the group is, not where it struck
    if country and head.dep_ == "nsubj":
        return True  # "China conducted drills around Taiwan": a state acting is who
    return is_reference_point(head)


def aside(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place sits in a clause describing some other noun than the event: "U.S.
    Central Command, which oversees operations in the Middle East, said ... was killed in
    an airstrike" names where the speaker works, not where the strike was. A clause on
    the trigger itself ("an airstrike that hit a house in Mosul") or on one of its
    arguments ("attacked a convoy that was travelling near Kalat") still places it."""
    if head is None or not triggers:
        return False
    own = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = head
    for _ in range(12):
        if token.i in own or token.head.i == token.i:
            return False
        if token.dep_ == "relcl" and token.head.i not in own and token.head.head.i not in own:
            return not any(t.i in own for t in token.subtree)
        token = token.head
    return False


def _place_noun_phrase(noun: Token) -> bool:
    """Whether ``noun`` is itself a place the modifier narrows ("Kalat district")."""
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lower_ in _PLACE_HEADS


#: Nouns a place name may modify and still be the place ("Anbar province").
_PLACE_HEADS = frozenset({
    "province", "district", "governorate", "region", "city", "town", "village", "county",
    "state", "area", "border", "desert", "valley", "countryside", "outskirts", "suburb",
    "camp", "neighborhood", "neighbourhood", "capital", "port",
})  # fmt: skip


def is_reference_point(head: Token) -> bool:
    """Whether the place only measures a distance ("150 km from Quetta", "40 miles north
    of Kabul", "south of the capital" is still the capital's area and stays)."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"from", "of"}:
        return False
    window = head.doc[max(head.sent.start, prep.i - 4) : prep.i]
    return any(t.lower_ in DISTANCE_UNITS for t in window)


def _endpoint(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place is only where someone came from or went ("a train travelling from
    Quetta to Peshawar came under attack"), unless the event itself goes there ("troops
    were deployed to Kidal")."""
    if head is None:
        return False
    while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
        head = head.head  # "from Quetta, Balochistan"
    if head.dep_ != "pobj" or head.head.lower_ not in {"from", "to", "toward", "towards"}:
        return False
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    return head.head.head.i not in governors


def _locative_of(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place is the object of a locative preposition of a trigger or of the
    verb asserting it, directly or through a place phrase ("in Balochistan's Kalat
    district", "near a convoy in Kalat")."""
    if head is None:
        return False
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = head
    for _ in range(6):
        locative = token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
        if locative and token.head.head.i in governors:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
