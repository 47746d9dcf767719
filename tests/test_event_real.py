"""Is there a real, specific event here: commands, counted habits, kinds of event, cue
words read by their lemma, and dropped mentions that still tell an event already coded.
Our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.component import _triggers
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("Fight them with every weapon you have.", "Fight", "imperative"),
        ("\"Burn their villages,\" the commander told his men.", "Burn", "imperative"),
        ("Let the two militias fight each other, the senator said.", "fight", "imperative"),
        ("The blogger has been arrested at least nine times at protests.", "arrested",
         "habitual"),
        ("Police detained the editor several times last year.", "detained", "habitual"),
        ("The mayor met the victims of other mass shootings.", "shootings",
         "generic"),
        ("Similar bombings have hit the region.", "bombings", "generic"),
    ],
)  # fmt: skip
def test_no_event_happened_here(nlp, text, word, reason):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == reason
    assert doc._.events == []


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("Soldiers fired twice on the protesters in the square on Monday, killing two.",
         "Excessive force against protesters"),
        ("Gunmen attacked a police post in Quetta on Monday.", "Armed clash"),
        ("Police arrested five militants in Lahore on Sunday.", "Arrests"),
        ("Militants carried out the shootings at a mosque in Kano on Friday, killing three "
         "worshippers.", "Attack"),
    ],
)  # fmt: skip
def test_a_real_event_is_still_coded(nlp, text, sub_event):
    doc = _doc(nlp, text)
    assert [e.acled_sub_event for e in doc._.events] == [sub_event]


def test_a_cue_is_found_by_its_lemma_when_the_text_inflects_it_otherwise(nlp):
    """ "shootings" (lemma "shooting") for the cue "shoot": the trigger is read, so its
    clause can be judged, instead of the lexicon's score standing unread."""
    doc = _doc(nlp, "Officials spoke about the shootings.")
    coder = nlp.get_pipe("frontlines_events")
    (match,) = [m for m in coder.lexicon.matches("official speak about the shooting .",
                                                  doc.text) if m.type.id == "attack"]
    assert [t.text for t in _triggers(doc[:], match)] == ["shootings"]


def test_a_dropped_mention_of_a_coded_event_is_its_evidence(nlp):
    """The later sentences tell no new event (a setting, a reference back), but they
    tell the bombing again: each is one more evidence sentence of it."""
    text = ("A car bomb exploded outside the police headquarters in Kandahar on Friday, "
            "killing 12 people. Security was tightened across the city after the bombing. "
            "Officials said the death toll of the bombing rose to 30.")
    doc = _doc(nlp, text)
    (event,) = doc._.events
    assert event.acled_sub_event == "Remote explosive/landmine/IED"
    told = [text[s.start:s.end] for s in event.evidence]
    assert told == ["Security was tightened across the city after the bombing.",
                    "Officials said the death toll of the bombing rose to 30."]


def test_a_denied_role_is_still_evidence_but_other_events_are_not(nlp):
    """A definite description presupposes its event: a sentence denying a role in "the
    bombing" still tells of it. Other bombings are not it, nor is a bombing that the
    sentence says never was."""
    text = ("A car bomb exploded outside the police headquarters in Kandahar on Friday, "
            "killing 12 people. The group denied that it carried out the bombing. "
            "Officials recalled other bombings in the province. "
            "There was no bombing in Herat, the governor said.")
    doc = _doc(nlp, text)
    (event,) = doc._.events
    assert [text[s.start:s.end] for s in event.evidence] == [
        "The group denied that it carried out the bombing."]


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        # a bare plural is a kind of event ...
        ("The coalition conducted strikes in the region.", "strikes", "generic plural"),
        # ... unless its verb is dated, or a date or a named place of its own names them
        ("Warplanes on Thursday launched strikes against camps in the valley.", "strikes", ""),
        ("Security was tightened after the attack in Kandahar.", "attack", ""),
        ("Security was tightened after the attack.", "attack", "setting"),
    ],
)  # fmt: skip
def test_anchors_make_an_event_noun_particular(nlp, text, word, reason):
    assert _reason(_doc(nlp, text), word) == reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("The envoy to the coalition fighting the insurgents welcomed the move.", "fighting",
         "role"),
        ("Officials praised the army for its help in battling armed groups.", "battling",
         "role"),
    ],
)  # fmt: skip
def test_a_participle_that_describes_a_noun_is_a_role(nlp, text, word, reason):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == reason
    assert doc._.events == []


def test_a_blast_killing_people_keeps_its_outcome(nlp):
    doc = _doc(nlp, "A blast killing 12 people hit the market in Kano on Friday.")
    assert _reason(doc, "killing") == ""
    assert [e.acled_sub_event for e in doc._.events] == ["Remote explosive/landmine/IED"]


def test_a_crowd_is_mob_violence_only_when_it_does_violence(nlp):
    from frontlines.nlp.events.senses import off_sense

    audience = _doc(nlp, "The governor spoke to a crowd of nearly 500 farmers.")
    crowd = next(t for t in audience if t.text == "crowd")
    assert off_sense(crowd, "mob_violence").endswith("a gathering, no violence")
    assert audience._.events == []
    mob = _doc(nlp, "A crowd of villagers attacked the police station in Kano on Friday.")
    assert [e.acled_sub_event for e in mob._.events] == ["Mob violence"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The president of a lobby group joined the protest action on Tuesday.", False),
        ("The actor joined his co-hosts on stage in Boston on Friday.", False),
        ("The militia joined the government coalition on Sunday.", True),
        ("Hundreds of fighters joined Islamic State in Raqqa.", True),
    ],
)  # fmt: skip
def test_a_change_to_a_group_needs_a_group(nlp, text, coded):
    doc = _doc(nlp, text)
    found = [e.acled_sub_event for e in doc._.events]
    assert found == (["Change to group/activity"] if coded else [])
