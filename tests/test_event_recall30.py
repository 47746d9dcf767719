"""Event recall, session 30 (issue 19): readings that dropped events a coder codes.

* A perfect infinitive under a verb of claiming or reporting ("claimed to have downed",
  "is said to have raided", "its boast to have carried out a test") tells a deed done
  before that verb, not an aim or a plan (``nlp/events/anterior.py``); under any other
  governor (plans, deadlines, beliefs, knowledge) or under a claim denied, negated or
  called false, it tells none.
* "appear" and "seem" govern a deed told with a hedge.
* "fired on" is no attack cue: people, engines and hunters are fired or fire too.
* A singular event noun numbered by an ordinal ("a third atomic weapons test") is one
  event, whatever period the clause spans (``periods._numbered``).
* A weapon test told with an "of" phrase ("a test of a long-range missile"), or in a
  relative clause of the state that held it, is a test held (``weapon_tests.py``).

Our own sentences, read by the real pipeline."""

from __future__ import annotations

from frontlines.nlp.events.anterior import perfect_infinitive
from tests.event_reading import events_on


def _kinds(nlp, text: str) -> list[str]:
    return [e.acled_event for e in events_on(nlp, text, "2024-06-10") if not e.background]


def test_a_perfect_infinitive_is_anterior_not_an_aim(nlp):
    doc = nlp("Rebels claimed to have shot down a helicopter.")
    shot = next(t for t in doc if t.text == "shot")
    assert perfect_infinitive(shot)
    doc = nlp("Rebels vowed to shoot down a helicopter.")
    assert not perfect_infinitive(next(t for t in doc if t.text == "shoot"))


def test_a_deed_claimed_or_said_to_have_happened_is_told(nlp):
    assert _kinds(nlp, "Rebels claimed to have shot down a government helicopter near "
                       "Dalen on Sunday.") == ["Battles"]
    assert _kinds(nlp, "The militia is said to have attacked the village of Korran "
                       "last week.") == ["Battles"]


def test_a_deed_planned_or_hoped_for_in_the_perfect_is_still_no_event(nlp):
    assert _kinds(nlp, "Rebels plan to have seized the town by Friday.") == []
    assert _kinds(nlp, "The army hopes to have retaken the valley before winter.") == []


def test_a_weapon_test_of_an_of_phrase_is_held(nlp):
    text = "The junta said it had carried out a test of a long-range missile off its " \
           "eastern coast on Friday."
    assert _kinds(nlp, text) == ["Strategic developments"]
    text = "Diplomats mocked the junta's boast to have carried out a test of a ballistic " \
           "missile this spring."
    assert _kinds(nlp, text) == ["Strategic developments"]


def test_a_test_of_no_weapon_is_no_event(nlp):
    assert _kinds(nlp, "The senate faced a test of wills over the budget on Friday.") == []


def test_a_weapon_test_in_the_holders_relative_clause_is_held(nlp):
    text = "Ostland, which staged an atomic weapons test over the past year, has few " \
           "friends in the region."
    assert _kinds(nlp, text) == ["Strategic developments"]


def test_an_ordinal_test_under_a_period_is_one_test_and_many_stay_a_tally(nlp):
    text = "Over the past few months Ostland has staged a third atomic weapons test, " \
           "defying the regional bloc."
    events = [e for e in events_on(nlp, text, "2024-06-10") if not e.background]
    assert [e.acled_sub_event for e in events] == ["Other"]
    assert _kinds(nlp, "Ostland has staged dozens of missile tests over the past "
                       "decade.") == []


def test_a_claimed_or_reported_perfect_deed_is_told(nlp):
    assert _kinds(nlp, "Insurgents claimed to have downed a drone near Korran on "
                       "Monday.") == _kinds(nlp, "Insurgents downed a drone near Korran on "
                                                 "Monday.") != []
    assert _kinds(nlp, "The militia is said to have raided the camp near Korran on "
                       "Sunday.") == _kinds(nlp, "The militia raided the camp near Korran "
                                                 "on Sunday.") != []


def test_a_perfect_deed_planned_or_due_is_no_event(nlp):
    assert _kinds(nlp, "The army was scheduled to have completed its withdrawal from Korran "
                       "by March.") == []
    assert _kinds(nlp, "Government troops were due to have handed over the town of Korran "
                       "to the rebels on Monday.") == []


def test_a_perfect_deed_believed_or_known_as_history_is_no_event(nlp):
    assert _kinds(nlp, "The army is believed to have shelled Korran in the past.") == []
    assert _kinds(nlp, "The group is known to have attacked convoys on the road to "
                       "Dalen.") == []


def test_a_perfect_deed_under_a_claim_denied_negated_or_false_is_no_event(nlp):
    assert _kinds(nlp, "The militia denied claims that it is said to have raided the camp "
                       "near Korran on Sunday.") == []
    assert _kinds(nlp, "The rebels falsely claimed to have shot down a jet over Dalen on "
                       "Friday.") == []
    assert _kinds(nlp, "The rebels did not claim to have shot down a jet over Dalen on "
                       "Friday.") == []


def test_the_governor_decides_the_perfect(nlp):
    doc = nlp("The army was scheduled to have completed its withdrawal.")
    assert not perfect_infinitive(next(t for t in doc if t.text == "completed"))
    doc = nlp("The rebels falsely claimed to have shot down a jet.")
    assert not perfect_infinitive(next(t for t in doc if t.text == "shot"))
    doc = nlp("The militia is said to have raided the camp.")
    assert perfect_infinitive(next(t for t in doc if t.text == "raided"))


def test_appear_and_seem_govern_a_deed_told_with_a_hedge(nlp):
    plain = _kinds(nlp, "Rebels attacked the checkpoint at Korran on Monday.")
    assert plain != []
    assert _kinds(nlp, "Rebels seem to have attacked the checkpoint at Korran on "
                       "Monday.") == plain
    assert _kinds(nlp, "Rebel fighters appeared to attack the checkpoint at Korran on "
                       "Monday night.") == plain
    assert _kinds(nlp, "Rebel fighters seemed to attack the checkpoint at Korran on "
                       "Monday night.") == plain
    assert _kinds(nlp, "The militia appears to have raided the camp near Korran on "
                       "Sunday.") != []
    assert _kinds(nlp, "The army did not appear to shell the villages around Dalen on "
                       "Tuesday.") == []


def test_fired_on_without_a_shooting_is_no_event(nlp):
    for text in ("The mayor was fired on Tuesday after the audit of the port authority.",
                 "The mill fired on Monday 40 workers who had joined the strike.",
                 "The striker was firing on all cylinders as his team won the cup.",
                 "After a cold night the engine fired on the second attempt.",
                 "The senator fired on his hunting trip and missed the deer entirely."):
        assert _kinds(nlp, text) == [], text
