"""Where an event happened when its sentence names only a country or a province (issue 19,
item 4): the story's town inside it, named before or after; sentences written here."""

from __future__ import annotations

from dataclasses import replace

from tests.event_reading import events_on as _events


def test_a_province_is_narrowed_to_the_town_the_story_names_later(nlp):
    """ "A convoy in Helmand province", then "the convoy had stopped near Lashkar Gah": the
    attack was near that town, told with the sentence's own words and ACLED precision 2."""
    text = ("Militants attacked a convoy in Helmand province on Monday, officials said. The "
            "convoy had stopped near Lashkar Gah when the gunmen opened fire.")  # fmt: skip
    (first, *_) = _events(nlp, text)
    place = first.place
    assert place is not None and place.name == "Lashkar Gāh", first
    assert place.acled_precision == 2 and place.text == "Helmand", place
    assert first.start <= place.start < first.end  # the sentence's own mention


def test_coordinated_countries_are_each_narrowed_to_their_own_town(nlp):
    """One mention, two places, each read as the story's town in it."""
    text = ("Bombings at two embassies in Uganda and Rwanda killed 30 people on Friday. "
            "Rescuers in Kampala searched the rubble. Officials in Kigali counted the dead.")
    names = sorted(e.place.name for e in _events(nlp, text)
                   if "embassies" in e.text and e.place is not None)  # fmt: skip
    assert names == ["Kampala", "Kigali"], names


def test_a_tally_keeps_its_country(nlp):
    """ "12 strikes in Syria" counts events over a country: no town of the story is where
    they were, so the sentence stays a tally, not an event at the town told next."""
    from frontlines.nlp.events.where import narrowed

    doc = nlp("Coalition forces conducted 12 strikes in Syria on Monday. Near Raqqa, one "
              "strike destroyed a tank.")
    places = [p for p in doc._.places if p.role == "location"]
    syria = next(p for p in places if p.text == "Syria")
    sent = next(iter(doc.sents))
    strikes = [t for t in sent if t.text == "strikes"]
    assert narrowed(syria, sent, places, None, strikes) is syria
    events = _events(nlp, doc.text)
    assert [e.place.text for e in events if e.place is not None] == ["Raqqa"], events


def test_a_country_with_no_town_of_its_own_in_the_story_stays(nlp):
    text = ("Rebels attacked a convoy in Uganda on Sunday, officials said. Police in Kigali "
            "later arrested two men.")  # fmt: skip
    convoy = next(e for e in _events(nlp, text) if "convoy" in e.text)
    assert convoy.place is not None and convoy.place.country == "UG", convoy
    assert convoy.place.acled_precision == 3


def test_an_unresolved_story_place_gives_way_to_the_story_s_town(nlp):
    """A name the gazetteer could not place, carried from an earlier event, says nothing of
    where the next one is: the story's town is taken instead."""
    from frontlines.nlp.events.where import event_place

    doc = nlp("KABUL, Afghanistan -- Officials met on Tuesday. Two soldiers were killed on "
              "Monday.")  # fmt: skip
    places = [p for p in doc._.places if p.role == "location"]
    kabul = next(p for p in places if p.name == "Kabul")
    unknown = replace(kabul, text="Qarya Nowbad", name=None, lat=None, lon=None,
                      geonames_id=None, country=None, feature_code=None)  # fmt: skip
    sent = list(doc.sents)[-1]
    killed = [t for t in sent if t.text == "killed"]
    place = event_place(sent, killed, (None, None), places, unknown)
    assert place is not None and place.name == "Kabul", place


def test_a_place_faced_is_not_where(nlp):
    """ "The hill opposite the town of Mae Sot" is not in Mae Sot."""
    from frontlines.nlp.events.where import is_reference_point

    doc = nlp("The fighters have held the hill opposite the town of Mae Sot for a year.")
    town = next(t for t in doc if t.text == "town")
    assert is_reference_point(town)
    held = nlp("The fighters have held the hill in the town of Mae Sot for a year.")
    assert not is_reference_point(next(t for t in held if t.text == "town"))


def test_a_place_named_by_the_phrase_of_a_place_faced_is_not_where(nlp):
    """ "The outpost opposite the province of Surin": the name hangs on "province", whose
    own preposition faces it; the event is not in Surin ("in the province of Surin" is)."""
    (faced,) = _events(nlp, "Rebels attacked the outpost opposite the province of Surin.")
    assert faced.place is None or faced.place.name != "Surin", faced.place
    (inside,) = _events(nlp, "Rebels attacked the outpost in the province of Surin.")
    assert inside.place is not None and inside.place.name == "Surin", inside.place


def test_a_definite_event_noun_takes_the_place_the_story_gives_it(nlp):
    """ "The bombing" with no place of its own is the bombing the story placed elsewhere
    ("the bombing of a market in Kano"), not the dateline's town; an indefinite "a
    bombing" is another one."""
    told = ("WASHINGTON (AP) -- Prosecutors charged a man over the bombing of a market in "
            "Kano. ")  # fmt: skip
    (event,) = _events(nlp, told + "The bombing killed 30 people, officials said.")
    assert event.place is not None and event.place.name == "Kano", event
    assert event.place.acled_precision == 2
    (other,) = _events(nlp, told + "A bombing killed 30 people in a village, officials said.")
    assert other.place is not None and other.place.name == "Washington", other


def _story_fallback(nlp, text: str, country: str):
    """Where ``event_place`` puts the last sentence's "ambush", with the story's place the
    mention of ``country`` (the place of an event told before at country level)."""
    from frontlines.nlp.events.where import event_place

    doc = nlp(text)
    places = [p for p in doc._.places if p.role == "location"]
    wide = next(p for p in places if p.text == country)
    sent = list(doc.sents)[-1]
    trigger = next(t for t in sent if t.text == "ambush")
    return event_place(sent, [trigger], (None, None), places, wide)


def test_a_country_the_story_is_in_reads_as_its_latest_town(nlp):
    """A sentence with no place of its own, after events coded only at a country: the
    latest town the story named inside that country, with ACLED precision 2."""
    text = ("Troops fought rebels across Mali on Sunday. Gao is calm, but in Kidal the "
            "rebels still hold the airport. Two soldiers died in an ambush.")
    place = _story_fallback(nlp, text, "Mali")
    assert place is not None and place.name == "Kidal" and place.acled_precision == 2, place


def test_a_town_in_another_country_does_not_narrow_it(nlp):
    text = ("Troops fought rebels across Mali on Sunday. In Niamey, the rebels still hold "
            "the airport. Two soldiers died in an ambush.")
    place = _story_fallback(nlp, text, "Mali")
    assert place is not None and place.name == "Mali", place


def test_a_place_quoted_apart_from_the_event_is_not_where(nlp):
    """A slogan or a sign names what was said, not where the crowd stood: the protest is
    where the story is (its latest event's town); a place quoted with its trigger, or
    told outside the quotation, still places the event."""
    text = ("Gunmen attacked a bank in Herat on Monday. On Tuesday, hundreds of protesters "
            'marched outside the bank chanting "Shame on Kandahar, shame on you."')
    (protest,) = [e for e in _events(nlp, text) if "marched" in e.text]
    assert protest.place is not None and protest.place.name.startswith("Her"), protest
    text = '"A bomb went off in Kandahar on Monday," a police officer told reporters.'
    (bomb,) = _events(nlp, text)
    assert bomb.place is not None and bomb.place.text == "Kandahar", bomb


def test_a_story_with_no_town_is_in_the_country_it_is_told_in(nlp):
    """No town anywhere, places mostly in one country: an event the sentence does not
    place is in that country; a story told as much in two countries says nothing of
    which."""
    text = ("Lawmakers in Somalia rejected the plan of the U.S. envoy on Monday. Elders across "
            "Somalia backed them. Police arrested five "
            "opposition activists on Tuesday.")
    (arrest,) = [e for e in _events(nlp, text) if "arrested" in e.text]
    assert arrest.place is not None and arrest.place.country == "SO", arrest
    assert arrest.place.acled_precision == 3
    text = ("Lawmakers in Somalia and Kenya met on Monday. Police arrested five "
            "opposition activists on Tuesday.")
    (arrest,) = [e for e in _events(nlp, text) if "arrested" in e.text]
    assert arrest.place is None, arrest


def test_a_place_of_a_coordinated_clause_with_its_own_subject_is_not_where(nlp):
    """ "Families clashed in a camp and gunmen fired on a patrol in the Bekaa": the patrol
    was in the Bekaa, the clash where the story is; a clause sharing the subject ("stormed
    a village and killed five in X"), or one telling no other deed, still places the
    event."""
    text = ("SIDON, Lebanon -- Rival families clashed in a refugee camp on Saturday and "
            "gunmen fired on an army patrol in the Bekaa Valley.")
    (clash, *_) = [e for e in _events(nlp, text) if e.acled_sub_event == "Armed clash"]
    assert clash.place is not None and clash.place.name == "Sidon", clash
    text = "Militants stormed a village on Monday and killed five farmers in Kidal."
    events = _events(nlp, text)
    assert events and all(e.place is not None and e.place.name == "Kidal" for e in events), events
    text = ("PARIS -- It came a day after a rally in Dayton had been called off and violent "
            "clashes with protesters had filled the news.")  # a clause telling no deed:
    (clash,) = _events(nlp, text)  # the scene of the next
    assert clash.place is not None and clash.place.name == "Dayton", clash


def test_only_a_country_told_as_where_twice_places_a_story(nlp):
    """A speaker ("Chad's army said"), an owner ("Chad's president"), an endpoint ("flew to
    France") or a single "in X" names no place the story is told in: the arrest stays
    unplaced. Twice "in/across X", and it is in X."""
    arrest = "Police arrested five opposition activists on Tuesday."
    for told in (
        "Chad's army said on Monday it had killed 30 rebels. Chad has long fought rebels, "
        "Chad's president said. ",
        "The Malian president flew to France on Monday. ",
        "Lawmakers in Chad rejected the plan on Monday. ",
    ):
        (event,) = [e for e in _events(nlp, told + arrest) if "arrested" in e.text]
        assert event.place is None, (told, event)
    text = "Protests went on in Chad on Monday. Curfews held across Chad. " + arrest
    (event,) = [e for e in _events(nlp, text) if "arrested" in e.text]
    assert event.place is not None and event.place.country == "TD", event
    assert event.place.acled_precision == 3


def test_a_place_between_quotations_or_beside_scare_quotes_is_where(nlp):
    """Quotation marks pair up: a place told between two quotations (quote, attribution,
    quote) or in a sentence with scare quotes is outside both, so it places the event."""
    text = ('Protesters marched in Gao on Friday. "Soldiers opened fire on the crowd," a '
            'doctor in Bamako said, "and wounded at least 12 people."')
    (fired,) = [e for e in _events(nlp, text) if "opened fire" in e.text]
    assert fired.place is not None and fired.place.name == "Bamako", fired
    assert fired.place.acled_precision == 1
    text = 'Police detained a "suspicious" man near Lagos on Friday, calling him a "threat".'
    (arrest,) = _events(nlp, text)
    assert arrest.place is not None and arrest.place.name == "Lagos", arrest


def test_a_clause_of_no_other_recorded_event_keeps_the_place(nlp):
    """Only another event the sentence records makes a coordinated clause another scene:
    "a grenade exploded ... and the blast wounded eight in X" is one event, in X, not in
    the story's earlier town."""
    text = ("Gunmen killed two people in Mombasa on Friday. On Saturday, a grenade exploded "
            "at a bus stop and the blast wounded eight people in Garissa.")
    (blast,) = [e for e in _events(nlp, text) if "grenade" in e.text]
    assert blast.place is not None and blast.place.name == "Garissa", blast
    text = ("Rebels shelled Goma on Friday. On Saturday, militiamen ambushed a convoy near "
            "Butembo and rebels shelled a camp, the army said.")
    (later,) = [e for e in _events(nlp, text) if "Butembo" in e.text]
    assert later.place is not None and later.place.name == "Butembo", later


def test_a_whole_story_places_its_events_where_it_tells_them(nlp):
    """The whole pipeline on an article: a town told between quotations places its event,
    a clause of the same event keeps its town, and a country told only as a speaker or an
    owner places nothing."""
    from tests.event_reading import read_article

    doc = read_article(nlp, (
        "Chad's army said on Monday it had killed 30 rebels, Chad's president said.\n\n"
        '"Soldiers opened fire on the crowd," a doctor in Abeche said, "and wounded at '
        'least 12 people."\n\n'
        "On Saturday, a grenade exploded at a bus stop and the blast wounded eight people "
        "in Moundou."))
    places = {e.acled_sub_event: e.place for e in doc._.events}
    fired = places.get("Excessive force against protesters")
    assert fired is not None and fired.name in {"Abeche", "Abéché"}, places
    blast = places.get("Grenade")
    assert blast is not None and blast.name == "Moundou", places
    doc = read_article(nlp, (
        "Chad's army said on Monday that Chad would not talk to the rebels.\n\n"
        "Police arrested five opposition activists on Tuesday, Chad's president said."))
    arrests = [e for e in doc._.events if e.acled_sub_event == "Arrests"]
    assert arrests and all(e.place is None for e in arrests), arrests


def test_guillemets_enclose_a_quotation(nlp):
    """« » pair as quotation marks do: a place inside them, apart from the trigger, is
    quoted; one outside them is not."""
    from frontlines.nlp.events.where_roles import quoted_apart

    doc = nlp("Crowds marched through Herat chanting «Shame on Kandahar» on Monday.")
    marched = next(t for t in doc if t.text == "marched")
    kandahar = next(t for t in doc if t.text == "Kandahar")
    herat = next(t for t in doc if t.text == "Herat")
    assert quoted_apart(kandahar, [marched])
    assert not quoted_apart(herat, [marched])


def test_a_province_named_after_a_town_is_where_the_story_moved(nlp):
    """Inside a province only a town told after it narrows it: a province named after a
    town's event is where the story went next, and the town told before may be elsewhere
    in it (a province that bears its seat's name is read as the province)."""
    text = ("A car bomb killed two soldiers in Ramadi on Monday. On Tuesday, gunmen fired on "
            "a patrol in Anbar, officials said. Three policemen died in an ambush.")
    place = _story_fallback(nlp, text, "Anbar")
    assert place is not None and place.text == "Anbar", place
    text = ("Fighting spread across Anbar on Monday. In Ramadi, gunmen still hold the "
            "market. Three policemen died in an ambush.")
    place = _story_fallback(nlp, text, "Anbar")
    assert place is not None and place.text == "Ramadi" and place.acled_precision == 2, place
