"""Session 30 argument mends, on sentences of our own read by the real pipeline: a "by"
phrase the parse hangs on the name inside an event noun's "of" phrase, or on the active
verb whose object the noun is, still names the event's doer (the "of" name whom it was
done to); a month named without a year after publication, on a done event, is last
year's, and refines the year an earlier mention gave; a participle of closing in that the
parse hangs on the verb carrying an event noun names the country closed in on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.event_reading import actor_texts, events_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "word", "doer", "hit"), [
    ("Rights monitors documented the abduction of aid worker Lena Varga by militiamen "
     "near the dam.", "abduction", "militiamen", "Varga"),
    ("The court heard about the beating of shopkeeper Omar Selby by two off-duty "
     "policemen in Tarnow.", "beating", "policemen", "Selby"),
])
def test_the_event_noun_reads_both_sides(nlp: Language, text: str, word: str, doer: str,
                                         hit: str) -> None:
    """The noun's own reading: the "by" phrase is who did it, the "of" name whom."""
    one, two = actor_texts(nlp, text, word)
    assert one is not None and doer in one, (one, two)
    assert two is not None and hit in two, (one, two)


def test_a_by_phrase_of_place_names_no_doer(nlp: Language) -> None:
    """ "by the river" after a victim's noun says where, not who."""
    one, _ = actor_texts(nlp, "Police are investigating the killing of a fisherman by the "
                              "river near Lokoja.", "killing")  # fmt: skip
    assert one is None or "river" not in one


def test_closing_in_participle_on_the_carrier_verb(nlp: Language) -> None:
    """ "staged drills encircling X" with the participle hung on "staged": X is the side
    the drills close in on."""
    _, two = actor_texts(nlp, "Russia staged naval drills encircling Moldova on Tuesday.",
                         "drills")  # fmt: skip
    assert two == "Moldova"


def test_a_participle_with_its_own_subject_tells_another_deed(nlp: Language) -> None:
    """ "while its tanks were surrounding X" has a subject of its own: no side of the
    drills is read from it."""
    _, two = actor_texts(nlp, "Russia staged naval drills while its tanks were "
                              "surrounding Moldova.", "drills")  # fmt: skip
    assert two != "Moldova"


def test_a_by_phrase_hung_on_the_carrying_verb(nlp: Language) -> None:
    """ "examined the shooting of X by Y": the parse hangs "by Y" on the active verb; an
    active verb has no agent, so Y did the shooting."""
    one, two = actor_texts(nlp, "The inquiry examined the shooting of teacher Mara Lind by "
                                "two police officers.", "shooting")  # fmt: skip
    assert one is not None and "officers" in one, (one, two)
    assert two is not None and "Lind" in two, (one, two)


def test_a_bare_manner_noun_after_by_is_no_doer(nlp: Language) -> None:
    """ "by force" says how, not who."""
    one, _ = actor_texts(nlp, "The army ended the siege of Kamba by force.", "siege")
    assert one is None or "force" not in one


_RECALLED = ("Few couples book the hall in Marlow since the wedding shooting in August "
             "killed four guests.")


def test_a_month_ahead_of_the_story_is_last_years(nlp: Language) -> None:
    """ "the shooting in August" told in February is the August before: the event is
    told as done."""
    events = events_on(nlp, _RECALLED, published="2016-02-25")
    assert events and events[0].date == "2015-08", [(e.date, e.text) for e in events]


def test_a_month_already_past_keeps_its_year(nlp: Language) -> None:
    """Told in December, "in August" is that year's August, as before."""
    events = events_on(nlp, _RECALLED, published="2015-12-20")
    assert events and events[0].date == "2015-08", [(e.date, e.text) for e in events]


def test_a_weekday_is_not_moved_a_year_back(nlp: Language) -> None:
    """Only a month named without a year goes back a year; a weekday is the last one."""
    events = events_on(nlp, "Police dispersed the march in Marlow on Friday, firing tear "
                            "gas at the crowd.", published="2016-02-24")  # fmt: skip
    assert events and all(e.date == "2016-02-19" for e in events), [e.date for e in events]


def test_a_later_mention_does_not_move_an_earlier_date(nlp: Language) -> None:
    """A month a later mention takes from another clause ("which police began
    investigating in June") is not the event's: the earlier year stays."""
    events = events_on(nlp, "Gunmen killed a priest in a church in Marlow last year. The "
                            "church attack, which police began investigating in June, "
                            "shocked the town.", published="2016-02-10")  # fmt: skip
    assert events and events[0].date == "2015", [(e.date, e.text) for e in events]
