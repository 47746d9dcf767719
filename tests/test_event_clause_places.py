"""Two clauses of one kind, two places (issue 19): a deed told again in a clause of its
own at a place of its own is a second event, one per place as ACLED codes them; a clause
at the same place, inside it, without a place, or only told as a plan is not. Our own
sentences, read by the whole pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article

#: (sentence, the places of its events, in any order)
TWO = [
    ("Militants killed three soldiers in Gao and wounded five others in Timbuktu on "
     "Sunday, officials said.", ["Gao", "Timbuktu"]),
    ("Gunmen killed four villagers in Gao on Sunday and attacked a police post in "
     "Timbuktu, officials said.", ["Gao", "Timbuktu"]),
]  # fmt: skip

#: a clause beside places already split ("in A and B"), its place told by "out of"
THREE = ("Kurdish forces recaptured the towns of Rabiyah and Zumar, and pushed the "
         "militants out of Kobane.")

#: sentences that tell one event: the second clause has no place of its own, the same
#: place, or is no deed told as done
ONE = [
    "Militants killed three soldiers in Gao and wounded five others on Sunday.",
    "Militants killed three soldiers in Gao and wounded five others in Gao on Sunday.",
    "Militants killed three soldiers in Gao and threatened to attack police in Timbuktu.",
    "Militants killed three soldiers in Gao on Sunday, while officials met in Timbuktu.",
]


@pytest.mark.parametrize(("text", "towns"), TWO)
def test_a_clause_with_a_place_of_its_own_tells_another_event(nlp, text, towns):
    events = read_article(nlp, text)._.events
    assert sorted(e.place.name for e in events if e.place is not None) == sorted(towns)
    assert len({e.acled_event for e in events}) == 1


def test_the_victims_count_stays_with_its_own_clause(nlp):
    events = read_article(nlp, "Militants killed three soldiers in Gao and wounded five "
                               "others in Timbuktu on Sunday.")._.events  # fmt: skip
    second = next(e for e in events if e.place is not None and e.place.name == "Timbuktu")
    assert second.fatalities is None
    assert second.actor2 is not None and "five" in second.actor2.text


@pytest.mark.parametrize("text", ONE)
def test_a_clause_without_a_deed_at_a_place_of_its_own_is_not_split(nlp, text):
    assert len(read_article(nlp, text)._.events) == 1


def test_a_clause_beside_coordinated_places_adds_its_own(nlp):
    events = read_article(nlp, THREE)._.events
    assert len({e.place.geonames_id for e in events if e.place is not None}) == 3
    assert {e.acled_event for e in events} == {"Battles"}
