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
from frontlines.vocab.words import word_list

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
#: "Report" and "suffer" are not among them: they are a conflict toll's usual verbs ("officials
#: reported 30 murders after the raid", "the village suffered 25 murders").
_TALLY_VERBS = {"have", "record", "see", "log", "register", "tally", "be"}
#: Measures a crime statistic would otherwise be read as.
_CRIME_MEASURES = {"killed", "attacks", "wounded", "casualties"}
#: Words of violence a crime story uses as much as a conflict's: they name no conflict event.
_PLAIN_VIOLENCE = frozenset({"violence", "incident", "operation"})


def _tallied_nouns(noun: Token) -> list[Token]:
    """The noun and those coordinated with it in one tally ("300 homicides and 1,900
    shootings"): the first of them and every conjunct after it."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    return [first, *(t for t in first.conjuncts if t.i != first.i)]


def _is_noun_of(noun: Token, found: Vocabulary) -> bool:
    """Whether ``noun`` itself is a word of ``found``, or ends a phrase of it ("car
    thefts"): a modifier alone ("hate-crime attacks") does not make it one."""
    words, phrases = found
    if noun.lower_ in words or noun.lemma_.lower() in words:
        return True
    text = " ".join(t.lower_ for t in _modifiers(noun) if t.text not in _HYPHENS)
    return any(p.split()[-1] == noun.lower_ and text.endswith(p) for p in phrases)


def _doer_named(noun: Token) -> bool:
    """Whether ``noun`` names its doer or its target: "murders of aid workers", "by armed
    groups", "murders committed by gangs" (an agent in a clause on the noun), "murders at
    the hands of the militia"."""
    for child in noun.children:
        if child.dep_ == "agent" or (child.dep_ == "prep"
                                     and child.lower_ in {"by", "of", "on", "against"}):
            return True
        if child.dep_ in {"acl", "relcl"} and any(t.dep_ == "agent" for t in child.subtree):
            return True
    return any(t.lower_ == "hands" and t.head.lower_ == "at" for t in noun.subtree)


def _conflict_beside(sentence: Span, tally: list[Token]) -> bool:
    """Whether ``sentence`` names an armed force or a conflict event outside the tally's
    own crime nouns ("murders linked to the insurgency", "as bandits raided villages", "40
    attacks and 12 murders"). The tally's nouns are not read; their modifiers are read for
    a force or a war ("militia murders", "war crimes") but not for an event or a weapon
    ("gun homicides"); nor are the crime-like nouns a crime story shares with a conflict's."""
    nouns = {n.i for n in tally}
    beside = [t for t in sentence if t.i not in nouns]
    conflict_words, phrases = vocabulary("conflict_context")
    if any(t.lower_ in conflict_words for t in beside):
        return True  # "militia murders", "war crimes": the force or the war is named
    text = " ".join(t.lower_ for t in beside)
    if any(p in text for p in phrases):
        return True
    own = {t.i for n in tally for t in _modifiers(n)}
    rest = [t for t in sentence if t.i not in own]
    like, _ = vocabulary("crime_like")
    events = {w for key in ("general_event_nouns", "instruments") for w in word_list("event", key)
              if " " not in w} - like - _PLAIN_VIOLENCE  # fmt: skip
    return any(t.lower_ in events or t.lemma_.lower() in events for t in rest)


def crime_tally(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether ``span`` counts a place's ordinary crime over a time, a crime statistic: the
    counted noun is a noun of crime ("homicides", "murders", "violent crime"), or a
    crime-like one tallied with one ("300 homicides and 1,900 shootings"), told by a verb of
    tallying ("recorded", "had", "there were"), with no doer or target named ("murders of
    aid workers", "murders committed by armed groups" stay: violence aimed at someone) and
    no armed force or conflict event in its sentence ("as bandits raided villages", "40
    attacks and 12 murders": a conflict's toll). Treating such a tally as no conflict count
    is this project's ruling (README, claims), not the guide's words."""
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
    crimes, like = vocabulary("crime_statistics"), vocabulary("crime_like")
    if not any(_is_noun_of(t, crimes) for t in tally):
        return False
    if not (_is_noun_of(noun, crimes) or _is_noun_of(noun, like)):
        return False  # "40 attacks and 12 murders": attacks are a conflict's, never a tally's
    if any(_doer_named(t) for t in tally):
        return False
    crime_nouns = [t for t in tally if _is_noun_of(t, crimes) or _is_noun_of(t, like)]
    return not _conflict_beside(span.sent, crime_nouns)


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
