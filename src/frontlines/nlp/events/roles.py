"""Who did it to whom: the event's actors read from its trigger's arguments.

ACLED's actor1 is the side that acts and actor2 the side acted on. The parse says
which noun phrase plays which part: the subject of an active trigger verb and the
agent of a passive one ("was attacked by militants") act; the object and the passive
subject are acted on. An event noun takes its actors from around it: "Israel's
strikes", "an attack by gunmen" (actor1), "a strike on the convoy", "attacks against
police" (actor2), and from the verb it is the object of when that verb only carries
it ("the coalition conducted 34 strikes", "militants launched an attack").

A phrase is an actor when it names one: an entity (a group, a person, a state as the
agent) or a noun for people under arms or harm ("security forces", "civilians";
``data/event_words.toml``). Places are where, not who; pronouns and adjectives never.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.realis import predicate_of
from frontlines.vocab.words import word_list, words

__all__ = [
    "ACTOR_NOUNS", "AGENT_NOUNS", "CARRIER_VERBS", "PLACE_LABELS", "PLACE_NOUNS", "actors_of",
    "names_a_country", "noun_phrase",
]  # fmt: skip

#: Nouns that name a side or its victims ("forces", "militants", "civilians").
ACTOR_NOUNS = frozenset(word_list("event", "actor_nouns"))
#: Event words that name who did it ("a suicide bomber detonated ...").
AGENT_NOUNS = frozenset(word_list("event", "agent_nouns"))
#: Verbs that only carry an event noun: their subject is the event's actor1.
CARRIER_VERBS = frozenset(word_list("event", "carrier_verbs"))
#: Nouns of places ("city", "province"): the head of a phrase that says where, not who.
PLACE_NOUNS = words("place", "place_nouns")
_PEOPLE_LABELS = frozenset({"ORG", "NORP", "PERSON"})
#: Entity labels of places: never actors, except a country acting as the agent.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "its", "their", "his", "her"})


def actors_of(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    """(actor1, actor2) from the trigger's arguments; None where the parse names none."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return _verb_roles(trigger)
    actor1 = actor2 = None
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.lower_ in AGENT_NOUNS:
        start, end = noun_phrase(trigger)  # "a female suicide bomber detonated ..."
        span = trigger.doc[start:end]
        actor1 = EventActor(text=span.text, actor=None, start=span.start_char,
                            end=span.end_char)  # fmt: skip
    for child in trigger.children:
        named = child.dep_ == "compound" and child.ent_type_ in _PEOPLE_LABELS | {"GPE"}
        if child.dep_ == "poss" or named:
            actor1 = actor1 or _actor(child, agent=True)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor1 = actor1 or _first_object(child, agent=True)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against", "targeting"}:
            actor2 = actor2 or _first_object(child, agent=False)
    carrier = trigger.head
    if actor1 is None and trigger.dep_ == "dobj" and carrier.lemma_.lower() in CARRIER_VERBS:
        actor1 = _verb_roles(carrier)[0]
    if actor1 is None and trigger.dep_ in {"nsubj", "nsubjpass"}:
        _, verb_actor2 = _verb_roles(predicate_of(trigger))
        actor2 = actor2 or verb_actor2
    return actor1, actor2


def _verb_roles(verb: Token) -> tuple[EventActor | None, EventActor | None]:
    actor1 = actor2 = None
    subject_verb = verb
    if verb.dep_ in {"xcomp", "conj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        subject_verb = verb.head  # "militants stormed the base and killed ..."
    for child in subject_verb.children:
        if child.dep_ == "nsubj":
            actor1 = _actor(child, agent=True)
        elif child.dep_ == "nsubjpass":
            actor2 = _actor(child, agent=False)
    for child in verb.children:
        if child.dep_ == "agent":
            actor1 = actor1 or _first_object(child, agent=True)
        elif child.dep_ == "dobj":
            actor2 = actor2 or _actor(child, agent=False)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            actor2 = actor2 or _first_object(child, agent=False)
    return actor1, actor2


def _first_object(preposition: Token, agent: bool) -> EventActor | None:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return _actor(objects[0], agent) if objects else None


def _actor(head: Token, agent: bool) -> EventActor | None:
    """The phrase ``head`` heads, when it names an actor (see the module docstring)."""
    if head.pos_ == "PRON":
        return None
    start, end = noun_phrase(head)
    names = [e for e in head.sent.ents if e.start < end and start < e.end]
    for ent in names:  # a name the phrase cuts into is kept whole
        start, end = min(start, ent.start), max(end, ent.end)
    tokens = head.doc[start:end]
    if head.lower_ in PLACE_NOUNS or head.lemma_.lower() in PLACE_NOUNS:
        return None  # "the Iraqi city of Mosul" is where, whatever names it
    kb = next((e.kb_id_ for e in names if e.kb_id_), None)
    entity = head if head.ent_type_ else next((t for t in tokens if t.ent_type_), None)
    label = entity.ent_type_ if entity is not None else ""
    place = label in PLACE_LABELS and not kb and not (agent and names_a_country(tokens))
    if place and not any(t.lemma_.lower() in ACTOR_NOUNS for t in tokens):
        return None  # a town is never an actor; "Syria" only as the agent
    named = label in _PEOPLE_LABELS or label in PLACE_LABELS
    people = head.lemma_.lower() in ACTOR_NOUNS or head.lower_ in ACTOR_NOUNS
    if not (named or people):
        return None
    return EventActor(text=tokens.text, actor=kb or None, start=tokens.start_char,
                      end=tokens.end_char)  # fmt: skip


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of the phrase ``head`` heads: its left modifiers and "of" phrases, not
    relative clauses, appositions or other prepositional phrases; no leading article."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        keep.extend(child.subtree)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    while start < head.i and head.doc[start].lower_ in _DETERMINERS:
        start += 1
    return start, end


def names_a_country(tokens: Span) -> bool:
    """Whether the places layer read a place inside ``tokens`` as a country (a state
    can act; a town cannot)."""
    doc = tokens.doc
    places = doc._.places if doc.has_extension("places") and doc._.places else []
    return any(
        tokens.start_char <= p.start < tokens.end_char
        and (p.feature_code or "").startswith("PCL")
        for p in places
    )
