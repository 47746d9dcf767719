"""Dates a story names for what has not happened yet.

A story without a publication date is dated by the latest date it names
(``story.story_now``), and its events told without a date of their own take that month.
A date in a clause that plans, expects or foresees ("talks would resume in September",
"the vote is scheduled for 12 May", "the army plans to retake the city by June") is
later than the story was written, so it says nothing of when the story was written:
counted, it dates every undated event of the story to a month that had not come.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlines.model import TimeExpression
from frontlines.vocab.words import word_list

__all__ = ["told_ahead"]

#: Verbs and adjectives that put their own date ahead ("scheduled for May", "due in
#: June"), and verbs of planning whose complement's date is ahead ("plans to vote in June").
_SCHEDULED = frozenset(word_list("event", "scheduled_words"))
_PLANNING = frozenset(word_list("event", "planning_verbs"))
#: Auxiliaries of a clause told ahead ("will resume", "would meet"); not "may" or
#: "could", which as often guess at what has happened ("may have died in May").
_FUTURE = frozenset({"will", "'ll", "wo", "shall", "would", "must", "should"})

#: Clause links through which a governing clause's plan reaches the date's clause ("said
#: talks would resume in May", "plans to vote in June"); not an adverbial, relative or
#: joined clause, which tells its own time ("after rebels attacked on Monday, the army
#: will ...").
_GOVERNED = frozenset({"xcomp", "ccomp"})


def told_ahead(doc: Doc, time: TimeExpression) -> bool:
    """Whether ``time`` dates something a clause says will, would or is planned to
    happen: the verb it hangs on, or a verb that governs that verb, is modal ("will
    resume in May"), a verb of planning or expecting ("plans to vote in June"), or
    scheduled ("is scheduled for 12 May")."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    verb: Token | None = span.root
    for _ in range(6):  # up to the verb the date's phrase hangs on
        if verb is None or verb.pos_ in {"VERB", "AUX", "ADJ"}:
            break
        verb = None if verb.head.i == verb.i else verb.head
    if verb is None:
        return False
    if verb.lemma_.lower() in _SCHEDULED or verb.lower_ in _SCHEDULED:
        return True  # "the vote is scheduled for 12 May"
    for _ in range(3):  # that verb, then the clauses it is governed by
        if _future(verb):
            return True
        if verb.dep_ not in _GOVERNED or verb.head.i == verb.i:
            return False
        governed, verb = verb, verb.head
        if governed.dep_ == "xcomp" and verb.lemma_.lower() in _PLANNING:
            return True  # "plans to retake the city by June"; "denied on Monday that
            # it attacked" keeps the denial's own date, the verb's, as told
    return False


def _future(verb: Token) -> bool:
    """A clause told ahead by its auxiliary, not a perfect one ("should have left")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _FUTURE) and not auxes & {"have", "'ve"}
