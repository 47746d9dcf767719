"""An event the story names by its place ("the Kano attack", "the attack in Kano state"):
stories of our own about something else that come back to an attack by its place, far
from where they told it and with any verb around the name. The real pipeline parses
them; each case checks ``nlp/events/named.py`` both ways."""

from __future__ import annotations

import pytest

from frontlines.model import Extractor, PlaceMention, TextSpan
from frontlines.nlp.events.named import GENERAL_SUB_EVENTS, merged
from tests.event_reading import events_on

PUBLISHED = "2025-03-14"

#: A filler sentence with no event cue: the name comes back far from the first telling.
_FILLER = "The governor met party leaders in the capital to discuss the budget. "

NAMED_AGAIN = [
    # the city's name on the noun, sentences later, under a verb about something else
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     + _FILLER * 3 + "The senator praised the police response to the Kano attack."),
    # "in" + the state the first town lies in, with a date of what the sentence tells
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     + _FILLER * 3 + "The attack in Nigeria dominated the debate on Tuesday."),
    # "at" a site "in" the town
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     + _FILLER * 3 + "The attack at the mosque in Kano dominated the debate on Tuesday."),
]  # fmt: skip

NAMED_APART = [
    # the name is another place: another attack
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     + _FILLER * 3 + "The senator praised the police response to the Lagos attack."),
    # the story says it is another one
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     + _FILLER * 3 + "Another Kano attack on Sunday killed four traders at a market."),
]  # fmt: skip


def _events(nlp, text):
    return events_on(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text", NAMED_AGAIN)
def test_an_attack_named_by_its_place_is_the_attack_told(nlp, text):
    events = _events(nlp, text)
    violent = [e for e in events if e.acled_sub_event in {"Attack", "Armed clash"}]
    assert len(violent) == 1, [(e.acled_sub_event, e.text) for e in events]
    last = text.rindex(". ") + 2  # the mention by name: no event of its own
    assert all(e.start < last for e in events), [(e.acled_sub_event, e.text) for e in events]


@pytest.mark.parametrize("text", NAMED_APART)
def test_an_attack_named_by_another_place_stays_its_own(nlp, text):
    events = _events(nlp, text)
    assert not any(ev.end == len(text) for e in events for ev in e.evidence), \
        [(e.acled_sub_event, e.text, e.evidence) for e in events]


def test_a_merged_event_takes_the_more_specific_type(nlp):
    text = "A man attacked a crowd in Kano on Friday. The bombing in Kano killed 12 people."
    (event,) = _events(nlp, text)[:1]
    other = type(event)(**{**event.__dict__, "type": "suicide_bomb",
                           "acled_event": "Explosions/Remote violence",
                           "acled_sub_event": "Suicide bomb"})  # fmt: skip
    general = type(event)(**{**event.__dict__, "acled_sub_event": "Attack",
                             "acled_event": "Violence against civilians"})  # fmt: skip
    assert "Attack" in GENERAL_SUB_EVENTS
    span = TextSpan(0, 4, "A ma")
    assert merged(general, other, span).acled_sub_event == "Suicide bomb"
    assert merged(general, other, span).evidence[-1] == span
    assert merged(other, general, span).acled_sub_event == "Suicide bomb"  # never the plainer
    assert isinstance(Extractor("t", "0"), Extractor) and PlaceMention is not None


@pytest.mark.parametrize(("text", "history"), [
    ("Residents still speak of Kano, an attack that five years later still haunts the "
     "city.", True),
    ("Three years later, gunmen attacked the mosque again.", False),  # dated from another
])  # fmt: skip
def test_an_event_remembered_years_later_is_history(nlp, text, history):
    from frontlines.nlp.events.when import told_as_years_before

    (trigger,) = [t for t in nlp(text) if t.lemma_ == "attack"]
    assert told_as_years_before(trigger) is history


def test_a_merged_event_takes_a_date_only_its_mention_gives(nlp):
    from dataclasses import replace

    (event,) = _events(nlp, "A man attacked a crowd in Kano on Friday.")[:1]
    first = replace(event, date=PUBLISHED, date_precision=1, date_source="published",
                    actor1=None)
    mention = replace(event, date="2025-03-07", date_precision=1, date_source="text")
    span = TextSpan(0, 4, "A ma")
    together = merged(first, mention, span)
    assert (together.date, together.date_source) == ("2025-03-07", "text")
    dated = replace(first, date="2025-03-10", date_source="text")
    assert merged(dated, mention, span).date == "2025-03-10"  # a date of its own stays
