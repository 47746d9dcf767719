"""One event, several mentions: whether a later sentence of a story only tells an event
it already told.

A story names its event once and keeps coming back to it: in other words ("X died when a
drone hit his car on Monday" after the strike that killed X), by a definite or
possessive noun ("the attack", "Tuesday's raid", "those involved in the incident"), by
a copular sentence about it ("The stabbings were the third such assault this month",
"It was an attack"), or as the cause of something else ("following the ceasefire
agreement"). ACLED codes one event per actor pair, place and day, and the scorer pairs
events one-to-one: every retelling coded as a new event is a false event. What keeps two
mentions apart is what ACLED keeps apart: another day, another place, other sides, or
the story's own word that it is another one ("another attack", "a second strike").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, EventActor, PlaceMention
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.phrases import ACTOR_NOUNS
from frontlines.nlp.events.realis import definite
from frontlines.nlp.events.roles import actors_of
from frontlines.nlp.events.story import (
    GENERAL_EVENT_NOUNS,
    VIOLENT_TYPES,
    _inside,
    _same_place,
    dates_meet,
    names_a_place,
    same_kind,
    same_or_inside,
)
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.folding import fold_name
from frontlines.vocab.words import word_list, words

__all__ = ["DISTINCT_WORDS", "places_meet", "reference", "same_event", "same_or_inside"]

#: ACLED's event type of non-violent developments: many kinds of event under one name.
STRATEGIC = "Strategic developments"
#: Words by which a story says a mention is not the event told before ("another attack",
#: "a second strike", "a separate raid", "the earlier Operation Matador").
DISTINCT_WORDS = frozenset(word_list("event", "distinct_event_words"))
#: Nouns for places: "the town's Qarya quarter" lies in the town told before.
_PLACE_NOUNS = words("place", "place_nouns")
#: Nouns that name no particular target two mentions could share: people ("the militants"),
#: places, events, times; a unit or a vehicle of a side ("the convoy") is one.
_NO_THINGS = (
    (ACTOR_NOUNS - frozenset(word_list("event", "unit_nouns")))
    | _PLACE_NOUNS
    | GENERAL_EVENT_NOUNS
    | frozenset(word_list("event", "unparticular_nouns"))
)
#: Pronouns that stand for what the story just told ("It was an attack").
_BACK_PRONOUNS = frozenset({"it", "this", "that"})
#: Feature codes of places too wide to tell two mentions apart ("Europe", "the Middle East").
_WIDE_FEATURES = frozenset({"CONT", "RGN", "AREA"})
#: ACLED's general sub-events of violence, told apart only by whom they hit.
_GENERAL_SUB_EVENTS = frozenset({"Attack", "Armed clash"})
#: The territory sub-events, one the reverse of the other.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def same_event(event: Event, triggers: list[Token], earlier: Event) -> bool:
    """Whether ``event`` only tells ``earlier`` again.

    A reference back (``reference``: "the attack", "Tuesday's raid", "The operation was
    ...") is the earlier event when the story told an event of that kind (same ACLED
    type; a general word such as "the attack" any violent event; a word the earlier
    event was told by, any event) and its own words contradict it nowhere: the
    arguments of the referring noun, the place it names, its date. Any other mention
    is the earlier event when nothing of its own tells it apart: the same sub-event
    type and place ("fighting in Husaybah" after "attack the city of Husaybah"), the
    same particular participant ("al-Rufay'i", "the convoy"), or no place, side or date
    of its own at all. A mention the story calls another one never is.
    """
    if _distinct(triggers) or _reverses(event, triggers, earlier):
        return False
    refs = _references(triggers)
    if not _types_meet(event, earlier, refs, triggers):
        return False
    sides = _own_sides(triggers) if refs else (event.actor1, event.actor2)
    if not _sides_meet(sides, earlier):
        return False
    own = _own_place(event)
    # "the men behind Friday's raid live in Pakistan": not the raid's place
    aside = refs and own is not None and not _names_own_place(own, refs, triggers)
    doc = triggers[0].doc if triggers else None
    if own is not None and doc is not None and _part_of_told_place(own, doc):
        aside = True  # "in the town's Qarya quarter": inside the place told before
    if own is None and not refs and doc is not None and _particular(event, triggers, earlier, doc):
        aside = True  # a place only carried over from the sentences around says nothing
    if not aside and not places_meet(event.place, earlier.place):
        return False
    if event.date_source == "text" and not dates_meet(event.date, earlier.date):
        return False  # a date of its own that cannot be the other's: another event
    if refs:
        return True
    kind = same_kind(event, earlier) or _general_subject(event, earlier, triggers)
    if own is not None and earlier.place is not None and _same_place(own, earlier.place):
        return kind
    if (
        kind
        and doc is not None
        and (
            _shared_participant(event, earlier, doc)
            or _shared_thing(triggers, earlier, doc)
            or _same_sides(event, earlier)
        )
    ):
        return True
    # Nothing of its own tells it apart: the same kind of event, no place of its own (the
    # story's place meets the earlier one's), no other date, no other named side
    # ("Israeli strikes killed 12 ... The strikes hit ..."): the story telling its event
    # again in other words.
    named = any(names_a_place(sentence(t), triggers) for t in triggers[:1])
    return (
        own is None
        and not named
        and kind
        and _named_sides_agree(event, earlier)
    )


def _particular(event: Event, triggers: list[Token], earlier: Event, doc: Doc) -> bool:
    """Whether the mention is the earlier event's kind told of the same particular
    participant or thing ("X said it invaded Y" after "X's invasion of Y"): the same
    sub-event type and a participant both name outside the actor dictionary, or a definite
    thing of the earlier sentence. Such a mention with no place of its own is the earlier
    event wherever the story's other sentences have moved the place it inherits."""
    return same_kind(event, earlier) and (
        _shared_participant(event, earlier, doc) or _shared_thing(triggers, earlier, doc))


def reference(trigger: Token) -> Token | None:
    """The noun by which ``trigger``'s mention refers back to something told, if it does:
    the trigger itself when definite ("the attack", "Tuesday's raid"); the subject of
    the copula the trigger is the predicate of when that subject is a definite event
    noun or a pronoun ("The stabbings were the third such assault this month",
    "The push was ... the biggest use of troops so far", "It was an attack")."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return None  # a clause of its own tells something, whatever it hangs from
    subject = _copula_subject(trigger)
    if subject is not None:
        return subject  # "The operation was ... the first deployment": the operation
    return trigger if definite(trigger) else None


def _copula_subject(trigger: Token) -> Token | None:
    """The subject of the copula ``trigger`` is the predicate of, when it refers back:
    a definite event noun, or a pronoun for what was just told."""
    copula = _copula_of(trigger)
    if copula is None:
        return None
    subject = next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if subject.lower_ in _BACK_PRONOUNS and subject.pos_ == "PRON":
        outer = _copula_of(copula) if copula.dep_ in {"advcl", "ccomp", "conj"} else None
        if outer is None:
            return subject  # "It was an attack": what was just told
        subject = next((c for c in outer.children if c.dep_ == "nsubj"), subject)
    event_noun = subject.lemma_.lower() in GENERAL_EVENT_NOUNS
    return subject if definite(subject) and event_noun else None


def _references(triggers: list[Token]) -> list[Token]:
    """The referring nouns of a mention that only refers back: every trigger is one, or
    part of one's phrase ("the bomb attack"). A trigger of a clause of its own beside
    them tells something new ("Monday's blast came a week after a car bomb killed
    nine guards"): such a mention is read as any other."""
    refs = [r for r in map(reference, triggers) if r is not None]
    inside = [t for t in triggers if any(r.left_edge.i <= t.i <= r.right_edge.i or
                                         reference(t) is not None for r in refs)]  # fmt: skip
    return refs if refs and len(inside) == len(triggers) else []


def _copula_of(token: Token) -> Token | None:
    """The form of "be" whose predicate ``token`` is part of (through nouns, adjectives
    and prepositions only: "the third in a row of assaults"), or the one ``token``'s
    clause hangs from ("was notable because it was ..."); None when a content verb
    comes first ("The attack came after militants bombed a bridge" tells two events)."""
    current = token
    for _ in range(10):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() != "be" or current.dep_ not in _PREDICATE_DEPS:
                return None
            return head
        current = head
    return None


#: Where a predicate hangs from its copula: "was [an attack]", "was [important]", "was
#: notable [because it was ...]".
_PREDICATE_DEPS = frozenset({"attr", "acomp", "advcl", "prep", "npadvmod"})


def _distinct(triggers: list[Token]) -> bool:
    """Whether the story says the mention is another event: a trigger, or an event noun
    in a phrase on it ("In another attack, raiders shot at ..."), has a word such as
    "another", "second" or "separate"."""
    nouns = list(triggers)
    nouns += [o for t in triggers for p in t.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(c.lower_ in DISTINCT_WORDS for n in nouns for c in n.children
               if c.dep_ in {"det", "amod", "nummod", "advmod"})  # fmt: skip


#: Territory taken back: a word of it ("the re-taking of the town", "its liberation")
#: tells the reverse of a taking, never that taking told again.
_TAKEN_BACK = re.compile(r"re-?(?:tak|took|captur|gain|claim|conquer)|liberat", re.IGNORECASE)


def _reverses(event: Event, triggers: list[Token], earlier: Event) -> bool:
    """Whether the mention tells territory taken back from the side that took it in
    ``earlier`` (the other territory sub-event: "the re-taking of Mosul" after "Mosul was
    taken by the militants"), by a word of taking back: a reversal, another event."""
    if event.acled_event != earlier.acled_event or event.acled_sub_event not in _TERRITORY \
            or earlier.acled_sub_event not in _TERRITORY - {event.acled_sub_event}:  # fmt: skip
        return False
    text = doc_text(triggers[0].doc) if triggers else ""
    return any(_TAKEN_BACK.match(text, t.idx) for t in triggers)


def _types_meet(event: Event, earlier: Event, refs: list[Token], triggers: list[Token]) -> bool:
    """Whether the mention's type lets it be ``earlier``: the same ACLED type; for a
    reference back, a general word ("the attack") any violent event, and a word the
    earlier event was told by ("the operation" after "a military operation") any event.
    Strategic developments are a grab-bag, not one kind: "the dispatching of troops" is no
    sanction or arrest told before, so there the kind must be the same (``same_kind``)."""
    if event.acled_event == earlier.acled_event:
        return event.acled_event != STRATEGIC or same_kind(event, earlier)
    if not refs:
        return _general_subject(event, earlier, triggers)
    words = {r.lemma_.lower() for r in refs}
    told = {cue.split()[-1] for cue in earlier.cues}
    if words & told and any(r not in triggers for r in refs):
        return True  # the mention is about the told event, whatever its own word codes
    general = bool(words & GENERAL_EVENT_NOUNS)
    return (
        general
        and earlier.acled_event in VIOLENT_TYPES
        and (event.acled_event in VIOLENT_TYPES or any(r not in triggers for r in refs))
    )


def _general_subject(event: Event, earlier: Event, triggers: list[Token]) -> bool:
    """ "Gunmen fired on a patrol ... The attack cost a corporal his life and hurt two
    bystanders": a sentence whose subject is a definite general event noun ("the attack")
    tells what that event did, whatever else it names, when the two are ACLED's general
    kinds of violence (an attack and an armed clash differ only by whom it hit, which the
    outcome's victims may tell otherwise). A more specific kind stays its own event ("The
    attack came a day after a car bomb ...")."""
    if {event.acled_sub_event, earlier.acled_sub_event} - _GENERAL_SUB_EVENTS:
        return False
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and definite(t)
               and t.lemma_.lower() in GENERAL_EVENT_NOUNS for t in triggers)  # fmt: skip


def _own_sides(triggers: list[Token]) -> tuple[EventActor | None, EventActor | None]:
    """The sides a reference names itself ("the attack on the convoy", "the Taliban's
    raid"): the sentence's other names belong to what the sentence says about it."""
    one = two = None
    for trigger in triggers:
        a, b = actors_of(trigger)
        one, two = one or a, two or b
    return one, two


def _sides_meet(sides: tuple[EventActor | None, EventActor | None], earlier: Event) -> bool:
    """No side resolved to another dictionary actor than the earlier event's, role by role."""
    for ours, theirs in zip(sides, (earlier.actor1, earlier.actor2), strict=True):
        if ours and theirs and ours.actor and theirs.actor and ours.actor != theirs.actor:
            return False
    return True


def _named_sides_agree(event: Event, earlier: Event) -> bool:
    """No named actor of ``event`` that ``earlier`` lacks or names otherwise."""
    for ours, theirs in ((event.actor1, earlier.actor1), (event.actor2, earlier.actor2)):
        if ours is not None and ours.actor and (theirs is None or theirs.actor != ours.actor):
            return False
    return True


def _same_sides(event: Event, earlier: Event) -> bool:
    """Both sides resolved to the same dictionary actors as the earlier event's ("Israeli
    jets struck Hamas ..." twice): with the same day and a place that meets, one event."""
    pairs = ((event.actor1, earlier.actor1), (event.actor2, earlier.actor2))
    return all(a is not None and b is not None and a.actor and a.actor == b.actor for a, b in pairs)


def _part_of_told_place(place: PlaceMention, doc: Doc) -> bool:
    """Whether the sentence places the name inside a place the story told, by a definite
    place noun ("in the town's Qarya quarter", "the province's capital"): the story's
    place, whatever the gazetteer made of the name."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return any(c.dep_ == "poss" and c.lemma_.lower() in _PLACE_NOUNS and any(
        d.dep_ == "det" and d.lower_ in {"the", "its", "this", "that"} for d in c.children)
        for c in token.children)  # fmt: skip


def _own_place(event: Event) -> PlaceMention | None:
    """The event's place when its own sentence names it (not the story's place)."""
    place = event.place
    return place if place is not None and event.start <= place.start < event.end else None


def _names_own_place(place: PlaceMention, refs: list[Token], triggers: list[Token]) -> bool:
    """Whether the place is said of the referring noun itself ("the attack in Kalat"), not
    of what the sentence says about it ("... live in Pakistan")."""
    for token in (*refs, *triggers):
        left, right = token.left_edge, token.right_edge
        if left.idx <= place.start < right.idx + len(right):
            return True
    return False


def places_meet(ours: PlaceMention | None, theirs: PlaceMention | None) -> bool:
    """Whether two event places can be the same: either unknown or too wide to tell
    ("Europe"), the same place, or one inside the other (Quetta in Balochistan, Mosul in
    Iraq)."""
    if ours is None or theirs is None:
        return True
    if ours.feature_code in _WIDE_FEATURES or theirs.feature_code in _WIDE_FEATURES:
        return True
    return _same_place(ours, theirs) or _inside(ours, theirs) or _inside(theirs, ours)


def _shared_participant(event: Event, earlier: Event, doc: Doc) -> bool:
    """Whether both mentions name the same particular participant, in whatever role: a
    named person or thing outside the actor dictionary ("al-Rufay'i" killed in both),
    or a definite noun of the later mention whose head the earlier one named ("the
    convoy"). A dictionary actor (a whole side, "ISIL") is no particular, nor a noun for
    people under arms or harm ("the militants", "the police"): a strike list names them
    in every line."""
    for ours in (event.actor1, event.actor2):
        if ours is None or ours.actor:
            continue
        span = _span(doc, ours)
        for theirs in (earlier.actor1, earlier.actor2):
            if theirs is None or theirs.actor or span is None:
                continue
            other = _span(doc, theirs)
            if other is None:
                continue
            if span.root.pos_ == "PROPN" and fold_name(ours.text) == fold_name(theirs.text):
                return True
            head = span.root.lemma_.lower()
            if definite(span.root) and head not in _NO_THINGS \
                    and head == other.root.lemma_.lower():  # fmt: skip
                return True
    return False


def _shared_thing(triggers: list[Token], earlier: Event, doc: Doc) -> bool:
    """Whether the mention's own arguments (or, for a doer noun, its verb's: "the
    attackers stopped the train") name, by a definite noun, a thing the earlier event's
    sentences named ("... tried to seize the ferry" after "a raid on a
    ferry"; "the convoy" after "a military convoy"): the same target. Nouns for
    people, places, events and times name no particular thing ("the militants", "the
    city", "the attack", "the day")."""
    spans = [(earlier.start, earlier.end), *((e.start, e.end) for e in earlier.evidence)]
    told = [s for a, b in spans if (s := doc.char_span(a, b, alignment_mode="expand"))]
    named = {t.lemma_.lower() for s in told for t in s if t.pos_ == "NOUN"} - _NO_THINGS
    for trigger in triggers:
        words = [trigger]
        if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":
            words.append(trigger.head)  # "the attackers stopped the train": the doer's verb
        for argument in (c for w in words for c in w.children if c.dep_ in _ARGUMENT_DEPS):
            if any(t.pos_ == "NOUN" and t.lemma_.lower() in named and not t.ent_type_
                   and definite(t) for t in argument.subtree):  # fmt: skip
                return True
    return False


#: Where a trigger's own arguments hang (not its clauses: "said", "after ... bombed").
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "prep", "agent", "attr", "npadvmod"})


def _span(doc: Doc, actor: EventActor) -> Span | None:
    return doc.char_span(actor.start, actor.end, alignment_mode="expand")
