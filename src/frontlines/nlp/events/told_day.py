"""Whether a date in a sentence says when something was told, not when it happened.

"Rebels shelled the town, officials said Wednesday": Wednesday is the day of the saying,
and the shelling keeps the day the story gives it otherwise. But a verb that makes what
its object names ("ordered an embargo on Tuesday", "announced the deployment") carries
the event's own day, and so does a deed told as happening while the telling did.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.events.acted_on import CARRYING as _CARRYING
from frontlines.nlp.events.realis import predicate_of
from frontlines.vocab.files import read_data_toml

__all__ = ["REPORTING_VERBS", "reporting_date"]

#: Verbs that report what happened: a date attached to them is when it was told.
REPORTING_VERBS = frozenset(read_data_toml("attribution.toml")["cue_verbs"])


def reporting_date(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date says when someone spoke ("said Wednesday"), not when it happened."""
    span = _date_tokens(sent, time)
    if span is None:
        return False
    verb = span.root.head
    for _ in range(4):  # "said on Wednesday", "said in a statement on Thursday"
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    before = span.start - 1
    if before > sent.start and span.doc[before].lower_ == "on":
        before -= 1
    if before >= sent.start:  # "said Wednesday a military operation rescued ...": the
        verb = verb if _reporting(verb) else span.doc[before]  # parse may attach it on
    trigger_ids = {t.i for t in triggers}
    if verb.dep_ == "advcl" and verb.i not in trigger_ids and _reporting(verb.head):
        verb = verb.head  # "police said as the sun rose Friday": when they spoke
    if _carried_out(verb, triggers) or _while_telling(verb, triggers):
        return False  # "the council on Aug. 6 ordered an embargo": it was ordered then
    return verb.i not in trigger_ids and _reporting(verb)


#: Subordinators of a clause that happens at the time of the clause it hangs on.
_AT_THE_TIME = frozenset({"as", "while", "when"})


def _while_telling(verb: Token, triggers: Sequence[Token]) -> bool:
    """Whether an event happened as the telling did ("In May, as a heckler was being led
    out, the senator said ...": the leading out was in May too): a trigger's clause hangs
    on the reporting verb by "as", "while" or "when"."""
    for trigger in triggers:
        clause = predicate_of(trigger)
        if clause.dep_ == "advcl" and clause.head.i == verb.i and any(
                c.dep_ == "mark" and c.lower_ in _AT_THE_TIME for c in clause.children):
            return True
    return False


def _carried_out(verb: Token, triggers: Sequence[Token]) -> bool:
    """Whether ``verb`` is a verb that makes the event its object names ("ordered an
    embargo", "concluded an agreement"): no report, even when it can report a clause
    ("ordered that ..."). A claim is made after the deed ("claimed the attack"). A
    verb that proclaims ("announced the activation of a force Tuesday", "declared a
    ceasefire") does what its object noun names by saying it: the day is the event's;
    with a clause ("announced that ...") it only reports."""
    lemma = verb.lemma_.lower()
    if lemma not in _CARRYING and lemma not in _PROCLAIMING or lemma == "claim":
        return False
    return any(t.dep_ == "dobj" and t.head.i == verb.i and t.pos_ == "NOUN" for t in triggers)


#: Verbs that make what their object noun names by announcing it ("announced the
#: deployment", "declared a state of emergency", "unveiled sanctions").
_PROCLAIMING = frozenset({"announce", "declare", "proclaim", "unveil"})


def _reporting(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in REPORTING_VERBS


def _date_tokens(sent: Span, time: TimeExpression) -> Span | None:
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    return span if span is not None and len(span) else None
