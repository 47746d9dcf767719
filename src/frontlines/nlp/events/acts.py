"""Cue words that tell every such thing, a celebration, a lawsuit or a company's
change: asked by ``offbeat.offbeat_reason``.

Political, local and business news use the conflict lexicon in sentences whose structure
says no event took place: "all" or "any" before a plural is every such thing ("all of the
agreements that were signed"); a crowd that gathers "to celebrate" is a celebration; a
side that "fought the plan in court" went to law; a company merges with a company
(``company_suffixes``). Each reading names the piece of structure that gives it away.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.memo import doc_ents
from frontlines.nlp.events.realis import anchored
from frontlines.vocab.words import words

__all__ = ["act_reason"]

COMPANY_SUFFIXES = words("sense", "company_suffixes")
CELEBRATING = words("sense", "celebrating_verbs")
#: Lexicon types of a demonstration.
_PROTEST_TYPES = frozenset({"peaceful_protest", "protest_with_intervention",
                            "violent_demonstration"})  # fmt: skip
#: Lexicon types of a change to a group.
_GROUP_TYPES = frozenset({"change_to_group", "change_to_group_forces"})
#: Lexicon types of fighting.
_FIGHT_TYPES = frozenset({"armed_clash", "armed_clash_both_sides",
                          "armed_clash_attack_on_forces"})  # fmt: skip
#: Places of law ("fought the plan in court").
_COURTS = frozenset({"court", "courtroom", "tribunal", "courthouse"})
#: Tags of a finite verb: a clause joined to the gathering that tells a deed of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Quantifiers of every such thing.
_EVERY = frozenset({"all", "any", "every", "each"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _dated(verb: Token) -> bool:
    """The clause the noun hangs on has a date of its own ("were claimed on Monday")."""
    near = [*verb.children, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    return any(w.ent_type_ in {"DATE", "TIME"} for w in near)


def every_such(trigger: Token) -> bool:
    """ "honor all of the international agreements that have been signed", "any protest
    is banned": a plural or a noun quantified by "all", "any", "every" or "each" with no
    number is every such thing, no one of them ("all three attacks" are counted)."""
    if trigger.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in trigger.children):
        return False
    if anchored(trigger) or _dated(trigger.head):
        return False  # "all the attacks on Tuesday", "all the attacks were claimed on Monday"
    if any(c.dep_ in {"det", "predet"} and c.lower_ in _EVERY - {"each"}
           for c in trigger.children):  # fmt: skip
        return True  # "each attack killed five" is one attack at a time, each told
    prep = trigger.head if trigger.dep_ == "pobj" else None
    return (prep is not None and prep.lower_ == "of" and prep.head.lower_ in _EVERY
            and prep.head.pos_ in {"PRON", "DET", "NOUN"})  # fmt: skip


def _purpose(verb: Token, clause: Token) -> bool:
    """``verb`` is a purpose clause ("to celebrate") of ``clause``'s own sentence: on the
    way up to it no relative or reported clause intervenes."""
    if verb.dep_ not in {"xcomp", "advcl"} or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):  # fmt: skip
        return False
    word = verb
    while word.i != clause.i:
        if word.dep_ in {"relcl", "ccomp", "acl", "csubj"} or word.head.i == word.i:
            return False
        word = word.head
    return True


def gathered_to_celebrate(trigger: Token) -> bool:
    """ "Supporters gathered outside the party office, singing, to celebrate the vote",
    "gathered, clapping, chanting and waving flags to celebrate": a gathering whose clause
    has a purpose of celebrating, cheering or watching is no protest. The clause is read
    from the verb the trigger hangs on ("chanting" under "gathered")."""
    clause = trigger
    for _ in range(6):
        if clause.dep_ not in {"advcl", "conj", "xcomp", "npadvmod"} or clause.head.i == clause.i:
            break
        if clause.tag_ in _FINITE:
            break  # "gathered to watch the verdict and clashed with police": a deed of its own
        clause = clause.head
    return any(t.pos_ == "VERB" and _lemma(t) in CELEBRATING and _purpose(t, clause)
               for t in clause.subtree)  # fmt: skip


def fought_in_court(trigger: Token) -> bool:
    """ "The villagers fought the dam plan in court", "battled the ruling through the
    courts": a fight whose place (its own, or its object's) is a court is a lawsuit."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ in {"in", "through", "before"} and any(
        o.dep_ == "pobj" and _lemma(o) in _COURTS for o in p.children)
        for h in heads for p in h.children)  # fmt: skip


def _a_company(word: Token) -> bool:
    """A name ending in a company's suffix ("Acme Corp.", "Beta Holdings")."""
    if word.ent_type_ != "ORG" and word.pos_ != "PROPN":
        return False
    ent = next((e for e in doc_ents(word.doc) if e.start <= word.i < e.end), None)
    last = ent[-1] if ent is not None else word
    return (
        last.lower_ in COMPANY_SUFFIXES
        or any(c.dep_ == "compound" and c.lower_ in COMPANY_SUFFIXES for c in word.children)
        or word.lower_ in COMPANY_SUFFIXES
    )


def companies_merge(trigger: Token) -> bool:
    """ "the merger of Acme Corp. with a subsidiary of Beta Holdings": a change whose sides
    (subject, object, "of"/"with" complements) include a company is business."""
    sides = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "with", "into"}:
            sides += [o for o in prep.children if o.dep_ == "pobj"]
    return any(_a_company(s) or any(_a_company(c) for c in s.children if c.dep_ == "compound")
               for s in sides)  # fmt: skip


def act_reason(trigger: Token, type_id: str) -> str:
    """Why ``trigger`` (of lexicon type ``type_id``) tells no event by the structure of its
    clause, or ""."""
    if every_such(trigger):
        return "every such thing, no one of them"
    if type_id in _PROTEST_TYPES and gathered_to_celebrate(trigger):
        return "a celebration, not a protest"
    if type_id in _FIGHT_TYPES and fought_in_court(trigger):
        return "a lawsuit, not a fight"
    if type_id in _GROUP_TYPES and companies_merge(trigger):
        return "a business changed, not a group"
    return ""
