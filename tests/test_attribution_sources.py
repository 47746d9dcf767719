"""How far the source reaches: speakers shared along coordinated and subordinate verbs,
and the span conventions PolNeAR annotators follow (focus particles, closing dashes)."""

from __future__ import annotations

import pytest


def _sources(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.cue.text: a.source.text if a.source else None for a in doc._.attributions}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a chain of coordinated verbs: the subject of the first speaks for the last
        ("A few minutes later they reversed themselves, rushed everyone inside the room and "
         "said they will register voters.", "said", "they"),
        # a passive subject speaks for its conjunct
        ("By the end of the day, Mr. Trump was forced into a rare moment of damage control "
         "and said that his words had been misconstrued.", "said", "Mr. Trump"),
        # "by -ing" under an infinitive: climb to the verb that has a subject
        ("Gary Hart started winning Senate campaigns by denouncing Roosevelt.", "denouncing",
         "Gary Hart"),
    ],
)  # fmt: skip
def test_a_verb_without_a_subject_shares_its_heads_speaker(nlp, text, cue, source):
    assert _sources(nlp, text).get(cue) == source


def test_a_reduced_passive_still_names_no_speaker(nlp):
    found = _sources(nlp, "Asked about the deal, the minister said it was dead.")
    assert found.get("said") == "the minister"
    assert "Asked" not in found or found["Asked"] is None


def test_the_source_drops_a_focus_particle_and_keeps_its_closing_dash(nlp):
    found = _sources(nlp, "Even some of his admirers said the plan would fail.")
    assert found.get("said") == "some of his admirers"
    found = _sources(nlp, "Jason Sims — a teacher from Mount Pleasant — said the school closed.")
    assert found.get("said") == "Jason Sims — a teacher from Mount Pleasant —"


def test_a_quoted_title_in_the_source_keeps_its_closing_mark(nlp):
    found = _sources(nlp, "Joe Scarborough, host of MSNBC's “Morning Joe,” said the race was over.")
    assert found.get("said") == "Joe Scarborough, host of MSNBC's “Morning Joe,”"


def test_a_speaker_after_a_quotation_the_splitter_cut_off_is_found(nlp):
    # The splitter ends the sentence at '!”'; the name after it still speaks the quotation
    # (before: the parser's subject, the PAC's name, spoke and "Monday" was what was said).
    doc = nlp("“Great news for the party!” Baker, a director of Right to Rise USA, "
              "Tweeted on Monday.")  # fmt: skip
    found = [(a.source.text if a.source else None, a.content.text) for a in doc._.attributions]
    assert ("Baker, a director of Right to Rise USA", "“Great news for the party!”") in found
