"""A present verb in the story's headline tells news (headline.py), on hand-built parses
and through the real model, on sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.headline import headline, headline_verb
from frontlines.nlp.events.realis import irrealis_reason

VOCAB = spacy.blank("en").vocab
POS = {"NNS": "NOUN", "NN": "NOUN", "VBP": "VERB", "VBD": "VERB", "PRP": "PRON",
       ".": "PUNCT", "_SP": "SPACE", "IN": "ADP", "DT": "DET", "CC": "CCONJ",
       "VBZ": "VERB", "NNP": "PROPN", "RB": "ADV"}  # fmt: skip


def parsed(words, heads, deps, tags, spaces=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, spaces=spaces,
               pos=[POS[t] for t in tags], lemmas=[w.lower() for w in words])  # fmt: skip


def two_lines() -> Doc:
    """ "Rebels seize town" on a line of its own, then "They took it."."""
    return parsed(["Rebels", "seize", "town", "\n\n", "They", "took", "it", "."],
                  [1, 1, 1, 2, 5, 5, 5, 5],
                  ["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "dobj", "punct"],
                  ["NNS", "VBP", "NN", "_SP", "PRP", "VBD", "PRP", "."],
                  [True, True, False, False, True, True, False, False])  # fmt: skip


def test_a_first_line_of_its_own_is_the_headline() -> None:
    doc = two_lines()
    sents = list(doc.sents)
    assert headline(sents[0])
    assert not headline(sents[1])  # not the first sentence


def test_the_headline_present_is_news() -> None:
    doc = two_lines()
    assert headline_verb(doc[1])
    assert irrealis_reason(doc[1]) == ""


def test_a_present_opening_a_running_paragraph_stays_generic() -> None:
    """ "Rebels seize towns. Police say so.": the first sentence runs on into more text on
    its line, no headline, and its present says what rebels do."""
    doc = parsed(["Rebels", "seize", "towns", ".", "Police", "say", "so", "."],
                 [1, 1, 1, 1, 5, 5, 5, 5],
                 ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"],
                 ["NNS", "VBP", "NNS", ".", "NNS", "VBP", "RB", "."])  # fmt: skip
    assert not headline(list(doc.sents)[0])
    assert irrealis_reason(doc[1]) == "present or generic"


def test_a_present_under_the_headline_verb_stays_generic() -> None:
    """ "Minister says rebels seize towns": only the headline's own verb tells news."""
    doc = parsed(["Minister", "says", "rebels", "seize", "towns", "\n\n", "It", "rained", "."],
                 [1, 1, 3, 1, 3, 4, 7, 7, 7],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "dep", "nsubj", "ROOT", "punct"],
                 ["NNP", "VBZ", "NNS", "VBP", "NNS", "_SP", "PRP", "VBD", "."],
                 [True, True, True, True, False, False, True, False, False])  # fmt: skip
    assert headline(list(doc.sents)[0])
    assert not headline_verb(doc[3])
    assert irrealis_reason(doc[3]) == "present or generic"


def test_a_long_first_line_is_a_paragraph() -> None:
    words = ["Rebels", "seize", *(["town"] * 24), "\n\n", "They", "took", "it", "."]
    n = len(words)
    heads = [1, 1, *([1] * 24), 25, n - 3, n - 3, n - 3, n - 3]
    deps = ["nsubj", "ROOT", *(["dobj"] * 24), "dep", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNS", "VBP", *(["NN"] * 24), "_SP", "PRP", "VBD", "PRP", "."]
    doc = parsed(words, heads, deps, tags)
    assert not headline(list(doc.sents)[0])


def _first(nlp, text: str):
    doc = nlp(text)
    return doc, next(iter(doc.sents))


def test_a_title_line_standing_alone_is_the_headline(nlp) -> None:
    doc, first = _first(nlp, "Rebels seize border town\n\nInsurgents took the town on Monday.")
    assert headline(first)
    (seize,) = [t for t in doc if t.lower_ == "seize"]
    assert irrealis_reason(seize) == ""


def test_a_lead_sentence_with_a_full_stop_is_no_headline(nlp) -> None:
    """Ingest keeps the headline out of the body: a first paragraph that ends a sentence
    is the lead, and its present tells a habit."""
    for text in ("Gangs kill with impunity in the capital.\n\nThe police say so.",
                 "Militias loot farms in the valley!\n\nThe police say so."):  # fmt: skip
        doc, first = _first(nlp, text)
        assert not headline(first), text
        verb = next(t for t in doc if t.lower_ in {"kill", "loot"})
        assert irrealis_reason(verb) != ""


def test_a_hard_wrapped_line_is_no_headline(nlp) -> None:
    """A single line break inside a paragraph wraps it; a headline has a blank line after."""
    doc, first = _first(nlp, "Soldiers burn homes across\nthe district every week, "
                             "residents told us.")  # fmt: skip
    assert not headline(first)
    doc, first = _first(nlp, "Troops shell the port\nThe navy denies it.")
    assert not headline(first)


def test_a_title_with_words_of_habit_is_no_headline(nlp) -> None:
    """A question word opening it, a clause of when or if, a recurring time: the line's
    own words say the present is a habit."""
    for text in ("Where militias attack\n\nMost raids come at night.",
                 "Protests erupt whenever bread prices rise\n\nThe police say so.",
                 "Police clash with students every Friday\n\nThe marches began in May.",
                 "Soldiers raid homes when they suspect rebels\n\nThe army denies it.",
                 ):  # fmt: skip
        assert not headline(_first(nlp, text)[1]), text


def test_habit_words_outside_the_main_clause_leave_the_headline(nlp) -> None:
    """ "once again" tells no habit, nor a relative clause's "once" or "often"."""
    for text in ("Rebels once again seize border town\n\nThey took it on Monday.",
                 "Rebels seize town they once held\n\nThey took it on Monday.",
                 "Rebels seize town they often raided\n\nThey took it on Monday.",
                 ):  # fmt: skip
        assert headline(_first(nlp, text)[1]), text


def test_the_subject_of_a_headline_be_keeps_the_generic_reading(nlp) -> None:
    """ "Shelling of clinics is a war crime" as a title describes a kind of deed: only the
    headline's own verb is read as news, not a subject of its "be"."""
    doc = nlp("Raids on clinics are war crimes\n\nThe agency said so.")
    assert headline(next(iter(doc.sents)))
    (raids,) = [t for t in doc if t.lower_ == "raids"]
    assert irrealis_reason(raids) == "present or generic"
