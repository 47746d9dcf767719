"""Cue words off their event sense by their own phrase: a whole conflict, a figure of
speech, oneself, involvement, a name that is no place (``senses.py`` asks these).

Each reading looks only at the trigger's own words in the parse and at word lists of
``data/sense_words.toml`` (``conflict_nouns``, ``figurative_contests``), so it carries to
stories nobody has read: "has been fighting an insurgency" (a side's years, not a clash),
"an uphill battle" (a figure), "shot himself" (no political violence), "were very much
engaged" (involvement), "withdrew from ECOWAS" (a bloc, no place).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.speakers import one_speaker
from frontlines.vocab.words import words

__all__ = [
    "CONFLICTS", "FIGURATIVE", "SAYING", "attacked_saying", "engaged_in_fight",
    "figurative_contest", "passive_controller", "self_inflicted", "strove", "unplaced_name",
    "wages_a_conflict",
]  # fmt: skip

#: Nouns for a whole conflict ("insurgency", "civil war").
CONFLICTS = words("sense", "conflict_nouns")
#: "modifier word" pairs that make a contest word a figure of speech ("uphill battle").
FIGURATIVE = words("sense", "figurative_contests")
#: Modifiers that make any contest word one of words or politics ("personal attacks").
FIGURATIVE_MODIFIERS = words("sense", "figurative_modifiers")

#: Words that say an engagement is fighting ("engaged in heavy fighting", "engaged the enemy").
_FIGHT_WORDS = frozenset({"fighting", "fight", "clash", "battle", "combat", "firefight",
                          "gunfight", "skirmish", "shootout", "exchange", "hostility"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def wages_a_conflict(trigger: Token) -> bool:
    """ "has waged a long rebellion against the capital", "fought a civil war",
    "a terror campaign is being executed", "are locked in a war on two fronts": a verb
    whose object (or "in" phrase) is a whole conflict tells what a side does over years,
    not a clash on a day; a day or time of its own ("fought a war on Monday") keeps it."""
    if trigger.pos_ != "VERB":
        return False
    wars = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    wars += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "in"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if not any(_a_conflict(w) for w in wars):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)


def _a_conflict(word: Token) -> bool:
    named = " ".join(_lemma(c) for c in word.lefts if c.dep_ == "compound")
    return _lemma(word) in CONFLICTS or f"{named} {_lemma(word)}".strip() in CONFLICTS


def figurative_contest(trigger: Token) -> bool:
    """ "acknowledged their uphill battle", "a legal fight over the will", "the trade
    war": a modifier that makes the contest word a figure of speech (``figurative_contests``);
    the caller asks whether harm is told beside it."""
    lemma = _lemma(trigger)
    mods = [c for c in trigger.children if c.dep_ in {"amod", "compound", "nmod"}]
    mods += [c for m in mods for c in m.conjuncts]  # "a long and contentious battle"
    if any(f"{_lemma(m)} {lemma}" in FIGURATIVE or f"{m.lower_} {lemma}" in FIGURATIVE
           or m.lower_ in FIGURATIVE_MODIFIERS for m in mods):  # fmt: skip
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _politicians(trigger.head):
        return True  # "three rival bidders waged a bitter fight for the contract"
    of = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]  # "a war of words"  # fmt: skip
    return any(f"{lemma} of {_lemma(o)}" in FIGURATIVE for o in of)


#: Who contends in politics: a contest such people wage is one of votes and words.
_POLITICIANS = frozenset({"candidate", "contender", "rival", "nominee", "senator",
                          "congressman", "congresswoman", "governor", "frontrunner",
                          "front-runner", "challenger", "incumbent", "campaign"})  # fmt: skip


def _politicians(verb: Token) -> bool:
    """Whether the verb's subjects are candidates or the like ("five candidates waged a
    battle", "the two contenders kept up their fight")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return bool(subjects) and all(_lemma(s) in _POLITICIANS for s in subjects)


#: Infinitives that make "fought to ..." armed: taking, holding or hitting something.
_ARMED_AIMS = frozenset({"take", "retake", "capture", "recapture", "seize", "hold", "control",
                         "defend", "repel", "push", "drive", "liberate", "regain", "reach",
                         "break", "storm", "enter", "clear", "kill", "destroy", "overrun",
                         "encircle", "surround", "relieve", "secure", "protect"})  # fmt: skip


def strove(trigger: Token) -> bool:
    """ "her parents fought to keep custody", "are fighting to stay in the country": a
    contest verb with an infinitive of an aim that is no armed one is an effort, not a
    clash; "troops fought to retake the town" still is one. A noun's infinitive is its
    aim too ("stepped up its fight to stem the flow"; "the battle to retake the city")."""
    links = {"VERB": {"xcomp", "advcl"}, "NOUN": {"acl"}}.get(trigger.pos_)
    if links is None:
        return False
    aims = [c for c in trigger.children if c.dep_ in links]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":  # "stepped up its fight to stem
        aims += [c for c in trigger.head.children if c.dep_ in {"xcomp", "advcl"}]  # ...
    for aim in aims:
        if any(a.dep_ == "aux" and a.tag_ == "TO" for a in aim.children):
            return _lemma(aim) not in _ARMED_AIMS
    return False


def self_inflicted(trigger: Token) -> bool:
    """ "shot himself behind the warehouse": violence done to oneself is no political
    violence ACLED codes."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in {"himself", "herself", "themselves", "myself"}
        for c in trigger.children)  # fmt: skip


def engaged_in_fight(trigger: Token) -> bool:
    """Whether "engage" is fighting: it takes an enemy ("engaged the militants"), or its
    "in"/"with" phrase is fighting or a side ("engaged in clashes", "engaged with
    rebels"); "stayed deeply engaged with the talks" is involvement."""
    if any(c.dep_ == "dobj" for c in trigger.children):
        return True
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "with" or (prep.lower_ == "in" and _lemma(obj) in _FIGHT_WORDS):
                return True
    return False


def unplaced_name(thing: Token) -> bool:
    """A proper name that neither the entity model nor the places layer read as a place
    (a surname the model left unlabelled, a bloc's acronym): a town taken or given up is a
    place name one of them knows, and a name neither does is a person's or a body's."""
    if thing.pos_ != "PROPN" or thing.ent_type_:
        return False
    doc = thing.doc
    places = doc._.places if doc.has_extension("places") and doc._.places else []
    start, end = thing.idx, thing.idx + len(thing.text)
    return not any(p.start < end and start < p.end for p in places)


def passive_controller(trigger: Token) -> Token | None:
    """The subject of the clause a passive with no subject of its own hangs from ("he
    was killed after being captured", "the town fell after being shelled"): who or what
    it was done to."""
    if trigger.tag_ != "VBN" or trigger.dep_ not in {"pcomp", "advcl"}:
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    verb = trigger.head.head if trigger.head.dep_ == "prep" else trigger.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def attacked_saying(trigger: Token) -> bool:
    """A named person attacked while the attacker says why ("attacked Smith, saying he
    ...", "opened the debate with a jab at Smith, saying ..."): words, not violence."""
    if trigger.pos_ == "VERB":
        target = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        verb: Token | None = trigger
    else:
        target = next((o for p in trigger.children if p.dep_ == "prep"
                       and p.lower_ in {"at", "on"} for o in p.children
                       if o.dep_ == "pobj"), None)  # fmt: skip
        verb = _verb_above(trigger)
    if target is None or verb is None or not (
            target.ent_type_ == "PERSON" or (trigger.pos_ != "VERB" and one_speaker(target))):
        return False
    return any(c.dep_ in {"advcl", "conj"} and c.tag_ == "VBG" and _lemma(c) in SAYING
               for c in verb.children)  # fmt: skip


def _verb_above(token: Token) -> Token | None:
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


#: Verbs of saying a verbal attack comes with ("saying", "calling", "accusing").
SAYING = frozenset({"say", "call", "accuse", "charge", "claim", "argue", "write", "tweet",
                    "declare", "brand", "label", "describe"})  # fmt: skip
