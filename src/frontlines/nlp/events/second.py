"""A second event in one sentence: two deeds of different kinds, each asserted by a clause
of its own.

The coder reads one event per sentence, the best type the realis layer finds asserted.
News joins two events in one sentence often enough ("a roadside bomb killed four miners,
while the group claimed an attack on an army truck"; "police arrested two men as rebels
shelled the town"): the weaker type was a miss. A second event is read only when it is
of another ACLED event type than the first (two words of one kind are one event told
twice, or one event ACLED codes once), when a word of its own, neither one of the first
event's triggers nor a word only telling what violence did ("killed", "wounded": the
outcome of the first), is asserted by the same hand rules, learned P(realis) and sense
reading as the first's, and when that word's predicate is not the first's (a clause of
its own: "killed in an airstrike" is one event told by two words). The word must be a
verb whose clause is joined to the sentence's main one as a coordinate or adverbial
clause ("..., while X attacked", "as Y shelled"): a noun ("since a truce broke down")
or a clause describing something ("the camps the jets raided", "said that ...") tells
a setting or a report, not a second deed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from frontlines.nlp.events.own_deeds import argument_of_own, doer_of_own
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.story import OUTCOME_CUES, VIOLENT_TYPES
from frontlines.nlp.events.triggers import triggers as cue_tokens
from frontlines.vocab.events import EventMatch

__all__ = ["second_reading"]

#: How a clause of a second deed may hang from the sentence's main clause: coordinated,
#: adverbial ("while", "as"), or the object of a preposition ("took credit for attacking").
_JOINS = frozenset({"ROOT", "conj", "advcl", "pcomp", "prep"})


def second_reading(sent: Span, matches: Sequence[EventMatch], first: EventMatch,
                   said: Sequence[Token], asserted: Callable[[Token, str], bool],
                   ) -> tuple[EventMatch, list[Token]] | None:  # fmt: skip
    """The best recorded type of ``sent`` after ``first`` (whose asserted words are
    ``said``) that tells an event of its own, with its asserted words; None when there is
    none. ``asserted(token, type_id)``: whether the realis and sense readings keep the
    word for that type."""
    taken = {t.i for t in said}
    clauses = {predicate_of(t).i for t in said}
    for match in matches:
        if (match.type.acled_event not in VIOLENT_TYPES
                or match.type.acled_event == first.type.acled_event):  # fmt: skip
            continue
        own = [t for t in cue_tokens(sent, match) if t.i not in taken
               and (not _outcome(t) or doer_of_own(t, said))
               and predicate_of(t).i not in clauses]  # fmt: skip
        kept = [t for t in own if (_main_line(t) if t.pos_ == "VERB" else argument_of_own(t))
                and asserted(t, match.type.id)]  # fmt: skip
        if kept:
            return match, kept
    return None


def _outcome(token: Token) -> bool:
    """A word only telling what violence did ("killed", "wounded")."""
    return token.lower_ in OUTCOME_CUES or token.lemma_.lower() in OUTCOME_CUES


def _main_line(verb: Token) -> bool:
    """Whether every link from ``verb`` up to the sentence's root is a coordination, an
    adverbial clause or a preposition's: no relative, complement or reported clause."""
    token = verb
    for _ in range(12):
        if token.dep_ not in _JOINS:
            return False
        if token.head.i == token.i:
            return True
        token = token.head
    return False
