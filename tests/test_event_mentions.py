"""One event, several mentions: stories of our own where a later sentence only tells the
event again (one event, the later sentence its evidence) and where it tells another one
(two events). The real pipeline parses them, so each case checks a mechanism of
``nlp/events/mentions.py`` on the parse the model gives, both ways."""

from __future__ import annotations

import pytest

from frontlines.model import Extractor, PlaceMention
from frontlines.nlp.events.mentions import places_meet
from tests.event_reading import events_on

PUBLISHED = "2025-03-14"  # a Friday

RETOLD = [
    # the same person killed, told again later in other words, by someone else
    ("Iraqi officials said a senior Islamic State commander, Abu Khalid al-Jubouri, was "
     "killed on Thursday when an airstrike hit his hideout in the Anbar desert. The U.S. "
     "military, which oversees operations across the Middle East, said Abu Khalid al-Jubouri "
     "was killed in an airstrike on Thursday."),
    # a day-possessive reference; the sentence's place is where others are, not the attack's
    ("Gunmen attacked a bus carrying pilgrims near Kalat on Tuesday, killing six people. "
     "Police said the men behind Tuesday's attack had come over from Afghanistan."),
    # ("Following word of the truce deal, ..." is read as a setting by
    # nlp/events/specific.py before any merging: it gives no mention to merge.)
    # the same two sides, a day in the week told and a place inside the province told
    ("U.S. aircraft struck al-Qaida targets in Idlib province this week, killing 20 militants. "
     "A U.S. strike on Monday hit al-Qaida vehicles near Sarmada, officials said."),
    # the same place, the same day, the same kind: the story telling it again
    ("Russian forces shelled Kherson on Monday, killing three civilians. Russian artillery "
     "shelled Kherson on Monday, killing two civilians."),
    # the same convoy, in the province the first town lies in
    ("Militants ambushed a military convoy near Quetta on Monday, killing three soldiers. In "
     "Balochistan province, soldiers fought the militants near the convoy for two hours, "
     "officials said."),
    # the same sub-event told by another word ("attacked" soldiers, then "fighting")
    ("Gunmen attacked soldiers at a checkpoint near Mosul on Monday, killing two of them. "
     "Heavy fighting lasted until the evening, officials said."),
    # a district of "the city" told before, whatever the gazetteer made of its name
    ("A bomb blast ripped through a church in Cairo on Sunday, killing 20 worshippers. The "
     "blast early on Sunday, in the city's Shubra district, wrecked the church's front "
     "hall."),
]  # fmt: skip

APART = [
    # the story says it is another one
    ("Gunmen attacked a checkpoint near Kirkuk on Monday, killing three police officers. "
     "In another attack, militants shot at an army patrol near Kirkuk on Monday."),
    # a reference back beside a clause telling an earlier event somewhere else
    ("A bomb exploded at a market in Peshawar on Sunday, killing nine people. Sunday's blast "
     "came two days after a bomb killed four soldiers in Quetta."),
    # a definite mention with a place of its own that is not the first event's
    ("A U.S. airstrike killed an al-Qaida commander near Idlib on Monday. The strike near "
     "Aleppo on Monday killed two fighters."),
    # the same sentence as a retelling above, but the story says it happened again
    ("Russian forces shelled Kherson on Monday, killing three civilians. Russian artillery "
     "shelled Kherson again on Monday, killing two civilians."),
    # a reference back with a locative of its own that is another town
    ("A bomb exploded at a market in Peshawar on Sunday, killing nine people. The explosion, "
     "near Kohat, destroyed a bus station."),
    # a reference back as the subject of a verb whose own clause tells an earlier event
    ("Gunmen attacked a police post near Kalat on Monday, killing two officers. The attack "
     "came a day after militants bombed a bridge near Kalat."),
    # the same kind of event in the same province, with nothing shared but the kind
    ("Militants ambushed a military convoy near Quetta on Monday, killing three soldiers. In "
     "Balochistan province, soldiers fought militants near a police station for two hours, "
     "officials said."),
    # the same kind of event on another day
    ("Militants attacked a police post near Kalat on Monday, killing two officers. On "
     "Wednesday, militants attacked a police post near Kalat, killing four officers."),
]  # fmt: skip


def _events(nlp, text):
    return events_on(nlp, text, PUBLISHED)


#: A copular sentence about the event told: nlp/events/specific.py reads "X was the
#: deadliest attack" as a description and drops it before merging, or the merge takes it.
DESCRIBED = [
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     "The shooting was the deadliest attack in the city this year."),
    ("Russian missiles struck an apartment block in Dnipro on Monday, killing nine people. "
     "It was the deadliest strike on the city this year."),
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_description_of_the_event_told_adds_no_event(nlp, text):
    events = _events(nlp, text)
    assert len(events) == 1, [(e.acled_sub_event, e.text) for e in events]
    assert all(e.start >= events[0].end for e in events[0].evidence)


@pytest.mark.parametrize("text", RETOLD)
def test_a_story_telling_its_event_again_gives_one_event(nlp, text):
    events = _events(nlp, text)
    assert len(events) == 1, [(e.acled_sub_event, e.text) for e in events]
    (evidence,) = events[0].evidence  # the second sentence, which told it again
    assert evidence.start >= events[0].end and evidence.end == len(text)


@pytest.mark.parametrize("text", APART)
def test_another_event_of_the_story_stays_its_own(nlp, text):
    events = _events(nlp, text)
    assert len(events) == 2, [(e.acled_sub_event, e.text) for e in events]
    assert all(not e.evidence for e in events)


def _place(name, country, admin1, code, geonames_id):
    return PlaceMention(start=0, end=len(name), text=name, role="location",
                        geonames_id=geonames_id, name=name, lat=None, lon=None,
                        country=country, admin1=admin1, feature_code=code,
                        acled_precision=None, ucdp_precision=None,
                        extractor=Extractor("test", "0"))  # fmt: skip


def test_places_meet_when_one_lies_in_the_other():
    quetta = _place("Quetta", "PK", "02", "PPLA", 1)
    balochistan = _place("Balochistan", "PK", "02", "ADM1", 2)
    punjab = _place("Punjab", "PK", "04", "ADM1", 3)
    pakistan = _place("Pakistan", "PK", None, "PCLI", 4)
    kabul = _place("Kabul", "AF", "13", "PPLC", 5)
    europe = _place("Europe", None, None, "CONT", 6)
    assert places_meet(quetta, balochistan) and places_meet(balochistan, quetta)
    assert places_meet(quetta, pakistan) and places_meet(quetta, None)
    assert places_meet(kabul, europe)  # too wide to tell anything apart
    assert not places_meet(quetta, punjab)
    assert not places_meet(quetta, kabul) and not places_meet(pakistan, kabul)


#: A mention with no place of its own after another event somewhere else: the place it
#: carries over from the sentence before is no place of its own, and the participant or
#: thing it shares with the first event is what says it is that event.
CARRIED_OVER_RETOLD = [
    # the same two named sides, the same sub-event, told by a clause of its own
    ("The move was aimed at calming Turkey, which had condemned Armenia's invasion of "
     "Georgia on May 3. Police in Baku arrested twelve protesters on Sunday. Armenia said "
     "it invaded Georgia because of a dispute over water."),
    # the same convoy
    ("Militants attacked a convoy near Goma on Monday, killing five soldiers. Police in "
     "Bukavu arrested twelve protesters on Sunday. The militants ambushed the convoy at a "
     "bridge, a witness said."),
    # a doer noun whose verb names the train an earlier sentence of the attack named
    ("The Bolan Express, carrying 350 passengers, was attacked by gunmen near Sibi on "
     "Tuesday. Hurt in the shooting, the train's driver later died. Police in Quetta "
     "arrested twelve protesters on Sunday. \"They [attackers] stopped the train in a "
     "tunnel,\" a railway official said."),
]  # fmt: skip

#: The same kind of event after another event somewhere else, sharing nothing particular.
CARRIED_OVER_APART = [
    ("Gunmen attacked the Hotel Lux in Goma on Monday, killing five guards. Police in Bukavu "
     "arrested twelve protesters on Sunday. Gunmen also attacked a market, killing two "
     "traders, a witness said."),
    # the doer's verb names another thing than the attack's sentences did
    ("The Bolan Express, carrying 350 passengers, was attacked by gunmen near Sibi on "
     "Tuesday. Hurt in the shooting, the train's driver later died. Police in Quetta "
     "arrested twelve protesters on Sunday. \"They [attackers] stopped a bus in a "
     "tunnel,\" a railway official said."),
]  # fmt: skip


def _kind_of_first(events):
    return [e for e in events if e.acled_sub_event == events[0].acled_sub_event]


@pytest.mark.parametrize("text", CARRIED_OVER_RETOLD)
def test_a_place_carried_over_does_not_part_a_mention_of_the_same_participant(nlp, text):
    told = _kind_of_first(_events(nlp, text))
    assert len(told) == 1, [(e.acled_sub_event, e.text) for e in told]
    last = text.rindex("Sunday. ") + 8
    assert any(ev.start >= last for ev in told[0].evidence), told[0].evidence


@pytest.mark.parametrize("text", CARRIED_OVER_APART)
def test_the_same_kind_after_another_place_sharing_nothing_stays_its_own(nlp, text):
    told = _kind_of_first(_events(nlp, text))
    assert len(told) == 2, [(e.acled_sub_event, e.text) for e in told]
