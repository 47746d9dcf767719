"""A count over a period: the event words that sum up many events, not report one.

``specific.unspecific_reason`` asks this of every asserted event word; it lives apart
because it is the one reading that weighs time expressions (their length, whether they
reach back past a few days, whether a perfect counts what happened since a date) and
numbers (a war's toll in the thousands), not only the parse. "has flown 800 missions",
"attacks in 2024", "over the past months" and "has suffered some 9,000 casualties" are
such counts; "five strikes destroyed ..." on one day is kept.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from frontlines.model import TimeExpression
from frontlines.nlp.events.lasting import own_length
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.realis import several_places
from frontlines.nlp.extensions import items
from frontlines.vocab.timespan import day_span
from frontlines.vocab.words import word_list

__all__ = ["HOLDING_VERBS", "PERIOD_DAYS", "PERIOD_PREPOSITIONS", "aggregate", "verb_above"]

_VERBS = frozenset({"VERB", "AUX"})
#: A time modifier longer than this many days spans a period, not a day.
PERIOD_DAYS = 7
#: Prepositions whose time object always spans up to now ("since January").
PERIOD_PREPOSITIONS = frozenset(word_list("event", "period_prepositions"))
#: Deeds whose result lasts: "has been detained since October" is one detention going on.
HOLDING_VERBS = frozenset(word_list("event", "holding_verbs"))
_LONG_UNITS = frozenset({"week", "month", "year", "decade", "century"})
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([YMWDH])$")
_UNIT_DAYS = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "H": 1 / 24}


def verb_above(token: Token) -> Token | None:
    """The nearest verb ``token`` hangs from (through nouns and prepositions)."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in _VERBS:
            return current
    return None


def aggregate(trigger: Token, finite: Token, path: list[Token]) -> bool:
    """Many events summed up: a plural event noun counted under a perfect ("has
    conducted 265 raids"), or plural nouns and perfects under a period ("504 attacks in
    2024", "has killed hundreds since 2014")."""
    plural = trigger.tag_ in {"NNS", "NNPS"}
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in finite.children)
    counted = any(c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"}
                  for c in trigger.children)  # fmt: skip
    if plural and counted and perfect:
        return True
    if perfect and _war_toll(finite) and not _dated_own(finite):
        return True  # "has suffered some 9,000 casualties", "thousands have been killed"
    if plural and not counted and several_places(trigger):
        return False  # "shootings in Paris and Brussels last year": one in each place
    if not plural and _held_since(trigger):
        return False  # "the editor has been detained since May": one detention, lasting
    if not plural and _numbered(trigger):
        return False  # "has conducted its fourth test in recent months": that one test
    anchors = {t.i for t in path} | {trigger.i}
    if not (plural or perfect):  # one event word: only a stretch counted in units is many
        return _in_plural_units(trigger.doc, anchors)  # "struck ... in recent years"
    return _spans_a_period(trigger.doc, anchors, trigger, dates=plural)


#: Ordinal words the parser may leave untagged as an entity.
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth", "latest"})


def _numbered(noun: Token) -> bool:
    """A singular event noun numbered by an ordinal ("a fourth nuclear test", "the third
    raid this year"): the period around it is the series it belongs to, the noun names
    one event of it. "Latest" numbers it too ("its latest strike in months")."""
    return noun.pos_ == "NOUN" and any(  # on the noun or a modifier of it ("a third
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _ORDINALS)  # atomic
        for c in noun.subtree if c.i < noun.i)  # weapons test": "third" hangs on "weapons")


def _held_since(verb: Token) -> bool:
    """A perfect passive of a deed whose result lasts, with one singular subject ("the
    editor has been held since May"): the period is how long the one state has lasted,
    not a stretch over which deeds were summed. A plural or counted subject, or an active
    verb ("police have detained 90 people since March"), is still a tally."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    children = list(verb.children)
    if not (any(c.dep_ == "auxpass" for c in children)
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)):  # fmt: skip
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    return len(subjects) == 1 and subjects[0].tag_ in {"NN", "NNP"} and not any(
        c.dep_ in {"conj", "nummod"} for c in subjects[0].children)


#: The least count of people or events a perfect sums up as a war's toll, not one event's
#: (ACLED's events are one place and day; a thousand dead in one is rare and dated).
TOLL = 1000
_BIG_NUMBER_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion",
                               "billions"})  # fmt: skip


def _war_toll(finite: Token) -> bool:
    """Whether a perfect's subject or object, or those of the clauses joined to it, counts
    a thousand or more ("has suffered some 9,000 casualties in the north", "tens of
    thousands have died, and whole towns have been flattened by artillery"): what
    a war did up to now, summed, not one event of it."""
    clauses = [finite, *(c for c in finite.conjuncts if c.pos_ in _VERBS)]
    for arg in (a for clause in clauses for a in clause.children):  # "..., and whole towns
        if arg.dep_ not in {"nsubj", "nsubjpass", "dobj"}:  # have been flattened"
            continue
        for word in arg.subtree:
            if word.lower_ in _BIG_NUMBER_WORDS:
                return True
            if word.like_num and _number(word.text) >= TOLL:
                return True
    return False


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _dated_own(verb: Token) -> bool:
    """Whether a date or time phrase of the verb's own clause dates it ("on Monday")."""
    return any(t.ent_type_ in {"DATE", "TIME"} for c in verb.children
               if c.dep_ in {"prep", "npadvmod", "advmod", "tmod"} for t in c.subtree)


def _in_plural_units(doc: Doc, anchors: set[int]) -> bool:
    """Whether a prepositional time of plural units of a week or more ("in recent years",
    "over the past months") modifies one of ``anchors``: whatever the event word's number,
    it then tells what happened again and again over that stretch, not one event."""
    for anchor in anchors:
        for prep in doc[anchor].children:
            if prep.dep_ != "prep":
                continue
            if any(o.dep_ == "pobj" and _in_units(o) for o in prep.children):
                return True
    return False


def _spans_a_period(doc: Doc, anchors: set[int], trigger: Token, dates: bool) -> bool:
    """Whether a time expression modifying one of ``anchors`` (the trigger and the verbs
    that assert it) follows "since", is a duration of more than ``PERIOD_DAYS`` days, or
    (``dates``: for plural events) a date that spans as long ("in 2024"; one event "had
    stormed the city in June 2014" is only dated to the month)."""
    sent = sentence(trigger)
    times = [t for t in items(doc, "times") if sent.start_char <= t.start < sent.end_char]
    for anchor in anchors:  # "since the start of the year", whatever the times layer read
        for prep in doc[anchor].children:
            if prep.dep_ != "prep" or prep.lower_ not in PERIOD_PREPOSITIONS:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
                time = next((t for t in times if t.start <= obj.idx < t.end), None)
                if time is None or _long_ago(time, doc):
                    return True
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if own_length(root, trigger):
            continue  # "signed a 45-day truce": how long the one truce lasts
        attached = verb_above(root) if root.pos_ not in _VERBS else root
        head = root.head
        noun_anchor = head.i in anchors or (head.dep_ == "prep" and head.head.i in anchors)
        if not noun_anchor and (attached is None or attached.i not in anchors):
            continue
        if (
            (head.lower_ in PERIOD_PREPOSITIONS and _long_ago(time, doc))
            or _in_units(root)
            or ((dates or time.type == "DURATION") and _longer_than_days(time))
        ):
            return True
    return False


def _long_ago(time: TimeExpression, doc: Doc) -> bool:
    """Whether "since <time>" reaches back more than ``PERIOD_DAYS`` days before the
    story's date ("since September" does; "since Friday", one battle's days, does not);
    unknown without both dates."""
    start = day_span(time.value)
    now = doc._.reference_date if doc.has_extension("reference_date") else None
    today = day_span(now) if isinstance(now, str) else None
    if start is None or today is None:
        return True
    return (today.last - start.first).days > PERIOD_DAYS


def _in_units(root: Token) -> bool:
    """ "the past 20 months", "recent years": a stretch counted in plural units of a
    week or more, whatever value the times layer gave it."""
    return root.tag_ == "NNS" and root.lemma_.lower() in _LONG_UNITS


def _longer_than_days(time: TimeExpression) -> bool:
    if time.type == "DURATION":
        found = _DURATION.match(time.value)
        return found is not None and float(found[1]) * _UNIT_DAYS[found[2]] > PERIOD_DAYS
    if time.type != "DATE":
        return False
    span = day_span(time.value)
    return span is not None and span.days > PERIOD_DAYS
