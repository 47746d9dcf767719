"""How a clause tells its time: whether it looks forward or back, and the words that say so.

The time recogniser (``times``) normalises an expression differently in a clause that plans
("will meet on Friday": the coming Friday) and in one that reports ("met on Friday": the
last one); these readers of the parse tell which, apart from the recogniser's matching.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from frontlines.vocab.dates import WEEKDAYS
from frontlines.vocab.words import word_list, words

__all__ = [
    "FINITE_TAGS",
    "FORWARD_WORDS",
    "FUTURE_MARKERS",
    "MONTH_WORDS",
    "PAST_AUXILIARIES",
    "PLANNING_VERBS",
    "TEMPORAL_WORDS",
    "WEEKDAY_WORDS",
    "future",
    "governing_verb",
    "heads_up_to_verb",
    "parse_iso",
    "temporal_word",
    "told_in_past",
]

MONTH_WORDS = list(word_list("time", "month_words"))
WEEKDAY_WORDS = set(WEEKDAYS)
FUTURE_MARKERS = words("time", "future_markers")
PAST_AUXILIARIES = words("time", "past_auxiliaries")
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
PLANNING_VERBS = words("time", "planning_verbs")
#: Words that put a date ahead of the clause they sit in, whatever its tense.
FORWARD_WORDS = words("time", "forward_words")


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def future(span: Span) -> bool:
    """Whether the clause governing the expression looks forward: 'will meet on Friday',
    'planned to leave on Thursday', 'is to resume Monday', 'as soon as Tuesday'."""
    doc = span.doc
    before = " ".join(t.lower_ for t in doc[max(span.start - 3, 0) : span.start])
    if before.endswith(("as soon as", "as early as", "no later than")):
        return True
    if any(t.lower_ in FORWARD_WORDS for t in heads_up_to_verb(span)):
        return True  # "payable Dec. 15", "effective Feb. 1", "due in March"
    verb = governing_verb(span)
    if before.endswith(("until", "till")):  # a deadline, unless "until Thursday, they had"
        return not any(c.lower_ == "had" for c in verb.children)
    if _deadline(span):  # "pay down the loan by February", "extended credit through January"
        return verb.tag_ != "VBD" and not any(c.lower_ == "had" for c in verb.children)
    if any(c.lower_ in FUTURE_MARKERS or c.lower_ == "going" for c in verb.children):
        return True
    if verb.lemma_ in PLANNING_VERBS:  # "scheduled a news conference Thursday"
        preposition = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        # ... but "agreed in June to buy": when the agreeing happened.
        return not (preposition == "in" and verb.tag_ == "VBD")
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    if not (infinitive and verb.head.lemma_ in PLANNING_VERBS | {"be"}):
        return False
    return not _scene_of_past(verb.head) or _coming_nearer(span)


def _scene_of_past(verb: Token) -> bool:
    """Whether ``verb`` (a planning verb) is told in the past in an "as" / "while" /
    "when" clause of a deed told in the past ("As the mayor prepared to speak on Tuesday,
    a girl was hurt"): the plan is the scene of that deed, so its day is no day ahead."""
    head = verb.head
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in head.children))  # fmt: skip
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and past and any(
        c.dep_ == "mark" and c.lower_ in {"as", "while", "when"} for c in verb.children)


def _coming_nearer(span: Span) -> bool:
    """Whether the weekday ``span`` names alone comes sooner after the publication day
    than it last fell before it: a plan told as the scene of a past deed may be of either
    week ("As parliament prepared to vote on Friday, ..." in a Wednesday story is two days
    ahead, not five back; "... on Tuesday" is the day before), so the nearer reading
    holds, the past one on a tie. A month or a date keeps the past reading."""
    reference = parse_iso(span.doc._.reference_date)
    days = [t.lower_.rstrip(".") for t in span if t.lower_.rstrip(".") in WEEKDAY_WORDS]
    if reference is None or len(days) != 1 or any(
            t.like_num or t.lower_ in MONTH_WORDS for t in span):  # fmt: skip
        return False
    ahead = (WEEKDAYS.index(days[0]) - reference.weekday()) % 7
    return 0 < ahead < 7 - ahead


def _deadline(span: Span) -> bool:
    """A month or weekday named bare after 'by' or 'through' ends a stretch of time: in a
    clause not told in the past it is the coming one. Not the end of a range ('from
    Monday through Friday'), whose start says which week."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ not in {"by", "through"}:
        return False
    if span.start >= 2 and temporal_word(doc[span.start - 2]):
        return False
    words = [t.lower_.rstrip(".") for t in span]
    return len(words) == 1 and (words[0] in MONTH_WORDS or words[0] in WEEKDAY_WORDS)


def heads_up_to_verb(span: Span) -> list[Token]:
    """The words from the expression's head up to the first verb, that verb excluded."""
    path, token = [], span.root.head
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBN" or token.dep_ == "ROOT":
            break
        path.append(token)
        token = token.head
    return path


def governing_verb(span: Span) -> Token:
    verb = span.root.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    return verb


def told_in_past(span: Span) -> bool | None:
    """Whether the clause governing the expression is in a past tense ('fled in March',
    'fighting in May killed 40'); None when no verb governs it."""
    verb = span.root.head
    for _ in range(5):  # up to the finite verb of the clause
        if verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            break
        if verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or any(c.lower_ in PAST_AUXILIARIES for c in auxiliaries):
        return True
    if auxiliaries:  # "is heard in May", "may meet in June": not told as past
        return False
    return verb.tag_ == "VBN" and verb.dep_ not in {"xcomp", "acl"}


#: Words that make a phrase temporal even when no rule can give it a value
#: ("the third consecutive month", "Election Day", "that day").
TEMPORAL_WORDS = frozenset(MONTH_WORDS) | WEEKDAY_WORDS | words("time", "temporal_words")


def temporal_word(token: Token) -> bool:
    word = token.lower_.split("-")[-1]
    year_or_clock = re.fullmatch(r"\d{4}s?|'\d0s|\d0s|\d{1,2}:\d\d", word)
    return year_or_clock is not None or (
        word in TEMPORAL_WORDS or word.rstrip("s") in TEMPORAL_WORDS
        or token.lemma_.lower() in TEMPORAL_WORDS
    )  # fmt: skip
