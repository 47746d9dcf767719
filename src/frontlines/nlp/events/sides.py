"""The sides of a two-sided event: "fighting between A and B", "clashes with police".

Clashes, battles and confrontations name both their sides in their own phrase ("between
A and B"; "X clashed with Y", "X were hurt in clashes with Y"): who fell in them is one
side, the "with" phrase the other, not a victim. ``roles`` reads these beside the
one-sided arguments of an attack. A side that withstands an attack ("repelled an assault
by X", "held the town against attacks by X") is the side it was aimed at, X its doer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.noun_slots import slot_of
from frontlines.nlp.events.phrases import (
    PLACE_LABELS,
    PLACE_NOUNS,
    SITES,
    actor_phrase,
    noun_phrase,
    person_noun,
)
from frontlines.vocab.words import word_list

__all__ = ["ATTACK_NOUNS", "RECIPROCAL", "RESISTING_VERBS", "attack_noun", "between",
           "defender", "first_object", "modifier_sides", "opponent_in", "party_to",
           "resists", "rivals", "traded_with", "two_sided", "withstanding"]  # fmt: skip


#: Words of two-sided events: coordinated subjects of the verb ("A and B clashed") and
#: the "with" phrase of either ("clashed with police", "clashes with police") are sides.
RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "confrontation",
                         "fighting", "firefight", "gunfight", "gunbattle", "shootout",
                         "scuffle", "standoff", "brawl"})  # fmt: skip


def between(trigger: Token) -> tuple[EventActor, EventActor] | None:
    """The two sides of "fighting between the army and the RSF"."""
    heads = [trigger]
    if trigger.dep_ == "nsubj":  # "clashes broke out between ...": the verb carries it
        heads.append(trigger.head)
    prep = next((c for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "between"), None)  # fmt: skip
    if prep is None:
        return None
    sides = [o for o in prep.children if o.dep_ == "pobj"]
    sides += [c for o in sides for c in o.children if c.dep_ == "conj"]
    found = [a for a in (actor_phrase(o, agent=True) for o in sides) if a is not None]
    if len(found) >= 2:
        return found[0], found[1]
    if len(sides) == 1:
        split = modifier_sides(sides[0])  # "a fight between Kenyan and local traders"
        if split is not None:
            return split
    both = rivals(sides[0]) if len(sides) == 1 else None  # "fighting between rival clans"
    return (both, both) if both is not None else None


#: Dependencies of a modifier that names one kind of the people its noun names.
_KIND_DEPS = frozenset({"amod", "compound", "nmod"})
#: Modifiers that name a side by themselves ("government", "rebel", "pro-X", "left-wing"),
#: and ones that name the other side only beside such a one ("local").
_SIDE_WORDS = frozenset(word_list("event", "side_modifiers"))
_COUNTERPARTS = frozenset(word_list("event", "counterpart_modifiers"))
#: Entity labels of a modifier that names a side: a nationality, faith, country or group.
_NAMED = frozenset({"NORP", "GPE", "ORG", "LOC"})


def modifier_sides(phrase: Token) -> tuple[EventActor, EventActor] | None:
    """The two sides one plural noun for people names by two coordinated modifiers
    ("between Sunni and Shia militiamen", "between pro-Russian and pro-Ukrainian
    activists"): each modifier, with all its words, and the noun is a side. The first
    side's words are not contiguous in the text, so it is spelt out ("Sunni militiamen")
    and stands at the whole phrase, whose root is the noun as for the second side (the
    phrase from its modifier to the noun). None where the noun names no people ("between
    Indian and Chinese towns"), the modifiers name no sides ("between armed and unarmed
    men", "male and female prisoners"), the words the two share are unclear ("between
    North and South Korean soldiers") or the two sides come out the same."""
    if phrase.tag_ not in {"NNS", "NNPS"} or not person_noun(phrase):
        return None
    for first in (c for c in phrase.children if c.dep_ in _KIND_DEPS and c.i < phrase.i):
        cc = next((c for c in first.children
                   if c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < phrase.i), None)
        found = _two_kinds(phrase, first, cc.i) if cc is not None else None
        if found is not None:
            return found
    return None


def _two_kinds(phrase: Token, first: Token, cc: int) -> tuple[EventActor, EventActor] | None:
    doc = phrase.doc
    one_start, one_end = _written_word(phrase, first.i, cc)
    one_start = min(one_start, first.left_edge.i)  # "Syrian government and rebel forces"
    two_start, two_end = _written_word(phrase, cc + 1, phrase.i)
    if one_end != cc or two_start != cc + 1:
        return None  # the first kind must end at the "and", the second start after it
    conj = [c for c in first.children if c.dep_ == "conj"]
    if conj and not any(two_start <= c.i < two_end for c in conj):
        return None  # "North and South Korean soldiers": "Korean" may be shared or not
    if not conj and doc[two_end - 1].head.i != phrase.i:
        return None
    shared = doc[two_end : phrase.i]  # "uniformed and plainclothes police officers"
    if any(t.dep_ not in _KIND_DEPS or not two_end <= t.head.i <= phrase.i for t in shared):
        return None  # "heavy and light infantry units": the parse coordinates all three
    one_words, two_words = doc[one_start:one_end], doc[two_start:two_end]
    one_side, two_side = _names_side(one_words), _names_side(two_words)
    if not (one_side or two_side) or not (one_side or _counterpart(one_words)) or not (
            two_side or _counterpart(two_words)):
        return None
    whole, two = doc[one_start : phrase.i + 1], doc[two_start : phrase.i + 1]
    text = f"{one_words.text} {doc[two_end : phrase.i + 1].text}"
    if text.lower() == two.text.lower():
        return None
    return (EventActor(text=text, actor=None, start=whole.start_char, end=whole.end_char),
            EventActor(text=two.text, actor=None, start=two.start_char, end=two.end_char))


def _written_word(phrase: Token, i: int, stop: int) -> tuple[int, int]:
    """The tokens written as one word around token ``i`` ("anti-government" is three),
    not past ``stop``: a modifier's words the parser may hang apart on the noun."""
    doc = phrase.doc
    start, end = i, i + 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    while end < stop and not doc[end - 1].whitespace_:
        end += 1
    return start, end


def _names_side(words: Span) -> bool:
    """Whether a modifier names a side by itself: a name (nationality, faith, country,
    group) or a side word, by any part of a hyphenated word ("pro-Russian")."""
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in words):
        return True
    parts = {p for t in words for p in (t.lower_, t.lemma_.lower())} | {words.text.lower()}
    parts |= {p for w in list(parts) for p in w.split("-")}
    return bool(parts & _SIDE_WORDS)


def _counterpart(words: Span) -> bool:
    return words.text.lower() in _COUNTERPARTS


#: Modifiers by which one plural phrase names both sides of a fight ("rival clans").
#: "Hostile crowds" and "competing claims" say nothing of whom they fight.
_RIVAL = frozenset({"rival", "feuding", "warring", "opposing"})
#: Bodies of people the rivals may be, where the actor lists do not name them ("rival
#: clans", "warring tribes"); "rival teams" and "opposing views" are no sides of a fight.
_BODIES = frozenset({"clan", "tribe", "faction", "gang", "militia", "community", "sect",
                     "family", "group", "camp"})  # fmt: skip


def rivals(phrase: Token) -> EventActor | None:
    """The phrase of a plural noun whose modifier says its members fought each other
    ("rival clans clashed", "fighting between feuding families"): both sides of the
    fight, where ACLED codes the same name as actor1 and actor2. None for any other
    phrase ("protesters clashed with police" names one side)."""
    start, end = noun_phrase(phrase)  # "rival Somali clans": the modifier may sit further
    if phrase.tag_ not in {"NNS", "NNPS"} or not any(  # out than the noun's own children
            t.lower_ in _RIVAL for t in phrase.doc[start:phrase.i]):
        return None
    found = actor_phrase(phrase, agent=True)
    if found is not None:
        return found
    if not (person_noun(phrase) or phrase.lemma_.lower() in _BODIES):
        return None  # "rival towns", "rival teams", "opposing views": not two sides
    span = phrase.doc[start:end]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


def opponent_in(verb: Token) -> EventActor | None:
    """The other side of the two-sided event a verb happened "in" ("protesters were hurt
    in clashes with police": the police; who fell in it is the first side)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "amid"}:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and two_sided(c)):
            found = next((first_object(w, agent=False) for w in noun.children
                          if w.dep_ == "prep" and w.lower_ == "with"), None)  # fmt: skip
            if found is not None:
                return found
    return None


def two_sided(noun: Token) -> bool:
    """Whether an event word takes its sides together ("clashes with police")."""
    return noun.lemma_.lower() in RECIPROCAL or noun.lower_ in RECIPROCAL


def first_object(preposition: Token, agent: bool) -> EventActor | None:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return actor_phrase(objects[0], agent) if objects else None


#: Verbs whose subject withstands the attack their object names, with their particle
#: where they need one ("fought off an attack"; "fought an attack" says less).
RESISTING_VERBS = frozenset(word_list("event", "resisting_verbs"))
#: Verbs whose "against" phrase names an attack their subject withstood.
_DEFENDING = frozenset(word_list("event", "defending_verbs"))
#: Event nouns for an attack a side may withstand.
ATTACK_NOUNS = frozenset(word_list("event", "attack_nouns"))


def resists(verb: Token) -> bool:
    """Whether ``verb`` says its subject withstood an attack ("repelled", "fought off");
    the parser may take the particle for an adverb ("pushed back the offensive"), so an
    adverb right after the verb counts too, unless a "to"/"until" phrase of a date tells
    a postponement ("pushed back the offensive to next month")."""
    lemma = verb.lemma_.lower()
    if lemma in RESISTING_VERBS:
        return True
    particles = [c.lower_ for c in verb.children
                 if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)]  # fmt: skip
    if not any(f"{lemma} {p}" in RESISTING_VERBS for p in particles):
        return False
    return not _postponed(verb)


def _postponed(verb: Token) -> bool:
    """ "pushed back the vote to May", "held off the talks until next week": a "to" or
    "until" phrase naming a date moves a plan, no attack was withstood."""
    return any(prep.dep_ == "prep" and prep.lower_ in {"to", "until", "till"}
               and any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)
               for prep in verb.children)  # fmt: skip


def attack_noun(noun: Token) -> bool:
    """Whether ``noun`` names an attack a side may withstand ("assault", "attacks")."""
    return noun.lemma_.lower() in ATTACK_NOUNS or noun.lower_ in ATTACK_NOUNS


def withstanding(slot: Token) -> Token | None:
    """The verb by which the attack noun in ``slot`` was withstood: a resisting verb it is
    the object or the passive subject of ("repelled an assault", "an assault was
    repelled"), a defending verb it is the "against" phrase of ("held the town against
    attacks"); None for any other verb ("protested against the attacks")."""
    head = slot.head
    if slot.dep_ in {"dobj", "nsubjpass"} and resists(head):
        return head
    if slot.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in _DEFENDING:
        return head.head
    ground = head.head  # "held the stronghold against attacks": the parse may hang the
    if (slot.dep_ == "pobj" and head.lower_ == "against" and ground.dep_ == "dobj"  # phrase
            and ground.head.lemma_.lower() in _DEFENDING and _held_ground(ground)):  # on
        return ground.head  # the ground held, not the verb
    return None


def defender(noun: Token) -> EventActor | None:
    """The side an attack noun was aimed at, named by the verb by which it was withstood:
    the subject of a resisting verb ("the garrison repelled an assault by the rebels",
    "the minister survived an attack"), its passive agent ("an assault was repelled by
    the army"), the side a defending verb guards ("peacekeepers protected civilians
    against attacks": the civilians; "the troops held the town against attacks": the
    troops). The attack's own phrase names who made it. None for any other noun or
    verb. A count of attacks stands in their place ("repelled a series of attacks")."""
    if not attack_noun(noun):
        return None
    slot = slot_of(noun)
    verb = withstanding(slot)
    if verb is None:
        return None
    if slot.dep_ == "pobj":
        return _guarded(verb)
    if slot.dep_ == "nsubjpass":
        return next((first_object(c, agent=True) for c in verb.children if c.dep_ == "agent"),
                    None)  # fmt: skip
    return _subject_side(verb)


def _subject_side(verb: Token) -> EventActor | None:
    """The side the subject of ``verb`` names, or of the verb it hangs on: "... and
    repelled an attack" shares its subject; "ordered the militia to repel an attack"
    has the militia repel it, the object of the verb that governs it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        told = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        side = actor_phrase(told, agent=True) if told is not None else None
        if side is not None:
            return side
    if subject is None and verb.dep_ in {"conj", "xcomp"}:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return actor_phrase(subject, agent=True) if subject is not None else None


#: Nouns of ground a side holds against an attack ("held the town", "held their ground"):
#: the side holding it withstood the attack, not the ground.
_HELD_GROUND = PLACE_NOUNS | SITES | frozenset({"ground", "line", "position", "front",
                                                "frontline", "territory"})  # fmt: skip


def _guarded(verb: Token) -> EventActor | None:
    """The side a defending verb guarded against an attack: its object where that names a
    side ("defended Kuwait", "protected civilians"), its subject where the object is
    ground it held ("held the town") or there is none ("held out"); none where its object
    is something else ("held a rally against the attacks" guarded no one)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return _subject_side(verb)
    side = actor_phrase(obj, agent=True)
    if side is not None:
        return side
    return _subject_side(verb) if _held_ground(obj) else None


def _held_ground(noun: Token) -> bool:
    """Whether a defending verb's object is ground it held ("the town", "the base")."""
    return noun.ent_type_ in PLACE_LABELS or bool({noun.lemma_.lower(), noun.lower_}
                                                   & _HELD_GROUND)  # fmt: skip


#: Deeds between two parties: their "with" phrase names the other party.
_PARTY_DEEDS = frozenset(word_list("event", "party_deeds"))
#: Measures imposed short of force: their "on" / "against" phrase names their target.
_COERCIVE_DEEDS = frozenset(word_list("event", "coercive_deeds"))


def party_to(word: Token, preposition: Token) -> bool:
    """Whether ``preposition`` of an event word names a party to it, so that a country
    there is a side and not a place: the "with" of an agreement ("a trade agreement with
    Ukraine", "agreed with Egypt") and the "on" / "against" of a sanction or an embargo
    ("an arms embargo on Libya"). A country in "strikes on Syria" stays where they fell."""
    lemmas = {word.lemma_.lower(), word.lower_}
    if preposition.lower_ == "with":
        return bool(lemmas & _PARTY_DEEDS)
    return preposition.lower_ in {"on", "against"} and bool(lemmas & _COERCIVE_DEEDS)


#: Trade and goods a sanction may name its target by ("an embargo on trade with X").
_TRADE_NOUNS = frozenset(word_list("event", "trade_nouns"))


def traded_with(preposition: Token) -> EventActor | None:
    """The state a sanction's "on" phrase names by its trade or goods rather than by name
    ("an embargo on trade with Iraq", "a ban on arms sales to Libya"): the measure
    targets the state the trade is with. Read only where ``party_to`` holds, and only of
    trade or goods: "sanctions on companies from China" target the companies."""
    for thing in (c for c in preposition.children if c.dep_ == "pobj"):
        if thing.lemma_.lower() not in _TRADE_NOUNS and thing.lower_ not in _TRADE_NOUNS:
            continue
        for prep in thing.children:
            if prep.dep_ == "prep" and prep.lower_ in {"with", "to", "from"}:
                found = first_object(prep, agent=True)
                if found is not None:
                    return found
    return None
