"""What a cue says, where the parse leaves it open: the object or the rest of the clause,
without the agent who said it, and where an "according to" source ends."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.attribution.quotes import trimmed
from frontlines.vocab.words import words

__all__ = ["OBJECT_PREPOSITIONS", "RIGHT_PREPOSITIONS", "object_of", "rest_of_clause",
           "taken_subject", "without_agent"]  # fmt: skip

#: Prepositions annotators draw inside the cue ("called for", "railed against").
RIGHT_PREPOSITIONS = words("attribution", "right_prepositions")


def without_agent(doc: Doc, content: Span, subject: Token, verb: Token) -> Span | None:
    """A passive cue's agent ('was nominated to the bench by the governor', 'As reported
    by the Ledger, ...') is its speaker, not part of what is said; when the content was
    taken as the rest of the clause around it, what is said is that clause without the
    "by" phrase (the longer side), or, for an adverbial clause with nothing else
    ('As reported by X, the bill passed'), the clause it qualifies. None when the
    subject is not the cue's agent."""
    by = subject.head
    if by.dep_ != "agent" or by.head.i != verb.i or subject.dep_ != "pobj":
        return None
    start, end = by.left_edge.i, by.right_edge.i + 1
    before = trimmed(doc, content.start, start) if content.start < start else None
    after = trimmed(doc, end, content.end) if end < content.end else None
    sides = [s for s in (before, after) if s is not None and s.start != verb.i]
    if sides:
        return max(sides, key=len)
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i:
        return None
    if verb.i < head.i:
        return trimmed(doc, verb.right_edge.i + 1, head.right_edge.i + 1)
    return trimmed(doc, head.left_edge.i, verb.left_edge.i)


def taken_subject(according: Token, obj: Token) -> int | None:
    """'According to the FBI summary, two aides asked ...': the parser can read the main
    clause's subject as an apposition to the source, leaving the verb after it with no
    subject; the source then ends at the comma before that apposition. The index of
    that comma, or None."""
    verb = according.head
    if according.i > verb.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    appos = next((t for t in obj.subtree if t.i > obj.i and t.dep_ == "appos"
                  and t.right_edge.i == obj.right_edge.i), None)  # fmt: skip
    if appos is None or appos.right_edge.i >= verb.i:
        return None
    comma = appos.left_edge.i - 1
    return comma if comma > obj.i and obj.doc[comma].text == "," else None


def rest_of_clause(doc: Doc, sent: Span, verb: Token, inverted: bool = False) -> Span | None:
    """No complement, quote or object: what follows the cue in its clause, else what
    precedes it ('Voters are angry, polls suggest'); what precedes first when the speaker
    follows the cue ('The town has fallen, said the minister')."""
    after = trimmed(doc, verb.i + 1, verb.right_edge.i + 1)
    before = trimmed(doc, sent.start, verb.left_edge.i)
    if inverted and before is None and sent.start > 0 and "," in {
        t.text for t in doc[sent.start - 1 : verb.i]
    }:  # "..., said the minister" split off as a sentence of its own at the comma
        before = trimmed(doc, doc[sent.start - 1].sent.start, sent.start)
    if inverted and before is not None:
        return before
    return after if after is not None else before


def object_of(doc: Doc, verb: Token) -> Span | None:
    """The direct object or infinitive ('wants to run'), or the object of a preposition
    the cue takes ('called on Congress to act', 'railed against the deal')."""
    for child in verb.rights:  # "On Wednesday, X thanked ...": not a preposition before it
        if child.dep_ in {"dobj", "attr", "xcomp"}:
            # What the verb says of its object comes with it: "urged supporters to vote",
            # "called the charges baseless", "described the law as a crazy system".
            last = max([child.right_edge.i] + [c.right_edge.i for c in verb.rights
                       if c.i > child.i and _says_of_object(c)])  # fmt: skip
            return trimmed(doc, child.left_edge.i, last + 1)
        if child.dep_ in {"prep", "prt"} and child.lower_ in RIGHT_PREPOSITIONS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                last = max(obj.right_edge.i, *(t.right_edge.i for t in verb.rights))
                return trimmed(doc, obj.left_edge.i, last + 1)
    return None


OBJECT_PREPOSITIONS = words("attribution", "object_prepositions")


def _says_of_object(child: Token) -> bool:
    if child.dep_ in {"xcomp", "oprd", "ccomp", "acomp"}:
        return True
    return child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS
