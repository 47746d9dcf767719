"""A report the story calls false tells no event: "initial accounts that nerve agents had
been used on the convoy turned out to be false", "reports of a raid on the camp were
unfounded", "the agency debunked claims that rebels shelled the town". The event is the
content of a noun (a report, a claim, a rumour), and the sentence says of that noun that
it is false. The realis readings weigh the verbs above the event ("said", "reported") but
not what the sentence predicates of the report itself.

Only falsity stated as fact counts: an adjective of falsity predicated of the noun or
modifying it, or a verb of disproof taking it as object. A party's denial ("the army
denied reports that its jets struck the market") is one side's word, not the story's,
and is left to the other readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.realis import predicate_of
from frontlines.vocab.words import words

__all__ = ["DISOWNED", "disowned_reason"]

#: The reason given for an event told only as the content of a report called false.
DISOWNED = "report called false"
#: Adjectives that call a report false (``data/event_words.toml``).
_FALSE = words("event", "false_words")
#: Verbs whose object is shown false.
_DISPROVING = words("event", "disproving_verbs")
#: Relations of a clause that is a noun's content ("reports that ... were used").
_CONTENT = frozenset({"acl", "ccomp"})
#: Relations that predicate an adjective of a subject ("were false", "turned out bogus").
_PREDICATIVE = frozenset({"acomp", "attr", "oprd", "xcomp"})
#: Subject relations.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def disowned_reason(trigger: Token) -> str:
    """``DISOWNED`` when the trigger's event is only the content of a report the
    sentence calls false, else ""."""
    report = _report_of(trigger)
    if report is None:
        return ""
    return DISOWNED if _called_false(report) else ""


def _report_of(trigger: Token) -> Token | None:
    """The noun whose content the trigger's event is: the noun a content clause hangs
    on ("reports that gas was used"), or the noun an event noun is "of" ("reports of a
    raid")."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        noun = trigger.head.head
        if noun.pos_ == "NOUN":
            return noun
    predicate = predicate_of(trigger)
    if predicate.head.pos_ != "NOUN":
        return None
    if predicate.dep_ in _CONTENT or (predicate.dep_ == "relcl" and _own_subject(predicate)):
        return predicate.head
    return None


def _own_subject(verb: Token) -> bool:
    """Whether a clause the parser hung on a noun as relative has a subject of its own,
    no relative pronoun: a content clause ("accounts that gas had been used"), not a
    relative one ("accounts that spread after the raid")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and all(c.tag_ not in {"WDT", "WP"} for c in subjects)


def _called_false(report: Token) -> bool:
    """Whether the sentence calls ``report`` false: a falsity adjective on it or
    predicated of it as subject, or a verb of disproof taking it as object."""
    if any(c.dep_ == "amod" and c.lower_ in _FALSE for c in report.children):
        return True
    verb = report.head
    if report.dep_ == "dobj" and verb.lemma_.lower() in _DISPROVING:
        return True
    if report.dep_ not in _SUBJECTS:
        return False
    return _predicates_falsity(verb, depth=3)


def _predicates_falsity(word: Token, depth: int) -> bool:
    """Whether a falsity adjective is predicated along ``word``'s predicative chain
    ("were false", "turned out to be bogus", "proved untrue")."""
    if depth < 0:
        return False
    if word.lower_ in _FALSE:
        return True
    return any(c.dep_ in _PREDICATIVE and _predicates_falsity(c, depth - 1)
               for c in word.children)  # fmt: skip
