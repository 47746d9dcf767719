"""A definite event word in the subject of a verb of effect, in the present perfect or
present, past the story's first sentence and undated: the clause tells what a known event
does to the present, not news of it (``specific.EFFECT``); a first report is kept.
Our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.specific import EFFECT
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason

#: A story's first sentence, of our own, that tells no event: the sentences after it
#: refer back to what the reader already knows.
_OPENING = "Officials in the capital spoke to reporters about the week. "


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
        ("The massacre in the valley has dominated the talks in the capital.", "massacre"),
        ("The wave of raids has deepened the crisis in the north.", "raids"),
    ],
)  # fmt: skip
def test_an_event_told_by_its_effect_on_the_present_is_no_news(nlp, text, word):
    doc = _doc(nlp, _OPENING + text)
    assert _reason(doc, word) == EFFECT
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


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A bombing at a market in Baghdad has caused at least 15 casualties, police said.",
         "bombing"),
        ("An air strike on a hospital in Idlib has sparked international condemnation.",
         "strike"),
        ("A rebel attack on the town of Beni has sparked panic, officials said on Tuesday.",
         "attack"),
        ("Clashes in the Old City have caused several injuries, the Red Crescent said.",
         "Clashes"),
        ("Israeli airstrikes have caused widespread destruction in Rafah, residents said.",
         "airstrikes"),
        ("Protests in Lima have prompted the government to declare a state of emergency.",
         "Protests"),
        ("Russian strikes on Ukraine's power grid have caused blackouts across the country.",
         "strikes"),
        ("Fighting has caused the suspension of aid deliveries to the camp, the WFP said.",
         "Fighting"),
        ("Shelling near the port has stoked fears of a wider war, diplomats said.",
         "Shelling"),
    ],
)  # fmt: skip
def test_a_first_report_told_by_its_effect_is_kept(nlp, text, word):
    """An indefinite or bare event noun tells a deed the reader does not know yet, however
    the clause reads: news, in the first sentence or after it."""
    for story in (text, _OPENING + text):
        doc = _doc(nlp, story)
        assert _reason(doc, word) != EFFECT, story


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The fighting in the east has caused thousands to flee the town since Sunday.",
         "fighting"),
        ("The clashes in Sweida have caused at least 30 deaths, a monitor said.", "clashes"),
        ("The clashes in Sweida have caused widespread damage to the old market.", "clashes"),
    ],
)  # fmt: skip
def test_a_known_deed_with_a_date_in_its_clause_or_a_toll_is_kept(nlp, text, word):
    """A date anywhere in the clause ("since Sunday" on the object's verb) or an object that
    is the deed's toll tells news of it, even of a deed told before."""
    doc = _doc(nlp, _OPENING + text)
    assert _reason(doc, word) != EFFECT


def test_the_first_sentence_tells_nothing_known(nlp):
    """ "The siege of the port has strained ties ..." as a story's first sentence: nothing
    was told before it, so the definite noun refers to no earlier news."""
    doc = _doc(nlp, "The siege of the port has strained ties between the two capitals.")
    assert _reason(doc, "siege") != EFFECT


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
    if next(t for t in doc if t.dep_ == "ccomp" and t.head.dep_ == "ROOT").tag_ != "NNS":
        pytest.skip("the tagger read the present verb as a verb here")
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
