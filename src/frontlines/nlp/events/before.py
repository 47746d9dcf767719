"""The noun a sentence's subject pronoun stands for, told as the subject of the sentence
before it.

News keeps one side in view from sentence to sentence and calls it by a pronoun once
named: "Fighters of the Ansar Brigade stormed a village on Sunday. They opened fire on a
market ...". The subject of a sentence's main clause most often goes on being the topic,
so a subject pronoun of the main clause stands for the main clause's subject before it,
when the two agree in number and kind (the caller says which agree: a plural for
"they"). Only that much is safe: a pronoun in a clause of its own, or one that a noun
earlier in its own sentence may stand for, or a previous sentence whose subject is
another pronoun or none, resolves to nothing. A chain of the same pronoun ("They
stormed ... They then burned ...") reaches back two sentences at most; the same pronoun
in what a speaker said before is the speaker ("X said it had lost two commanders. It
attacked ...": X).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

__all__ = ["CROSS_SENTENCE_PRONOUNS", "main_predicate", "said_before"]

#: Subject pronouns that may stand for the subject of the sentence before ("we" is the
#: speaker's side, told in quotes).
CROSS_SENTENCE_PRONOUNS = frozenset({"they", "it", "he", "she"})
#: Verbs that only report what their clause says ("..., officials said").
_REPORTING = frozenset({"say", "tell", "report", "add", "state", "note", "explain"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences back a chain of one pronoun reaches.
_REACH = 2


def main_predicate(sent: Span) -> Token:
    """The sentence's main predicate: its root, or, where the root only reports speech
    ("..., officials said"), the root of the clause it reports."""
    root = sent.root
    for _ in range(3):
        if root.lemma_.lower() not in _REPORTING:
            break
        comp = next((c for c in root.children
                     if c.dep_ == "ccomp" and sent.start <= c.i < sent.end), None)  # fmt: skip
        if comp is None:
            break
        root = comp
    return root


def said_before(pronoun: Token, agrees: Callable[[Token], bool]) -> Token | None:
    """The subject of an earlier sentence's main clause that ``pronoun``, the subject of
    its own sentence's main clause (or of a verb coordinated with it), stands for; none
    where that is not safe (see the module docstring)."""
    if pronoun.dep_ not in _SUBJECTS or pronoun.lower_ not in CROSS_SENTENCE_PRONOUNS:
        return None
    sent = pronoun.sent
    main = main_predicate(sent)
    verb = pronoun.head
    if verb.i != main.i and not (verb.dep_ == "conj" and verb.head.i == main.i):
        return None  # a pronoun in a clause of its own may stand for a noun of the sentence
    doc = pronoun.doc
    if any(t.pos_ in {"NOUN", "PROPN"} and agrees(t) for t in doc[sent.start:pronoun.i]):
        return None  # "After the soldiers left, they ...": its own sentence may say whom
    for _ in range(_REACH):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        told = main_predicate(sent)
        subject = next((c for c in told.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            return None
        if subject.pos_ != "PRON":
            return subject if agrees(subject) else None
        if subject.lower_ != pronoun.lower_:
            return None
        if told.i != sent.root.i:  # "X said it had lost ...": the pronoun there is X
            speaker = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            ok = speaker is not None and speaker.pos_ != "PRON" and agrees(speaker)
            return speaker if ok else None
    return None
