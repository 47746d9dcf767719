"""An aircraft shot down was hit, not the striker (``nlp/events/downed``): our own
sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.component import EventCoder
from frontlines.nlp.events.downed import _aircraft, aircraft_downed
from frontlines.vocab.events import ATTACK_ON_FORCES, EventMatch
from tests.event_reading import events_on


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels shot down a government warplane over Idlib on Monday.",
        "A military helicopter was shot down near Kalat on Monday.",
        "Militants downed an army helicopter near Kalat on Monday, killing its crew.",
        "Rebels shot down a fighter jet near Kalat on Monday.",
        # a crowd in the sentence gave it a protest type, then a victim an attack: neither
        "The crowd of supporters cheered when the minister condemned Ankara because its "
        "gunners had shot down a bomber from Russia.",
    ],
)  # fmt: skip
def test_a_military_aircraft_downed_is_a_clash(nlp, text: str) -> None:
    assert [e.acled_sub_event for e in events_on(nlp, text)] == ["Armed clash"]


def test_an_aircraft_that_struck_stays_a_strike(nlp) -> None:
    text = "Government warplanes bombed a market in Kalat on Monday, killing 12 people."
    assert [e.acled_sub_event for e in events_on(nlp, text)] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an aircraft downed in another clause, days before: the strike stands
        ("Government warplanes bombed a market in Kalat on Monday, killing 12 people, two "
         "days after rebels shot down a helicopter nearby.", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint in Kalat on Monday, a week after "
         "militants shot down an army helicopter.", "Suicide bomb"),
    ],
)  # fmt: skip
def test_a_downing_elsewhere_in_the_sentence_leaves_the_event_alone(nlp, text, kept) -> None:
    assert kept in [e.acled_sub_event for e in events_on(nlp, text)]


def test_only_military_aircraft_and_no_suicide_bomber_count(nlp) -> None:
    doc = nlp("Rebels shot down a passenger jet and a fighter jet; police shot a suicide bomber.")
    jets = [t for t in doc if t.lower_ == "jet"]
    assert [_aircraft(j) for j in jets] == [False, True]
    assert not _aircraft(next(t for t in doc if t.lower_ == "bomber"))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down a Red Cross helicopter carrying aid workers near Kalat on Monday.",
        "Rebels shot down a government plane carrying the health minister near Kalat on Monday.",
        "Militants shot down a medical helicopter near Kalat on Monday.",
    ],
)  # fmt: skip
def test_a_civilian_aircraft_downed_is_no_clash(nlp, text: str) -> None:
    assert "Armed clash" not in [e.acled_sub_event for e in events_on(nlp, text)]


@pytest.mark.parametrize(
    ("text", "military"),
    [
        ("Gunmen shot down a rescue helicopter near Kalat.", False),
        ("Gunmen shot down a UN helicopter near Kalat.", False),
        ("Gunmen shot down a helicopter carrying patients near Kalat.", False),
        ("Gunmen shot down a regime plane near Kalat.", False),
        # carrying soldiers, or no word of its use: a helicopter is a military one
        ("Gunmen shot down a helicopter carrying soldiers near Kalat.", True),
        ("Gunmen shot down a helicopter near Kalat.", True),
        # a military word beats a civilian one; "cargo" says nothing of whose
        ("Rebels shot down a military cargo plane near Kalat.", True),
        ("Rebels shot down a military charter plane near Kalat.", True),
        ("Rebels shot down a private plane near Kalat.", False),
    ],
)  # fmt: skip
def test_a_civilian_word_or_load_makes_an_aircraft_civilian(nlp, text, military) -> None:
    doc = nlp(text)
    craft = next(t for t in doc if t.lower_ in {"helicopter", "plane"})
    assert _aircraft(craft) is military


def test_aircraft_downed_leaves_other_types_alone(nlp) -> None:
    coder = nlp.get_pipe("frontlines_events")
    assert isinstance(coder, EventCoder)
    sent = next(nlp("Rebels shot down a warplane near Kalat.").sents)
    protest = next(t for t in coder.lexicon.types if t.id == "peaceful_protest")
    strike = next(t for t in coder.lexicon.types if t.id == "air_strike")
    shot = [t for t in sent if t.lower_ == "shot"]
    assert aircraft_downed(EventMatch(protest, 1.0, ()), shot, sent, coder.lexicon).type.id \
        == "peaceful_protest"
    assert aircraft_downed(EventMatch(strike, 1.0, ()), shot, sent, coder.lexicon).type \
        .acled_sub_event == "Armed clash"


def test_aircraft_downed_reads_the_events_own_words(nlp) -> None:
    """The downing must be the event's word, the aircraft it downed, or tied to it; a
    strike told by other words in the same sentence is not the downing."""
    coder = nlp.get_pipe("frontlines_events")
    assert isinstance(coder, EventCoder)
    strike = EventMatch(next(t for t in coder.lexicon.types if t.id == "air_strike"), 1.0, ())
    sent = next(nlp("Jets pounded the camp near Kalat after rebels shot down a warplane.").sents)
    by_word = {t.lower_: t for t in sent}
    assert aircraft_downed(strike, [by_word["pounded"]], sent, coder.lexicon) == strike
    assert aircraft_downed(strike, [by_word["jets"], by_word["warplane"]], sent,
                           coder.lexicon) == strike  # fmt: skip
    assert aircraft_downed(strike, [by_word["warplane"]], sent, coder.lexicon).type \
        .acled_sub_event == "Armed clash"
    assert aircraft_downed(strike, [], sent, coder.lexicon) == strike


def test_the_shared_attack_on_forces_id_names_the_lexicons_armed_clash(nlp) -> None:
    coder = nlp.get_pipe("frontlines_events")
    assert isinstance(coder, EventCoder)
    assert coder.lexicon.get(ATTACK_ON_FORCES).acled_sub_event == "Armed clash"
