"""Where, when and by whom on fresh news (issue 19, items 3-5), on sentences written here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def test_an_event_told_by_its_hour_is_dated_by_its_day(nlp):
    """Published on a Friday: "at 9 p.m. Wednesday" is a TIME, and its day is when."""
    (event,) = _events(nlp, "Gunmen kidnapped a shopkeeper from his store at 9 p.m. "
                            "Wednesday, a police spokesman said.")  # fmt: skip
    assert event.date == "2024-03-13" and event.date_source == "text", event
    (clock,) = _events(nlp, "Gunmen kidnapped a shopkeeper from his store at 9 p.m., "
                            "a police spokesman said.")  # fmt: skip
    assert clock.date == "2024-03-15" and clock.date_source == "published", clock


def test_a_country_is_narrowed_to_the_story_s_town_in_it(nlp):
    """A story from a town: an attack "in Kenya" is there; one in another country stays
    that country, since the story names no town in it."""
    text = ("NAIROBI, Kenya (AP) -- Police met on Tuesday. Gunmen attacked a bank in Kenya "
            "on Monday. Rebels attacked a convoy in Uganda on Sunday.")  # fmt: skip
    events = _events(nlp, text)
    kenya = [e for e in events if "bank" in e.text]
    uganda = [e for e in events if "convoy" in e.text]
    assert kenya and uganda, events
    assert kenya[0].place is not None and kenya[0].place.name == "Nairobi", kenya
    assert kenya[0].place.acled_precision == 2
    assert uganda[0].place is not None and uganda[0].place.country == "UG", uganda
    assert uganda[0].place.acled_precision == 3


def test_here_is_the_town_the_story_was_written_in(nlp):
    text = ("KABUL, Afghanistan (AP) -- Officials met on Tuesday. A suicide bomber attacked "
            "a police station here on Monday.")  # fmt: skip
    (event,) = [e for e in _events(nlp, text) if "bomber" in e.text]
    assert event.place is not None and event.place.name == "Kabul", event
    assert event.place.acled_precision == 1  # named by "here", not only the story's town


def test_a_country_named_as_where_is_not_a_side(nlp):
    """ "The bombings at two embassies in Kenya": Kenya, even when the actor dictionary
    knows it, is where they were, not who bombed; as the agent it is a side."""
    from spacy.tokens import Span

    from frontlines.nlp.events.participants import participants

    def _kenya(text: str) -> tuple[object, object]:
        doc = nlp(text)
        at = next(t.i for t in doc if t.text == "Kenya")
        ent = Span(doc, at, at + 1, label="GPE", kb_id="KEN")
        return participants(doc[:], ents=[ent])

    assert _kenya("The bombings at two embassies in Kenya killed 40 people.") == (None, None)
    agent, _ = _kenya("Kenya attacked two camps on Monday.")
    assert agent is not None and agent.text == "Kenya"


def test_a_day_in_a_clause_on_the_telling_dates_the_telling(nlp):
    """Published on a Friday: "said as night fell Wednesday" is when they spoke."""
    (event,) = _events(nlp, "At least 40 people were killed in the blast, officials said as "
                            "night fell Wednesday.")  # fmt: skip
    assert event.date_source == "published", event


def test_a_definite_event_noun_takes_the_day_the_story_gives_it(nlp):
    """ "The Nairobi bombing" has no day in its sentence; the story gives it elsewhere
    ("the March 3 bombing"): that day, from the text, not the publication day. An
    indefinite "a bombing" is not the one the story dated."""
    later = " Investigators have linked the March 3 bombing to a militant cell."
    (event,) = _events(nlp, "The Nairobi bombing killed 12 people, police said." + later)
    assert event.date == "2024-03-03" and event.date_source == "text", event
    other = next(e for e in _events(nlp, "A bombing in Mombasa killed 12 people, police "
                                         "said." + later) if "Mombasa" in e.text)
    assert other.date_source == "published", other



def test_the_story_s_town_is_one_named_as_where(nlp):
    """A name the tagger read as a town in "risks for President Hale" or a name that only
    modifies a noun ("Kalat traders") says nothing of where a story is; "in Mastung" does."""
    from frontlines.nlp.events.where import first_town

    doc = nlp("The talks carry risks for President Hale and Kalat traders. Rebels later "
              "attacked a checkpoint in Mastung.")
    places = [p for p in doc._.places if p.role == "location"]
    town = first_town(doc, places)
    assert town is not None and town.text == "Mastung", [(p.text, p.name) for p in places]


def test_a_dateline_after_the_title_is_the_story_s_town(nlp):
    """A headline, then "MASTUNG - Hale Brothers ...": the dateline's town is where the
    story is, though the parser may read it as a modifier of the next name."""
    from frontlines.nlp.events.where import first_town

    doc = nlp("Traders count their losses.\n\nMASTUNG - Hale Brothers may close the market "
              "for President Hale and Kalat traders.")
    places = [p for p in doc._.places if p.role == "location"]
    town = first_town(doc, places)
    assert town is not None and town.text == "MASTUNG", [(p.text, p.name) for p in places]


def test_a_definite_event_noun_takes_the_day_of_a_dated_noun_of_its_kind(nlp):
    """ "the Kirkuk bombing", undated, is the explosion the story dated ("last month's")."""
    text = ("Police said last month's explosion at a clinic in Kirkuk and a blast in Mosul "
            "may be related. The Kirkuk bombing killed a guard.")  # fmt: skip
    (bombing,) = _events(nlp, text)
    assert (bombing.date, bombing.date_source) == ("2024-02", "text"), bombing
    # A year alone cannot tell which explosion of the year it was.
    (vague,) = _events(nlp, text.replace("last month's", "last year's"))
    assert vague.date_source == "published", vague
    # Nor is an air strike a bombing, though both are explosions or remote violence.
    strike = ("Police said last month's explosion at a clinic in Kirkuk and a blast in Mosul "
              "may be related. The Kirkuk airstrike killed a guard.")  # fmt: skip
    (air,) = _events(nlp, strike)
    assert (air.acled_sub_event, air.date_source) == ("Air/drone strike", "published"), air


def test_a_day_on_a_verb_acting_on_the_event_is_that_verb_s(nlp):
    """Published on a Saturday: "on Saturday" is when the council condemned the blast, not
    when it went off; the story dates the blasts themselves, on Friday, where it tells
    what they did."""
    text = ("The council on Saturday condemned the bombing of the embassy in Ruritania. "
            "Ten guards were killed in the blasts near the embassy on Friday.")
    events = _events(nlp, text, "2024-03-16")
    assert events, "the bombing is an event"
    assert {(e.date, e.date_source) for e in events} == {("2024-03-15", "text")}, events


def test_a_definite_event_noun_takes_the_day_its_phrase_gives_it(nlp):
    """ "the air raids on March 3" dates the raid the story told before by its day (the
    day is no modifier of the noun: the object of its preposition), and so does the day
    of the harm it did ("hurt in the air raids on March 3"); a day the council condemned
    it on is the council's."""
    for text in (
        "The council condemned the air raid on the market in Goma. Doctors said the air "
        "raids on March 3 left 40 people in hospital.",
        "The council on Thursday condemned the air raid on the market in Goma. Doctors "
        "treated 40 people hurt in the air raids on March 3.",
    ):
        first = _events(nlp, text)[0]
        assert (first.date, first.date_source) == ("2024-03-03", "text"), (text, first)


def test_the_day_before_told_as_an_adverb_is_the_day_next_to_the_one_in_view(nlp):
    """ "the day before" at the end of a clause is the day before the one just named; the
    model's DATE stops at "the day", which read as Monday itself. With an object ("the day
    before the vote") it is a day this sentence does not date."""
    (blast,) = _events(nlp, "Fear spread in Dara on Monday as police searched the mosque "
                       "a bomb blast wrecked the day before.", published="2024-03-11")  # fmt: skip
    assert blast.date == "2024-03-10"
    text = ("Rebels shelled Dara on Friday. Gunmen attacked a market in Dara the day after, "
            "police said.")
    raid = next(e for e in _events(nlp, text, published="2024-03-11") if "market" in e.text)
    assert raid.date == "2024-03-09"
    (vote,) = _events(nlp, "Gunmen attacked the camp the day before the vote.", "2024-03-11")
    assert vote.date_source == "published"


def test_hours_or_days_later_count_from_the_last_day_or_month_named(nlp):
    """ "Hours later" and "Days later" are lengths in TimeML, yet the story counts them from
    the last date it named: hours later is that day, days later that month (only when a
    week on is still in it), and after a month named, that month."""
    text = "Gunmen stormed a police post in Dara on Monday. Hours later, a car bomb exploded there."
    bomb = next(e for e in _events(nlp, text, published="2024-03-15") if "bomb" in e.text)
    assert (bomb.date, bomb.date_source) == ("2024-03-11", "text")
    text = "Rebels attacked a bus in Dara on Feb. 3. Days later, a roadside bomb killed 11 miners."
    mine = next(e for e in _events(nlp, text, published="2024-03-15") if "miners" in e.text)
    assert mine.date == "2024-02"
    late = next(e for e in _events(nlp, text.replace("Feb. 3", "Feb. 27"), "2024-03-15")
                if "miners" in e.text)  # fmt: skip
    assert late.date_source == "published"
    text = "Rebels attacked a bus in Dara last month. Days later, a roadside bomb killed 11 miners."
    month = next(e for e in _events(nlp, text, published="2024-03-15") if "miners" in e.text)
    assert month.date == "2024-02"
