"""Each component on hand-built Docs, assembled through spaCy's registry."""

import subprocess
import sys

import spacy
from spacy.tokens import Doc, Span

from frontlines.nlp.places import PlaceNamePass
from frontlines.vocab.actors import ActorDictionary


def test_factories_are_registered_by_entry_point():
    """A fresh interpreter that never imports frontlines can still add our components."""
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('frontlines_paragraphs', 'frontlines_actors', 'frontlines_places'):\n"
        "    nlp.add_pipe(name)\n"
        "print(nlp('ISIS fighters').ents[0].kb_id_)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "islamic_state"


def test_actor_aliases_resolve_to_one_actor_and_respect_case():
    nlp = spacy.blank("en")
    nlp.add_pipe("frontlines_actors")
    doc = nlp(
        "Islamic State fighters left. IS is weak, ISIS said, and Daesh is the Arabic acronym."
    )
    actors = {(e.text, e.kb_id_) for e in doc.ents}
    assert actors == {
        ("Islamic State", "islamic_state"),
        ("IS", "islamic_state"),
        ("ISIS", "islamic_state"),
        ("Daesh", "islamic_state"),
    }
    assert all(e.label_ == "ORG" and e.id_ == "frontlines_actors" for e in doc.ents)


def test_actor_match_replaces_overlapping_model_entity():
    nlp = spacy.blank("en")
    recognizer = nlp.add_pipe("frontlines_actors")
    doc = nlp.make_doc("The Islamic State group lost ground.")
    doc.ents = [Span(doc, 1, 2, label="NORP")]  # what the small model does: "Islamic" as NORP
    doc = recognizer(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Islamic State group", "ORG", "islamic_state")
    ]


def test_user_actor_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[actor]]\nid = "jaysh_x"\nname = "Jaysh al-Example"\ntype = "rebel_group"\n'
        'aliases = ["JAX"]\n'
    )
    dictionary = ActorDictionary.load([extra], use_env=False)
    assert dictionary.get("jaysh_x") is not None and dictionary.get("islamic_state") is not None
    nlp = spacy.blank("en")
    nlp.add_pipe("frontlines_actors").set_dictionary(dictionary)
    assert [e.kb_id_ for e in nlp("JAX fighters and IS fighters").ents] == [
        "jaysh_x",
        "islamic_state",
    ]


def test_place_pass_fixes_a_place_read_as_person(gazetteer):
    vocab = spacy.blank("en").vocab
    words = ["Fighters", "remain", "in", "the", "neighbouring", "town", "of", "Tall", "Afar", "."]
    doc = Doc(vocab, words=words, ents=["O"] * 7 + ["B-PERSON", "I-PERSON", "O"])
    doc = PlaceNamePass(gazetteer)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Tall Afar", "GPE")]


def test_place_pass_leaves_people_without_place_context_alone(gazetteer):
    vocab = spacy.blank("en").vocab
    words = ["Mosul", "told", "reporters", "that", "Jordan", "would", "fight", "."]
    doc = Doc(vocab, words=words, ents=["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    doc = PlaceNamePass(gazetteer)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Mosul", "PERSON"), ("Jordan", "PERSON")]


def test_place_pass_one_sense_per_document_and_adds_missed_names(gazetteer):
    vocab = spacy.blank("en").vocab
    words = [
        "Raids",
        "hit",
        "Baghouz",
        ".",
        "Baghouz",
        "fell",
        "in",
        "the",
        "village",
        "of",
        "Hajin",
        "too",
        ".",
    ]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = PlaceNamePass(gazetteer)(Doc(vocab, words=words, ents=ents))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Baghouz", "GPE"),
        ("Baghouz", "GPE"),
        ("Hajin", "GPE"),
    ]


def test_paragraph_breaks_start_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("frontlines_paragraphs")
    doc = nlp('"They will not succeed"\n\nthe commander said')
    starts = [t.text for t in doc if t.is_sent_start]
    assert "the" in starts


def test_hand_assembled_pipeline_reads_the_same_actor_files(nlp, tmp_path):
    """``add_pipe(..., config=...)`` in someone else's pipeline sees the actors we see."""
    extra = tmp_path / "mine.toml"
    extra.write_text('[[actor]]\nid = "jaysh_x"\nname = "Jaysh al-Example"\naliases = ["JAX"]\n')
    hand = spacy.blank("en")
    config = {"actor_files": [str(extra)]}
    recognizer = hand.add_pipe("frontlines_actors", config=config)
    coder = hand.add_pipe("frontlines_events", config=config)
    expected = ActorDictionary.load([str(extra)])
    assert recognizer.dictionary.actors == expected.actors == coder.actors.actors
    assert hand.config["components"]["frontlines_events"]["actor_files"] == [str(extra)]
    doc = recognizer(hand.make_doc("JAX fighters and IS fighters"))
    assert [e.kb_id_ for e in doc.ents] == ["jaysh_x", "islamic_state"]
    default = spacy.blank("en")
    ours = default.add_pipe("frontlines_actors"), default.add_pipe("frontlines_events")
    built = nlp.get_pipe("frontlines_actors"), nlp.get_pipe("frontlines_events")
    assert ours[0].dictionary.actors == built[0].dictionary.actors == ours[1].actors.actors
    assert built[1].actors.actors == ours[1].actors.actors


def test_initialize_hands_over_ready_objects():
    dictionary = ActorDictionary.load(use_env=False, include_default=False)
    hand = spacy.blank("en")
    recognizer = hand.add_pipe("frontlines_actors")
    recognizer.initialize(actors=dictionary)
    assert recognizer.dictionary is dictionary
    assert hand("IS fighters").ents == ()


def test_a_hard_wrapped_line_is_no_paragraph_break():
    nlp = spacy.blank("en")
    nlp.add_pipe("frontlines_paragraphs")
    doc = nlp("Two soldiers were killed in Sunday's\n        attacks, officials said.\nThe army"
              " said more.\n\nthe commander said")  # fmt: skip
    starts = [t.text for t in doc if t.is_sent_start]
    assert "attacks" not in starts  # one newline, mid-sentence, lower case: a wrap
    assert "The" in starts and "the" in starts  # after a full stop; after a blank line
