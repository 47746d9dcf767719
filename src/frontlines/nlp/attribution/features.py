"""What the attribution cue model looks at for one word.

A word is a cue when it is how a text tells us someone said, wrote, found,
wanted or believed something ("said", "according to", "called for",
"criticized"). Whether a given "think" or "call" is one depends on its
neighbourhood: its subject, its complement, whether it sits inside a quote.
These features name that neighbourhood in words so the learned weights
(``data/attribution_cues.json``) stay readable: ``lemma=say``,
``lemma+child=say|ccomp``, ``lemma+subject=think|i``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontlines.vocab.words import words

__all__ = [
    "ARGUMENT_DEPS",
    "CANDIDATE_POS",
    "PERSONAL",
    "QUOTE_MARKS",
    "Quoting",
    "cue_features",
    "is_candidate",
    "quoted_words",
    "quoting",
    "subject_class",
]

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV", "ADP", "PROPN"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
PERSONAL = words("attribution", "personal")
ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "prt", "nsubj", "nsubjpass",
                           "agent", "advcl", "acomp", "attr", "dative"})  # fmt: skip


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS and token.is_alpha


def subject_class(token: Token) -> str:
    """'i', 'he', ... for pronouns, the entity label for names, else the noun's lemma."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and token.dep_ in {"advcl", "conj", "xcomp", "acl"}:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "acl":
            subject = token.head
    if subject is None:
        return "none"
    if subject.lower_ in PERSONAL:
        return subject.lower_
    if subject.ent_type_:
        return subject.ent_type_
    return "noun:" + subject.lemma_.lower()


def quoted_words(sent: Span) -> list[bool]:
    """For each word of the sentence: does it sit inside a quotation? (An odd number of
    quote marks before it, or an opening curly quote not yet closed.)"""
    flags: list[bool] = []
    inside = False
    for token in sent:
        flags.append(inside)
        if token.text in {"“"}:
            inside = True
        elif token.text in {"”"}:
            inside = False
        elif token.text in QUOTE_MARKS:
            inside = not inside
    return flags


@dataclass(frozen=True)
class Quoting:
    """Where a word stands with respect to quotations, worked out once per sentence."""

    inside: bool  # the word is inside a quotation
    sentence: bool  # its sentence has a quote mark somewhere


def quoting(sent: Span) -> list[Quoting]:
    inside = quoted_words(sent)
    marks = any(t.text in QUOTE_MARKS or t.text in {"‘", "’"} for t in sent)
    return [Quoting(flag, marks) for flag in inside]


def cue_features(
    token: Token, quotes: Quoting, lexicon_cues: frozenset[str] = frozenset()
) -> list[str]:
    lemma = token.lemma_.lower()
    children = sorted({c.dep_ for c in token.children if c.dep_ in ARGUMENT_DEPS})
    subject = subject_class(token)
    subject_group = subject if not subject.startswith("noun:") else "noun"
    quote = "q" if quotes.inside else "nq"
    sentence_quote = "y" if quotes.sentence else "n"
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    features = [
        "bias",
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma+pos={lemma}|{token.pos_}",
        f"lemma+tag={lemma}|{token.tag_}",
        f"lemma+dep={lemma}|{token.dep_}",
        f"subject={subject_group}",
        f"subject={subject}",
        f"lemma+subject={lemma}|{subject_group}",
        f"quote={quote}",
        f"lemma+quote={lemma}|{quote}",
        f"head={token.head.lemma_.lower()}|{token.dep_}",
        f"before={before}",
        f"after={after}",
        f"lemma+after={lemma}|{after}",
        f"children={'+'.join(children)}",
        f"lemma+children={lemma}|{'+'.join(children)}",
    ]
    features += [f"child={dep}" for dep in children]
    features += [f"lemma+child={lemma}|{dep}" for dep in children]
    features += [
        f"lemma+prep={lemma}|{c.lower_}" for c in token.children if c.dep_ in {"prep", "prt"}
    ]
    features += [
        f"sentence_quote={sentence_quote}",
        f"lemma+sentence_quote={lemma}|{sentence_quote}",
        f"root={'y' if token.dep_ == 'ROOT' else 'n'}",
        f"lemma+root={lemma}|{'y' if token.dep_ == 'ROOT' else 'n'}",
    ]
    complement = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if complement is not None:
        mark = next((c.lower_ for c in complement.children if c.dep_ == "mark"), "none")
        features += [f"ccomp_mark={mark}", f"ccomp_side={'r' if complement.i > token.i else 'l'}"]
    if lemma in lexicon_cues:
        features += ["lexicon", f"lexicon+children={'+'.join(children)}"]
    return features
