"""Who a pronoun or a bare plural stands for in an event's sentence: "they" after "the
officials said", "its" after "the army", "thousands" as a crowd's subject.

Why a module of its own: ``phrases`` builds an actor's phrase from its head word; when
the head is a pronoun, the agreeing noun it points back to (by number, in the clause or
the sentence before) is read here, with the test of what counts as people.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from frontlines.nlp.events.before import said_before
from frontlines.nlp.events.memo import sentence
from frontlines.vocab.words import word_list

__all__ = ["ACTOR_NOUNS", "CROWDS", "POSSESSIVES", "antecedent", "is_people"]

#: Possessive pronouns that point back to a group or a crowd ("its fighters", "their homes").
POSSESSIVES = frozenset({"its", "their"})
ACTOR_NOUNS = frozenset(word_list("event", "actor_nouns") + word_list("event", "agent_nouns"))

#: Counts that stand for people when they are a clause's subject ("Thousands rallied").
CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


def is_people(token: Token) -> bool:
    lowered = token.lower_
    return token.lemma_.lower() in ACTOR_NOUNS or lowered in ACTOR_NOUNS or (
        lowered in CROWDS and token.dep_ in {"nsubj", "nsubjpass"})  # "thousands rallied"


_RELATIVES = frozenset({"that", "who", "which", "whom"})
_PARTITIVES = frozenset({"some", "many", "most", "one", "all", "several", "both", "few"})
#: Subject pronouns a speaker may say of itself, by the tags a speaker of that number has
#: ("the officials said they ...", "the army said it ..."; he/she: a named person).
_PRONOUN_TAGS = {"they": frozenset({"NNS", "NNPS"}), "we": frozenset({"NNS", "NNPS"}),
                 "it": frozenset({"NN", "NNP"}), "he": frozenset(), "she": frozenset()}


def antecedent(head: Token) -> Token | None:
    """The noun a pronoun stands for, where the parse says it safely: a relative pronoun's
    head noun ("the group that led ...", "demonstrators, some of whom threw ..."), or a
    subject pronoun of what a speaker of the same number says ("the officials said they
    arrested ...", "the army said it retook ...") or of an adverbial clause, the main
    clause's subject ("the train was travelling north when it came under attack")."""
    relative = head if head.lower_ in _RELATIVES and head.tag_ in {"WDT", "WP"} else None
    if relative is None and head.lower_ in _PARTITIVES:
        relative = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.lower_ in _RELATIVES), None)  # fmt: skip
    if relative is not None:
        clause = head.head
        if clause.dep_ == "relcl":
            return clause.head if clause.head.pos_ != "VERB" else None
        return _noun_before(head)  # "students, some of whom threw stones": parsed loosely
    if head.dep_ == "poss" and head.lower_ in POSSESSIVES and any(
            c.dep_ == "acl" and c.tag_ == "VB" for c in head.head.children):
        return _clause_subject(head.head, _POSSESSIVE_TAGS[head.lower_])  # "kept their
    # promise to kill": only a noun with its own infinitive ("troops repelled their
    # attack": the attack was someone else's)
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.lower_ not in _PRONOUN_TAGS:
        return None
    clause = head.head
    if clause.dep_ == "relcl" and head.lower_ in {"they", "it"}:  # "a shop owner they took
        return _clause_subject(clause.head, _PRONOUN_TAGS[head.lower_])  # hostage"
    adverbial = clause.dep_ == "advcl" and clause.head.pos_ in {"VERB", "AUX"}
    if not adverbial and (head.dep_ != "nsubj" or clause.dep_ != "ccomp"
                          or clause.head.pos_ != "VERB"):  # fmt: skip
        return said_before(head, _agreeing(head.lower_))  # "X stormed ... They opened fire"
    subjects = {"nsubj", "nsubjpass"} if adverbial else {"nsubj"}  # "the convoy was heading
    speaker = next((c for c in clause.head.children if c.dep_ in subjects), None)  # north
    if speaker is None or speaker.pos_ == "PRON":  # when it was ambushed": the convoy
        return None
    person = speaker.ent_type_ == "PERSON"
    if head.lower_ in {"he", "she"}:
        named = person or (speaker.tag_ == "NN" and is_people(speaker))
        return speaker if named else None  # "the commander said he ordered ..."
    return speaker if speaker.tag_ in _PRONOUN_TAGS[head.lower_] and not person else None


def _agreeing(pronoun: str) -> Callable[[Token], bool]:
    """Which nouns a subject pronoun told in the sentence before may stand for: a
    singular noun for a person under arms or harm for "he" / "she" ("the gunman"; a
    name says no sex), a plural such noun or a group's or people's name for "they", a
    singular group, state or such noun that is no person for "it"."""
    if pronoun in {"he", "she"}:
        return lambda t: t.tag_ == "NN" and is_people(t)
    if pronoun == "they":  # "Rebels" first in a sentence is tagged a singular name
        return lambda t: (is_people(t) and t.lower_.endswith("s")) or (
            t.tag_ in {"NNS", "NNPS"} and t.ent_type_ in {"ORG", "NORP"})
    return lambda t: t.tag_ in {"NN", "NNP"} and (
        t.ent_type_ in {"ORG", "GPE"} or (not t.ent_type_ and is_people(t)))


#: The tags of the subject a possessive pronoun may point back to ("their": a plural).
_POSSESSIVE_TAGS = {"their": frozenset({"NNS", "NNPS"}), "its": frozenset({"NN", "NNP"})}


def _clause_subject(noun: Token, tags: frozenset[str]) -> Token | None:
    """The subject of the clause a noun phrase is an argument of, when a pronoun in that
    phrase may stand for it: the number agrees, the subject is no pronoun itself and not
    the phrase ("Bandits kept their promise": the bandits; "rebels freed a shop owner they
    took hostage": the rebels). Clauses nest under nouns only a few levels deep."""
    token = noun
    for _ in range(6):
        if token.dep_ in {"nsubj", "nsubjpass"} or token.head.i == token.i:
            return None  # the phrase is the subject, or the sentence ends
        token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.pos_ == "PRON" or not _agrees(subject, tags) or subject.ent_type_ == "PERSON":
            return None
        return subject
    return None


def _agrees(subject: Token, tags: frozenset[str]) -> bool:
    """Whether ``subject`` has the number ``tags`` want; a plural noun for people the
    tagger took for a name at the start of a sentence ("Kidnappers kept ...") is plural."""
    plural = "NNS" in tags and subject.tag_ == "NNP" and subject.lower_.endswith("s")
    return subject.tag_ in tags or (plural and is_people(subject))


def _noun_before(token: Token) -> Token | None:
    """The noun just before ``token`` and a comma ("the students, some of whom")."""
    i = token.left_edge.i - 1
    doc = token.doc
    if i < sentence(token).start + 1 or doc[i].text != ",":
        return None
    noun = doc[i - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None
