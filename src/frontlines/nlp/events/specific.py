"""Is there a specific event here? What an asserted event word still fails to report.

``realis.py`` asks whether the clause that holds an event word asserts it (not negated,
not planned, not a name). A clause can assert it and still report no event that
happened on a day at a place, and most false events on stories nobody had read were of
this kind. Each reading below is decided by the parse and the time expressions only:

* a count over a period (``periods.py``): a plural event noun counted or summed up by
  a perfect ("has
  flown 800 missions"), or any event word under a modifier that spans more than a few
  days ("in 2024", "since the start of the year", "over the past months"): a claim
  about many events, not one of them (a count on one day, "five strikes destroyed ...",
  is kept); a perfect whose subject or object counts a thousand or more, undated ("has
  suffered some 9,000 casualties"), is a war's toll;
* a role: a present participle that describes a noun ("the coalition fighting the
  group", "their help in battling armed groups");
* a setting: the event word sits in a time adjunct of another clause ("after days of
  fighting", "following the announcement of ...") or inside a participle that modifies
  a noun ("a bomb-damaged building");
* a purpose or a capacity: an event noun after "for" under a verb of preparing or an
  adjective ("training forces for the offensive"), an infinitive that modifies a noun
  ("efforts to take control", "the operation to eliminate ..."), an event word that is
  what an adjective of capacity or disposition or a noun of intention governs ("were
  capable of deploying 300 troops", "seemed unlikely to attack", "any interest in
  driving on the capital");
* a description: the event word is what a copula says its subject was ("X was an army
  raid carried out ...", "it was the first deployment of ...");
* a kind of event: a plural event noun under "other", "similar", "such", "all" ("victims
  of other mass shootings", "blamed all the bombings on one cell");
* a generic or present state: the event word hangs (through noun phrases and
  participles) from a finite clause in the simple present that is no report ("the use
  of chemical weapons reinforces ...", "those involved in the attack are based in ...");
  a distributive "each/every/any strike";
* under a verb that governs it as something not (yet) real, through a noun phrase as well
  as a clause ("warned of fighters fighting in ...", "does not report ... employed in a
  strike").

Word lists live in ``data/event_words.toml``; tests build Docs from our own sentences
(``tests/test_specific.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.anterior import infinitive, perfect_infinitive
from frontlines.nlp.events.charges import charge_name
from frontlines.nlp.events.held_now import held_now
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.periods import (
    PERIOD_DAYS,
    PERIOD_PREPOSITIONS,
    aggregate,
    verb_above,
)
from frontlines.nlp.events.realis import (
    ATTACK_VERBS,
    EVENT_NOUNS,
    anchored,
    caused,
    definite,
    particular,
    related,
    there_was,
)
from frontlines.nlp.events.scope import relative_past
from frontlines.nlp.events.story import OUTCOME_CUES
from frontlines.vocab.words import word_list

__all__ = [
    "AGGREGATE",
    "AIM",
    "CAPACITY",
    "CAPACITY_ADJECTIVES",
    "EFFECT",
    "EFFECT_VERBS",
    "HARM_OBJECTS",
    "INTENTION_NOUNS",
    "KIND_WORDS",
    "PERIOD_DAYS",
    "PERIOD_PREPOSITIONS",
    "SETTING_PREPOSITIONS",
    "STATE_VERBS",
    "TOPIC",
    "TOPIC_PREPOSITIONS",
    "finite_clause",
    "unspecific_reason",
]

#: The reason an infinitive that says what a noun is for is not coded ("efforts to take").
AIM = "aim of a noun"
#: The reason a count of events over a period is not coded.
AGGREGATE = "aggregate over a period"
#: Prepositions that put an event word in the time setting of another clause.
SETTING_PREPOSITIONS = frozenset(word_list("event", "setting_prepositions"))
#: Prepositions whose object is what something said, asked or felt is about.
TOPIC_PREPOSITIONS = frozenset(word_list("event", "topic_prepositions"))
#: The reason an event word that is only what something is about is not coded.
TOPIC = "topic"
#: Verbs of state: in the simple present they say what is, not what happened.
STATE_VERBS = frozenset(word_list("event", "state_verbs"))
#: Verbs whose object or prepositional object has not happened (yet): those whose
#: infinitive has not ("threatened to attack", "warned of attacks"), less those whose
#: object is carried out ("ordered an airstrike").
OBJECT_IRREALIS_GOVERNORS = frozenset(word_list("event", "irrealis_governors")) - frozenset(
    word_list("event", "executive_governors")
)
#: Verbs of an effect on the present: a definite event noun told before as their subject
#: in the present perfect tells what a known event goes on doing ("the bombing has thrust
#: ...").
EFFECT_VERBS = frozenset(word_list("event", "effect_verbs"))
#: The reason such an event word is not coded.
EFFECT = "effect of an event told"
#: Objects of a verb of effect that tell what a deed did to people or places ("has caused
#: 15 casualties", "widespread destruction"): the deed's toll, news of it.
HARM_OBJECTS = frozenset(word_list("event", "effect_harm_objects"))
#: Auxiliaries of a possible, required or future clause.
MODALS = frozenset(word_list("event", "modals"))
#: Words that make a plural event noun a kind of event ("other shootings", "such raids").
KIND_WORDS = frozenset(word_list("event", "kind_words"))
#: Event words that name who did the deed ("demonstrators", "gunmen").
AGENT_NOUNS = frozenset(word_list("event", "agent_nouns"))
#: Adjectives whose complement is only possible or expected ("capable of", "ready to").
CAPACITY_ADJECTIVES = frozenset(word_list("event", "capacity_adjectives"))
#: Nouns whose complement has not happened ("interest in driving", "the prospect of").
INTENTION_NOUNS = frozenset(word_list("event", "intention_nouns"))
#: The reason an event word under one of those is not coded.
CAPACITY = "capacity or intention"
#: Prepositions by which a noun of intention governs what is intended.
_INTENT_PREPS = frozenset({"in", "of", "for", "to", "toward", "towards"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_DISTRIBUTIVE = frozenset({"each", "every", "any"})
#: Heads a purpose "for" hangs from: a verb of doing not yet finite, an adjective.
_PURPOSE_HEAD_TAGS = frozenset({"VBG", "VB", "JJ"})


def unspecific_reason(trigger: Token) -> str:
    """Why the asserted event word ``trigger`` reports no specific event ("" when it
    does): one of the readings in the module's docstring."""
    if _modifies_a_noun(trigger):
        return "modifier"
    if trigger.pos_ in _NOUNS:
        reason = _noun_reason(trigger)
        if reason:
            return reason
    path = _path_to_finite(trigger)
    finite = path[-1] if path else trigger
    given = trigger.pos_ in _NOUNS and caused(trigger)  # a cause: "because of the raids"
    for verb in path if not given else ():  # is no aim, whatever governs the clause
        if verb.i != trigger.i and verb.lemma_.lower() in OBJECT_IRREALIS_GOVERNORS:
            return f"governed by {verb.lemma_.lower()}"
        aim = _aim(verb)
        if aim:
            return aim  # "efforts to take control", "executed to reduce ..."
    if _intended(trigger, finite):
        return CAPACITY  # "capable of deploying", "any interest in driving on the capital"
    if _role(trigger):
        return "role"
    if finite.i != trigger.i and not (relative_past(trigger) or given):  # "no link to"
        if any(c.dep_ == "neg" for c in finite.children) and not related(trigger, finite):
            return "negated"  # but "was not linked to the bombings": they took place
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in finite.children):
            return "modal or future"
    if _description(trigger, path):
        return "description"
    if aggregate(trigger, finite, path):
        return AGGREGATE
    if (finite.i != trigger.i and _simple_present(finite) and _states(finite, trigger, path)
            and not (particular(trigger) or given or held_now(trigger))
            and not any(perfect_infinitive(v) for v in (trigger, *path))):  # "bombings this
        # month ... show"; "the suspect is in custody" tells the arrest (held_now.py)
        return "present or generic"
    if finite.i != trigger.i and _effect(finite, trigger, path) and not given:
        return EFFECT
    if trigger.pos_ in _NOUNS and _misread_present(trigger) and not (particular(trigger)
                                                                    or given):  # fmt: skip
        return "present or generic"
    return ""


def finite_clause(trigger: Token) -> Token:
    """The finite verb whose clause asserts ``trigger``: itself when it is one, else up
    through the noun phrases and participles it hangs from ("employed in a strike" ->
    the verb of the sentence "employed" modifies)."""
    path = _path_to_finite(trigger)
    return path[-1] if path else trigger


def _modifies_a_noun(trigger: Token) -> bool:
    """ "a bomb-damaged building", "the war-torn city": the event word is part of a
    participle or adjective that describes a noun."""
    head = trigger.head
    if trigger.dep_ == "npadvmod" and (head.dep_ in {"amod", "compound"} or head.pos_ == "ADJ"):
        return True
    verb = trigger if trigger.pos_ in _VERBS else verb_above(trigger)
    return verb is not None and verb.dep_ in {"amod", "compound"} and verb.head.pos_ in _NOUNS


def _intended(trigger: Token, finite: Token) -> bool:
    """Whether, below its finite clause, the event word is what an adjective of capacity
    or disposition governs ("they were capable of deploying", "seems unlikely to attack")
    or what a noun of intention is about ("disavow any interest in driving on the capital
    or in setting up a government"): something possible, wished or expected, not done.
    An event noun that is the object of another verb on the way ("hopes of a deal to end
    the fighting") is presupposed by that verb, so the walk stops at it."""
    current = trigger
    for _ in range(8):
        head = current.head
        if current.i == finite.i or head.i == current.i:
            return False
        if head.pos_ == "ADJ" and head.lemma_.lower() in CAPACITY_ADJECTIVES and (
                current.dep_ in {"xcomp", "ccomp", "pcomp"}
                or (current.dep_ == "prep" and current.lower_ in _INTENT_PREPS)):  # fmt: skip
            return True
        if head.pos_ == "NOUN" and head.lemma_.lower() in INTENTION_NOUNS and (
                (current.dep_ == "prep" and current.lower_ in _INTENT_PREPS)
                or (current.dep_ == "acl" and infinitive(current))):  # fmt: skip
            return True
        if head.pos_ in _VERBS and trigger.pos_ in _NOUNS and head.i != finite.i \
                and current.dep_ in {"dobj", "nsubjpass"}:
            return False  # "a deal to end the fighting": the fighting is presupposed
        current = head
    return False


def _role(trigger: Token) -> bool:
    """ "the coalition fighting the Islamic State", "their help in battling armed
    groups": a present participle that says what a noun's bearer does or is for
    describes it, as a role, not one event on a day. A participle on an event noun ("a
    blast killing 12") tells the event's outcome and stays, as does one with a date of
    its own."""
    if trigger.tag_ != "VBG":
        return False
    head = trigger.head
    if trigger.dep_ == "acl":
        noun = head
    elif trigger.dep_ == "pcomp" and head.dep_ == "prep":
        noun = head.head  # "help in battling"
    else:
        return False
    if noun.pos_ not in _NOUNS or noun.lemma_.lower() in EVENT_NOUNS:
        return False
    return not any(c.ent_type_ in {"DATE", "TIME"} for c in trigger.subtree)


def _noun_reason(noun: Token) -> str:
    if charge_name(noun):
        return "a charge's name"  # "charged with attempted murder" (charges.py)
    if any(c.dep_ == "det" and c.lower_ in _DISTRIBUTIVE for c in noun.children):
        return "generic"  # "the munitions dropped in each strike"
    if noun.tag_ in {"NNS", "NNPS"} and any(c.dep_ in {"amod", "det", "predet"}
                                            and c.lower_ in KIND_WORDS
                                            for c in noun.children) and not _counted_others(
            noun):  # fmt: skip
        return "generic"  # "victims of other mass shootings", "all the bombings"
    if any(c.lower_ == "such" and c.dep_ in {"predet", "amod", "det"} for c in noun.children):
        return "generic"  # "condemned such a murderous attack": a kind, or one told
    if noun.dep_ == "pobj" and _of_kinds(noun) and not anchored(noun):
        return "generic"  # "accused of the shelling of clinics and markets"
    top = _phrase_top(noun)
    if top.dep_ == "pobj":
        prep = top.head
        word = prep.lower_
        if word in {"of", "to"} and prep.head.lower_ in SETTING_PREPOSITIONS:
            word = prep.head.lower_  # "ahead of", "prior to"
        if word in SETTING_PREPOSITIONS and not anchored(noun):
            return "setting"  # "after days of fighting", "following the announcement"
        if word == "for" and prep.head.tag_ in _PURPOSE_HEAD_TAGS:
            return "purpose or plan"  # "training forces for the offensive"
        if word in TOPIC_PREPOSITIONS:
            return TOPIC  # "questions about the attack", "comments about an alleged rape"
        if word == "as" and prep.head.pos_ in _VERBS:
            return "description"  # "portrayed it as a protest", "saw the raid as an attack"
    return ""


def _counted_others(noun: Token) -> bool:
    """ "he and dozens of other marchers sat down", "two other gunmen fled": people
    who did the deed, counted beside someone the sentence names, are particular people, not
    a kind ("other" there means besides him, not another kind of protest). Only the nouns
    that name a deed's doers (``AGENT_NOUNS``); "two other attacks" stays a kind."""
    if noun.lemma_.lower() not in AGENT_NOUNS and noun.lower_ not in AGENT_NOUNS:
        return False
    if not any(c.lower_ == "other" and c.dep_ == "amod" for c in noun.children):
        return False
    if any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return True
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of"
            and (prep.head.like_num or prep.head.ent_type_ == "CARDINAL"))


#: Nouns of violence done to a target, whose "of" phrase names what was hit.
_HARM_NOUNS = EVENT_NOUNS | {"shelling", "bombardment", "airstrike", "burning", "destruction",
                             "looting", "targeting"}  # fmt: skip


def _of_kinds(noun: Token) -> bool:
    """Whether a singular event noun's "of" phrase names only kinds of target, bare
    plurals ("the shelling of clinics and markets", "bombing of residential areas"): a
    campaign against such targets, not one event; "the shelling of the clinic" or "of two
    clinics" picks targets out."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _HARM_NOUNS:
        return False  # "in protest of police actions": what a protest is about, no target
    targets = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    targets += [c for t in targets for c in t.conjuncts]
    return bool(targets) and all(
        t.tag_ == "NNS" and not t.ent_type_
        and not any(c.dep_ in {"det", "nummod", "poss"} or c.like_num for c in t.children)
        for t in targets)  # fmt: skip


def _phrase_top(noun: Token) -> Token:
    """The noun phrase ``noun`` is part of, up through "of" phrases and conjuncts ("four
    days of fighting", "the shelling and the bullets")."""
    top = noun
    for _ in range(4):
        if top.dep_ == "conj" and top.head.pos_ in _NOUNS | {"VERB"}:
            top = top.head
        elif top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in _NOUNS:
            top = top.head.head
        else:
            break
    return top


def _finite(verb: Token) -> bool:
    if verb.tag_ in _FINITE_TAGS or verb.dep_ == "ROOT":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in verb.children)


def _path_to_finite(trigger: Token) -> list[Token]:
    """The verbs from ``trigger`` (or the verb it hangs from) up to the first finite one."""
    verb = trigger if trigger.pos_ in _VERBS else verb_above(trigger)
    path: list[Token] = []
    while verb is not None and len(path) < 6:
        path.append(verb)
        if _finite(verb):
            break
        verb = verb_above(verb)
    return path


def _simple_present(verb: Token) -> bool:
    """A simple present ("reinforces", "are based", "is"): not a perfect, a progressive
    or a modal, which say something else about time."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" or a.tag_ in {"MD", "VBD"} for a in aux):
        return False
    if verb.tag_ == "VBG":
        return False  # "is assisting": going on now
    return verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in aux)


def _states(finite: Token, trigger: Token, path: list[Token]) -> bool:
    """Whether a simple present states something about the event word rather than
    reporting it (a headline's "X welcomes the recapture of Y" reports it): the word is
    in the clause's subject ("the use of chemical weapons reinforces ..."), it is what the
    present goes on doing ("continues to kill", "keeps attacking": a habit), or the verb
    is one of state ("is", "has", "includes")."""
    if finite.lemma_.lower() in STATE_VERBS:
        return True
    return _part_of(finite, trigger, path).dep_ in {"nsubj", "nsubjpass", "csubj",
                                                    "csubjpass", "xcomp"}  # fmt: skip


def _part_of(finite: Token, trigger: Token, path: list[Token]) -> Token:
    """The child of ``finite`` whose phrase holds the event word (its subject, object,
    ...): the word's role in the clause."""
    below = path[-2] if len(path) > 1 else trigger
    while below.head.i != finite.i and below.head.i != below.i:
        below = below.head
    return below


def _effect(finite: Token, trigger: Token, path: list[Token]) -> bool:
    """ "The bombing has thrust security to the top of the race", "the fighting has caused
    many to flee": an event word in the subject of a verb of effect (``EFFECT_VERBS``) in
    the present perfect or the simple present, with an object. Such a clause is about the
    present the event made when the event is one the reader already knows: a definite
    noun ("the bombing", "the wave of raids", "Hamas's attack") past the story's first
    sentence, in a clause with no date. A first report tells a deed the same way ("a
    bombing in Baghdad has caused ...", "protests in Lima have prompted ..."), so an
    indefinite or bare noun, the first sentence, a dated clause ("has sparked anger since
    Sunday") and a clause whose object is the deed's toll ("has caused 30 deaths",
    ``HARM_OBJECTS``) keep it. A place of its own does not ("the shootings in Paris have
    renewed calls ..." refers back all the same)."""
    if finite.lemma_.lower() not in EFFECT_VERBS:
        return False
    objects = [c for c in finite.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    if not objects:
        return False  # "caused many to flee" is parsed as a clause of its own
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"}
                  for c in finite.children)  # fmt: skip
    if not (perfect or _simple_present(finite)):
        return False
    subject = _part_of(finite, trigger, path)
    if subject.dep_ != "nsubj" or sentence(trigger).start == 0:
        return False
    if not (definite(trigger) or definite(_phrase_top(trigger)) or definite(subject)):
        return False
    if any(o.lemma_.lower() in HARM_OBJECTS for o in objects):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in finite.subtree)


def _misread_present(noun: Token) -> bool:
    """ "She said the wave of shootings and protests demands that ...": the tagger read
    the present verb "demands" as a plural noun, so no verb is found above the event
    word and the reporting verb's past asserts it. A plural noun that is a reported
    clause (``ccomp``) with the event word's phrase as its subject is that clause's
    present verb, and a simple present with the event in its subject states (as
    ``_states`` reads it). Verbs of attack or outcome are left alone ("said the blast
    kills ...": a headline's present tells the deed)."""
    top = _phrase_top(noun)
    verb = top.head
    if top.dep_ != "nsubj" or verb.i == top.i or verb.dep_ != "ccomp":
        return False
    if verb.tag_ != "NNS" or not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return not (lemma in ATTACK_VERBS or verb.lower_ in OUTCOME_CUES or lemma in OUTCOME_CUES)


def _description(trigger: Token, path: list[Token]) -> bool:
    """What a copula says its subject was ("X was an army raid carried out by ...",
    "it was the first deployment"). A told event as a copula's subject ("the attack was
    the deadliest ...") stays: the story's same-event merge makes it evidence. So does
    an existential that tells one (``realis.there_was``)."""
    if trigger.dep_ == "attr" and trigger.head.lemma_ == "be":
        return not there_was(trigger)
    return any(v.dep_ == "acl" and v.head.dep_ == "attr" and v.head.head.lemma_ == "be"
               for v in path)  # fmt: skip


def _aim(verb: Token) -> str:
    """An infinitive that says what something is for. Of a clause ("executed to reduce
    ..."): a purpose, the sentence's only reading. Of a noun ("efforts to take control",
    "an offensive to recapture the city"): an aim, and the noun may be the event itself,
    so other cues of the sentence are still read (the offensive is a battle; the
    recapture has not happened)."""
    if not infinitive(verb) or verb.dep_ not in {"acl", "relcl", "advcl"}:
        return ""
    if perfect_infinitive(verb):
        return ""  # "its claim to have carried out the test": told as done (anterior.py)
    return "purpose or plan" if verb.dep_ == "advcl" else AIM
