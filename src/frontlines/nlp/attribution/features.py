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
    "NOUN_ARGUMENT_DEPS",
    "CANDIDATE_POS",
    "PERSONAL",
    "QUOTE_MARKS",
    "Quoting",
    "argument_class",
    "argument_features",
    "cue_features",
    "is_candidate",
    "quoted_words",
    "quote_side",
    "quoting",
    "speaker_class",
    "subject_class",
    "tagged_again",
]

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV", "ADP", "PROPN"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
PERSONAL = words("attribution", "personal")
_PRONOUNS = words("attribution", "pronouns")
ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "prt", "nsubj", "nsubjpass",
                           "agent", "advcl", "acomp", "attr", "dative"})  # fmt: skip
#: A noun cue's arguments too ('his claim that ...', 'the report's finding'): read by models
#: fitted with the neighbourhood features.
NOUN_ARGUMENT_DEPS = ARGUMENT_DEPS | {"acl", "poss"}
#: How far (in words, within the sentence) a quote mark counts as next to a word.
QUOTE_REACH = 3


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


def speaker_class(token: Token) -> str:
    """Who stands where a speaker would: the subject for verbs, the possessor or the
    'by'/'from' phrase for nouns ('his statement', 'a report by the UN'), as a class:
    a person or organisation name, a personal pronoun, another noun, or none."""
    subject = subject_class(token)
    if subject != "none" or token.pos_ != "NOUN":
        return _coarse(subject)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in token.children if c.dep_ == "prep"
                     and c.lower_ in {"by", "from", "with"}), None)  # fmt: skip
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if owner is None:
        return "none"
    if owner.lower_ in PERSONAL or owner.lower_ in {"his", "her", "their", "its", "my", "our"}:
        return "pronoun"
    return _coarse(owner.ent_type_ or "noun:")


def _coarse(subject: str) -> str:
    if subject in {"PERSON"}:
        return "person"
    if subject in {"ORG", "NORP", "GPE"}:
        return "group"
    if subject.startswith("noun:"):
        return "noun"
    return "pronoun" if subject in PERSONAL else subject.lower()


def quote_side(token: Token) -> str:
    """'l', 'r', 'lr' or 'none': a quote mark within ``QUOTE_REACH`` words before and/or
    after the word in its sentence ('," he said', 'said: "'), the mark of reported speech."""
    sent, doc, marks = token.sent, token.doc, QUOTE_MARKS | {"‘", "’"}
    left = any(t.text in marks for t in doc[max(sent.start, token.i - QUOTE_REACH) : token.i])
    right = any(
        t.text in marks for t in doc[token.i + 1 : min(sent.end, token.i + 1 + QUOTE_REACH)]
    )
    return ("l" if left else "") + ("r" if right else "") or "none"


def quoted_words(sent: Span) -> list[bool]:
    """For each word of the sentence: does it sit inside a quotation? (An odd number of
    quote marks before it, or an opening curly quote not yet closed.)"""
    return _inside_quotes([t.text for t in sent])


def _inside_quotes(texts: list[str]) -> list[bool]:
    flags: list[bool] = []
    inside = False
    for text in texts:
        flags.append(inside)
        if text in {"“"}:
            inside = True
        elif text in {"”"}:
            inside = False
        elif text in QUOTE_MARKS:
            inside = not inside
    return flags


@dataclass(frozen=True)
class Quoting:
    """Where a word stands with respect to quotations, worked out once per sentence."""

    inside: bool  # the word is inside a quotation
    sentence: bool  # its sentence has a quote mark somewhere


#: The four ways a word can stand, made once: a frozen record per word of every sentence
#: cost more than reading the quote marks.
_QUOTINGS = {(inside, marks): Quoting(inside, marks) for inside in (False, True)
             for marks in (False, True)}  # fmt: skip


def quoting(sent: Span) -> list[Quoting]:
    texts = [t.text for t in sent]  # the words read once for both questions
    inside = _inside_quotes(texts)
    marks = any(t in QUOTE_MARKS or t in {"‘", "’"} for t in texts)
    return [_QUOTINGS[flag, marks] for flag in inside]


def cue_features(
    token: Token,
    quotes: Quoting,
    lexicon_cues: frozenset[str] = frozenset(),
    neighbourhood: bool = False,
    arguments: bool = False,
) -> list[str]:
    """The word's features by name. ``neighbourhood`` adds who stands where a speaker
    would, quote marks next to the word and the lexicon by part of speech (models fitted
    since frontlines_attribution 0.5 read them; older weight files do not); ``arguments``
    adds :func:`argument_features` (models fitted with them say so in their file)."""
    if arguments:
        return _neighbourhood_features(token, quotes, lexicon_cues, True) + argument_features(
            token, quotes, lexicon_cues
        )
    return _neighbourhood_features(token, quotes, lexicon_cues, neighbourhood)


def _neighbourhood_features(
    token: Token, quotes: Quoting, lexicon_cues: frozenset[str], neighbourhood: bool
) -> list[str]:
    lemma = token.lemma_.lower()
    deps = NOUN_ARGUMENT_DEPS if neighbourhood else ARGUMENT_DEPS
    children = sorted({c.dep_ for c in token.children if c.dep_ in deps})
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
    if not neighbourhood:
        if lemma in lexicon_cues:
            features += ["lexicon", f"lexicon+children={'+'.join(children)}"]
        return features
    speaker = speaker_class(token)
    near = quote_side(token)
    coarse = token.pos_ if token.pos_ in {"VERB", "NOUN"} else "other"
    features += [
        f"speaker={coarse}|{speaker}",
        f"quote_near={near}",
        f"quote_near+pos={near}|{coarse}",
        f"lemma+speaker={lemma}|{speaker}",
    ]
    if complement is not None:
        features.append(f"ccomp+speaker={coarse}|{speaker}")
    if lemma in lexicon_cues:
        features += [
            "lexicon",
            f"lexicon+children={'+'.join(children)}",
            f"lexicon+pos={coarse}",
            f"lexicon+speaker={coarse}|{speaker}",
            f"lexicon+quote_near={near}",
        ]
    return features


def argument_class(token: Token | None) -> str:
    """What kind of thing an argument is: a personal pronoun, a person or group name, a
    phrase holding a person's name ('a spokesman for Lee'), another noun, or its POS."""
    if token is None:
        return "none"
    if token.lower_ in PERSONAL:
        return "pronoun"
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ in {"ORG", "NORP", "GPE"}:
        return "group"
    if any(t.ent_type_ == "PERSON" for t in token.subtree):
        return "has_person"
    return "noun" if token.pos_ in {"NOUN", "PROPN"} else token.pos_.lower()


def argument_features(token: Token, quotes: Quoting, lexicon_cues: frozenset[str]) -> list[str]:
    """Conjunctions of the word with its arguments and its place in the head chain, for
    the cases one neighbour does not settle: which word it hangs from and whether that is a
    reporting word itself ('said he thinks'), a modal or a negation ('can think of', 'do not
    know'), what its object and subject are and what an infinitive after it is ('continue
    to show'), the noun after a preposition cue ('in polls'), and who speaks inside or
    outside a quotation. Each is tied to the lemma, so 'think' and 'say' learn their own."""
    lemma, head = token.lemma_.lower(), token.head
    nested = "y" if head.i != token.i and head.lemma_.lower() in lexicon_cues else "n"
    features = [
        f"lemma+head={lemma}|{head.lemma_.lower()}",
        f"chain={token.dep_}|{head.dep_}|{head.pos_}",
        f"lemma+chain={lemma}|{token.dep_}|{head.dep_}",
        f"head_lexicon={nested}",
        f"lemma+head_lexicon={lemma}|{nested}",
    ]
    for child in token.children:
        dep = child.dep_
        if dep == "aux" and child.tag_ == "MD":
            features += [f"modal={child.lower_}", f"lemma+modal={lemma}|{child.lower_}"]
        elif dep == "neg":
            features += ["neg", f"lemma+neg={lemma}"]
        elif dep == "dobj":
            kind = argument_class(child)
            features += [f"obj={kind}", f"lemma+obj={lemma}|{kind}",
                         f"lemma+objlemma={lemma}|{child.lemma_.lower()}"]  # fmt: skip
        elif dep == "xcomp":
            features.append(f"lemma+xcomp={lemma}|{child.lemma_.lower()}")
        elif dep == "prep":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None:
                features.append(f"lemma+prep+pobj={lemma}|{child.lower_}|{argument_class(noun)}")
        elif dep in {"nsubj", "nsubjpass"}:
            kind = argument_class(child)
            features += [f"subjcls={kind}", f"lemma+subjcls={lemma}|{kind}"]
    speaker = speaker_class(token)
    features += [
        f"lemma+speaker+quote={lemma}|{speaker}|{'q' if quotes.inside else 'nq'}",
        f"pos+speaker+root={token.pos_}|{speaker}|{token.dep_ == 'ROOT'}",
    ]
    if token.pos_ == "ADP":
        noun = next((g for g in token.children if g.dep_ == "pobj"), None)
        features.append(f"adp+pobj={lemma}|{noun.lemma_.lower() if noun is not None else 'none'}")
    return features


def tagged_again(verb: Token, quoted: bool) -> bool:
    """'Rival senators said they back the plan, but ..., they said': the parser hangs the
    first 'said' under the tag that repeats it at the end of the sentence, where the model
    reads it as a 'said' reported inside another (which annotators rarely mark). A 'say'
    with a subject of its own, outside quotes, under a later 'say' whose subject is a
    pronoun, is the sentence's own report."""
    head = verb.head
    if quoted or verb.dep_ != "ccomp" or head.i < verb.i or verb.lemma_.lower() != "say":
        return False
    if head.lemma_.lower() != "say" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS for c in head.children)
