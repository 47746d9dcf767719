"""A date of another verb told as a plan: "the advert, which could air on Monday, shows
the beating" gives Monday to the airing that may come, not to the beating. Only a
forward-looking modal makes a plan: "may have happened on Monday" guesses at the past,
and "could hear gunfire on Monday" or "could not disperse the crowd on Monday" tell what
someone was able to do then, so their day stays a day of the past."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.events.realis import predicate_of

__all__ = ["PERCEPTION_VERBS", "of_a_modal_clause"]

#: Verbs of the senses: "could hear", "could see" tell what someone perceived then.
PERCEPTION_VERBS = frozenset({"hear", "see", "smell", "feel", "watch", "notice", "sense"})
#: Modals that, with "not" or a verb of the senses, tell a past ability in narration.
_ABILITY_MODALS = frozenset({"could", "can", "ca"})


def of_a_modal_clause(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date belongs to another verb than the event's, one told with a modal
    as a plan ("the advert, which could air on Monday, shows the beating"): the day of
    something that may or will happen says nothing of when the event did. A date reached
    through a trigger ("the raid on Monday could spark reprisals"), or through a noun
    whose phrase holds one ("will show the 2012 siege in which the base was stormed"),
    stays the event's, as does one of a past guess or ability (``_forward``)."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    own = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = span.root
    for _ in range(4):  # up to the verb the date hangs on
        if token.i in own:
            return False
        if token.pos_ in {"VERB", "AUX"} and token.i != span.root.i:
            break
        if any(token.left_edge.i <= t.i <= token.right_edge.i for t in triggers):
            return False  # "will cover the 2012 crisis in which the compound was attacked"
        if token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    return token.i not in own and _forward(token)


def _forward(verb: Token) -> bool:
    """Whether ``verb`` is told with a modal that looks ahead: not "may have happened"
    (a perfect: a guess at the past), nor "could not disperse" or "could hear" (a past
    ability or perception)."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return not (any(m.lower_ in _ABILITY_MODALS for m in modals) and (
        verb.lemma_.lower() in PERCEPTION_VERBS or any(
            c.dep_ == "neg" for c in verb.children)))  # fmt: skip
