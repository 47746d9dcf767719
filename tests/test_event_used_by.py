"""A weapon in the "by" or "with" phrase of a noun of attack is used (used_by.py), on
hand-built parses of sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.realis import ATTACK_VERBS, irrealis_reason
from frontlines.nlp.events.used_by import used_by_attack

VOCAB = spacy.blank("en").vocab
POS = {"DT": "DET", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "IN": "ADP", ".": "PUNCT"}


def parsed(words, heads, deps, tags) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags,
               pos=[POS[t] for t in tags],
               lemmas=[{"cited": "cite", "tanks": "tank", "clinics": "clinic"}.get(w, w.lower())
                       for w in words])  # fmt: skip


def cited(noun: str) -> Doc:
    """ "Critics cited the <noun> of clinics by a tank ."."""
    return parsed(["Critics", "cited", "the", noun, "of", "clinics", "by", "a", "tank", "."],
                  [1, 1, 3, 1, 3, 4, 3, 8, 6, 1],
                  ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj",
                   "punct"],
                  ["NNS", "VBD", "DT", "NN", "IN", "NNS", "IN", "DT", "NN", "."])  # fmt: skip


def test_the_doer_of_a_shelling_is_used() -> None:
    doc = cited("shelling")
    assert used_by_attack(doc[8], ATTACK_VERBS)
    assert irrealis_reason(doc[8]) != "instrument not used"


def test_the_doer_of_a_noun_that_is_no_attack_is_not_used() -> None:
    """ "the inspection of clinics by a tank": no attack used them."""
    doc = cited("inspection")
    assert not used_by_attack(doc[8], ATTACK_VERBS)
    assert irrealis_reason(doc[8]) == "instrument not used"
