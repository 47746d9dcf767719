"""Who did it to whom: the event's actors read from its trigger's arguments.

ACLED's actor1 is the side that acts and actor2 the side acted on. The parse says
which noun phrase plays which part: the subject of an active trigger verb and the
agent of a passive one ("was attacked by militants") act; the object and the passive
subject are acted on. An event noun takes its actors from around it: "Israel's
strikes", "an attack by gunmen" (actor1), "a strike on the convoy", "attacks against
police" (actor2), and from the verb it is the object of when that verb only carries
it ("the coalition conducted 34 strikes", "militants launched an attack").

What each argument names (an entity, a noun for people, the group behind a member or a
site; never a place or a pronoun left unresolved) is ``phrases.actor_phrase``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.accountable import (
    BLAMING_VERBS,
    accused,
    accused_victim,
    at_hands,
    blamed,
    blaming_participle,
    by_hands,
)
from frontlines.nlp.events.doers import doer, on_arms_or_someone
from frontlines.nlp.events.fell_in import fell_in, hurt_by
from frontlines.nlp.events.harmed import (
    CAPTIVE_NOUNS,
    DYING,
    FIRED,
    HARMING_VERBS,
    OUTCOME_VERBS,
    THOSE,
    UNDERGONE_VERBS,
    described_roles,
    gapped_passive,
    headline_passive,
    is_passive,
    lives_taken,
    outcome_victims,
    taken_as,
    undergoer,
    who_fell,
)
from frontlines.nlp.events.memo import lemmas, per_doc
from frontlines.nlp.events.named_as import identified_as
from frontlines.nlp.events.noun_args import (
    AGENT_NOUNS,
    AUTHOR_VERBS,
    CARRIER_VERBS,
    NOUN_SLOTS,
    UNDERGONE,
    aimed_at,
    carried_by,
    noun_arguments,
    side_modifier,
    withstood,
    withstood_roles,
)
from frontlines.nlp.events.noun_slots import counting, modifies_event, slot_of
from frontlines.nlp.events.phrases import (
    SITES,
    actor_phrase,
    doer_phrase,
    noun_phrase,
    person_phrase,
)
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.sides import (
    RECIPROCAL,
    between,
    first_object,
    opponent_in,
    party_to,
    rivals,
    two_sided,
)
from frontlines.nlp.events.taken import (
    CLOSING_IN,
    INVADING,
    closed_in,
    held,
    invaded,
)
from frontlines.nlp.events.victims_of import victims_maker, victims_named
from frontlines.vocab.words import word_list

#: Re-exported from ``noun_args`` (an event noun's own arguments), so importers need no change.
__all__ = ["AGENT_NOUNS", "AUTHOR_VERBS", "CARRIER_VERBS", "HARMING_VERBS", "NOUN_SLOTS",
           "ONE_SIDED", "OUTCOME_VERBS", "UNDERGONE", "actors_of", "aimed_at", "cue_words",
           "noun_arguments", "side_modifier", "withstood", "withstood_roles"]  # fmt: skip

#: ACLED sub-event types coded with one side only: a peaceful protest has no opponent
#: (what it protests against is not a party to it), nor has a group changing its activity.
ONE_SIDED = frozenset({"Peaceful protest", "Change to group/activity",
                       "Headquarters or base established"})  # fmt: skip
#: Event nouns for a deed a side does by announcing it ("announced the activation of ...").
ANNOUNCED_DEEDS = frozenset(word_list("event", "announced_deeds"))
#: Verbs by which a side makes its own decided deed known.
_ANNOUNCING = frozenset({"announce", "declare", "proclaim"})


#: How much longer than a cue's word a word made from it may be ("bomb": "bombings").
_DERIVED = 4


def cue_words(sent: Span, cues: tuple[str, ...]) -> list[Token]:
    """The nouns and verbs of ``sent`` made from a cue's word, for reading the event's
    arguments where the cue matched no word as written ("bomb" in "the bombings",
    lemmatised "bombing"): who did it and where hang on that word all the same."""
    stems = {cue.split()[-1] for cue in cues if cue.strip()}
    lowered = lemmas(sent.doc)  # while the coder reads: only words whose lemma opens
    if lowered is not None:  # with a stem are made ``Token``s and tested in full
        starts = tuple(stems)
        words = [sent.doc[i] for i in range(sent.start, sent.end) if lowered[i].startswith(starts)]
    else:
        words = list(sent)
    return [t for t in words if t.pos_ in {"NOUN", "VERB", "PROPN"} and any(
        t.lemma_.lower().startswith(s) and len(t.lemma_) - len(s) <= _DERIVED
        for s in stems)]


@per_doc(lambda trigger: trigger.i)
def actors_of(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    """(actor1, actor2) from the trigger's arguments; None where the parse names none.
    A cue that only modifies an event noun ("missile" of "cruise missile strikes against
    X") takes the noun's arguments: the phrase hangs its doer and its aim on the noun."""
    if modifies_event(trigger):
        return actors_of(trigger.head)
    verb = trigger.pos_ in {"VERB", "AUX"} and trigger.dep_ not in NOUN_SLOTS
    actor1, actor2 = _verb_roles(trigger) if verb else _noun_roles(trigger)
    if actor1 is None and not verb and trigger.pos_ == "VERB":
        actor1 = _gerund_subject(trigger)  # "because of militia shelling of X"
    if actor1 is None:
        sides = between(trigger)
        if sides is not None:
            actor1, actor2 = sides  # the sides, not who fell between them
    if actor1 is None:
        actor1 = victims_maker(trigger)  # "the gang's victims of the raid": the gang
    if actor2 is None and trigger.lemma_.lower() in INVADING | CLOSING_IN:
        actor2 = invaded(trigger)  # "invaded Kuwait", "encircling Japan"
    if actor2 is None and not verb:
        actor2 = closed_in(trigger)  # "the exercises ringing Japan"
    if actor2 is None:
        actor2 = hurt_by(trigger)  # "were killed as a result of shelling": it hit them
    if actor2 is None:
        actor2 = victims_named(trigger)  # "the victims of the bombing", "shooting deaths of X"
    return actor1, actor2


def _gerund_subject(trigger: Token) -> EventActor | None:
    """The side a gerund in a noun's place names by the subject the parser gave it:
    "because of militia mortar shelling of the quarter" hangs "militia" on "shelling" as
    its subject, where a noun would have it as a modifier (its doer either way)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i),
                   None)  # fmt: skip
    return actor_phrase(subject, agent=True) if subject is not None else None


def _noun_roles(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    actor1 = actor2 = None
    slot = slot_of(trigger)  # "launched a series of drone raids": where "series" sits
    counted = counting(trigger)  # "hundreds of demonstrators gathered": the hundreds
    named = identified_as(counted) if trigger.lower_ in AGENT_NOUNS else None
    if named is not None:  # "the attackers, believed to be members of X": X
        actor1 = actor_phrase(named, agent=True)
    agent_noun = counted.dep_ in {"nsubj", "nsubjpass"} and trigger.lower_ in AGENT_NOUNS
    if actor1 is None and agent_noun:
        start, end = noun_phrase(counted)  # "a female suicide bomber detonated ..."
        span = trigger.doc[start:end]
        actor1 = EventActor(text=span.text, actor=None, start=span.start_char,
                            end=span.end_char)  # fmt: skip
    if slot.dep_ == "nsubj" and trigger.lemma_.lower() in _INSTRUMENTS:
        actor1 = actor1 or actor_phrase(trigger, agent=True)  # "its aircraft destroyed ..."
    taken = taken_as(trigger)
    if taken is not None:
        return taken  # "took a shop owner hostage": the owner, not "hostage", was taken
    if trigger.lemma_.lower() in CAPTIVE_NOUNS or trigger.lower_ in CAPTIVE_NOUNS:
        start, end = noun_phrase(trigger)  # "holding 12 hostages": they are the victims
        span = trigger.doc[start:end]
        actor2 = EventActor(text=span.text, actor=None, start=span.start_char,
                            end=span.end_char)  # fmt: skip
    own1, own2 = withstood(trigger) or noun_arguments(trigger, slot)  # "repelled an
    blame = blamed(slot)  # "the attack was blamed on X": X did it, was not its aim
    if blame is not None and blaming_participle(slot) is not None:
        own1 = None  # "a bomb attack, blamed on X by the government": X's, not the blamer's
    actor1, actor2 = actor1 or own1, actor2 or own2  # assault by X": X's, on who repelled it
    taker, kept = held(trigger)
    actor1, actor2 = actor1 or taker, actor2 or kept
    if blame is not None and actor2 is not None and blame.start < actor2.end <= blame.end:
        actor2 = None
    actor1 = actor1 or accused(slot) or blame  # "X was charged with the murder"
    actor2 = actor2 or accused_victim(slot)  # "... with murder in the slaying of Y"
    if slot.dep_ == "pobj" and slot.head.lower_ == "under":
        return _under_fire(slot, actor1)
    carrier = slot.head
    announced = carrier.lemma_.lower() in _ANNOUNCING and trigger.lemma_.lower() in ANNOUNCED_DEEDS
    if slot.dep_ == "dobj" and (carrier.lemma_.lower() in CARRIER_VERBS or announced):
        one, two = _verb_roles(carrier)  # "launched an offensive against X": the parse
        actor1, actor2 = actor1 or carried_by(one, carrier), actor2 or two  # may hang the
        # aim on the verb
    if slot.dep_ in {"nsubj", "nsubjpass"}:  # "drone strikes by Turkey killed two ..."
        verb = predicate_of(slot)
        verb_actor1, verb_actor2 = _verb_roles(verb)
        if verb_actor2 is not None and verb_actor2.start <= trigger.idx < verb_actor2.end:
            verb_actor2 = None  # "the air raid is not linked with X": the raid itself
        if verb.lemma_.lower() not in BLAMING_VERBS:  # "blamed on X": who did it, not whom
            actor2 = actor2 or verb_actor2
        if slot.dep_ == "nsubjpass" and verb.lemma_.lower() in CARRIER_VERBS | AUTHOR_VERBS:
            actor1 = actor1 or carried_by(verb_actor1, verb)  # "carried out by X"
    fallen, told = fell_in(slot)  # "mourned the death of X during an ambush": X was hit,
    actor2 = actor2 or fallen  # and the mourners are no side of the ambush
    if slot.dep_ == "pobj" and slot.head.lower_ in {"in", "during", "by"}:
        verb = slot.head.head
        gapped = gapped_passive(verb) or headline_passive(verb)  # "... and dozens more
        # injured in attacks", "Three soldiers killed in ambush"
        passive = verb.pos_ == "VERB" and (is_passive(verb) or gapped)
        undergone = {"nsubjpass", "nsubj"} if gapped else {"nsubjpass"}
        undergoer = next((actor_phrase(c, agent=True) for c in verb.children
                          if c.dep_ in undergone), None) if passive else None  # fmt: skip
        if passive and own2 is not None and two_sided(trigger) and own1 is None:
            actor1 = actor1 or undergoer  # "protesters were hurt in clashes with police"
        if passive and accused(slot) is not None:
            pass  # "X was charged in the bombing": X did it (``accused``), was not hit
        elif passive:  # "X was killed (by Y) in an airstrike": X is what it hit, Y did it
            hurt = verb.lemma_.lower() in UNDERGONE_VERBS  # only people are: "three
            actor2 = actor2 or next((  # fishermen were killed in an airstrike"
                actor_phrase(c, agent=False) or (person_phrase(c) if hurt else None)
                for c in verb.children if c.dep_ in undergone), None)  # fmt: skip
            actor1 = actor1 or next((first_object(c, agent=True) for c in verb.children
                                     if c.dep_ == "agent"), None)  # fmt: skip
        elif verb.lemma_.lower() in DYING:  # "X died in a shooting at the hands of Y"
            actor2 = actor2 or next((actor_phrase(c, agent=False) for c in verb.children
                                     if c.dep_ == "nsubj"), None)  # fmt: skip
            actor1 = actor1 or next((by_hands(h) for h in map(at_hands, verb.subtree)
                                     if h is not None), None)  # fmt: skip
        elif not passive and not told and verb.lemma_.lower() not in _UNDERGOING:
            actor1 = actor1 or doer(verb)  # "hundreds of people massed ... in protest"
            if actor2 is None and verb.lemma_.lower() in OUTCOME_VERBS | HARMING_VERBS:
                actor2 = next((person_phrase(c) for c in verb.children
                               if c.dep_ == "dobj"), None)  # "killed X in an airstrike",
                # "arrested three smugglers in a raid"
    clause = predicate_of(slot)  # "two soldiers were killed when [their vehicle hit a bomb]"
    if actor2 is None and clause.dep_ == "advcl":
        actor2 = who_fell(clause.head)
    return actor1, actor2


#: Weapons and aircraft that an event's cue may name ("its aircraft destroyed ..."): as the
#: subject, whose they are acted.
_INSTRUMENTS = frozenset(word_list("event", "instruments"))


def _under_fire(trigger: Token, actor1: EventActor | None
                ) -> tuple[EventActor | None, EventActor | None]:  # fmt: skip
    """"Y came under fire from X", "Y was under attack by X": the clause's subject is
    what the event hit, the "from" / "by" phrase who did it."""
    verb = trigger.head.head
    for holder in (trigger, verb):
        for child in holder.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
                actor1 = actor1 or first_object(child, agent=True)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return actor1, actor_phrase(subject, agent=False) if subject is not None else None


#: Verbs whose subject undergoes the event it is "in" ("died in an airstrike").
_UNDERGOING = frozenset({"die", "perish", "be", "suffer", "lose", "get", "trap", "catch",
                         "survive", "hear", "see", "witness"})  # fmt: skip


def _verb_roles(verb: Token) -> tuple[EventActor | None, EventActor | None]:
    actor1 = actor2 = None
    subject_verb = verb
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if verb.dep_ in {"xcomp", "conj"} and not own_subject:
        subject_verb = verb.head  # "militants stormed the base and killed ..."
    elif _bare_participle(verb) and not own_subject:
        subject_verb = verb.head  # "a Russian strike hit the block, killing nine"
    elif verb.dep_ == "acl" and not own_subject and (verb.head.pos_ in {"NOUN", "PROPN"}
                                                     or verb.head.lower_ in THOSE):
        described = described_roles(verb)
        if described is not None and described[0] is None and described[1] is not None:
            opponent = opponent_in(verb)  # "protesters hurt in clashes with police"
            return (described[1], opponent) if opponent is not None else described
        if described is not None:
            return described
    subject = None
    raised = verb.dep_ == "xcomp" and subject_verb is not verb and is_passive(subject_verb) and (
        not is_passive(verb))  # "the gunman is believed to have fired": the gunman fired
    gapped = subject_verb is verb and (gapped_passive(verb)  # "and dozens more injured",
                                       or headline_passive(verb))  # "Soldiers killed in X"
    for child in subject_verb.children:
        if child.dep_ == "nsubj" and gapped:
            actor2 = undergoer(child, verb)
        elif child.dep_ == "nsubj" and actor1 is None:  # a second subject the parser made
            subject = child  # of a modifier's noun ("a group dressed in T-shirts") is
            actor1 = actor_phrase(child, agent=True)  # not who acts
            if actor1 is None and on_arms_or_someone(verb):
                actor1 = doer_phrase(child)  # "specialists defused it"
        elif child.dep_ == "nsubjpass" and raised:
            actor1 = actor_phrase(child, agent=True)
        elif child.dep_ == "nsubjpass":
            actor2 = undergoer(child, verb)
    taken = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":
            actor1 = actor1 or first_object(child, agent=True)
            if actor1 is None and on_arms_or_someone(verb):  # "defused by a technician"
                actor1 = next((doer_phrase(o) for o in child.children if o.dep_ == "pobj"),
                              None)  # fmt: skip
        elif (hands := at_hands(child)) is not None:  # "at the hands of unknown gunmen"
            actor1 = actor1 or by_hands(hands)
        elif child.dep_ == "dobj":
            actor2 = actor2 or lives_taken(verb) or _first_named(child) or (
                person_phrase(child) if verb.lemma_.lower() in UNDERGONE_VERBS else None)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}:
            actor2 = actor2 or first_object(child, agent=False)  # "fired at protesters"
        elif child.dep_ == "prep" and child.lower_ == "with" and actor1 is not None:
            actor2 = actor2 or first_object(child, agent=party_to(verb, child))  # "clashed
            # with police"; "agreed with Egypt": a country is a party to the agreement
        elif child.dep_ == "prep" and child.lower_ == "from" and taken:
            actor2 = actor2 or first_object(child, agent=False)  # "retook X from rebels"
    if actor1 is None and subject is not None and subject.tag_ == "WDT":
        actor1 = _firer(verb)  # "the shots that killed the mayor": who fired them
    if actor1 is None and verb.dep_ == "pcomp":
        actor1 = accused(verb)  # "X was charged with killing a doctor"
    if actor1 is None and verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN":
        actor1 = _noun_roles(verb.head)[0]  # "launched an offensive to retake the town"
    if actor1 is None:
        sides = _event_in(verb)  # "killed in clashes between A and B", "in an attack by X"
        if sides is not None:
            actor1, actor2 = sides[0], sides[1] or actor2
        elif actor2 is not None and (opponent := opponent_in(verb)) is not None:
            actor1, actor2 = actor2, opponent  # "protesters hurt in clashes with police"
    if actor2 is None and verb.dep_ == "advcl":
        actor2 = who_fell(verb.head)  # "15 were killed when a bomb exploded"
    if actor2 is None and verb.lemma_.lower() in RECIPROCAL and subject is not None:
        actor2 = next((actor_phrase(c, agent=True) for c in subject.children if c.dep_ == "conj"),
                      None)  # "federal forces and Tigrayan fighters clashed"  # fmt: skip
        if actor2 is not None and actor1 is not None:
            actor1 = actor_phrase(subject, agent=True, whole=False)
        elif (both := rivals(subject)) is not None:  # "rival clans clashed": the clans
            other = next((first_object(c, agent=True) for c in verb.children
                          if c.dep_ == "prep" and c.lower_ in {"with", "against"}),
                         None)  # fmt: skip
            actor1, actor2 = actor1 or both, other or both  # fought one another, unless
            # they fought someone named ("rival clans clashed with troops": the troops)
    withstood = withstood_roles(verb)
    if withstood is not None:  # "the garrison repelled an assault by X": X's on the garrison
        return withstood[0], withstood[1] or actor1
    victims = outcome_victims(verb)
    site = any(c.lemma_.lower() in SITES for c in [  # "blew himself up at a checkpoint"
        *(c for c in verb.children if c.dep_ == "dobj"),
        *(o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "against"}
          for o in p.children if o.dep_ == "pobj")])  # fmt: skip
    if victims is not None and (actor2 is None or site):
        return actor1, victims  # "attacked a police checkpoint, killing 3 officers"
    return actor1, actor2


def _first_named(head: Token) -> EventActor | None:
    """The first of coordinated objects that names an actor ("wrecked a car bomb and
    an ISIL supply truck": the truck names its owner, the car bomb no one)."""
    for token in (head, *(c for c in head.children if c.dep_ == "conj")):
        found = actor_phrase(token, agent=False)
        if found is not None:
            return found
    return None


def _event_in(verb: Token) -> tuple[EventActor, EventActor | None] | None:
    """The sides of the event noun a verb happened "in" ("dozens were killed in clashes
    between herders and farmers": the clash's sides, not its dead; "killed in an attack
    by gunmen": the gunmen)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "amid"}:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            sides = between(noun)
            if sides is not None:
                return sides
            doer = noun_arguments(noun, noun)[0]
            if doer is not None:
                return doer, None
    return None


def _bare_participle(verb: Token) -> bool:
    """An "-ing" clause with no subject or conjunction of its own ("..., killing nine"):
    who does it is the subject of the clause it hangs on."""
    head = verb.head  # "X came under attack, killing six": X did not kill
    undergoes = head.lemma_.lower() in _UNDERGOING | {"come"} or any(
        c.dep_ == "auxpass" for c in head.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not undergoes and not any(
        c.dep_ == "mark" for c in verb.children)


def _firer(verb: Token) -> EventActor | None:
    """Who fired what a relative clause says did the harm ("the shots that killed the
    mayor" were fired by someone the sentence names as firing them)."""
    thing = verb.head
    if verb.dep_ != "relcl" or thing.lemma_.lower() not in FIRED or thing.dep_ != "dobj":
        return None
    holder = thing.head
    if holder.pos_ != "VERB" or holder.i == verb.i:
        return None
    return _verb_roles(holder)[0]
