"""What a story's shape says of a name shared by a big place and a small one (issue 21):
an event "in New York" is in the city, not the state; a world capital listed beside places
abroad is the capital, not a small namesake at home."""

from __future__ import annotations

from frontlines.resolve.place.events import cities_where_events_happen
from frontlines.resolve.place.reading import Toponym


def _place(nlp, text: str, name: str):
    doc = nlp(text)
    return next(p for p in doc._.places if p.text == name)


def test_an_event_in_a_state_s_big_namesake_city_is_in_the_city(nlp):
    place = _place(nlp, "The march took place in New York on Sunday, and 30 were held.", "New York")
    assert place.feature_code != "ADM1" and (place.country, place.admin1) == ("US", "NY")


def test_a_word_pointing_at_the_state_keeps_the_state(nlp):
    for text in (
        "Heavy snow fell in upstate New York on Sunday.",
        "Voters in New York state went to the polls on Sunday.",
    ):
        assert _place(nlp, text, "New York").feature_code == "ADM1", text


def test_only_in_right_before_the_name_counts():
    text = "Lawmakers from New York met; the rally in Chicago and in Illinois state grew."
    names = ["New York", "Chicago", "Illinois"]
    spans = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
    assert cities_where_events_happen(spans, ["new york", "chicago", "illinois"], text) == {
        "chicago"
    }


def test_a_world_capital_listed_with_places_abroad_is_the_capital(nlp):
    text = (
        "Gunmen struck a cafe in Paris, a clinic in Fresno, Calif., and a market in Niamey, "
        "Niger, last year."
    )
    paris = _place(nlp, text, "Paris")
    assert (paris.country, paris.feature_code) == ("FR", "PPLC")


def test_the_text_s_tie_keeps_the_small_namesake(nlp):
    text = "Tornadoes hit Paris, Texas, and a town near Monterrey, Mexico, overnight."
    paris = _place(nlp, text, "Paris")
    assert (paris.country, paris.admin1) == ("US", "TX")


def test_the_state_s_name_is_the_state_when_the_city_has_its_own_name_here(nlp):
    text = (
        "Cases were found in New York City, Albany, New York, and Vermont; a girl fell ill "
        "in New York."
    )
    places = [p for p in nlp(text)._.places if p.text == "New York"]
    assert places and all(p.feature_code == "ADM1" for p in places)
