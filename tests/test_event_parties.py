"""A country is a party to an agreement and the target of a sanction: "a trade agreement
with Ukraine" names Ukraine as the other side, "an arms embargo on Libya" as the side
targeted, while "strikes on Syria" still fell in a place (``sides.party_to``). Sentences
of our own, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts, events_on

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    ("Canada signed a trade agreement with Ukraine on Friday.", "agreement", "Canada",
     "Ukraine"),
    ("Sudan agreed with Egypt on a deal over the dam.", "agreed", "Sudan", "Egypt"),
    ("The council ordered an arms embargo on Libya in March.", "embargo", None, "Libya"),
    ("The Security Council imposed sanctions on Iran on Monday.", "sanctions",
     "Security Council", "Iran"),
    ("The rebels reached a truce with the army in Bamako.", "truce", "rebels", "army"),
    # a sanction named by the trade it stops targets the state traded with
    ("The council imposed an embargo on trade with Iraq in August.", "embargo", None, "Iraq"),
    ("The European Union imposed sanctions on imports from Syria.", "sanctions",
     "European Union", "Syria"),
    ("The council imposed an embargo on weapons in August.", "embargo", None, None),
    ("The European Union imposed sanctions on oil imports from Iran.", "sanctions",
     "European Union", "Iran"),
    # what is sanctioned is no trade: where its targets come from is no side
    ("Washington imposed sanctions on companies from China on Friday.", "sanctions",
     "Washington", None),
    # left alone: a country a violent event hit is where it happened, and "with" of a deed
    # between no parties names no side (the convoy is hit, the rockets no one)
    ("Jets carried out strikes on Syria on Monday.", "strikes", None, None),
    ("Gunmen attacked a convoy with rockets near Gao.", "attacked", "Gunmen", "convoy"),
]


@pytest.mark.parametrize(("sentence", "word", "actor1", "actor2"), CASES)
def test_party_to_a_deed(nlp, sentence: str, word: str, actor1: str | None,
                         actor2: str | None) -> None:  # fmt: skip
    assert actor_texts(nlp, sentence, word) == (actor1, actor2)


CLOSING_IN = [
    # (sentence, trigger word, actor2): a state an event closes in on is a side
    ("China conducted military drills encircling Japan on Monday.", "drills", "Japan"),
    ("The navy held exercises surrounding Cuba last week.", "exercises", "Cuba"),
    ("The fleet staged exercises ringing Taiwan on Friday.", "exercises", "Taiwan"),
    ("Iraqi troops invaded Kuwait in August.", "invaded", "Kuwait"),
    # left alone: a town surrounded is where it happened
    ("The army staged drills surrounding the town of Kerch.", "drills", None),
    ("Protesters surrounded the parliament in Yerevan.", "surrounded", None),
]


@pytest.mark.parametrize(("sentence", "word", "actor2"), CLOSING_IN)
def test_state_closed_in_on(nlp, sentence: str, word: str, actor2: str | None) -> None:
    assert actor_texts(nlp, sentence, word)[1] == actor2


def test_a_side_the_type_drops_does_not_hide_where(nlp) -> None:
    """A troop movement keeps no second side (``record.kept_actor2``): the state its drills
    closed in on is then where they were held, not a side that keeps its name from being
    the event's place."""
    events = events_on(nlp, "China conducted military drills encircling Japan on Monday.")
    assert len(events) == 1
    assert events[0].actor2 is None
    assert events[0].place is not None and events[0].place.text == "Japan"
