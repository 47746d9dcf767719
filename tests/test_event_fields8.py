"""Actors, dates and places of matched events (issue 19, round 8), on sentences written
here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def _texts(event):
    return (event.actor1.text if event.actor1 else None,
            event.actor2.text if event.actor2 else None)  # fmt: skip


def test_a_blast_outside_a_named_keeper_s_site_was_aimed_at_the_site(nlp):
    """"exploded outside the French consulates, killing 40": the consulates' state was the
    aim (as "the bombing at the consulate" says with a noun), the dead fell there; a site
    with no keeper named only says where, and its dead stay the side hit."""
    for text in ("Two car bombs exploded outside French consulates in Mali and Niger on "
                 "Tuesday, killing at least 40 people.",
                 "A truck bomb went off at the Turkish embassy in Mogadishu, killing 12 "
                 "guards."):  # fmt: skip
        events = _events(nlp, text)
        assert events, text
        for event in events:
            assert _texts(event)[1] in {"French consulates", "Turkish embassy"}, event
    (plain,) = _events(nlp, "A bomb exploded at a checkpoint in Mogadishu, killing 12 soldiers.")
    assert _texts(plain)[1] == "12 soldiers", plain


def test_the_story_s_modifier_of_the_event_word_gives_an_undone_event_its_doer(nlp):
    """"The consulate bombings, on March 3, killed 61" names no doer; the story calls the
    same bombings "rebel bombings" where it tells no new event: the rebels' kind did them
    ("the bomb attacks" of a resolution too: "bomb" says how, not what they hit)."""
    story = ("A minister called the rebel bombings last week at two French consulates "
             "proof that the rebels can strike anywhere. "
             "The consulate bombings, on March 3, killed 61 people in Gao and Mopti.")  # fmt: skip
    events = [e for e in _events(nlp, story) if "killed 61" in e.text]
    assert events and all(_texts(e)[0] == "rebel" for e in events), events
    resolution = ("The council condemned the bombing of the French consulates in Mali on "
                  "Thursday. It strongly condemns the rebel bomb attacks.")  # fmt: skip
    events = [e for e in _events(nlp, resolution) if "condemned the bombing" in e.text]
    assert events and all(_texts(e)[0] == "rebel" for e in events), events


def test_a_modifier_of_other_events_or_of_two_sides_names_no_doer(nlp):
    """"other recent rebel attacks" are not the attack told; a story whose modifiers of the
    word name two sides does not say which did the one told."""
    story = ("The government denounced the attack on a market in Gao on Monday and "
             "other rebel attacks against farmers.")  # fmt: skip
    events = [e for e in _events(nlp, story) if "market" in e.text]
    assert all(_texts(e)[0] != "rebel" for e in events), events
    story = ("A minister called rebel bombings and militia bombings proof that no town "
             "is safe. The bombings, on March 3, killed 61 people in Gao.")  # fmt: skip
    events = [e for e in _events(nlp, story) if "killed 61" in e.text]
    assert events and all(_texts(e)[0] is None for e in events), events


def test_marchers_who_do_the_protest_are_its_side(nlp):
    """"marchers honored the victims": the noun that told the protest names who protested,
    as "protesters" does; not the side of an earlier march the story told."""
    story = ("Senator Ann Vale marched in the Boston parade on Sunday. In Denver, marchers "
             "honored the victims with candles held aloft, a local station reported.")  # fmt: skip
    events = [e for e in _events(nlp, story) if "Denver" in e.text]
    assert events and _texts(events[0])[0] == "marchers", events


def test_whose_lives_an_event_took_are_the_side_it_hit(nlp):
    """"took the lives of 12 shoppers", "which claimed the lives of 30 soldiers", ",
    taking the lives of 12 guests": the people of the "of" phrase were killed, whatever
    noun names them; "lives" alone names no one."""
    cases = {
        "The gunman took the lives of 12 mall goers in Dayton early Sunday morning.":
            "12 mall goers",
        "The bombing, which claimed the lives of 30 soldiers, shook Mosul on Tuesday.":
            "30 soldiers",
        "Gunmen stormed the hotel in Mogadishu on Tuesday, taking the lives of 12 guests.":
            "12 guests",
    }  # fmt: skip
    for text, victims in cases.items():
        events = _events(nlp, text)
        assert events and _texts(events[0])[1] == victims, (text, events)


def test_a_country_naming_its_islands_is_where(nlp):
    """"police in the Seychelles islands raided two houses": the name modifies a noun for
    the place itself (as "Anbar province" does), so it is where, not a modifier of
    something else ("the U.S. strike")."""
    (raid,) = _events(nlp, "On May 2, police in the Seychelles islands, off the Kenyan "
                           "coast, raided two houses and searched for a suspect.")  # fmt: skip
    assert raid.place is not None and raid.place.country == "SC", raid.place


def test_an_event_told_n_days_after_another_is_dated_across(nlp):
    """Published Friday 15 March: "Sunday's blast came three days after a car bomb wounded
    nine guards" puts the wounding three days before Sunday (the 7th); a date
    on the event's own side stays ("... two days after a bomb exploded in Maiduguri on
    Monday" is Monday), and so does one with no span of days ("came after")."""
    story = ("A bomb tore through a mosque in Kano on Sunday, killing four worshippers. "
             "Sunday's blast came three days after a car bomb wounded nine guards at a "
             "barracks in Maiduguri.")  # fmt: skip
    (wounding,) = [e for e in _events(nlp, story) if "nine guards" in e.text]
    assert wounding.date == "2024-03-07", wounding
    own = _events(nlp, "The explosion in Kano came two days after a bomb exploded in "
                       "Maiduguri on Monday.")  # fmt: skip
    assert own and all(e.date == "2024-03-11" for e in own), own
    plain = _events(nlp, "Sunday's blast came after a car bomb wounded nine guards at a "
                         "barracks in Maiduguri.")  # fmt: skip
    assert plain and all(e.date == "2024-03-10" for e in plain), plain


def test_moved_leaves_what_names_no_single_day():
    from frontlines.nlp.events.apart import moved

    assert moved("2024-03-10", -2) == "2024-03-08"
    assert moved("2024-03", -2) == "2024-03" and moved("2024-03-10", 0) == "2024-03-10"
