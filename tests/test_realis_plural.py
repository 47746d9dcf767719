"""Plural event nouns: a kind of event, or particular events its own words pick out
(a count, a named doer, several named places), on hand-built parses, both ways."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.realis import irrealis_reason, particular, several_places

VOCAB = spacy.blank("en").vocab
POS = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "NNS": "NOUN", "VBD": "VERB", "VBZ": "AUX",
       "IN": "ADP", "CC": "CCONJ", "POS": "PART", "PRP": "PRON", "JJ": "ADJ", ".": "PUNCT"}
LEMMAS = {"hit": "hit", "strikes": "strike", "attacks": "attack", "shootings": "shooting",
          "bombings": "bombing", "repelled": "repel", "studied": "study", "is": "be",
          "Hundreds": "hundred", "Rumours": "rumour", "spread": "spread"}  # fmt: skip


def parsed(words, heads, deps, tags, ents=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags,
               pos=[POS[t] for t in tags], ents=ents,
               lemmas=[LEMMAS.get(w, w.lower()) for w in words])  # fmt: skip


def _measure(measure: str, ent: str) -> Doc:
    return parsed([measure, "of", "strikes", "hit", "the", "depot", "."],
                  [3, 0, 1, 3, 5, 3, 3],
                  ["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                  ["NNS", "IN", "NNS", "VBD", "DT", "NN", "."],
                  [ent, "O", "O", "O", "O", "O", "O"])  # fmt: skip


def test_a_count_as_the_measure_picks_out_the_events() -> None:
    assert irrealis_reason(_measure("Hundreds", "B-CARDINAL")[2]) == ""


def test_a_measure_that_is_no_count_leaves_a_kind() -> None:
    assert irrealis_reason(_measure("Rumours", "O")[2]) == "generic plural"


def _by(doer: list[str], ents: list[str], tags: list[str], deps: list[str],
        heads: list[int]) -> Doc:
    return parsed(["Troops", "repelled", "attacks", "by", *doer, "."],
                  [1, 1, 1, 2, *heads, 1],
                  ["nsubj", "ROOT", "dobj", "prep", *deps, "punct"],
                  ["NNS", "VBD", "NNS", "IN", *tags, "."],
                  ["O", "O", "O", "O", *ents, "O"])  # fmt: skip


def test_a_named_doer_picks_out_its_attacks() -> None:
    doc = _by(["Ivan", "'s", "militia"], ["B-PERSON", "O", "O"], ["NNP", "POS", "NN"],
              ["poss", "case", "pobj"], [6, 4, 3])  # fmt: skip
    assert particular(doc[2])
    assert irrealis_reason(doc[2]) == ""


def test_an_unnamed_doer_leaves_a_kind_of_attack() -> None:
    doc = _by(["militias"], ["O"], ["NNS"], ["pobj"], [3])
    assert not particular(doc[2])
    assert irrealis_reason(doc[2]) == "generic plural"


def _placed(places: list[str], ents: list[str]) -> Doc:
    joined = places if len(places) == 1 else [places[0], "and", places[1]]
    heads = [5] if len(places) == 1 else [5, 6, 6]
    deps = ["pobj"] if len(places) == 1 else ["pobj", "cc", "conj"]
    tags = ["NNP"] if len(places) == 1 else ["NNP", "CC", "NNP"]
    return parsed(["Police", "studied", "bombings", "and", "shootings", "in", *joined, "."],
                  [1, 1, 1, 2, 2, 2, *heads, 1],
                  ["nsubj", "ROOT", "dobj", "cc", "conj", "prep", *deps, "punct"],
                  ["NNS", "VBD", "NNS", "CC", "NNS", "IN", *tags, "."],
                  ["O"] * 6 + ents + ["O"])  # fmt: skip


def test_two_named_places_pick_out_events_in_each() -> None:
    doc = _placed(["Arden", "Belmont"], ["B-GPE", "O", "B-GPE"])
    assert several_places(doc[2])
    assert irrealis_reason(doc[2]) == ""
    assert irrealis_reason(doc[4]) == ""  # the conjunct shares the first noun's places


def test_one_place_leaves_a_kind_of_event() -> None:
    doc = _placed(["Arden"], ["B-GPE"])
    assert not several_places(doc[2])
    assert irrealis_reason(doc[2]) == "generic plural"
    assert irrealis_reason(doc[4]) == "generic plural"


def _present(doer: str, ent: str, tag: str) -> Doc:
    return parsed(["It", "is", "a", "defence", "against", "attacks", "by", doer, "."],
                  [1, 1, 3, 1, 3, 4, 5, 6, 1],
                  ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "prep", "pobj", "punct"],
                  ["PRP", "VBZ", "DT", "NN", "IN", "NNS", "IN", tag, "."],
                  ["O"] * 7 + [ent, "O"])  # fmt: skip


def test_a_present_copula_keeps_particular_attacks() -> None:
    assert irrealis_reason(_present("Freedonia", "B-GPE", "NNP")[5]) == ""


def test_a_present_copula_over_a_kind_of_attack_is_generic() -> None:
    assert irrealis_reason(_present("bandits", "O", "NNS")[5]) == "generic plural"
