"""Rules that read a dependency parse, tested on parses written by hand.

The parse comes from the statistical model, so a model upgrade can change what these
rules see. Fixing the parse here keeps each rule's own behaviour under test: if one
of these fails, the rule changed, not the model.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.attribution.speakers import speaker_of
from frontlines.nlp.events.component import _participants

VOCAB = spacy.blank("en").vocab


def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str],
           ents: list[str] | None = None) -> Doc:  # fmt: skip
    """A Doc with the given parse (absolute head indices, Penn tags; POS from the tags)."""
    pos = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "NNS": "NOUN", "VBD": "VERB",
           "VBN": "VERB", "VBG": "VERB", "VBZ": "AUX", "IN": "ADP", "JJ": "ADJ", "RB": "ADV",
           "WP": "PRON", "CD": "NUM", ",": "PUNCT",
           ".": "PUNCT"}  # fmt: skip
    pos_tags = [pos[t] for t in tags]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos_tags, ents=ents)


def test_speaker_is_the_cue_verbs_subject() -> None:
    doc = parsed(
        ["The", "minister", "said", "the", "town", "fell", "."],
        [1, 2, 2, 4, 5, 2, 2],
        ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
        ["DT", "NN", "VBD", "DT", "NN", "VBD", "."],
    )
    speaker = speaker_of(doc[2])
    assert speaker is not None and speaker.text == "minister"


def test_speaker_of_a_passive_cue_is_its_agent() -> None:
    doc = parsed(
        ["The", "deal", "was", "criticized", "by", "the", "senator", "."],
        [1, 3, 3, 3, 3, 6, 4, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
        ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "."],
    )
    speaker = speaker_of(doc[3])
    assert speaker is not None and speaker.text == "senator"


def test_participle_cue_shares_the_subject_of_its_head() -> None:
    doc = parsed(
        ["The", "minister", "left", ",", "saying", "nothing", "."],
        [1, 2, 2, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "punct", "advcl", "dobj", "punct"],
        ["DT", "NN", "VBD", ",", "VBG", "NN", "."],
    )
    speaker = speaker_of(doc[4])
    assert speaker is not None and speaker.text == "minister"
    # A reduced passive ("Asked about it, the minister said") names no speaker.
    asked = parsed(
        ["Asked", "about", "it", ",", "the", "minister", "left", "."],
        [6, 0, 1, 6, 5, 6, 6, 6],
        ["advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"],
        ["VBN", "IN", "NN", ",", "DT", "NN", "VBD", "."],
    )
    assert speaker_of(asked[0]) is None


def test_a_participle_cue_shares_the_nearer_of_two_misparsed_subjects() -> None:
    """'The week before, the mayor was blunt, claiming ...': the parser can make the
    fronted time phrase a second subject; the subject next to the verb speaks."""
    doc = parsed(
        ["The", "week", "before", ",", "the", "mayor", "was", "blunt", ",", "claiming",
         "nothing", "."],
        [1, 6, 1, 6, 5, 6, 6, 6, 6, 6, 9, 6],
        ["det", "nsubj", "advmod", "punct", "det", "nsubj", "ROOT", "acomp", "punct", "advcl",
         "dobj", "punct"],
        ["DT", "NN", "RB", ",", "DT", "NN", "VBD", "JJ", ",", "VBG", "NN", "."],
    )  # fmt: skip
    speaker = speaker_of(doc[9])
    assert speaker is not None and speaker.text == "mayor"


def test_event_actors_follow_syntactic_roles() -> None:
    doc = parsed(
        ["Islamic", "State", "fighters", "attacked", "the", "Iraqi", "army", "."],
        [1, 2, 3, 3, 6, 6, 3, 3],
        ["compound", "compound", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
        ["NNP", "NNP", "NNS", "VBD", "DT", "JJ", "NN", "."],
        ents=["B-ORG", "I-ORG", "O", "O", "O", "B-NORP", "I-NORP", "O"],
    )
    actor1, actor2 = _participants(doc[:])
    assert actor1 is not None and actor1.text == "Islamic State"
    assert actor2 is not None and actor2.text == "Iraqi army"


def test_a_contracted_has_before_what_the_cue_asks_for_is_active() -> None:
    """'Mr. Dunn, who's called for 9,000 soldiers sent north': the parser reads "'s" as a
    passive auxiliary and "for ... sent" as a clause it marks; the clause is still active
    and "who" (for Mr. Dunn) asks for the soldiers."""
    doc = parsed(
        ["Dunn", ",", "who", "'s", "called", "for", "9,000", "soldiers", "sent", "north", "."],
        [0, 0, 4, 4, 0, 8, 7, 8, 4, 8, 0],
        ["ROOT", "punct", "nsubjpass", "auxpass", "relcl", "mark", "nummod", "nsubj", "advcl",
         "advmod", "punct"],
        ["NNP", ",", "WP", "VBZ", "VBN", "IN", "CD", "NNS", "VBN", "RB", "."],
    )  # fmt: skip
    speaker = speaker_of(doc[4])
    assert speaker is not None and speaker.text == "who"
