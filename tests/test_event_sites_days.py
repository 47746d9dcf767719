"""Where and when an event was (issue 19): the site an event noun is of, a day that names
another noun, and an abbreviated month the model did not read as a date. Sentences
written here."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tests.event_reading import events_on as _events


def test_the_site_an_event_noun_is_of_is_where_it_was(nlp):
    """ "Condemned Uganda's invasion of Rwanda": Rwanda is the side invaded and the site;
    the country the clause hangs from is neither."""
    events = _events(nlp, "The talks aimed to avert more trouble with Kenya, which had "
                          "condemned Uganda's invasion of Rwanda on March 2.")  # fmt: skip
    (event,) = [e for e in events if "invasion" in e.text]
    assert event.place is not None and event.place.country == "RW", event


def test_a_day_naming_another_noun_does_not_date_the_event(nlp):
    """ "Arrested over last year's bombings": the year is the blasts', and
    the arrest keeps the publication day; an event noun's own phrase still dates it."""
    (event,) = [e for e in _events(nlp, "A trader was arrested in Kano over "
                                        "last year's bus station bombings there.")
                if e.acled_sub_event == "Arrests"]  # fmt: skip
    assert event.date == "2024-03-15" and event.date_source == "published", event


def test_a_month_abbreviation_is_a_date_whatever_the_model_called_it(nlp):
    """The model may take "the Aug. 7" of "the Aug. 7 Consulate bombings" for an EVENT
    name: the month's abbreviation, full stop and all, still opens a date."""
    from frontlines.nlp.extensions import items
    from frontlines.nlp.times import with_reference_date

    doc: Doc = with_reference_date(
        nlp.make_doc("Bookings fell after the Aug. 7 Consulate bombings in Lagos."), "2024-09-07"
    )
    for name, pipe in nlp.pipeline:
        if name == "frontlines_times":
            break
        doc = pipe(doc)
    at = next(t.i for t in doc if t.text == "the" and doc[t.i + 1].text == "Aug.")
    doc.ents = [Span(doc, at, at + 3, label="EVENT")]  # as the model read it
    doc = nlp.get_pipe("frontlines_times")(doc)
    values = {t.text: t.value for t in items(doc, "times")}
    assert values.get("Aug. 7") == "2024-08-07", values


def test_a_day_on_the_verb_that_makes_the_event_dates_it(nlp):
    """ "Ordered an embargo on March 6": "order" can report a clause ("ordered that ..."),
    but with the event noun as its object it makes the event, then."""
    (event,) = _events(nlp, "The regional bloc on March 6 ordered a trade embargo on Niger.")
    assert event.date == "2024-03-06" and event.date_source == "text", event


def test_the_place_of_another_event_gives_way_to_the_sentence_s_own(nlp):
    """ "In the wake of the Madrid attacks ... soldiers in Chad": Madrid is where the
    attacks were, not where the soldiers were sent; alone it would still stand."""
    (event,) = _events(nlp, "In the wake of the Madrid terror attacks -- and joining the "
                            "Swedes and Finns -- Spain has intensified air raids, among them "
                            "on oil sites, and deployed extra commandos on top of the nearly "
                            "600 soldiers training and mentoring in Chad.")  # fmt: skip
    assert event.place is not None and event.place.country == "TD", event


def test_a_state_held_since_a_date_began_then(nlp):
    """ "Has been detained since October": the detention began in October; "since" bounds
    a period everywhere else ("the deadliest since 2019")."""
    (event,) = _events(nlp, "Jones, a nurse from Leeds, has been detained in Egypt since October.")
    assert event.date == "2023-10" and event.date_source == "text", event


def test_a_day_on_what_an_event_noun_led_to_is_not_its_day(nlp):
    """ "The bombing ... drew condemnation on Monday": Monday is the condemnation's; "the
    attack came on Monday" and "the blast killed ten on Monday" are dated by it."""
    (drew,) = _events(nlp, "The bombing in Kano drew condemnation across the region on Monday.")
    assert drew.date_source == "published", drew
    (came,) = _events(nlp, "The attack in Kano came on Monday.")
    assert came.date == "2024-03-11" and came.date_source == "text", came


def test_a_count_no_larger_than_its_places_is_one_event_in_each_town(nlp):
    """ "Two bombs exploded outside embassies in Ghana and Togo": no tally, one bomb in
    each country, read as the towns the story names there."""
    events = _events(nlp, "QUITO, Ecuador (AP) -- Ecuador on Friday denounced the two car "
                          "bombings near French embassies in Ghana and Togo. Two bombs "
                          "exploded outside French embassies in Ghana and Togo Friday, killing "
                          "at least 30 people and injuring more than 300 others. At least 20 "
                          "were killed in Accra, the capital of Ghana. At least ten died in the "
                          "Togolese capital of Lome.")  # fmt: skip
    assert sorted(e.place.country for e in events if e.place) == ["GH", "TG"], events
    assert all(e.place is not None and e.place.acled_precision == 2 for e in events), events


def test_a_month_named_event_takes_the_day_the_story_gives_it(nlp):
    """ "The March bombing" is dated to its month; the story's "the March 4 bombing" is
    the same one, on the 4th."""
    (event,) = _events(nlp, "The March bombing in Kano killed ten people, police said. "
                            "Investigators tied the March 4 bombing to a local cell.")  # fmt: skip
    assert event.date == "2024-03-04" and event.date_source == "text", event


def test_a_day_the_tense_put_ahead_still_dates_a_noun_told_as_done(nlp):
    """ "If the June 17 agreement cannot be enforced" (told in March): the normaliser may
    put that June ahead, yet "the June 17 agreement" is done, so it was last June; "The
    June deal established ..." (the verb's subject) then takes that day."""
    (event,) = _events(nlp, "The June deal established the electoral timetable. Critics argue "
                            "that if the June 17 agreement cannot be enforced, other routes "
                            "should be tried.")  # fmt: skip
    assert event.date == "2023-06-17" and event.date_source == "text", event
