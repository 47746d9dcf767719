"""Events a coder codes that the event layer used to drop (issue 19, recall): sentences of
our own, through the real pipeline, each with the reading it must keep and the one it
must still refuse."""

from __future__ import annotations

from spacy.language import Language

from frontlines.model import Event


def _events(nlp: Language, text: str, published: str | None = "2024-03-15") -> list[Event]:
    from frontlines.nlp.times import with_reference_date

    return list(nlp(with_reference_date(nlp.make_doc(text), published))._.events)


def test_last_year_names_a_date_not_a_distance_in_years(nlp):
    """ "after shootings ... last year" dates the shootings; only a counted stretch ("three
    years after") makes an event the yardstick of history."""
    from frontlines.nlp.events.when import told_as_years_before

    text = ("Scrutiny of the app has grown after mass shootings in Lyon and Dijon {}, "
            "because of fears that extremists recruit online.")  # fmt: skip
    recent = nlp(text.format("last year"))
    (word,) = [t for t in recent if t.lower_ == "shootings"]
    assert not told_as_years_before(word)
    events = _events(nlp, text.format("last year"))
    assert len(events) == 2 and not any(e.background for e in events)
    old = nlp("The review began three years after deadly shootings in Lyon.")
    (word,) = [t for t in old if t.lower_ == "shootings"]
    assert told_as_years_before(word)
