"""Where an event happened: the trigger's locative argument, then its sentence, then the
story's own place.

ACLED codes the place of the event, not every place its sentence names. "Security forces
fired at demonstrators near the mosque in Hebron" happened in Hebron; "a U.S. strike
near Idlib" did not happen in the United States ("U.S." names who struck); "an attack
150 kilometres from Quetta" is not in Quetta. So a place is read in this order:

1. the object of a locative preposition ("in/near/at/outside X") attached to a trigger
   or to the verb that asserts it, most precise first;
2. any other place of the sentence that is where, not who or how far (a continent only
   where the sentence names no narrower place): not inside an
   actor's phrase, not a modifier of another noun ("the U.S. strike"), not the agent
   ("operated by China"), not the reference point of a distance or a place faced
   ("opposite X"), not a base ("a Quetta-based group"), not where someone travelled from
   or to, not inside words quoted apart from the trigger (a slogan, a sign), not in a
   coordinated clause with a subject of its own that tells another event ("... and
   gunmen fired on a patrol in the Bekaa"), and not a name the gazetteer could not
   place; a country or province found by 1 or 2 reads as the story's town inside it
   (``narrowed``); a definite event noun with no place here takes the place the story
   gives the same noun elsewhere (``told_place``);
3. the story's own place: the place of the latest event told before (a story keeps
   talking about where it is; one the gazetteer could not place gives way), else the
   article's first town; a town taken so gets ACLED precision 2 (the sentence does not
   name it); a story with no town is in the country it tells as where again and again
   (``story_country``).

The caller records which was used through the place's ACLED precision; this module only
chooses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import EventActor, PlaceMention
from frontlines.nlp.events.jurisdiction import jurisdiction
from frontlines.nlp.events.realis import definite, predicate_of
from frontlines.nlp.events.where_roles import (
    DISTANCE_UNITS,
    LOCATIVE_PREPOSITIONS,
    aside,
    base_of,
    dateline,
    endpoint,
    is_reference_point,
    locative_of,
    not_named_as_where,
    not_where,
    of_other_event,
    other_clause,
    place_end_token,
    quoted_apart,
    site_of,
)
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.words import word_list

__all__ = [
    "DISTANCE_UNITS", "LOCATIVE_PREPOSITIONS", "aside", "counted", "event_place", "first_town",
    "is_reference_point", "narrowed", "place_end_token", "told_place",
]  # fmt: skip

def event_place(
    sent: Span,
    triggers: Sequence[Token],
    actors: Sequence[EventActor | None],
    places: Sequence[PlaceMention],
    story_place: PlaceMention | None,
    others: Sequence[Token] = (),
) -> PlaceMention | None:
    """The place of the event ``sent`` reports (see the module docstring for the order);
    ``others``: the words of the sentence's other events (the readings it records)."""
    if story_place is not None and not _resolved(story_place):
        story_place = first_town(sent.doc, places)  # "with his driver Tarek Oumbala":
        # a name the gazetteer could not place tells nothing of where later events are
    inside = [p for p in places if sent.start_char <= p.start < sent.end_char]
    heads = {id(p): _head(sent, p) for p in inside}
    where = [p for p in inside if (site_of(heads[id(p)], triggers)
                                   or not not_where(heads[id(p)], p, actors))
             and not endpoint(heads[id(p)], triggers)
             and not aside(heads[id(p)], triggers)
             and not quoted_apart(heads[id(p)], triggers)
             and not other_clause(heads[id(p)], triggers, others)]  # fmt: skip
    where = [p for p in where if not _wider_than_a_country(p)] or where  # "the bombings
    # in East Africa ... strikes in Afghanistan": a continent or a region across borders
    # is no place an event is coded at, beside a country or a town
    own = [p for p in where if not of_other_event(heads[id(p)], triggers)]
    where = own or where  # "the Paris attacks" is where those were, when the sentence
    # names another place; alone, the likeliest place of what followed them
    argument = [p for p in where if locative_of(heads[id(p)], triggers)]
    if argument:
        return narrowed(min(argument, key=_precise_first), sent, places, story_place, triggers)
    if _here(sent, triggers):
        town = first_town(sent.doc, places)
        if town is not None and town.start < sent.start_char:
            return town  # "the embassy here": the dateline's town, named by the story
    where = [p for p in where if _resolved(p) or _after_locative(heads[id(p)])]  # an
    # unknown name told in passing ("with his driver Tarek Oumbala") places nothing
    if where:
        return narrowed(min(where, key=_precise_first), sent, places, story_place, triggers)
    told = told_place(sent, triggers, places) or jurisdiction(sent, inside, actors[:1])
    if told is not None:
        return told  # "a Brevard County deputy": the ground of a local force
    if story_place is not None and _unknown_place(sent, triggers):
        wider = [p for p in places if p.start < sent.start_char and p.country
                 == story_place.country and (p.feature_code or "").startswith("PCL")]  # fmt: skip
        return wider[-1] if wider else None  # "near <a name we cannot place>": not the
        # story's last town; at most its country
    if story_place is not None and _wide(story_place):  # "A convoy was ambushed" after
        story_place = _latest_town(sent, places, story_place) or story_place  # "rebels
        # hold Ber, east of Timbuktu": the story's latest town in the country it is in
    if story_place is None:
        return story_country(sent, places)
    if (story_place.acled_precision or 3) >= 2:
        return story_place
    return replace(story_place, acled_precision=2)  # the story's town, not the sentence's


def story_country(sent: Span, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The country a story with no town is told in: "Protests went on in Chad on Monday
    ... Police across Chad arrested dozens" puts a later unplaced arrest in Chad (ACLED
    precision 3 is all the story gives). Only a mention told as where counts, the object
    of a locative preposition ("in/across/throughout X", ``_told_as_where``): a speaker
    ("Egypt said"), an owner ("Turkey's ministry"), a source or an endpoint ("aid from
    X", "flew to X") names who or whence, not where the story is. The country needs two
    such mentions (one is a passing word) and two thirds of them: a story told across
    several countries ("fighting in Mali, Niger and Burkina Faso") says nothing of which
    one an unplaced event is in."""
    counts = Counter(p.country for p in places if _resolved(p) and p.country  # a region
                     and _told_as_where(_head(sent, p)))  # across borders ("the Middle
    ranked = counts.most_common(1)  # East") has no country and contradicts none
    if not ranked or ranked[0][1] < 2 or 3 * ranked[0][1] < 2 * sum(counts.values()):
        return None
    return next((p for p in places if _resolved(p) and p.country == ranked[0][0]
                 and (p.feature_code or "").startswith("PCL")), None)  # fmt: skip


#: Prepositions whose object a story tells as where it is (not "into", "on" or "through":
#: "flew into X", "sanctions on X", "arms through X" name no scene).
_WHERE_PREPOSITIONS = frozenset({
    "in", "across", "throughout", "inside", "within", "near", "around", "at",
})  # fmt: skip


def _told_as_where(head: Token | None) -> bool:
    """Whether the place is told as where: the object of a where preposition, reached
    through a list ("in Chad and Niger" tells both) or as the owner of such an object
    ("in Chad's capital")."""
    if head is None:
        return False
    while head.dep_ in {"conj", "appos", "poss"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPOSITIONS


def _latest_town(sent: Span, places: Sequence[PlaceMention],
                 wide: PlaceMention) -> PlaceMention | None:  # fmt: skip
    """The latest town inside ``wide`` the story names as where before ``sent``, read
    with ACLED precision 2 (the sentence does not name it). Inside a province, only a town
    told after the province's mention, as ``narrowed`` reads one: a province named after
    a town's event is where the story moved to ("a police post in Qatraneh ... a patrol in
    Karak ... a third attack": not Qatraneh, a town of Karak governorate told before)."""
    since = -1 if (wide.feature_code or "").startswith("PCL") else wide.start
    inner = [p for p in places
             if since < p.start < sent.start_char and _town(p) and _within(p, wide)]  # fmt: skip
    town = first_town(sent.doc, inner[::-1], towns=True)
    return None if town is None else replace(town, acled_precision=2)


def narrowed(
    place: PlaceMention,
    sent: Span,
    places: Sequence[PlaceMention],
    story_place: PlaceMention | None,
    triggers: Sequence[Token] = (),
    shared: int = 1,
) -> PlaceMention:
    """A country or province the sentence names, narrowed to the town the story is in when
    that town is inside it: "the bombing of the embassy in Kenya" in a story from Nairobi
    happened in Nairobi; "an attack on a convoy in Helmand" in a story that later puts
    the convoy "near Lashkar Gah" happened near Lashkar Gah. ACLED codes the most precise place the
    article gives. A country takes the story's place (the latest event's) when told
    before the sentence and inside it, else the story's first town inside it told before
    the sentence, else the first told after it. A province takes only a town told after
    it: a story names the wide place first and then zooms in, while a province named
    after a town's event is where the story moved to ("near Quetta ... In Balochistan
    province, soldiers fought ..." is another event). The sentence's mention then reads
    as that town, with ACLED precision 2 (the sentence names only the wider place). A
    place with no such town stays, and so does the place of a sentence that counts
    events ("34 strikes in Syria": a tally keeps its country), unless it counts no more
    events than the ``shared`` places it names for them ("two car bombs went off at
    consulates in Ghana and Togo": one in each).
    """
    if not _wide(place) or not place.country or counted(sent, triggers, shared):
        return place
    inner = [p for p in places if _town(p) and _within(p, place)]
    town = None
    if (place.feature_code or "").startswith("PCL"):
        if story_place is not None and story_place.acled_precision == 1 and _within(
                story_place, place) and story_place.start < sent.start_char:  # fmt: skip
            return _placed_at(place, story_place)
        town = first_town(sent.doc, [p for p in inner if p.start < sent.start_char], towns=True)
    if town is None:
        town = first_town(sent.doc, [p for p in inner if p.start >= sent.end_char], towns=True)
    return place if town is None else _placed_at(place, town)


def _placed_at(named: PlaceMention, town: PlaceMention) -> PlaceMention:
    """The sentence's own mention (its words and offsets: what the text says) read as the
    story's town: the town's gazetteer entry, ACLED precision 2, and the UCDP precision
    of the wider place named (the text vouches for no more)."""
    return replace(named, geonames_id=town.geonames_id, name=town.name, lat=town.lat,
                   lon=town.lon, country=town.country, admin1=town.admin1,
                   feature_code=town.feature_code, acled_precision=2)  # fmt: skip


def told_place(sent: Span, triggers: Sequence[Token],
               places: Sequence[PlaceMention]) -> PlaceMention | None:  # fmt: skip
    """Where the story places a definite event noun of ``sent`` elsewhere: "The May 3
    bombings left 90 dead" in a story that wrote "the twin bombings of consulates in
    Ghana and Togo" happened in Ghana (the first place given), as "the assault" of a
    story about "the assault on Lyon" happened in Lyon. Read as dates are read
    (``when.noun_dates``): the same noun, made definite, points back at the event the story
    told with its place, not as another or no event ("other bombings in the province",
    "no bombing in Herat"). A town so found gets ACLED
    precision 2 (the sentence does not name it)."""
    lemmas = {t.lemma_.lower() for t in triggers if definite(t) or (
        t.pos_ == "NOUN" and t.left_edge.lower_ in _DEFINITE)}  # "The Aug. 7 bombings"
    if not lemmas:
        return None
    doc = sent.doc
    for place in places:
        if sent.start_char <= place.start < sent.end_char or not _resolved(place):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span) and _placed_noun(span.root, lemmas):
            return place if place.acled_precision != 1 else replace(place, acled_precision=2)
    return None


def _placed_noun(head: Token, lemmas: set[str]) -> bool:
    """Whether the place hangs, through prepositions of place or of a site ("of the
    embassies in Kenya"), from a noun of ``lemmas``."""
    token = head
    for _ in range(8):
        if token.dep_ in {"appos", "conj"} and token.head.i != token.i:
            token = token.head
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in _PLACING:
            return False
        token = token.head.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in lemmas:
            return not any(c.lower_ in _OTHER for c in token.children)
        if token.pos_ not in {"NOUN", "PROPN"}:
            return False
    return False


#: Words making an event noun another event or none ("other bombings", "no bombing").
_OTHER = frozenset({"no", "other", "similar", "such", "another"})
#: Words opening a noun phrase that points back at something told.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Prepositions whose object places the noun they hang from, or the site it is of.
_PLACING = LOCATIVE_PREPOSITIONS | {"of"}


def _wide(place: PlaceMention) -> bool:
    """A country, or a first- or second-level division ("Helmand province")."""
    code = place.feature_code or ""
    return code.startswith("PCL") or (code in {"ADM1", "ADM2"} and place.admin1 is not None)


def _within(town: PlaceMention, wide: PlaceMention) -> bool:
    """Whether ``town`` lies in ``wide`` by the gazetteer's country and province codes."""
    if town.country != wide.country:
        return False
    return (wide.feature_code or "").startswith("PCL") or town.admin1 == wide.admin1


def _town(place: PlaceMention) -> bool:
    """A populated place, told as one ("in Lashkar Gah") or as near one ("near Lashkar Gah")."""
    return (place.feature_code or "").startswith("PPL") and place.acled_precision in {1, 2}


def _wider_than_a_country(place: PlaceMention) -> bool:
    return _resolved(place) and place.country is None


def _resolved(place: PlaceMention) -> bool:
    return place.name is not None and place.lat is not None and place.lon is not None


def _after_locative(head: Token | None) -> bool:
    """Whether the name is the object of a locative preposition ("Near Xyzzyville, ..."),
    however the parser attached the preposition: told as a place, if not one we know."""
    if head is None:
        return False
    edge = head.left_edge  # "Near Xyzzyville, ...": "Near" may be parsed as its compound
    if edge.lower_ in LOCATIVE_PREPOSITIONS or (
            edge.i > 0 and head.doc[edge.i - 1].lower_ in LOCATIVE_PREPOSITIONS):  # fmt: skip
        return True
    while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS


def counted(sent: Span, triggers: Sequence[Token], shared: int = 1) -> bool:
    """Whether the sentence counts events: a trigger or an event noun that is a counted
    plural ("34 strikes", "conducted 23 strikes using bomber aircraft"), counting more
    than the ``shared`` places the event is told in."""
    return any(t.tag_ == "NNS" and (t in triggers or t.lemma_.lower() in _TALLIED)
               and any(c.dep_ == "nummod" and c.like_num and _count(c) > shared
                       for c in t.children) for t in sent)  # fmt: skip


#: Small counts spelt out.
_SMALL_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _count(token: Token) -> int:
    """The count a number word gives ("two", "2"); a large one for anything else."""
    text = token.lower_.replace(",", "")
    return int(text) if text.isdigit() else _SMALL_COUNTS.get(text, 1000)


#: Nouns a tally counts events by (as ``story.tallies`` reads them).
_TALLIED = frozenset(word_list("event", "general_event_nouns")) | {"airstrike", "sortie"}


def _here(sent: Span, triggers: Sequence[Token]) -> bool:
    """Whether the trigger, its verb or one of their arguments is placed by "here" ("the
    grenade thrown at the embassy here"): where the story was written."""
    if "here" not in doc_text(sent.doc)[sent.start_char : sent.end_char].lower():
        return False  # most sentences: no word "here" (read from the Doc's text once)
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
            objects = [c for c in token.children if c.dep_ == "pobj"
                       and c.i not in governors]  # "at the annual Rally for Peace": the
            if objects and objects[0].pos_ == "PROPN" and objects[0].is_title:  # event
                return True
    return False


def first_town(doc: Doc, places: Sequence[PlaceMention], *,
               towns: bool = False) -> PlaceMention | None:  # fmt: skip
    """The article's first town that is not only a yardstick ("150 km from Quetta"),
    where someone travelled from or to, or a name used as something else than a place:
    where a story is when a sentence names no place of its own. A name that only
    modifies another noun ("Middle East terrorists") or that the tagger mistook for a
    place ("risks for President Bush") says nothing of where the story is. ``towns``:
    ``places`` are populated places already, and one told as near ("near Lashkar Gah", ACLED
    precision 2) counts too."""
    for place in places:
        if place.acled_precision != 1 and not towns:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            return place
        head = span.root
        if base_of(doc, place):
            continue  # "the Quetta-based group": where a group is, not where the story is
        if dateline(span) or (not is_reference_point(head) and not endpoint(head, ())
                               and not not_named_as_where(head)):  # fmt: skip
            return place
    return None


def _precise_first(place: PlaceMention) -> tuple[int, bool, int]:
    """Most precise first; of equal precision a province before its country."""
    country = (place.feature_code or "").startswith("PCL")
    return place.acled_precision or 9, country, place.start


def _head(sent: Span, place: PlaceMention) -> Token | None:
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
