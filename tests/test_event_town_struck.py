"""A town is never an actor, whatever label the small model gives its name: "Russian
missiles struck Kyiv" (Kyiv read as a person) and "a missile attack against Kharkiv"
(Kharkiv read as an organisation) are events placed in the town, with no side attacked
(``nlp/place_struck.py``). A name the sentence makes a person's stays a person. Sentences
written here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def _event(nlp, text: str, word: str):
    return next(e for e in _events(nlp, text) if word in e.text)


def _assert_placed(event, town: str) -> None:
    assert event.place is not None and event.place.text == town, event.place
    assert event.place.acled_precision == 1, event.place
    assert event.actor2 is None or town not in event.actor2.text, event.actor2


def test_a_town_struck_by_missiles_is_the_place_not_the_target(nlp):
    event = _event(nlp, "Russian missiles struck Kyiv on Tuesday, officials said.", "Kyiv")
    _assert_placed(event, "Kyiv")


def test_a_town_a_missile_attack_was_against_is_the_place(nlp):
    text = "Russian forces launched a missile attack against Kharkiv on Monday."
    event = _event(nlp, text, "Kharkiv")
    _assert_placed(event, "Kharkiv")
    assert event.actor1 is not None and event.actor1.text == "Russian forces", event.actor1


def test_a_town_a_missile_strike_was_on_is_the_place_and_the_dead_its_victims(nlp):
    event = _event(nlp, "A Russian missile strike on Zaporizhzhia killed two people.",
                   "Zaporizhzhia")  # fmt: skip
    _assert_placed(event, "Zaporizhzhia")
    assert event.actor2 is not None and event.actor2.text == "two people", event.actor2


def test_a_name_with_a_pronoun_of_its_bearer_stays_a_person(nlp):
    """ "Jackson" is a state capital's name too: "as he walked home" says a man was hit."""
    doc = nlp("A rocket hit Jackson as he walked home, police said.")
    assert not [p for p in doc._.places if p.text == "Jackson"], doc._.places


def test_an_attack_against_a_person_named_like_a_town_is_no_place(nlp):
    """ "attacks against Warren" are a campaign's words: only a munition's attack is fire."""
    doc = nlp("In the debate the senator renewed her attacks against Warren over taxes.")
    assert not [p for p in doc._.places if p.text == "Warren"], doc._.places
