"""What an event took or was aimed at, told by words other than its object: a site a
side keeps modifying the event noun ("the embassy bombings": the embassy), someone "in
custody", the country an invasion takes or an exercise encircles. ``roles`` reads these
beside the trigger's own arguments.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import (
    actor_phrase,
    names_a_country,
    noun_phrase,
    person_phrase,
)

__all__ = ["CLOSING_IN", "INVADING", "closed_in", "held", "invaded", "kept_site", "site_of_keeper"]


#: Sites a side keeps and is hit through: "the embassy bombings" were aimed at the
#: embassy's state, "a checkpoint attack" at its force (a market or a school is where
#: people were, and who fell there is the side hit).
_KEPT_SITES = frozenset({"embassy", "consulate", "base", "barracks", "checkpoint", "outpost",
                         "headquarters"})  # fmt: skip


def kept_site(trigger: Token) -> EventActor | None:
    """The kept site an event noun's own modifier names ("the embassy bombings", "the
    U.S. Embassy blasts"): what the event was aimed at, as its "at" phrase would say."""
    for child in trigger.children:
        if child.dep_ == "compound" and child.i < trigger.i and (
                child.lemma_.lower() in _KEPT_SITES or child.lower_ in _KEPT_SITES):
            span = trigger.doc[child.left_edge.i : child.i + 1]
            return EventActor(text=span.text, actor=None, start=span.start_char,
                              end=span.end_char)  # fmt: skip
    return None


#: Prepositions by which a verb says where it struck: "exploded outside the embassy".
_AT_SITE = frozenset({"at", "outside", "inside"})


def site_of_keeper(verb: Token) -> EventActor | None:
    """The kept site a verb's "at / outside / inside" phrase names with its keeper ("two
    bombs exploded outside the French consulates, killing 40": the consulates' state was
    the aim, as "the bombing at the consulate" says with a noun); what else it killed is
    who fell there. Only a site whose keeper is named (a nationality, a group, a
    country): "exploded at a checkpoint" says no more than where."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT_SITE):
        for site in (o for o in prep.children if o.dep_ == "pobj"):
            if site.lemma_.lower() not in _KEPT_SITES and site.lower_ not in _KEPT_SITES:
                continue
            start, end = noun_phrase(site)
            span = site.doc[start:end]
            keeper = any(t.ent_type_ in {"ORG", "NORP"} for t in span) or names_a_country(span)
            if keeper:
                return EventActor(text=span.text, actor=None, start=span.start_char,
                                  end=span.end_char)  # fmt: skip
    return None


#: Nouns of being held: who is "in custody" is held by the event.
_HOLDING = frozenset({"custody", "detention", "captivity"})


def held(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    """(who holds, who is held) where a sentence puts someone "in custody" / "into
    detention": the object of the verb the phrase hangs on is held and its subject holds
    ("police took five men into custody"); with no object the subject is held ("six men
    were in custody", "were held in detention")."""
    prep = trigger.head
    if (trigger.lemma_.lower() not in _HOLDING or trigger.dep_ != "pobj"
            or prep.lower_ not in {"in", "into"} or prep.head.pos_ not in {"VERB", "AUX"}):
        return None, None  # fmt: skip
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if obj is not None:
        taker = actor_phrase(subject, agent=True) if subject is not None else None
        return taker, person_phrase(obj)
    return None, person_phrase(subject) if subject is not None else None


#: Words of one state entering or taking another: the country they take is a side.
INVADING = frozenset({"invade", "invasion", "annex", "annexation"})
#: Verbs of closing in on a state, said of an event ("exercises ringing Japan", "a fleet
#: blockading Qatar"): only a state is so encircled, so the country they name is a side.
CLOSING_IN = frozenset({"encircle", "surround", "ring", "blockade", "besiege", "occupy"})


def closed_in(noun: Token) -> EventActor | None:
    """The country a participle on an event noun says it closed in on ("the navy's
    exercises ringing Japan": Japan is the side acted on); a town so
    surrounded is where it happened (``invaded`` wants a country)."""
    closing = INVADING | CLOSING_IN
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubj":  # the parser may make the noun the participle's subject
        clauses.append(noun.head)
    if noun.dep_ == "dobj":  # "held drills encircling X": the parser may hang the
        clauses += [c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i
                    and c.tag_ == "VBG" and not _own_subject(c)]  # participle on the verb
    for clause in clauses:
        found = invaded(clause) if clause.lemma_.lower() in closing else None
        if found is not None:
            return found
    return None


def _own_subject(clause: Token) -> bool:
    """Whether a clause has a subject or a conjunction of its own ("while troops were
    surrounding X"): then it tells its own deed, not the noun before it."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


def invaded(trigger: Token) -> EventActor | None:
    """The country an invasion or annexation takes ("invaded Kuwait", "the invasion of
    Kuwait"): a country named as an object is elsewhere where an event happened ("strikes
    in Syria"), but only a state is invaded, so here it is the side acted on."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    for obj in objects:
        found = actor_phrase(obj, agent=True)
        span = trigger.doc.char_span(found.start, found.end) if found is not None else None
        if found is not None and span is not None and names_a_country(span):
            return found
    return None
