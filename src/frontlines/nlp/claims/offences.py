"""Counts of the police's and the courts' ordinary work (issue 20, brief clrec11): "booked 19
for drunk driving", "four heroin sellers were picked up", "27 people were held for assorted
crimes", "let 14 executions go ahead", "two condemned men on death row". The guide's
detained and killed are a conflict's: people held for an ordinary offence, or put to death
by a court's sentence, are measured by none of them, in whatever story they are told.

Only the number's own phrase and its verb's phrases of reason ("for", "over", "on", "in") are read
for an offence; a sentence naming violence ("arrested over the bombing", "drug lords
who attacked a convoy") keeps its count. An execution is judicial when its sentence uses the
words of the death penalty ("death row", "clemency", "lethal injection"), or the one
before it does.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.beat import Vocabulary, vocabulary
from frontlines.nlp.claims.causes import violence_named

__all__ = ["crime_tally", "judicial_execution", "ordinary_offence"]

#: Prepositions that give what someone was arrested for ("for theft", "over assorted crimes",
#: "on drug charges", "in a theft case").
_REASON_PREPOSITIONS = {"for", "over", "on", "in"}


def _names(tokens: list[Token], found: Vocabulary) -> bool:
    words, phrases = found
    if any(t.lower_ in words or t.lemma_.lower() in words for t in tokens):
        return True
    # "drunk-driving arrests": the tokenizer splits a hyphened offence ("drunk", "-",
    # "driving"); it is the same words as "drunk driving"
    text = " ".join(t.lower_ for t in tokens if t.text not in _HYPHENS)
    return any(p in text for p in phrases)


_HYPHENS = {"-", "\u2010", "\u2011"}


def _counted(span: Span) -> Token | None:
    root = span.root
    if root.dep_ in {"nummod", "quantmod", "amod", "compound"} and root.head.pos_ in {"NOUN",
                                                                                    "PROPN"}:
        return root.head
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The noun and the words that modify it, with theirs ("other drug dealers", "DUI
    arrests", "drunk-driving arrests"), in the order of the text."""
    words = [t for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}
             for t in c.subtree]  # fmt: skip
    return sorted([noun, *words], key=lambda t: t.i)


def ordinary_offence(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether the count of the detained ``span`` gives is of people held for an ordinary
    offence its phrase or its verb's reason names, with no violence in its sentence."""
    if measure != "detained":
        return False
    slots: list[list[Token]] = []
    noun = _counted(span)
    if noun is not None:
        slots.append(_modifiers(noun))
        slots += [list(p.subtree) for p in noun.children
                  if p.dep_ == "prep" and p.lower_ in _REASON_PREPOSITIONS]  # fmt: skip
    if verb is not None:
        slots += [list(p.subtree) for p in verb.children
                  if p.dep_ == "prep" and p.lower_ in _REASON_PREPOSITIONS]  # fmt: skip
        slots += [_modifiers(c) for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}
                  and c.left_edge.i <= span.root.i <= c.right_edge.i]  # fmt: skip
    offences = vocabulary("ordinary_offences")
    if not any(_names(slot, offences) for slot in slots):
        return False
    return not violence_named(span.sent)


#: Verbs that tally what a place saw over a time ("the city recorded 300 homicides", "Ohio
#: had 40 murders last year", "there were 42 homicides"): no one did the deeds they count.
_TALLY_VERBS = {"have", "record", "see", "log", "register", "suffer", "tally", "report", "be"}
#: Measures a crime statistic would otherwise be read as.
_CRIME_MEASURES = {"killed", "attacks", "wounded", "casualties"}


def _tallied_nouns(noun: Token) -> list[Token]:
    """The noun and those coordinated with it in one tally ("300 homicides and 1,900
    shootings"): the first of them and every conjunct after it."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    return [first, *(t for t in first.conjuncts if t.i != first.i)]


def crime_tally(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether ``span`` counts a place's ordinary crime over a time, a crime statistic: the
    counted noun, or one it is tallied with, is a noun of crime ("homicides", "murders",
    "violent crime"), told by a verb of tallying ("recorded", "had", "there were"), and no
    one is named as their doer or their target ("murders of aid workers", "attacks on
    clinics by a militia" stay: violence aimed at someone)."""
    noun = _counted(span)
    if measure not in _CRIME_MEASURES or noun is None or verb is None:
        return False
    if verb.lemma_.lower() not in _TALLY_VERBS:
        return False
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "expl" for c in verb.children):
        return False  # "the dead were 40 civilians": no tally
    tally = _tallied_nouns(noun)
    if tally[0].head.i != verb.i:
        return False  # the tally is the verb's own object or subject, not a phrase further off
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"by", "of", "on", "against"})
           for t in tally for c in t.children):  # fmt: skip
        return False  # a doer or a target named: "murders of aid workers", "by armed groups"
    crimes = vocabulary("crime_statistics")
    return any(_names(_modifiers(t), crimes) for t in tally)


def judicial_execution(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether the toll ``span`` gives is of a court's death penalty: executions or the
    condemned counted in a sentence that uses the death penalty's words."""
    if measure != "killed":
        return False
    judicial = vocabulary("judicial_context")
    noun = _counted(span)
    if noun is not None and _names(list(noun.subtree), judicial):
        return True  # "the one death row inmate whose sentence he commuted"
    executed = (noun is not None and noun.lemma_.lower() == "execution") or (
        verb is not None and verb.lemma_.lower() == "execute")
    return executed and _names(_sentence_and_before(span), judicial)


def _sentence_and_before(span: Span) -> list[Token]:
    """The number's sentence and the one before it: "She has long fought capital punishment.
    Yet in office she let 11 executions go ahead." """
    sent = span.sent
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    return list(sent.doc[before.start : sent.end])
