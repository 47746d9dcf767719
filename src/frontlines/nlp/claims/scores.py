"""A contest's result is no count: "a 6-4 win", "won 3-1", "a 28-14 victory", "voted 7-2".

The quantity layer reads two numbers joined by a dash as a range ("20-30 fighters": 20 to
30), which is right for a count and wrong for a score: "held on to a 4-2 win" is no 2 to 4
people held. What tells the two apart is syntax, not the story's words:

- the pair modifies a singular noun of a contest's outcome ("a 28-14 victory", "a 5-4
  decision", "a 3-1 lead"); a count modifies a plural noun ("20-30 losses");
- the pair hangs straight on a verb of winning, losing or voting, with no noun of its own,
  and the verb names whom or what it was won against ("won the bout 7-2", "lost 2-0 to the
  champions", "defeated the visitors 3-1"; a vote needs none: "voted 7-2 to approve"), or
  is the complement of "be" whose subject is such a noun ("the score was 2-1");
- the pair is written high to low ("Rovers 3-1 United"): a range runs low to high, so a
  falling pair is a result, unless it counts people ("40-30 fighters") or is what a verb
  of harm did ("killed 30-20"), where it is a range written carelessly.

A pair with an "of" phrase counts a part of a whole ("lost 30-40 of its fighters", "routed
200-300 of the insurgents"): never a score.

The nouns and verbs are ``contest_nouns`` / ``contest_verbs`` in ``[rule_out]`` of
``data/measures.toml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlines.model import Quantity
from frontlines.vocab.measures import RuleOut

__all__ = ["contest_score"]

#: Two whole numbers of at most three digits joined by a hyphen or a dash: a score's shape.
_PAIR = re.compile(r"^(\d{1,3})\s?[-\u2013\u2014]\s?(\d{1,3})$")
#: How a pair hangs on the noun it modifies ("a 6-4 win": nummod; "a 28-14 victory" may be
#: read as a compound or an adjective).
_MODIFIER_DEPS = {"nummod", "compound", "amod", "quantmod", "nmod"}
#: How a pair hangs on a verb when it counts nothing: an adverbial, an object or a
#: complement ("won 3-1", "lost 2-0", "finished 1-1").
_VERB_DEPS = {"npadvmod", "dobj", "advmod", "attr", "acomp", "oprd", "ccomp", "conj", "dep"}


#: Prepositions that name the other side of a contest ("lost 2-0 to the champions", "a win
#: over Rovers", "3-1 against the visitors").
_OPPONENT_PREPS = {"to", "over", "against"}
#: Verbs of a tally that has no other side ("voted 7-2 to approve", "the panel split 5-4").
_TALLY_VERBS = {"vote", "split"}


def _pair(span: Span) -> tuple[int, int] | None:
    match = _PAIR.match(span.text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def _contest_noun(word: Token, rules: RuleOut) -> bool:
    """A singular noun of a contest's outcome ("win", "vote", "lead"): a count modifies a
    plural ("20-30 losses")."""
    return word.pos_ == "NOUN" and word.tag_ == "NN" and word.lemma_.lower() in rules.contest_nouns


def _on_contest_verb(root: Token, rules: RuleOut) -> bool:
    """'won the bout 7-2', 'lost 2-0', 'won by 3-2', 'voted 7-2': the pair hangs on a verb of
    a contest, straight or through "by", with no noun of its own."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.i != head.i:
        head = head.head
    elif root.dep_ not in _VERB_DEPS:
        return False
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    if head.lemma_.lower() in rules.contest_verbs:
        return _against_someone(head, root, rules)
    # "the score was 2-1", "the vote was 6-3": the complement of "be" whose subject is one
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and _contest_noun(c, rules) for c in head.children)


def _against_someone(verb: Token, root: Token, rules: RuleOut) -> bool:
    """'lost 2-0 to the champions', 'won the bout 7-2', 'defeated the visitors 3-1', 'voted
    7-2': a verb of a contest scores a pair only when it names the other side or the contest
    (a vote has none); a bare "lost 30-40" or "topped 40-50" may count people or a toll."""
    if verb.lemma_.lower() in _TALLY_VERBS:
        return True
    for child in verb.children:
        if child.i == root.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _OPPONENT_PREPS:
            return True
        if child.dep_ in {"dobj", "dative"} and (
                _contest_noun(child, rules) or child.pos_ in {"NOUN", "PROPN"}):
            return True
    return False


def _of_part(span: Span) -> bool:
    """'lost 30-40 of its fighters': a pair with an "of" phrase counts a part of a whole."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for w in span for c in w.children)


def _counts_people(root: Token, rules: RuleOut) -> bool:
    """'40-30 fighters', 'killed 30-20': a falling pair that modifies a plural noun or is
    what a verb of harm did is a carelessly written range, no result."""
    if root.dep_ in _MODIFIER_DEPS and root.head.tag_ in {"NNS", "NNPS"}:
        return True
    verb = root.head
    return root.dep_ in _VERB_DEPS and verb.lemma_.lower() in rules.harm_verbs


def _names_a_contest(span: Span, rules: RuleOut) -> bool:
    """Whether the pair's sentence has a contest's noun or verb ("win", "score", "beat")."""
    verbs = rules.contest_verbs
    return any(_contest_noun(w, rules) or (w.pos_ == "VERB" and w.lemma_.lower() in verbs)
               for w in span.sent)  # fmt: skip


def contest_score(q: Quantity, span: Span, rules: RuleOut) -> bool:
    """Whether the number is a contest's result ("a 6-4 win", "won 3-1"), no count: a
    dashed pair that falls from high to low, modifies a singular noun of a contest's
    outcome, or hangs with no noun of its own on a verb of winning, losing or voting that
    names the other side. A pair with an "of" phrase is never a score."""
    if q.unit not in {"count", ""}:
        return False
    pair = _pair(span)
    if pair is None or _of_part(span):
        return False
    root = span.root
    if pair[0] >= pair[1] and not _counts_people(root, rules) and _names_a_contest(span, rules):
        # a range runs low to high: "Rovers beat United 3-1 ... the 3-1 result"; a falling
        # pair in a sentence naming no contest ("30-20 were killed") is a range carelessly
        # written, still a count
        return True
    if root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end and _contest_noun(root.head, rules):
        return True
    return _on_contest_verb(root, rules)
