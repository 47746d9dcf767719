"""A weapon in the "by" or "with" phrase of a noun of attack is used (used_by.py), on
hand-built parses and through the real model, on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.realis import ATTACK_VERBS, irrealis_reason
from frontlines.nlp.events.used_by import used_by_attack
from tests.event_reading import events_on

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
    assert used_by_attack(doc[8], ATTACK_VERBS, irrealis_reason)
    assert irrealis_reason(doc[8]) != "instrument not used"


def test_the_doer_of_a_noun_that_is_no_attack_is_not_used() -> None:
    """ "the inspection of clinics by a tank": no attack used them."""
    doc = cited("inspection")
    assert not used_by_attack(doc[8], ATTACK_VERBS, irrealis_reason)
    assert irrealis_reason(doc[8]) == "instrument not used"


def test_a_gerund_with_a_doubled_consonant_is_an_attack_word() -> None:
    """ "the hitting of clinics by a tank": "hitting" is "hit" with its consonant doubled."""
    doc = cited("hitting")
    assert "hit" in ATTACK_VERBS
    assert used_by_attack(doc[8], ATTACK_VERBS, irrealis_reason)


def _reason(nlp, text: str, word: str) -> str:
    (token,) = [t for t in nlp(text) if t.lower_ == word]
    return irrealis_reason(token)


def test_the_phrase_the_parser_hangs_on_the_verb_is_read_as_the_attacks(nlp) -> None:
    """The model hangs "by a tank" on "cited", whose object is the shelling."""
    doc = nlp("Observers cited the shelling of the school by a tank.")
    (tank,) = [t for t in doc if t.lower_ == "tank"]
    assert tank.head.head.lower_ == "cited"  # the parse this module must read
    assert used_by_attack(tank, ATTACK_VERBS, irrealis_reason)
    assert irrealis_reason(tank) == ""
    assert _reason(nlp, "Observers cited the inspection of the school by a tank.",
                   "tank") == "instrument not used"  # fmt: skip


def test_an_attack_stopped_or_planned_used_no_weapon(nlp) -> None:
    """ "foiled an attack with a car bomb": the bomb never went off."""
    assert _reason(nlp, "Guards foiled an attack with a car bomb.", "bomb") == (
        "instrument not used")
    assert _reason(nlp, "Rebels plan an assault with tanks on the port.", "tanks") != ""


@pytest.mark.parametrize(
    "text",
    [
        "Police foiled an attack with a car bomb in Kabul on Monday.",
        "Police foiled an attack on the embassy in Kabul on Monday.",
        "Soldiers thwarted a raid on the depot near Goma on Monday.",
    ],
)  # fmt: skip
def test_an_attack_a_side_stopped_tells_no_event(nlp, text: str) -> None:
    """An attack noun that is the object of a verb of stopping it was not carried out:
    no event, whatever weapon it would have used."""
    assert [e.acled_sub_event for e in events_on(nlp, text)] == []
