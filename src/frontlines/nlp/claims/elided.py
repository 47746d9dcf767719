"""A bare number standing for the refugees of the count just before it.

"The ministry said 70,000 refugees came in this year. Next year, 90,000 will be
admitted.": the second number names nothing it counts; as the subject of a verb of taking
people in (``admission_verbs``) it stands for a noun left out, the one the claim just before
counted. A coder codes it on that claim's measure, as "as many as 4,000 of them" is coded
on the measure it is a part of.

Narrow on purpose: the number must be the whole subject (nothing counted after it, no unit),
its verb one of admission, and the claim it refers to must stand in the sentence just before
or in its own. Other verbs say too little ("twelve were released" after an arrest count is no
count of the detained), and for other measures the verb names the measure itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import Claim, Quantity
from frontlines.nlp.attribution.component import default_lexicon
from frontlines.nlp.claims.counted import TALLY_NOUNS
from frontlines.vocab.measures import Measure

__all__ = ["SUBJECT_DEPS", "borrows_noun", "counts_again", "existential_noun",
           "same_count_again", "stands_for", "stands_for_previous", "sums_up_previous"]

#: Dependencies of a number that is the subject of its own clause ("100,000 would be
#: accepted", "12 were released").
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

#: Words before a bare number that mark it as the same people again or as more of them.
_DETERMINERS = {"all", "another", "some", "about", "around", "nearly", "almost", "roughly",
                "only", "just", "at", "least", "more", "than", "over", "up", "to", "the"}


def stands_for_previous(span: Span, q: Quantity, previous: Quantity,
                        verbs: frozenset[str]) -> bool:
    """Whether the bare count ``q`` (at ``span``) is the subject of one of ``verbs`` and the
    count ``previous`` is in the sentence before it or its own."""
    if q.concept is not None or q.unit not in {"", "count"}:
        return False
    head = span.root
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ in {"dobj", "attr", "acomp"} for c in verb.children):
        return False  # "300 took part": taking something, no one taken in
    if any(c.dep_ in {"prep", "advcl", "oprd"} and c.lower_ == "as" for c in verb.children):
        return False  # "20,000 were accepted as students": taken in as something else
    if any(t.dep_ not in {"advmod", "quantmod", "det", "nummod", "compound"}
           and t.lower_ not in _DETERMINERS for t in head.children):
        return False  # "100,000 of the tickets", "12 who signed": it says what it counts
    return _just_before(span, previous)


#: Verbs that sum counts up with "to" ("that adds up to 65", "which comes to 65", "that
#: brings the total to 65"), each with the word it needs beside it: a particle ("up") or an
#: object naming a total; None: "to" alone.
_SUM_VERBS: dict[str, frozenset[str] | None] = {
    "add": frozenset({"up"}),
    "come": None,
    "amount": None,
    "bring": frozenset({"total", "tally", "sum", "count", "number"}),
    "raise": frozenset({"total", "tally", "sum", "count", "number"}),
    "push": frozenset({"total", "tally", "sum", "count", "number"}),
    "take": frozenset({"total", "tally", "sum", "count", "number"}),
}
#: Subjects that point back at what was just said ("That adds up to ...").
_POINTING = {"that", "this", "it", "which", "these", "those", "all", "together"}


def sums_up_previous(span: Span, q: Quantity, previous: Quantity) -> bool:
    """'Police held 40 people on Monday and 25 on Tuesday. That brings the total to 65.':
    a bare number a verb of summing reaches with "to", said of what was just told (a
    pointing subject, or none), is the total of the counts before it, in the sentence before
    or its own."""
    if q.concept is not None or q.unit not in {"", "count"}:
        return False
    numbers = [t for t in span if t.like_num]
    if not numbers or numbers[-1].head.lower_ != "to" or numbers[-1].dep_ != "pobj":
        return False
    verb = numbers[-1].head.head
    lemma = verb.lemma_.lower()
    if lemma not in _SUM_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    needs = _SUM_VERBS[lemma]
    if needs is not None and not any(c.lemma_.lower() in needs and c.dep_ in {"prt", "dobj"}
                                     for c in verb.children):  # fmt: skip
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(c.lower_ not in _POINTING for c in subjects):
        return False  # "The agency raised its count to 65": a count of its own
    return _just_before(span, previous)


def _just_before(span: Span, previous: Quantity) -> bool:
    """``previous`` stands in ``span``'s sentence or the one just before it."""
    sent = span.sent
    if previous.start >= sent.start_char:
        return True
    doc = span.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and before.start_char <= previous.start


def existential_noun(span: Span, q: Quantity) -> Token | None:
    """'Police hunted the gunmen, saying there might be up to four': a bare number
    that is all an existential clause says ("there were only two") counts the nearest
    plural noun before it in its sentence, the noun the clause leaves out; never who says
    so ("Soldiers said there were four" counts no soldiers)."""
    if q.concept is not None or q.unit not in {"", "count"}:
        return None
    numbers = [t for t in span if t.like_num]
    if not numbers or numbers[-1].dep_ != "attr":
        return None
    verb = numbers[-1].head
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    sent = span.sent
    speakers = _speakers(sent)
    before = [t for t in span.doc[sent.start : verb.i] if t.tag_ == "NNS" and t.i not in speakers]
    return before[-1] if before else None


def _speakers(sent: Span) -> set[int]:
    """'Officials said there were four', 'Soldiers told reporters there were twelve': the
    token indices of who speaks (the subject of a verb of saying) and of whom it is told
    (the object of one with a clause said), the people saying, not the ones counted."""
    cues = default_lexicon().cue_verbs
    out: set[int] = set()
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues:
            continue
        says = any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS or (says and child.dep_ in {"dobj", "dative"}):
                out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return out


def stands_for(span: Span, q: Quantity, previous: Quantity, verbs: frozenset[str]) -> bool:
    """The bare count ``q`` is the count ``previous`` again or its sum: it counts whom that
    count counted (its subject)."""
    return stands_for_previous(span, q, previous, verbs) or sums_up_previous(span, q, previous)


def counts_again(span: Span, q: Quantity, previous: tuple[Quantity, Measure],
                 verbs: frozenset[str]) -> bool:
    """Whether the bare count ``q`` takes the measure of the claim ``previous`` (its
    quantity and measure): as its sum ("That adds up to 65"), or as refugees taken in after
    a count of refugees, subject of one of the admission ``verbs``."""
    count, measure = previous
    if sums_up_previous(span, q, count):
        return True
    return measure.id == "refugees" and stands_for_previous(span, q, count, verbs)


def borrows_noun(previous: Quantity, q: Quantity) -> bool:
    """'Seven suspects are in custody in Kenya and two in Uganda': the quantity reader gave
    the later number the earlier count's whole phrase as what it counts (its noun is left
    out), so where nothing in its own clause says what it measures, it is more of the same
    count."""
    concept = q.concept
    return (concept is not None and concept.end <= q.start
            and concept.start <= previous.start < concept.end)


#: Determiners that point a bare number back at a group already told of ("all 31", "the 31").
_BACK = {"all", "the", "those", "these"}
#: Below this a number recurs in a story by chance ("two", "five"), not as the same people.
LEAST_REPEATED = 10.0
#: How many sentences back the count told before may lie (a few paragraphs of news: a
#: rebuttal may come some way after the figure it answers); further, the same value is chance.
SENTENCES_BACK = 8


def _points_back(number: Token) -> bool:
    """'The names of all 31', 'The 45 were taken', 'freed all 31': a bare number pointed back
    by a determiner. "the 31" must be its clause's subject ("Leaders of the 27" are a body's
    members); only "all" may stand as an object. A word ranking the number ("the top 10",
    "the same 11", "the last 20") makes it a rank or a line-up, not the people told of."""
    if any(c.pos_ in {"NOUN", "PROPN", "ADJ"} or c.dep_ in {"prep", "relcl", "acl", "amod"}
           for c in number.children):  # fmt: skip
        return False  # "31 of the tickets", "12 who signed", "the top 10"
    words = {c.lower_ for c in number.children if c.dep_ in {"det", "predet"}} & _BACK
    if not words:
        return False
    if number.dep_ in SUBJECT_DEPS:
        return True
    return "all" in words and number.dep_ in {"dobj", "pobj"}  # "the names of all 31"


def same_count_again(span: Span, q: Quantity, earlier: list[Claim],
                     quantities: list[Quantity]) -> Claim | None:
    """'Gunmen killed 31 people ... The names of all 31 were read', 'close to a 90,000
    figure': a number that counts nothing of its own, pointed back by "all" / "the" or
    standing as a tally noun's value, is the count told earlier with the same value; it
    takes that claim's measure and subject (the claim is returned). The value must be exact and not
    small: equal small numbers are chance, equal large ones the same count. The nearest
    earlier quantity of that value, within a few sentences, is the one meant: when it is no
    claim ("all 31 councillors resigned"), nothing is inherited. ``earlier``: the claims
    before it, in order; ``quantities``: all the document's quantities."""
    if q.unit not in {"", "count"} or q.value is None or q.value < LEAST_REPEATED:
        return None
    numbers = [t for t in span if t.like_num]
    if not numbers:
        return None
    number = numbers[-1]
    if number.dep_ in {"nummod", "compound"}:  # "a 90,000 figure", no "90,000 soldiers"
        tally = number.head
        if tally.lemma_.lower() not in TALLY_NOUNS or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tally.children):  # fmt: skip
            return None
    elif not _points_back(number):
        return None  # no word pointing back, or not at people told of
    same = [x for x in quantities if x.end <= q.start and x.unit in {"", "count"}
            and q.value in {x.value, x.lower}]  # fmt: skip
    if not same:
        return None
    told = span.doc.char_span(same[-1].start, same[-1].end, alignment_mode="expand")
    sents = list(span.doc.sents)
    if told is None or _sentence_index(sents, span) - _sentence_index(sents, told) > \
            SENTENCES_BACK:  # fmt: skip
        return None
    return next((c for c in earlier if c.start == same[-1].start), None)


def _sentence_index(sents: list[Span], span: Span) -> int:
    return next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), 0)
