"""A perfect infinitive under a verb of claiming or reporting ("claimed to have shot
down", "is said to have attacked", "appears to have raided") tells a deed done before
that verb, never one aimed at.

A bare infinitive under a verb or a noun is read as a purpose or a plan ("moved in to
retake the town", "an offensive to recapture it"): what it names has not happened. The
perfect aspect turns that round only when what governs it reports a particular deed by
someone's word: "rebels claimed to have downed a jet", "the militia is said to have raided
the village", "the group's claim to have carried out the test". Under any other governor
the perfect keeps that governor's reading: a plan or a deadline ("was scheduled to have
completed its withdrawal", "due to have handed over the town"), a belief or knowledge of
history with no particular deed ("is known to have attacked convoys", "is believed to
have shelled it in the past"). A claim that is negated, denied or called false ("denied
claims that it is said to have raided", "falsely claimed to have shot down") tells no deed
either.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import words

__all__ = ["REPORTING_GOVERNORS", "infinitive", "perfect_infinitive"]

#: Verbs and nouns of claiming or reporting under which a perfect infinitive tells a deed
#: done. "say" only in the passive ("is said to have"); a boast is a claim.
REPORTING_GOVERNORS = frozenset({"claim", "say", "report", "appear", "seem", "boast"})
_PASSIVE_ONLY = frozenset({"say"})
#: Words that deny a claim above it ("denied claims that ...", "rejected reports ..."):
#: a party's denial, and the verbs of disproof ``disowned`` reads.
_DENYING = words("event", "disproving_verbs") | {"deny", "reject", "dismiss", "rebut",
                                                  "contradict", "dispute"}
#: Words that mark the claim itself as false ("falsely claimed", "a false claim"): the
#: adjectives ``disowned`` reads, and their adverbs.
_FALSE = words("event", "false_words") | {"falsely", "wrongly", "erroneously",
                                          "mistakenly", "spurious"}


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` has "to" as its auxiliary: a purpose, a plan or an aim unless its
    governor or its perfect aspect says otherwise."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def perfect_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with "to" and "have" as its auxiliaries
    ("to have attacked", "to have been shot") under a claiming or reporting governor whose
    claim stands: a deed told as done, not an aim."""
    if not _perfect(verb):
        return False
    governor = _governor(verb)
    return _reported(governor) and not _denied(governor)


def _governor(verb: Token) -> Token:
    """What the infinitive hangs from. The parser often hangs a noun's infinitive on the
    sentence's verb ("mocked the junta's boast to have carried out a test": "carried" an
    adverbial clause of "mocked"); then the noun just before "to" is what governs it."""
    if verb.dep_ == "advcl":
        to = next(c for c in verb.children if c.tag_ == "TO")
        before = verb.doc[to.i - 1] if to.i > verb.sent.start else None
        if before is not None and before.pos_ == "NOUN" and before.i < verb.i:
            return before
    return verb.head


def _perfect(verb: Token) -> bool:
    if verb.tag_ != "VBN" or not infinitive(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.lemma_.lower() == "have" and c.dep_ == "aux" for c in auxiliaries)


def _reported(governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if lemma not in REPORTING_GOVERNORS:
        return False
    if lemma in _PASSIVE_ONLY and governor.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ == "auxpass" for c in governor.children)
    return True


def _denied(governor: Token) -> bool:
    """The claim is negated or called false ("did not claim", "no claim", "falsely
    claimed", "a false claim"), or a word above it denies it ("denied claims that")."""
    if any(c.dep_ == "neg" or c.lower_ in _FALSE or (c.dep_ == "det" and c.lower_ == "no")
           for c in governor.children):
        return True
    word = governor
    for _ in range(6):
        if word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() in _DENYING:
            return True
        if word.pos_ == "NOUN" and any(c.lower_ in _FALSE for c in word.children):
            return True
    return False
