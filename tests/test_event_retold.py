"""One event, several mentions, across dates that are not the event's (``nlp/events/
retold.py``): stories of our own whose later sentence tells the bombing again by a
definite noun while the sentence before dated it by the verb governing it ("condemned
... on Saturday"). The real pipeline parses them; each case checks both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.retold import own_date, referring_noun
from tests.event_reading import read_article

PUBLISHED = "2025-03-16"

TOLD_AGAIN = [
    # dated by the governing verb first, by its own day after
    ("The government on Saturday condemned the bombing of the police station in Kano. "
     "The blast on Friday killed eleven people, officials said."),
    # the day inside the noun's own phrase
    ("The government on Saturday condemned the bombing of the police station in Kano. "
     "The Friday blasts killed eleven people and wounded 40."),
]  # fmt: skip

TOLD_APART = [
    # the story's word that it is another one, at another place
    ("The government on Saturday condemned the bombing of the police station in Kano. "
     "Another blast on Friday killed eleven people in Lagos."),
    # an indefinite new event beside the reference: two events
    ("The government on Saturday condemned the bombing of the police station in Kano. "
     "The blast came two days after a pair of car bombs killed nine police officers in Kano "
     "on Thursday."),
]  # fmt: skip


def _doc(nlp, text):
    from frontlines.nlp.times import with_reference_date

    return nlp(with_reference_date(nlp.make_doc(text), PUBLISHED))


def _bombings(doc):
    return [e for e in doc._.events if e.acled_event == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", TOLD_AGAIN)
def test_a_definite_noun_dated_by_another_verb_is_the_event_told(nlp, text):
    events = _bombings(_doc(nlp, text))
    assert len(events) == 1, [(e.acled_sub_event, e.date, e.text) for e in events]
    second = text.index(". ") + 2
    assert any(ev.start >= second for ev in events[0].evidence), events[0].evidence
    assert events[0].date is not None and events[0].date <= "2025-03-14", events[0].date


@pytest.mark.parametrize("text", TOLD_APART)
def test_another_place_or_a_new_event_stays_its_own(nlp, text):
    events = _bombings(_doc(nlp, text))
    assert len(events) == 2, [(e.acled_sub_event, e.date, e.text) for e in events]


def test_a_date_on_the_governing_verb_is_not_the_events_own(nlp):
    doc = _doc(nlp, "The government on Saturday condemned the bombing of the police "
                    "station in Kano. The blast killed eleven people on Friday.")
    first = _bombings(doc)[0]
    sent = next(doc.sents)
    bombing = next(t for t in sent if t.lower_ == "bombing")
    assert referring_noun([bombing]) is bombing
    from dataclasses import replace

    dated = replace(first, start=sent.start_char, end=sent.end_char, date="2025-03-15",
                    date_source="text")  # fmt: skip
    assert not own_date(dated, [bombing])  # "condemned ... on Saturday": the condemning
    second = list(doc.sents)[1]
    blast = next(t for t in second if t.lower_ == "blast")
    own = replace(first, start=second.start_char, end=second.end_char, date="2025-03-14",
                  date_source="text")  # fmt: skip
    killed = next(t for t in second if t.lower_ == "killed")
    assert own_date(own, [blast, killed])  # "killed ... on Friday": the blast's day


OFFENSIVE_FIRST = ("The offensive against the rebels in Sirte is going well, the army "
                   "commander said. ")


def test_a_definite_noun_the_parser_read_as_an_adjective_is_the_event_told(nlp):
    """'the ground offensive' parsed as 'the ground' the subject of an adjective
    'offensive': the determiner is still the phrase's, and the mention tells the
    offensive again."""
    text = OFFENSIVE_FIRST + ("When the rebels ignored the demand, the general let the "
                              "ground offensive begin on Saturday night.")  # fmt: skip
    doc = _doc(nlp, text)
    clashes = [e for e in doc._.events if e.acled_event == "Battles"]
    assert len(clashes) == 1, [(e.text, e.date) for e in clashes]
    assert any(ev.start > len(OFFENSIVE_FIRST) - 2 for ev in clashes[0].evidence)


def test_an_indefinite_offensive_elsewhere_stays_its_own(nlp):
    text = OFFENSIVE_FIRST + ("On Saturday night the general began a ground offensive "
                              "against the rebels in Benghazi.")  # fmt: skip
    doc = _doc(nlp, text)
    clashes = [e for e in doc._.events if e.acled_event == "Battles"]
    assert len(clashes) == 2, [(e.text, e.date) for e in clashes]


#: One mention of bombings at two places, dated by the verb that governs it; a later
#: mention gives the day of the bombings themselves.
ONE_MENTION_TWO_PLACES = (
    "The council on Thursday condemned the bombing of the embassies in Accra and Lome and "
    "urged states to help. The almost simultaneous attacks March 7 at the embassies in "
    "Accra and Lome killed 40 people."
)


def test_the_places_of_one_mention_share_the_day_a_later_mention_gives(nlp):
    events = _bombings(_doc(nlp, ONE_MENTION_TWO_PLACES))
    first = [e for e in events if e.start == 0]
    assert len(first) == 2, [(e.place, e.date) for e in events]
    assert {e.date for e in first} == {"2025-03-07"}, [(e.place, e.date) for e in first]


def test_a_day_of_the_mentions_own_stays(nlp):
    doc = _doc(nlp, "Car bombs hit the embassies in Accra and Lome on Friday. The blasts at "
                    "the embassy in Accra on March 7 wounded 40 people.")
    first = [e for e in _bombings(doc) if e.start == 0]
    assert first and all(e.date == "2025-03-14" for e in first), [(e.place, e.date)
                                                                  for e in first]


def test_another_event_noun_of_the_sentence_lends_no_day(nlp):
    """The raid and the bombings are one ACLED event type told in one sentence, but two
    events: the bombings' May 3 (merged with a later mention) is not the raid's day."""
    text = ("The police chief said on Friday that the American air raid on Somalia and Yemen "
            "is not linked with the inquiry into the May 3 bombings in Kenya. The bombings "
            "in Kenya killed 12 people.")
    events = read_article(nlp, text)._.events
    raids = [e for e in events if e.acled_sub_event == "Air/drone strike"]
    bombings = [e for e in events if e.acled_sub_event == "Remote explosive/landmine/IED"]
    assert raids and all(e.date != "2024-05-03" for e in raids), [(e.place, e.date)
                                                                   for e in raids]
    assert [e.date for e in bombings] == ["2024-05-03"]
