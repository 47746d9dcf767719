"""Realis: which event words report an event that happened, on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.realis import irrealis_reason, predicate_of, trigger_token

VOCAB = spacy.blank("en").vocab
POS = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "NNS": "NOUN", "VBD": "VERB", "VB": "VERB",
       "VBN": "VERB", "VBG": "VERB", "VBZ": "AUX", "MD": "AUX", "IN": "ADP", "JJ": "ADJ",
       "TO": "PART", "RB": "ADV", "PRP": "PRON", ",": "PUNCT", ".": "PUNCT", "?": "PUNCT",
       "VBP": "AUX", "JJR": "ADJ"}  # fmt: skip


LEMMAS = {"threatened": "threaten", "attacked": "attack", "conducted": "conduct",
          "shelled": "shell", "soldiers": "soldier", "militants": "militant",
          "gunmen": "gunman", "Civilians": "civilian", "began": "begin", "struck": "strike",
          "agreed": "agree",
          "has": "have", "was": "be", "bombed": "bomb", "strikes": "strike",
          "means": "mean", "prevented": "prevent", "regaining": "regain"}  # fmt: skip


def parsed(words, heads, deps, tags, ents=None) -> Doc:
    pos = [POS[t] for t in tags]
    pos = [("PUNCT" if w in {".", "?"} else p) for w, p in zip(words, pos, strict=True)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
               lemmas=[LEMMAS.get(w, w.lower()) for w in words])  # fmt: skip


def test_a_plain_past_report_is_realis() -> None:
    doc = parsed(["Jets", "struck", "the", "town", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct"], ["NNS", "VBD", "DT", "NN", "."])
    assert irrealis_reason(doc[1]) == ""


def test_negation_on_the_predicate() -> None:
    doc = parsed(["Russia", "has", "not", "agreed", "."], [3, 3, 3, 3, 3],
                 ["nsubj", "aux", "neg", "ROOT", "punct"], ["NNP", "VBZ", "RB", "VBN", "."])
    assert irrealis_reason(doc[3]) == "negated"


def test_modal_and_noun_trigger_take_their_verb() -> None:
    doc = parsed(["They", "will", "launch", "an", "attack", "."], [2, 2, 2, 4, 2, 2],
                 ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
                 ["PRP", "MD", "VB", "DT", "NN", "."])  # fmt: skip
    assert predicate_of(doc[4]).text == "launch"
    assert irrealis_reason(doc[4]) == "modal or future"


def test_threatened_and_planned_attacks_did_not_happen() -> None:
    doc = parsed(["Militants", "threatened", "to", "attack", "the", "base", "."],
                 [1, 1, 3, 1, 5, 3, 1],
                 ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                 ["NNS", "VBD", "TO", "VB", "DT", "NN", "."])  # fmt: skip
    assert irrealis_reason(doc[3]) == "governed by threaten"


def test_began_to_shell_did_happen() -> None:
    doc = parsed(["Troops", "began", "to", "shell", "the", "town", "."], [1, 1, 3, 1, 5, 3, 1],
                 ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                 ["NNS", "VBD", "TO", "VB", "DT", "NN", "."])  # fmt: skip
    assert irrealis_reason(doc[3]) == ""


def test_condition_question_and_comparison() -> None:
    cond = parsed(["If", "they", "attack", ",", "we", "respond", "."], [2, 2, 5, 5, 5, 5, 5],
                  ["mark", "nsubj", "advcl", "punct", "nsubj", "ROOT", "punct"],
                  ["IN", "PRP", "VBD", ",", "PRP", "VBD", "."])  # fmt: skip
    assert irrealis_reason(cond[2]) == "condition"
    question = parsed(["Who", "bombed", "it", "?"], [1, 1, 1, 1],
                      ["nsubj", "ROOT", "dobj", "punct"], ["NN", "VBD", "PRP", "?"])
    assert irrealis_reason(question[1]) == "question"
    compared = parsed(["It", "was", "deadlier", "than", "the", "bombing", "."],
                      [1, 1, 1, 2, 5, 3, 1],
                      ["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct"],
                      ["PRP", "VBD", "JJR", "IN", "DT", "NN", "."])  # fmt: skip
    assert irrealis_reason(compared[5]) == "comparison"


def test_an_event_word_inside_a_name_is_no_event() -> None:
    doc = parsed(["Operation", "Inherent", "Resolve", "ended", "."], [2, 2, 3, 3, 3],
                 ["compound", "compound", "nsubj", "ROOT", "punct"],
                 ["NNP", "NNP", "NNP", "VBD", "."],
                 ents=["B-EVENT", "I-EVENT", "I-EVENT", "O", "O"])  # fmt: skip
    assert irrealis_reason(doc[2]) == "name"


def test_trigger_token_is_the_head_of_the_matched_words() -> None:
    doc = parsed(["Jets", "carried", "out", "air", "strikes", "."], [1, 1, 1, 4, 1, 1],
                 ["nsubj", "ROOT", "prt", "compound", "dobj", "punct"],
                 ["NNS", "VBD", "IN", "NN", "NNS", "."])  # fmt: skip
    start = doc[3].idx
    token = trigger_token(doc[:], start, doc[4].idx + len("strikes"))
    assert token is not None and token.text == "strikes"


def test_roles_of_an_active_and_a_passive_verb() -> None:
    from frontlines.nlp.events.roles import actors_of

    doc = parsed(["Militants", "attacked", "the", "soldiers", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct"], ["NNS", "VBD", "DT", "NNS", "."])
    actor1, actor2 = actors_of(doc[1])
    assert actor1 is not None and actor1.text == "Militants"
    assert actor2 is not None and actor2.text == "soldiers"
    passive = parsed(["Civilians", "were", "attacked", "by", "gunmen", "."],
                     [2, 2, 2, 2, 3, 2],
                     ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                     ["NNS", "VBD", "VBN", "IN", "NNS", "."])  # fmt: skip
    actor1, actor2 = actors_of(passive[2])
    assert actor1 is not None and actor1.text == "gunmen"
    assert actor2 is not None and actor2.text == "Civilians"


def test_an_event_noun_takes_the_subject_of_the_verb_carrying_it() -> None:
    from frontlines.nlp.events.roles import actors_of

    doc = parsed(["The", "coalition", "conducted", "strikes", "against", "militants", "."],
                 [1, 2, 2, 2, 3, 4, 2],
                 ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                 ["DT", "NN", "VBD", "NNS", "IN", "NNS", "."])  # fmt: skip
    actor1, actor2 = actors_of(doc[3])
    assert actor1 is not None and actor1.text == "coalition"
    assert actor2 is not None and actor2.text == "militants"


def test_a_town_or_a_pronoun_is_never_an_actor() -> None:
    from frontlines.nlp.events.roles import actors_of

    doc = parsed(["They", "shelled", "Homs", "."], [1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct"], ["PRP", "VBD", "NNP", "."],
                 ents=["O", "O", "B-GPE", "O"])  # fmt: skip
    assert actors_of(doc[1]) == (None, None)


def test_event_dates_are_real_years_not_after_publication() -> None:
    from frontlines.nlp.events.story import plausible_date as _plausible_date

    assert _plausible_date("2025-03-11", "2025-03-12")
    assert _plausible_date("2025-03", "2025-03-12")
    assert not _plausible_date("2025-03-13", "2025-03-12")  # after publication
    assert not _plausible_date("2118", "2021-05-01")  # "Resolution 2118"
    assert not _plausible_date("204", None)  # a number, not a year
    assert not _plausible_date("XXXX-01-08", None)


def test_a_definition_of_an_event_word_is_no_event() -> None:
    doc = parsed(["A", "strike", "means", "one", "event", "."], [1, 2, 2, 4, 2, 2],
                 ["det", "nsubj", "ROOT", "nummod", "dobj", "punct"],
                 ["DT", "NN", "VBZ", "JJ", "NN", "."])  # fmt: skip
    assert irrealis_reason(doc[1]) == "definition or name"


def test_a_subject_of_a_present_predicate_is_generic() -> None:
    doc = parsed(["Strikes", "demonstrate", "resolve", "."], [1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct"], ["NNS", "VBP", "NN", "."])  # fmt: skip
    assert irrealis_reason(doc[0]) == "present or generic"


def test_prevented_from_regaining_did_not_happen() -> None:
    doc = parsed(["Troops", "prevented", "them", "from", "regaining", "the", "town", "."],
                 [1, 1, 1, 1, 3, 6, 4, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "dobj", "punct"],
                 ["NNS", "VBD", "PRP", "IN", "VBG", "DT", "NN", "."])  # fmt: skip
    assert irrealis_reason(doc[4]) == "governed by prevent"


def test_weapons_listed_in_a_maneuver_or_a_sale_are_not_used(nlp):
    """ "carried out a maneuver of troops, tanks and aircraft": the aircraft are shown,
    not used on anything, whatever verb the maneuver is the object of."""
    from frontlines.nlp.events.realis import irrealis_reason

    doc = nlp("Last year the army carried out a large maneuver of 50,000 troops, tanks and "
              "aircraft.")
    (aircraft,) = [t for t in doc if t.lower_ == "aircraft"]
    assert irrealis_reason(aircraft) == "instrument not used"
    doc = nlp("Government aircraft bombed the market in Kalat on Monday.")
    assert [e.acled_sub_event for e in doc._.events] == ["Air/drone strike"]
