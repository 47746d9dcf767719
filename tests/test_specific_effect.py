"""An event word in the subject of a verb of effect, in the present perfect or present: the
clause tells what a known event does to the present, not news of it (``specific.EFFECT``).
Our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.specific import EFFECT
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bombing of the embassy has thrust security to the top of the campaign agenda.",
         "bombing"),
        ("The fighting in Darfur has caused many families to flee their homes.", "fighting"),
        ("The raid on the compound has renewed calls for an inquiry into the police.", "raid"),
        ("The siege of the port has strained ties between the two capitals.",
         "siege"),
        ("The ambush near the border has rattled the ruling coalition.", "ambush"),
        ("The massacre in the valley dominates the talks in the capital.", "massacre"),
    ],
)  # fmt: skip
def test_an_event_told_by_its_effect_on_the_present_is_no_news(nlp, text, word):
    doc = _doc(nlp, text)
    assert _reason(doc, word) in {EFFECT, "present or generic"}
    assert doc._.events == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bombing killed twelve people in Kabul on Monday.", "bombing"),
        ("A rocket attack on the base in Erbil on Tuesday prompted the army to close the "
         "road.", "attack"),
        ("The attack on the convoy prompted the army to close the road.", "attack"),
        ("Clashes between rebels and soldiers in Goma have left 20 people dead, officials "
         "said.", "Clashes"),
        ("The bombing on Sunday has sparked anger across the country.", "bombing"),
        ("The offensive has pushed the rebels out of three villages near Idlib.",
         "offensive"),
    ],
)  # fmt: skip
def test_a_deed_told_in_the_past_dated_or_by_its_toll_is_kept(nlp, text, word):
    doc = _doc(nlp, text)
    assert _reason(doc, word) != EFFECT
    assert doc._.events


def test_the_effect_needs_an_object(nlp):
    """ "Heavy fighting has spread to the outskirts": no verb of effect, news of fighting."""
    doc = _doc(nlp, "Heavy fighting has spread to the outskirts of Khartoum, residents said.")
    assert _reason(doc, "fighting") != EFFECT


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor said the recent wave of police shootings and sit-ins demands that each "
         "of us listen.", "shootings"),
        ("The senator said the latest round of police shootings and marches demands that "
         "the country listen.", "shootings"),
        ("The bishop said the new wave of raids and protests demands that leaders talk to "
         "each other.", "raids"),
        ("The general said the rash of ambushes and protests warrants a new response.",
         "ambushes"),
    ],
)  # fmt: skip
def test_a_present_verb_tagged_as_a_plural_noun_is_read_as_a_present(nlp, text, word):
    """The tagger reads "demands" as a noun: the event word's clause is still a present
    that states something about events already known."""
    doc = _doc(nlp, text)
    assert next(t for t in doc if t.dep_ == "ccomp" and t.head.dep_ == "ROOT").tag_ in {
        "NNS", "VBZ"}
    assert _reason(doc, word) == "present or generic"
    assert doc._.events == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The monitor said clashes between rebels and soldiers in Goma killed 20 people on "
         "Friday.", "clashes"),
        ("The mayor said the bombings in the market last week prove that the militia is "
         "still active.", "bombings"),
    ],
)  # fmt: skip
def test_a_reported_deed_in_the_past_or_dated_is_kept(nlp, text, word):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == ""
    assert doc._.events
