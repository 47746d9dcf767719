"""Tolls whose own cause is no violence (issue 20, brief clfalse9): "a ferry accident that
killed eleven", "nine people died of cholera", "the cyclone killed 2,400", "forty cases of
the virus led to nineteen deaths". The guide's killed, wounded and missing are a conflict's;
a death from an illness, a natural hazard or a mishap measures none, in whatever story it
is told (a war story may tell of a bus crash or an outbreak in a camp).

Only the number's own clause is read: what does the harm (the subject of "killed", the
agent of "were killed", an antecedent that "led to" the deaths), what the dead died of, from,
in, after or during, and a noun modifying the count ("cholera deaths"). A sentence that also
uses the vocabulary of violence ("died in a fire set by the militants", "killed in the
attack that followed the quake") keeps its toll: the violence may be the cause.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from frontlines.nlp.beat import Vocabulary, conflict_words, vocabulary
from frontlines.vocab.words import word_list

__all__ = ["CAUSED_TOLLS", "cause_words", "harmless_cause", "violence_named"]

#: Measures of what befalls people that an illness, a hazard or a mishap can cause too.
CAUSED_TOLLS = frozenset({"killed", "wounded", "casualties", "missing"})

#: Prepositions that name what a death or an injury came from ("died of", "killed in the
#: storm", "after catching the flu", "during the outbreak", "due to a gas leak").
_CAUSE_PREPOSITIONS = {"of", "from", "in", "after", "during", "following", "amid", "by",
                       "due", "because", "with"}  # fmt: skip
#: Conjunctions of a clause that says what happened first ("after the boat capsized").
_CAUSE_MARKS = {"after", "when", "once"}
#: Relative pronouns whose antecedent is the clause's real subject ("a crash that killed").
_RELATIVES = {"that", "which", "who"}


def cause_words() -> Vocabulary:
    """(single words, phrases) naming a natural hazard, an illness or a mishap."""
    return vocabulary("hazard_context", "illness_context", "mishap_context")


@cache
def _violence_words() -> frozenset[str]:
    """Words that say violence was done: the conflict vocabulary, the nouns a story tells a
    violent event with, the weapons."""
    words, _ = conflict_words()
    return words | {w for key in ("general_event_nouns", "instruments")
                    for w in word_list("event", key) if " " not in w}  # fmt: skip


def _names_cause(tokens: list[Token]) -> bool:
    words, phrases = cause_words()
    if any(t.lower_ in words or t.lemma_.lower() in words for t in tokens):
        return True
    text = " ".join(t.lower_ for t in tokens)
    return any(p in text for p in phrases)


def _phrase(token: Token, leave_out: Span) -> list[Token]:
    """The tokens of ``token``'s phrase, without the number's own phrase."""
    return [t for t in token.subtree if not leave_out.start <= t.i < leave_out.end]


def _noun_phrase(token: Token) -> list[Token]:
    """An antecedent without its relative clause: "forty cases of the virus"."""
    return [t for t in token.subtree
            if not any(a.dep_ == "relcl" and a.head.i == token.i for a in t.ancestors)
            and not (t.dep_ == "relcl" and t.head.i == token.i)]  # fmt: skip


def _cause_slots(verb: Token, span: Span) -> list[list[Token]]:
    """The phrases of ``verb``'s clause that may say what caused the harm."""
    slots: list[list[Token]] = []
    for child in verb.children:
        if child.left_edge.i <= span.root.i <= child.right_edge.i:
            continue  # the number's own phrase says who, not what from
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                slots.append(_noun_phrase(verb.head))
            else:
                slots.append(_phrase(child, span))
        elif child.dep_ == "agent" or (child.dep_ == "prep"
                                       and child.lower_ in _CAUSE_PREPOSITIONS):  # fmt: skip
            slots.append(_phrase(child, span))
        elif child.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"}
                                           and m.lower_ in _CAUSE_MARKS
                                           for m in child.children):  # fmt: skip
            # "missing after the boat capsized", "drowned when the ferry sank" (the parser
            # hangs "when" as an adverb)
            slots.append(_phrase(child, span))
    return slots


def _counted_noun(span: Span) -> Token | None:
    root = span.root
    if root.dep_ in {"nummod", "quantmod", "amod"} and root.head.pos_ == "NOUN":
        return root.head
    return None


def harmless_cause(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether the toll ``span`` gives, read as ``measure``, was caused by an illness, a
    natural hazard or a mishap its clause names, and by no violence its sentence names."""
    if measure not in CAUSED_TOLLS:
        return False
    slots: list[list[Token]] = []
    noun = _counted_noun(span)
    if noun is not None:  # "nineteen cholera deaths", "deaths from the flu"
        slots.append([c for c in noun.children if c.dep_ in {"compound", "amod"}])
        slots += [_phrase(p, span) for p in noun.children
                  if p.dep_ == "prep" and p.lower_ in _CAUSE_PREPOSITIONS]  # fmt: skip
    if verb is not None:
        slots += _cause_slots(verb, span)
        # "led to nineteen deaths", "resulting in 55 deaths": the clause's verb is the
        # link, its subject the cause; a verb in an adverbial clause hangs on the main one
        if verb.dep_ in {"advcl", "xcomp", "conj"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
        ):
            slots += _cause_slots(verb.head, span)
    if not any(_names_cause(slot) for slot in slots):
        return False
    return not violence_named(span.sent)


def violence_named(sentence: Span) -> bool:
    """Whether ``sentence`` uses a word that says violence was done."""
    violence = _violence_words()
    return any(t.lower_ in violence or t.lemma_.lower() in violence for t in sentence)
