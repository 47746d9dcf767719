"""Who, where and when of an event (issue 19, items 3-5), on sentences written here."""

from __future__ import annotations

from spacy.language import Language

from frontlines.model import Event


def _events(nlp: Language, text: str, published: str | None = "2024-03-15") -> list[Event]:
    from frontlines.nlp.times import with_reference_date

    return list(nlp(with_reference_date(nlp.make_doc(text), published))._.events)


def test_a_name_after_near_is_the_place_the_model_missed(nlp):
    """The NER leaves "Al Huwayjah" untagged; the locative and the gazetteer place it, and
    counted strikes near it are one local event, not a tally."""
    text = ("On Monday, coalition aircraft conducted 9 strikes against ISIL in Iraq. "
            "Near Al Huwayjah, two strikes hit a weapons depot.")  # fmt: skip
    events = _events(nlp, text)
    local = [e for e in events if "Huwayjah" in e.text]
    assert len(local) == 1, events
    assert local[0].place is not None and local[0].place.country == "IQ"
    assert "Huwayjah" in text[local[0].place.start : local[0].place.end]


def test_the_place_is_where_not_who_nor_how_far(nlp):
    """A country that names the striker is not where; a town a distance is measured from
    is not where either; the locative argument of the trigger is."""
    (strike,) = _events(nlp, "A U.S. drone strike hit a car near Mosul on Sunday, officials said.")
    assert strike.place is not None and strike.place.country == "IQ"
    far = _events(nlp, "Gunmen attacked a police post 150 kilometres from Quetta on Tuesday.")
    assert far and all(e.place is None or "Quetta" not in e.place.name for e in far)


def test_a_town_is_never_an_actor(nlp):
    (event,) = _events(nlp, "Kurdish fighters captured the Syrian town of Manbij on Friday.")
    for actor in (event.actor1, event.actor2):
        assert actor is None or "town" not in actor.text
    assert event.place is not None and event.place.country == "SY"
