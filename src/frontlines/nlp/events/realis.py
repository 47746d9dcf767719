"""Does the sentence report that the event happened? Read from the trigger's syntax.

A lexicon cue ("strike", "attack", "ceasefire") is only a candidate. It becomes an
event when its trigger is a predicate the sentence asserts: not negated ("has not
agreed"), not under a modal or a future ("will strike", "is going to attack"), not
something someone threatens, plans, demands or fears ("vowed to attack", "called for a
ceasefire"), not a condition or a question, not a habit or a comparison ("deadlier than
the 2004 bombing"), and not part of a name ("Operation Inherent Resolve", "the Strike
Force"). Each reading that rules a candidate out is named, so ``frontlines eval news
--errors`` can say why an event was dropped.

The word lists live in ``data/event_words.toml`` (``[realis]``); the rules here only read
the parse, so they are tested on hand-built parses (``tests/test_realis.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.vocab.words import word_list

__all__ = [
    "definite",
    "ATTACK_VERBS",
    "HABITUAL_ADVERBS",
    "INSTRUMENTS",
    "IRREALIS_GOVERNORS",
    "MODALS",
    "NAME_LABELS",
    "NAMING_VERBS",
    "REALIS_GOVERNORS",
    "irrealis_reason",
    "predicate_of",
    "subject_of",
    "trigger_token",
]

#: Auxiliaries that make the clause possible, required or future, not reported fact.
MODALS = frozenset(word_list("event", "modals"))
#: Verbs whose complement has not happened (yet): threats, plans, demands, fears.
IRREALIS_GOVERNORS = frozenset(word_list("event", "irrealis_governors"))
#: Verbs that define or name what their subject is ("a strike means ...").
NAMING_VERBS = frozenset(word_list("event", "naming_verbs"))
#: Verbs whose infinitive complement did happen ("began to shell").
REALIS_GOVERNORS = frozenset(word_list("event", "realis_governors"))
#: Adverbs of habit: "militants often attack convoys" reports no one event.
HABITUAL_ADVERBS = frozenset(word_list("event", "habitual_adverbs"))
#: Weapons and craft: naming one reports no event unless an attack verb uses it.
INSTRUMENTS = frozenset(word_list("event", "instruments"))
#: Verbs that say an instrument was used on something ("warplanes pounded the town").
ATTACK_VERBS = frozenset(word_list("event", "attack_verbs"))
#: Entity labels of names an event word can sit in ("Operation Inherent Resolve").
NAME_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
_COMPARISONS = frozenset({"than", "like", "unlike"})
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Words before a plural that pick out particular events ("two strikes", "the raids").
_SPECIFIERS = frozenset({"det", "nummod", "poss", "quantmod"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp"})


def trigger_token(sent: Span, start_char: int, end_char: int) -> Token | None:
    """The head of the words a cue matched between ``start_char`` and ``end_char``."""
    span = sent.doc.char_span(start_char, end_char, alignment_mode="expand")
    inside = [t for t in span or () if sent.start <= t.i < sent.end and not t.is_space]
    if not inside:
        return None
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])


def predicate_of(trigger: Token) -> Token:
    """The verb that asserts the trigger: itself when a verb, else the nearest verbal
    ancestor ("launched an attack" -> launched), else the trigger."""
    token = trigger
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return trigger
        token = token.head
    return trigger


def irrealis_reason(trigger: Token) -> str:
    """Why the trigger does not report an event that happened, or "" when it does."""
    if _in_named_entity(trigger) or _in_proper_name(trigger):
        return "name"
    if trigger.sent.text.rstrip().endswith("?"):
        return "question"
    if any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in trigger.children):
        return "negated"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _COMPARISONS:
        return "comparison"
    if trigger.dep_ in _MODIFIER_DEPS and trigger.head.i != trigger.i:
        return "modifier"  # "strike assessments", "counter-IED training", "bombed buildings"
    if trigger.pos_ == "NOUN" and _generic_plural(trigger):
        return "generic plural"
    if trigger.pos_ == "NOUN" and _told_before(trigger):
        return "reference to an event told"  # "the scene of the airstrike"
    predicate = predicate_of(trigger)
    if predicate.pos_ not in {"VERB", "AUX"}:
        return "no predicate"  # a list or a fragment: "Air defense, Patriot missiles."
    if _instrument(trigger) and predicate.lemma_.lower() not in ATTACK_VERBS:
        return "instrument not used"  # "all aircraft returned to base safely"
    if subject_of(trigger, predicate) and predicate.lemma_.lower() in NAMING_VERBS:
        return "definition or name"  # "a strike means ...", "the assault was known as"
    present = predicate.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in predicate.children
    )
    subject = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == predicate.i
    if present and (predicate.i == trigger.i or subject or predicate.lemma_ == "be"):
        return "present or generic"  # "attacks the town", "a strike is ...": no news
    clause = predicate
    for _ in range(4):  # the predicate, then the clauses it hangs from
        reason = _clause_reason(clause)
        if reason:
            return reason
        if clause.dep_ not in _CLAUSE_DEPS or clause.head.i == clause.i:
            break
        governor = clause.head
        if clause.dep_ == "pcomp" and governor.head.pos_ in {"VERB", "AUX"}:
            governor = governor.head  # "prevented them from regaining": the verb governs
            if governor.lemma_.lower() in IRREALIS_GOVERNORS:
                return f"governed by {governor.lemma_.lower()}"
        if clause.dep_ in {"xcomp", "ccomp", "advcl"}:
            if governor.lemma_.lower() in IRREALIS_GOVERNORS:
                return f"governed by {governor.lemma_.lower()}"
            if clause.dep_ == "xcomp" and _infinitive(clause):
                if governor.lemma_.lower() in REALIS_GOVERNORS:
                    return ""
                return "purpose or plan"
        if clause.dep_ == "advcl" and _infinitive(clause):
            return "purpose or plan"
        clause = governor
    return ""


def subject_of(trigger: Token, predicate: Token) -> bool:
    """Whether the trigger is the predicate's subject ("the attack was known as")."""
    return trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == predicate.i


def _clause_reason(verb: Token) -> str:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in children):
        return "modal or future"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return "condition"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in children):
        return "habitual"
    if _going_to(verb):
        return "modal or future"
    return ""


def _generic_plural(noun: Token) -> bool:
    """ "ramped up attacks", "conducted strikes in Iraq": a bare plural that is not the
    subject names a kind of event, not events that happened."""
    if noun.tag_ != "NNS" or noun.dep_ in {"nsubj", "nsubjpass"}:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a series of airstrikes": the measure picks them out
    return not any(c.dep_ in _SPECIFIERS or c.like_num for c in noun.children)


def _instrument(token: Token) -> bool:
    lemma = token.lemma_.lower()
    compound = " ".join(c.lemma_.lower() for c in token.lefts
                        if c.dep_ in {"compound", "amod"})  # "an explosive device"
    return lemma in INSTRUMENTS or f"{compound} {lemma}".strip() in INSTRUMENTS


def definite(noun: Token) -> bool:
    """A noun pointing back at something already told: "the attack", "that raid",
    "Tuesday's strike"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children
    )


def _told_before(noun: Token) -> bool:
    """A definite event noun inside a phrase about something else ("the scene of the
    airstrike", "the site of that attack"): the story refers back, it tells nothing new."""
    return definite(noun) and noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}


def _in_named_entity(token: Token) -> bool:
    """Inside a multi-word name the model found ("Operation Inherent Resolve"); a lone
    capitalised word at a sentence start ("Warplanes pounded ...") is no name."""
    if token.ent_type_ not in NAME_LABELS or not token.is_title:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is not None and len(entity) > 1


def _in_proper_name(token: Token) -> bool:
    """A capitalised proper-noun word joined to another one ("the Strike Force")."""
    if token.tag_ not in {"NNP", "NNPS"} or not token.is_title:
        return False
    linked = [c for c in token.children if c.dep_ == "compound"]
    if token.dep_ == "compound":
        linked.append(token.head)
    return any(t.tag_ in {"NNP", "NNPS"} and t.is_title for t in linked)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _going_to(verb: Token) -> bool:
    """ "is going to attack": the infinitive hangs from a progressive "go"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ == "go"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    )
