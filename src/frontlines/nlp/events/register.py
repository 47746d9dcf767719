"""Cue words used in the register of politics and speech, read on the parse: asked by
``senses.py`` with its other readings of a cue's everyday sense.

Stories that nobody had coded (political news, local news, business news) showed the
conflict lexicon firing on words a reader takes in their everyday sense at once: a
predicative adjective ("'it was offensive,' she said"), a contest over a question ("the
two clashed over how to publish the files"), a rocket fired into space, voters split
among candidates. Each reading below says what in the sentence's structure gives the
everyday sense away; what it knows of words is data (``data/sense_words.toml``:
``adjective_senses``, ``launch_destinations``, ``opinion_holders``).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import words

__all__ = [
    "a_complaint", "a_quality", "acclaim", "antecedent", "launched_into",
    "over_a_question", "views_divided",
]  # fmt: skip

ADJECTIVE_SENSES = words("sense", "adjective_senses")
LAUNCH_DESTINATIONS = words("sense", "launch_destinations")
OPINION_HOLDERS = words("sense", "opinion_holders")
COMPLAINT_MODIFIERS = words("sense", "complaint_modifiers")
COMPLAINT_VERBS = words("sense", "complaint_verbs")
ACCLAIM_OBJECTS = words("sense", "acclaim_objects")
#: Words that open an indirect question: what a contest "over how to ..." is about.
_QUESTION_WORDS = frozenset({"how", "whether", "what", "which", "who", "whom", "when",
                             "where", "why", "if"})  # fmt: skip
#: Relative pronouns that stand for the noun their clause modifies.
_RELATIVE = frozenset({"WP", "WDT"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def antecedent(thing: Token | None, trigger: Token) -> Token | None:
    """The noun a relative pronoun stands for: in "the senator, who she blasted as a liar",
    the object of "blasted" is the senator, not "who". Any other word is itself."""
    if thing is not None and thing.tag_ in _RELATIVE and trigger.dep_ == "relcl" \
            and thing.head.i == trigger.i:  # fmt: skip
        return trigger.head
    return thing


def a_quality(trigger: Token) -> bool:
    """ "'It was offensive,' he said": a cue that is a predicative adjective (the
    complement of "be", "seem", "find it") of a word listed as having an everyday
    adjective sense names a quality, not the event ("launched an offensive")."""
    return trigger.pos_ == "ADJ" and trigger.dep_ in {"acomp", "oprd", "ccomp", "xcomp"} \
        and _lemma(trigger) in ADJECTIVE_SENSES  # fmt: skip


def over_a_question(trigger: Token) -> bool:
    """ "clashed over how to release the files", "a fight over whether to raise taxes": a
    contest whose topic is an indirect question (a clause opened by how, whether, what)
    is a dispute; armed sides fight over places and people, which are nouns."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        heads.append(trigger.head)  # "a fight erupted over whether ..."
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"over", "about"}:
                continue
            for clause in prep.children:
                if clause.dep_ == "pcomp" and any(
                        w.lower_ in _QUESTION_WORDS and w.i < clause.i
                        for w in clause.subtree):  # fmt: skip
                    return True
    return False


def launched_into(trigger: Token) -> bool:
    """ "fired a new three-stage rocket into space", "put a missile into orbit": a
    projectile sent into a place no one is (``launch_destinations``) hits no target."""
    verbs = [trigger] if trigger.pos_ == "VERB" else []
    if trigger.dep_ in {"dobj", "nsubjpass"}:
        verbs.append(trigger.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"into", "to"} and any(
                    o.dep_ == "pobj" and _lemma(o) in LAUNCH_DESTINATIONS
                    for o in prep.children):  # fmt: skip
                return True
    return False


def views_divided(trigger: Token) -> bool:
    """ "with voters split among five candidates", "the jury was divided": a split whose
    subject holds views or votes (``opinion_holders``) divides opinion; a party, a
    movement or an armed group that splits is a change to the group."""
    if _lemma(trigger) not in {"split", "divide"}:
        return False
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if trigger.dep_ in {"amod", "acl"}:
        subjects.append(trigger.head)  # "the split electorate", "voters split among ..."
    return bool(subjects) and all(_lemma(s) in OPINION_HOLDERS for s in subjects)


def a_complaint(trigger: Token) -> bool:
    """ "lodged a diplomatic protest with Ankara", "contested the ruling by formal
    protest", "the firm filed a protest": a protest lodged with an authority (its
    modifier or its verb says so: ``complaint_modifiers``, ``complaint_verbs``) is a
    complaint, not people in the street."""
    if _lemma(trigger) != "protest" or trigger.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in COMPLAINT_MODIFIERS for c in trigger.children):
        return True
    return trigger.dep_ in {"dobj", "nsubjpass"} and _lemma(trigger.head) in COMPLAINT_VERBS


def acclaim(trigger: Token) -> bool:
    """ "the crowd, which chanted her name": what is chanted is a name or praise
    (``acclaim_objects``), supporters cheering, not protesters' slogans."""
    return _lemma(trigger) == "chant" and trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and _lemma(c) in ACCLAIM_OBJECTS for c in trigger.children)

