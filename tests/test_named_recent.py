"""A well-known attack recalled within the year by its name or its place takes the day it
happened (``named_history.named_recent_date``, issue 19): political news recalls "the
Bastille Day attack" or "the Orlando shootings" without a day, and the day is
general knowledge. An older one is history, one after the story is not its, and an
indefinite noun ("an attack in Paris") may be a new one. Our own sentences, read by the
real pipeline."""

from __future__ import annotations

from tests.event_reading import events_on


def _dates(text: str, nlp, published: str) -> list[str | None]:
    return [e.date for e in events_on(nlp, text, published) if not e.background]


def test_a_named_attack_of_the_year_before_takes_its_day(nlp):
    text = "Security at beach resorts was tightened after the Bastille Day attack killed 86."
    assert _dates(text, nlp, "2016-08-02") == ["2016-07-14"]


def test_an_attack_spelled_out_by_its_place_takes_its_day(nlp):
    text = ("Online recruiters have drawn more scrutiny since the shootings in Orlando took "
            "49 lives.")
    assert _dates(text, nlp, "2016-08-01") == ["2016-06-12"]


def test_a_coarser_date_of_the_sentence_gives_way_to_the_day_inside_it(nlp):
    text = "The shootings in San Bernardino last year killed 14 people."
    assert _dates(text, nlp, "2016-02-10") == ["2015-12-02"]
    assert _dates(text, nlp, "2017-02-10") == ["2016"]  # that "last year" holds no such day


def test_an_attack_after_the_story_is_not_its(nlp):
    text = "Security at beach resorts was tightened after the Bastille Day attack killed 86."
    assert _dates(text, nlp, "2016-05-02") == ["2016-05-02"]


def test_an_indefinite_attack_there_may_be_a_new_one(nlp):
    text = "An attack in San Bernardino wounded three guards."
    assert _dates(text, nlp, "2016-03-01") == ["2016-03-01"]


def test_a_day_the_sentence_gives_stays(nlp):
    text = "The attack in San Bernardino on Friday wounded three guards."
    assert _dates(text, nlp, "2016-03-01") == ["2016-02-26"]



def test_a_place_that_only_shares_the_first_word_is_another(nlp):
    """Every capitalised word of the name's place must be spelled, in a row: San Antonio
    is not San Bernardino, nor Khan al-Assal Khan Sheikhoun (review 19, finding 1)."""
    text = ("Online recruiters have drawn more scrutiny since the shootings in San Antonio "
            "took 14 lives.")
    assert _dates(text, nlp, "2016-03-01") == ["2016-03-01"]
    text = "Inspectors have been busy since the chemical attack in Khan al-Assal killed 20."
    assert "2017-04-04" not in _dates(text, nlp, "2017-06-01")
    text = "Inspectors have been busy since the chemical attack in Khan Sheikhoun killed 80."
    assert "2017-04-04" in _dates(text, nlp, "2017-06-01")



def test_a_fresh_attack_at_a_listed_place_keeps_the_story_day(nlp):
    """The place and the noun alone do not recall the listed attack: news from a city goes
    on after its best-known attack (review 19, finding 2). Only a recalling word ("since",
    "after", a coarser date) or a further word of the name (the nightclub) does."""
    for text, published in (("The shooting in Nice killed two men.", "2016-10-01"),
                            ("The bombing in Brussels wounded a guard.", "2016-10-01"),
                            ("The attack in Christchurch wounded a taxi driver.", "2019-09-01"),
                            ("The attack in Benghazi killed two soldiers.", "2013-03-01")):
        assert _dates(text, nlp, published) == [published], text
    text = "The shooting at the nightclub in Orlando killed 49 people."
    assert _dates(text, nlp, "2016-09-01") == ["2016-06-12"]
    text = "Hotels in the city emptied after the shooting in Nice."
    assert "2016-07-14" in _dates(text, nlp, "2016-10-01")


def test_the_noun_must_be_of_the_kind_of_the_name(nlp):
    """The noun and the name's last word must read as one ACLED kind: a bombing is not
    the Nice truck attack, and a word of no kind ("siege") matches none, even its own."""
    text = "Hotels in the city emptied after the bombing in Nice."
    assert "2016-07-14" not in _dates(text, nlp, "2016-10-01")
    text = "Shoppers have stayed away since the siege in Westgate killed 67 people."
    assert _dates(text, nlp, "2014-03-01") == ["2014-03-01"]


def test_a_mention_of_two_attacks_gives_neither_day_to_both(nlp):
    """One mention of two listed attacks ("the attacks in Brussels and Paris") is one
    event per place, but the sentence is read once: which day is whose is not told, so
    neither takes the other's (review 19, finding 4)."""
    text = "Security has been tight since the attacks in Brussels and Paris."
    assert _dates(text, nlp, "2016-05-01") == ["2016-05-01", "2016-05-01"]
    text = "Tourism fell after the Brussels and Paris attacks."
    assert "2015-11-13" not in _dates(text, nlp, "2016-05-01")
    text = "Tourism fell after the Paris attacks and the Brussels bombings."
    assert sorted(_dates(text, nlp, "2016-05-01")) == ["2015-11-13", "2016-03-22"]
