"""Missed events of issue 19 (session 19): a bomb or device found, told with words between
"was" and "found" or in the active voice, is disrupted weapons use; the finding of a
bomb's make-up is no event. Our own sentences, read by the whole pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.frames import frame_cues
from tests.event_reading import read_article


@pytest.mark.parametrize("text", [
    "Police found a second bomb near the bus station in Kano on Monday.",
    "Another bomb was also found in a bin beside the market in Kano, police said.",
    "An unexploded grenade was later discovered under a parked car in Mogadishu.",
])  # fmt: skip
def test_a_bomb_found_is_disrupted_weapons_use(nlp, text):
    subs = [e.acled_sub_event for e in read_article(nlp, text)._.events]
    assert subs == ["Disrupted weapons use"]


@pytest.mark.parametrize(("text", "held"), [
    ("Police found a second bomb near the bus station.", True),
    ("A device was also found in a bin.", True),
    # the finding is of what the device was, or the thing found is no weapon
    ("Investigators found that the device had been made from a pressure cooker.", False),
    ("Police found a stolen car near the bus station.", False),
])  # fmt: skip
def test_the_found_frame_needs_a_weapon_found(nlp, text, held):
    heads = {t.lemma_ for _, t in frame_cues(next(iter(nlp(text).sents)))}
    assert ("find" in heads) is held


@pytest.mark.parametrize(("text", "count"), [
    ("Hundreds of other demonstrators marched through the centre of Lima on Sunday.", 1),
    ("Two other gunmen opened fire on a bus near Kano on Friday.", 1),
    # a kind of event, or a kind of people spoken of: no event
    ("She compared the march to other protests in the region over the years.", 0),
    ("Other demonstrators have faced fines in the past.", 0),
])  # fmt: skip
def test_counted_other_doers_are_particular_people(nlp, text, count):
    assert len(read_article(nlp, text)._.events) == count


def test_the_attack_as_subject_tells_the_attack_told_before(nlp):
    text = ("On Friday night a gunman began shooting at police on the main boulevard of "
            "Lyon. The attack left one policeman dead and two tourists wounded, before "
            "officers shot and killed the attacker.")
    events = read_article(nlp, text)._.events
    assert len(events) == 1 and len(events[0].evidence) == 1


@pytest.mark.parametrize("second", [
    "The attack came a day after militants attacked a village near Gao.",
    "The attack in Lagos on Saturday killed four traders.",
])  # fmt: skip
def test_another_attack_with_its_own_place_or_deed_stays_apart(nlp, second):
    text = "Gunmen opened fire on a police post in Kano on Friday. " + second
    assert len(read_article(nlp, text)._.events) == 2


@pytest.mark.parametrize(("text", "count"), [
    ("The coalition hit militant positions with air strikes near Raqqa on Monday.", 1),
    # no day of its own: strikes as a kind of means, as before
    ("The coalition hits militant positions with air strikes whenever they move.", 0),
])  # fmt: skip
def test_the_means_hung_on_the_object_is_dated_by_the_verb(nlp, text, count):
    events = read_article(nlp, text)._.events
    assert len(events) == count
    assert all(e.acled_sub_event == "Air/drone strike" for e in events)
