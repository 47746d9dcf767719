"""An event noun's own arguments, read from its phrase: who did it ("Israel's strikes",
"an attack by gunmen", "a rebel attack"), what it was aimed at ("a strike on the convoy",
"the bombing at the embassy") and, for an attack a side withstood, that side.

Why a module of its own: ``roles`` reads the actors of any trigger, verb or noun, and
weighs the clause around it; what the noun phrase alone says is read here, and ``roles``
re-exports it, so importers need no change.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlines.model import EventActor
from frontlines.nlp.events.accountable import BLAMING_VERBS
from frontlines.nlp.events.doers import dwellers
from frontlines.nlp.events.harmed import relative_target
from frontlines.nlp.events.noun_slots import slot_of
from frontlines.nlp.events.phrases import (
    PEOPLE_LABELS,
    SITES,
    actor_phrase,
    is_people,
    modifier_side,
    names_a_country,
    person_noun,
    person_phrase,
)
from frontlines.nlp.events.referents import CROWDS
from frontlines.nlp.events.sides import (
    attack_noun,
    defender,
    first_object,
    party_to,
    resists,
    traded_with,
    two_sided,
    withstanding,
)
from frontlines.nlp.events.stances import for_or_against
from frontlines.nlp.events.taken import INVADING, invaded, kept_site, site_of_keeper
from frontlines.vocab.events import NON_STATE_WORDS, STATE_WORDS, side_of
from frontlines.vocab.words import word_list

__all__ = ["AGENT_NOUNS", "AUTHOR_VERBS", "CARRIER_VERBS", "NOUN_SLOTS", "UNDERGONE",
           "aimed_at", "carried_by", "noun_arguments", "side_modifier", "withstood",
           "withstood_roles"]  # fmt: skip

#: Event words that name who did it ("a suicide bomber detonated ...").
AGENT_NOUNS = frozenset(word_list("event", "agent_nouns"))
#: Verbs that only carry an event noun: their subject is the event's actor1.
CARRIER_VERBS = frozenset(word_list("event", "carrier_verbs"))
#: Verbs whose passive agent made an event happen ("plotted by X", "claimed by X").
AUTHOR_VERBS = frozenset(word_list("event", "author_verbs"))
#: Carrier verbs whose subject may only be present at the event ("attended the protest").
PRESENCE_VERBS = frozenset(word_list("event", "presence_verbs"))


def carried_by(actor: EventActor | None, carrier: Token) -> EventActor | None:
    """The subject (or passive agent) a carrier verb lends its event noun, unless it
    names no doer: state forces only present at it ("police attended the protest to keep
    order" are not its crowd), or a bare count ("thousands joined a protest": a count is
    no side; a protest keeps its generic crowd, "hundreds of farmers" keeps the farmers)."""
    if actor is None:
        return None
    if carrier.lemma_.lower() in PRESENCE_VERBS and side_of(actor.text) == "state":
        return None
    words = actor.text.lower().split()
    if words and all(w in CROWDS or w.replace(",", "").isdigit() for w in words):
        return None
    return actor


#: Where a word heads a noun's slot: a noun the tagger took for a verb ("a series of
#: airstrikes" tagged a verb) still takes a noun's arguments.
NOUN_SLOTS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj"})


def aimed_at(trigger: Token) -> EventActor | None:
    """The side an event noun says it was aimed at ("airstrikes against al-Qaida
    operatives", "an attack on police"): named by the event itself, it outranks whoever
    its outcome verb says fell ("... killed more than 20 militants")."""
    if trigger.pos_ not in {"NOUN", "PROPN"} and trigger.dep_ not in {"nsubj", "pobj", "dobj"}:
        return site_of_keeper(trigger)  # a noun the tagger took for a verb still heads a
    # noun's slot; a verb's "outside the French embassy" names its aim
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AIMS:
            continue
        aim = first_object(prep, agent=False)
        if aim is not None and _a_side(trigger.doc, aim, site=prep.lower_ in _AT_SITES):
            return aim
    if trigger.dep_ == "nsubj":  # "a truck bomb went off at the Turkish embassy"
        return kept_site(trigger) or site_of_keeper(trigger.head)
    return kept_site(trigger)


#: Prepositions of an event noun that name what it was aimed at ("the bombing at the U.S.
#: embassy" was aimed at the embassy's keeper, not at whoever else it killed); "outside
#: the police station" too, where it names a site's keeper (``_AT_SITES``).
_AIMS = ("on", "against", "targeting", "at", "outside", "inside")
_AT_SITES = frozenset({"at", "outside", "inside"})


def _a_side(doc: Doc, actor: EventActor, site: bool = False) -> bool:
    """Whether ``actor`` names a side: a group or nationality, a country keeping a site,
    or a noun for people under arms or harm ("an attack on Kyiv" may be a city the tagger
    took for a person). ``site``: only a site's keeper counts ("the blast at a market
    crowded with shoppers" was not aimed at the shoppers)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    named = any(t.ent_type_ in {"ORG", "NORP"} for t in span) or names_a_country(span)
    if site:  # a site's keeper ("the U.S. embassy"), or a site the tagger took for a name
        return named or any(_site_word(t) or _site_word(t.head) for t in span)
    return named or any(is_people(t) for t in span)


def _site_word(token: Token) -> bool:
    return token.lemma_.lower() in SITES or token.lower_.removesuffix("s") in SITES


#: One-word nouns for an armed side, either kind ("terrorist", "rebel", "police"), and an
#: alliance of states ("coalition airstrikes", "Saudi-led coalition strikes").
_SIDE_WORDS = frozenset(w for w in (*STATE_WORDS, *NON_STATE_WORDS, "coalition")
                        if " " not in w)  # fmt: skip


#: Event words that name an armed doer ("sniper", "gunman"); not a crowd's ("protester").
_ARMED_AGENTS = AGENT_NOUNS - frozenset(
    w for w in AGENT_NOUNS if w.startswith(("protest", "demonstrat", "march", "picket", "riot")))


def side_modifier(triggers: list[Token]) -> EventActor | None:
    """The side an event noun's own modifier names ("the terrorist bombings", "a rebel
    attack", "a police raid"): the event's kind of doer, a last resort after its
    arguments, the verb that carries it ("China conducted the military drills": China),
    the side its sentence names, the side of the strike list it is in and the group that
    claimed it: "the terrorist attack" of a story that names the attacker is his. What
    an event does to someone is not done by its modifier ("civilian deaths")."""
    for trigger in triggers:
        noun = trigger.pos_ in {"NOUN", "PROPN"} or trigger.dep_ in NOUN_SLOTS  # "the
        # police shooting of a man sparked protests": a noun the tagger took for a verb
        if not noun or trigger.lemma_.lower() in UNDERGONE:
            continue
        for child in trigger.children:
            if child.dep_ in {"amod", "compound"} and not child.ent_type_ and (
                    child.lower_ in _SIDE_WORDS or child.lemma_.lower() in _SIDE_WORDS
                    or child.lower_ in _ARMED_AGENTS) and not for_or_against(child):
                # "a sniper shot killed ...", not "anti-rebel protests"
                span = trigger.doc[child.left_edge.i : child.i + 1]
                return EventActor(text=span.text, actor=None, start=span.start_char,
                                  end=span.end_char)  # fmt: skip
    return None


def noun_arguments(trigger: Token, slot: Token
                    ) -> tuple[EventActor | None, EventActor | None]:  # fmt: skip
    """An event noun's own arguments: "Israel's strikes", "Israeli strikes", "an attack
    by gunmen" (actor1); "a strike on the convoy", "the killing of X" (actor2); a
    participle or relative clause on it says the same ("an attack carried out by
    militants", "the truce brokered by Qatar with Hamas", "the bombing, which killed 12
    soldiers")."""
    actor1 = actor2 = None
    children = [*trigger.children, *(c for c in slot.children if slot is not trigger
                                      and c.dep_ != "prep")]  # fmt: skip
    children += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" for c in o.children
                 if c.dep_ == "relcl" and _passive_relative(c)]  # "the killing of an
    # officer that was claimed by X": the parse hangs the clause on the nearer noun
    children += _misplaced_by(trigger)  # "the assault of reporter X by Y": Y's, not X's
    for child in children:
        named = (child.dep_ == "compound" and child.ent_type_ in PEOPLE_LABELS | {"GPE"}) or (
            child.dep_ == "amod" and child.ent_type_ == "NORP")  # "Israeli strikes": the agent
        if child.dep_ == "poss" and trigger.lemma_.lower() in UNDERGONE:
            actor2 = actor2 or actor_phrase(child, agent=False)  # "al-Baghdadi's killing"
        elif child.dep_ == "poss":
            actor1 = actor1 or actor_phrase(child, agent=True)
        elif child.dep_ == "compound" and _site_word(child):  # "the U.S. Embassy
            actor2 = actor2 or actor_phrase(child, agent=False)  # bombings": its aim
        elif named and not for_or_against(child):  # "an Israeli army raid": the
            actor1 = actor1 or modifier_side(child)  # Israeli army; not "anti-X protests"
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor1 = actor1 or first_object(child, agent=True) or _listed_person_in(child)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against", "targeting", "of"}:
            sanction = party_to(trigger, child)  # "an embargo on Libya": a country is its aim
            actor2 = actor2 or first_object(child, agent=sanction) or (  # "the killing of X"
                traded_with(child) if sanction else None)  # "an embargo on trade with Iraq"
            if actor2 is None and child.lower_ == "of" and (
                    trigger.lemma_.lower() in UNDERGONE or _by_agent(trigger)):
                actor2 = next((person_phrase(o) for o in child.children if o.dep_ == "pobj"),
                              None)  # "the slaying of a doctor": a person all the same;
                # "the assault of a nurse by two men": with its doer by, "of" underwent it
            if actor2 is None and child.lower_ in {"on", "against"} and not sanction:
                actor2 = _listed_person_in(child)  # "the attack on a medic"
            actor2 = actor2 or dwellers(child)  # "a raid on the family's home"
        elif child.dep_ == "prep" and child.lower_ == "with" and (
                (party := party_to(trigger, child)) or two_sided(trigger)):  # "clashes with
            actor2 = actor2 or first_object(child, agent=party)  # police"; "a deal with
            # Egypt": a country is a party to an agreement, no place
        elif child.dep_ == "acl":
            blaming = child.lemma_.lower() in BLAMING_VERBS  # "blamed by X on Y": X blames
            doer = None if blaming else next((first_object(c, agent=True) for c in child.children
                                              if c.dep_ == "agent"), None)  # "carried out by X"
            actor1 = actor1 or doer
            if doer is not None:  # "the truce brokered by Qatar with Hamas"
                actor2 = actor2 or next((first_object(c, agent=False) for c in child.children
                                         if c.dep_ == "prep" and c.lower_ == "with"), None)
            elif any(c.dep_ == "dobj" for c in child.children):  # "Israeli airstrikes
                actor2 = actor2 or relative_target(child, by_preposition=False)  # killed X"
        elif child.dep_ == "relcl" and _passive_relative(child):  # "the killing ... that
            actor1 = actor1 or next((first_object(c, agent=True) for c in child.children
                                     if c.dep_ == "agent"), None)  # was claimed by X"
        elif child.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE
                                               for c in child.children):  # fmt: skip
            actor2 = actor2 or relative_target(child)
    return actor1, actor2


def _by_agent(trigger: Token) -> bool:
    """Whether an event noun names its doer by a "by" phrase of its own ("the assault of
    a nurse by two men"): its "of" phrase then names whom it was done to, not who did it
    ("the advance of the rebels"). The parse may hang that phrase on the "of" object
    (``_misplaced_by``)."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children)
               for c in (*trigger.children, *_misplaced_by(trigger)))  # fmt: skip


def _misplaced_by(trigger: Token) -> list[Token]:
    """A "by" phrase the parse hung on the object of an event noun's "of" phrase instead
    of on the noun ("the beating of radio host Tom Ash by two guards": "by two guards"
    attached to "Ash"): a name or a noun for people takes no "by" of its own, so the
    phrase is the event's doer. Only on a name or a person ("the killing of a man by the
    river" names no doer: ``first_object`` finds no side in "river"). Or the parse hung
    it on the active verb whose object the noun is ("recalled the assault of X by Y"):
    an active verb has no agent, and a "by" naming people after its object is the
    object's ("ended the siege by force" names no one)."""
    found = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.ent_type_ in PEOPLE_LABELS or obj.pos_ == "PROPN" or person_noun(obj):
                found += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"]
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb.pos_ == "VERB" and not any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        found += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                  and c.i > trigger.i and any(_someone(o) for o in c.children
                                              if o.dep_ == "pobj")]  # fmt: skip
    return found


def _someone(token: Token) -> bool:
    """Whether a phrase's head names people: a person or group by name, or a noun for
    people ("two guards"); a bare singular noun is a manner ("by force", "by hand")."""
    if token.ent_type_ in PEOPLE_LABELS:
        return True
    bare = token.tag_ == "NN" and not any(True for _ in token.children)
    return not bare and (person_noun(token) or is_people(token))


#: Relative pronouns that stand for the event noun a clause describes.
_RELATIVE = frozenset({"that", "which"})


def _passive_relative(clause: Token) -> bool:
    """Whether a relative clause on an event noun says who did it by its passive agent:
    "the attack, which was claimed by X", "the bombing that was carried out by X" (a
    carrying or authoring verb; "condemned by X" names no doer)."""
    lemma = clause.lemma_.lower()
    return (lemma in CARRIER_VERBS or lemma in AUTHOR_VERBS) and any(
        c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE for c in clause.children)


#: Event nouns whose possessor undergoes them ("his arrest", "the leader's killing"),
#: unlike the possessor of an attack or a strike, who does it.
UNDERGONE = frozenset({"killing", "death", "murder", "assassination", "arrest", "detention",
                       "abduction", "kidnapping", "capture", "execution", "disappearance",
                       "injury", "wounding", "release", "surrender", "defeat",
                       "imprisonment", "deportation", "expulsion", "eviction"})  # fmt: skip


def withstood_roles(verb: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """(who made it, whom it was aimed at) of the attack a resisting verb says was
    withstood ("the garrison repelled an assault by X": X's assault on the garrison; "an
    assault by X was repelled by the army"); None where ``verb`` withstood no attack."""
    if not resists(verb):
        return None
    for slot in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        attacks = [slot, *(o for p in slot.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj")]  # "a series of attacks"
        attack = next((a for a in attacks if attack_noun(a) and slot_of(a).i == slot.i), None)
        if attack is not None:
            return withstood(attack)
    return None


def withstood(noun: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """(who made it, whom it was aimed at) of an attack noun a side withstood: its own
    doer ("an assault by X", "X's assault", "a rebel assault"), or under a verb of
    withstanding the side it names by "of" ("repelled the advance of X": X advanced)
    or the verb's own "by" phrase the parse may hang it on ("held off an assault by X");
    its aim is the side that withstood it (``sides.defender``), unless its own phrase
    names one ("repelled an attack on the convoy"). None for any other noun."""
    slot = slot_of(noun)
    verb = withstanding(slot) if attack_noun(noun) else None
    if verb is None:
        return None
    own1, own2 = noun_arguments(noun, slot)
    if noun.lemma_.lower() in INVADING:  # "repelled the invasion of Kuwait": the state
        return own1 or side_modifier([noun]), own2 or invaded(noun) or defender(noun)  # taken
    of = next((first_object(p, agent=True) for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of"), None)  # fmt: skip
    if own2 is not None and of is not None and own2.start == of.start:
        own2 = None  # "the advance of rebel fighters": who advanced, not whom
    by_verb = next((first_object(p, agent=True) for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "by"), None)  # fmt: skip
    doer = own1 or of or by_verb or side_modifier([noun])
    return doer, own2 or defender(noun)


def _listed_person_in(prep: Token) -> EventActor | None:
    """The person a preposition's object names by a listed noun for one ("the attack on a
    nurse by militiamen"): the event noun's own phrase says who did it or underwent
    it, though the actor vocabulary lists no such trade; a noun known only by its ending
    ("border", "corner") is no person here."""
    return next((person_phrase(o, guess=False) for o in prep.children if o.dep_ == "pobj"),
                None)  # fmt: skip
