"""The noun a sentence's subject pronoun stands for, told as the subject of the sentence
before it.

News keeps one side in view from sentence to sentence and calls it by a pronoun once
named: "Fighters of the Ansar Brigade stormed a village on Sunday. They opened fire on a
market ...". The subject of a sentence's main clause most often goes on being the topic,
so a subject pronoun of the main clause stands for the main clause's subject before it,
when the two agree in number and kind (the caller says which agree: a plural for
"they"; a group, a state or a noun for people under arms or harm, never a thing, and
never a name for "he" / "she": a name says no sex). Only that much is safe: a pronoun
in a clause of its own, in a quote, or one that a noun earlier in its own sentence may
stand for, or a previous sentence whose subject is another pronoun or none, resolves
to nothing. A chain of the same pronoun ("They
stormed ... They then burned ...") reaches back two sentences at most; the same pronoun
in what a speaker said before is the speaker ("X said it had lost two commanders. It
attacked ...": X).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from frontlines.nlp.events.memo import sentence
from frontlines.nlp.extensions import reported_root

__all__ = ["CROSS_SENTENCE_PRONOUNS", "GROUP_NOUNS", "group_before", "main_predicate",
           "said_before"]

#: Subject pronouns that may stand for the subject of the sentence before ("we" is the
#: speaker's side, told in quotes).
CROSS_SENTENCE_PRONOUNS = frozenset({"they", "it", "he", "she"})
#: Nouns a story calls a named armed or political group by once named ("the group").
GROUP_NOUNS = frozenset({"group", "movement", "organization", "organisation", "militia",
                         "faction", "outfit"})  # fmt: skip
#: Verbs that only report what their clause says ("..., officials said").
_REPORTING = frozenset({"say", "tell", "report", "add", "state", "note", "explain"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose "it" stands for nothing ("it is clear", "it remains to be seen").
_EXPLETIVE = frozenset({"be", "seem", "appear", "remain", "mean", "matter", "take"})
#: How many sentences back a chain of one pronoun reaches.
_REACH = 2


def main_predicate(sent: Span) -> Token:
    """The sentence's main predicate: its root, or, where the root only reports speech
    ("..., officials said"), the root of the clause it reports."""
    return reported_root(sent, _REPORTING)


def said_before(pronoun: Token, agrees: Callable[[Token], bool]) -> Token | None:
    """The subject of an earlier sentence's main clause that ``pronoun``, the subject of
    its own sentence's main clause (or of a verb coordinated with it), stands for; none
    where that is not safe (see the module docstring)."""
    if pronoun.dep_ not in _SUBJECTS or pronoun.lower_ not in CROSS_SENTENCE_PRONOUNS:
        return None
    sent = sentence(pronoun)
    main = main_predicate(sent)
    verb = pronoun.head
    if verb.i != main.i and not (verb.dep_ == "conj" and verb.head.i == main.i):
        return None  # a pronoun in a clause of its own may stand for a noun of the sentence
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in verb.head.children):
        return None  # "X said it ...": the speaker's to say (``phrases``)
    if pronoun.lower_ == "it" and verb.lemma_.lower() in _EXPLETIVE:
        return None  # "it is", "it remains to be seen": no one
    doc = pronoun.doc
    before = doc[sent.start:pronoun.i]
    if any(t.pos_ in {"NOUN", "PROPN"} and agrees(t) for t in before):
        return None  # "After the soldiers left, they ...": its own sentence may say whom
    if any(t.is_quote for t in before):
        return None  # a quote's "they" is the speaker's to say
    for _ in range(_REACH):
        if sent.start == 0:
            return None
        sent = sentence(doc[sent.start - 1])
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


def group_before(noun: Token) -> Token | None:
    """The named group "the group" stands for: the head of the group name in the main
    clause's subject of one of the two sentences before ("Militants of the Ansar Brigade
    stormed ... The group also abducted ...": the Ansar Brigade), the nearest first. Only
    a bare definite group noun ("the group", "the group's fighters"), as its clause's
    subject or the subject's possessor, and only when its own sentence names no group
    before it."""
    if noun.lemma_.lower() not in GROUP_NOUNS or noun.ent_type_ or not _bare_definite(noun):
        return None
    subject = noun.head if noun.dep_ == "poss" else noun
    if subject.dep_ not in _SUBJECTS:
        return None
    sent = sentence(noun)
    doc = noun.doc
    if any(e.label_ in _NAMES and e.end <= noun.i for e in sent.ents):
        return None  # its own sentence may say which
    for _ in range(_REACH):
        if sent.start == 0:
            return None
        sent = sentence(doc[sent.start - 1])
        told = next((c for c in main_predicate(sent).children if c.dep_ in _SUBJECTS), None)
        if told is None:
            continue
        named = [e for e in sent.ents if e.label_ in _NAMES
                 and told.left_edge.i <= e.start and e.end <= told.right_edge.i + 1]  # fmt: skip
        if len(named) > 1:
            return None  # two names: which one is not said
        if named and _a_group(named[0]):
            return named[0].root
        if named:
            return None
    return None


#: Entity labels of who may be a clause's subject: a group, a people, a state, a person.
_NAMES = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _a_group(name: Span) -> bool:
    """A group's name: a proper name of an organisation or of a people used as a noun
    ("the Ansar Brigade", "the Shabaab group"); "Iraqi forces", however tagged, names a
    state's forces by a common noun, not a group."""
    return name.label_ in {"ORG", "NORP"} and name.root.pos_ == "PROPN" and (
        name.root.dep_ != "amod")


def _bare_definite(noun: Token) -> bool:
    """"the group": an article and nothing that says which group ("the armed group" is
    still bare; "the Ansar group", "a group of men", "the group that ..." are not)."""
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    return definite and not any(c.dep_ in {"compound", "prep", "relcl", "acl", "appos", "nmod"}
                                or c.ent_type_ for c in children)  # fmt: skip
