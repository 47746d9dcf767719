"""Who, where and when of an event (issue 19, items 3-5), on sentences written here."""

from __future__ import annotations

from frontlines.model import Event
from tests.event_reading import events_on as _events


def test_a_name_after_near_is_the_place_the_model_missed(nlp):
    """The NER leaves "Tal Abyad" untagged; the locative and the gazetteer place it, and
    counted strikes near it are one local event, not a tally."""
    text = ("On Monday, coalition aircraft conducted 9 strikes against ISIL in Syria. "
            "Near Tal Abyad, two strikes hit a weapons depot.")  # fmt: skip
    events = _events(nlp, text)
    local = [e for e in events if "Abyad" in e.text]
    assert len(local) == 1, events
    assert local[0].place is not None and local[0].place.country == "SY"
    assert text[local[0].place.start : local[0].place.end] == "Tal Abyad"


def test_the_place_is_where_not_who_nor_how_far(nlp):
    """A country that names the striker is not where; a town a distance is measured from
    is not where either; the locative argument of the trigger is."""
    (strike,) = _events(nlp, "A U.S. drone strike hit a car near Mosul on Sunday, officials said.")
    assert strike.place is not None and strike.place.country == "IQ"
    far = _events(nlp, "Gunmen attacked a police post 150 kilometres from Quetta on Tuesday.")
    assert far and all(e.place is None or "Quetta" not in e.place.name for e in far)


def test_a_town_is_never_an_actor(nlp):
    (event,) = _events(nlp, "Kurdish fighters captured the Syrian town of Manbij on Friday.")
    for actor in (event.actor1, event.actor2):
        assert actor is None or "town" not in actor.text
    assert event.place is not None and event.place.country == "SY"


def test_the_day_it_was_told_is_not_the_day_it_happened(nlp):
    """Published on a Friday: "said Wednesday" dates the telling; "on Tuesday" the attack."""
    told = _events(nlp, "Officials said Wednesday that gunmen had stormed a police post.")
    assert told and all(e.date != "2024-03-13" for e in told), told
    (attack,) = _events(nlp, "Gunmen attacked a police convoy on Tuesday, officials said "
                             "on Wednesday.")  # fmt: skip
    assert attack.date == "2024-03-12" and attack.date_source == "text"


def test_a_story_without_publication_date_is_dated_by_its_own_dates(nlp):
    text = ("The report was completed on 3 August 2016. Government forces shelled the "
            "eastern districts of Aleppo, killing four civilians.")  # fmt: skip
    events = _events(nlp, text, published=None)
    assert events and all(e.date == "2016-08" and e.date_precision == 3 for e in events)


def test_a_month_day_takes_the_story_year_only_when_known():
    from frontlines.nlp.events.when import with_year

    assert with_year("XXXX-01-08", "2017") == "2017-01-08"
    assert with_year("XXXX-01-08", None) == "XXXX-01-08"
    assert with_year("2016-05", "2017") == "2016-05"


def _sides(event: Event) -> tuple[str | None, str | None]:
    return (event.actor1.text if event.actor1 else None,
            event.actor2.text if event.actor2 else None)  # fmt: skip


def test_actors_from_the_arguments_of_the_trigger(nlp):
    (clash,) = _events(nlp, "Witnesses said police fired tear gas at the students, some of "
                            "whom threw stones at officers.")  # fmt: skip
    assert _sides(clash) == ("students", "officers")
    (protest,) = _events(nlp, "On Monday, hundreds of people massed outside the embassy in "
                              "Ankara in protest of the raids.")  # fmt: skip
    assert _sides(protest)[0] == "hundreds of people"
    (arrest,) = _events(nlp, "The officials said they arrested seven suspects in Anbar.")
    assert _sides(arrest)[0] == "officials"
    (blast,) = _events(nlp, "A car bomb exploded near a military convoy in Kalat on Monday, "
                            "killing four soldiers.")  # fmt: skip
    assert _sides(blast)[1] == "four soldiers"
    (strike,) = _events(nlp, "A rebel commander was killed late Thursday in an airstrike "
                             "in Anbar, officials said.")  # fmt: skip
    assert _sides(strike) == (None, "rebel commander")


def test_a_strike_list_tells_its_strikes_whom_they_hit(nlp):
    text = ("On Monday, coalition aircraft conducted 12 strikes against ISIL fighters in Iraq. "
            "Near Rawah, one strike destroyed a bridge.")  # fmt: skip
    local = [e for e in _events(nlp, text) if "Rawah" in e.text]
    assert len(local) == 1 and _sides(local[0])[1] == "ISIL fighters", local


def test_a_state_acting_is_who_and_a_reporting_day_beside_the_verb_is_not_when(nlp):
    (drill,) = _events(nlp, "China launched a large military drill around Taiwan on Thursday.")
    assert drill.place is not None and drill.place.country == "TW"
    events = _events(nlp, "Officials said Wednesday an army operation killed 30 gunmen.")
    assert events and all(e.date != "2024-03-13" for e in events)


def test_a_speaker_telling_what_it_did_is_the_actor(nlp):
    (retaken,) = _events(nlp, "The army said it had retaken the town of Bakhmut from Wagner "
                              "fighters.")  # fmt: skip
    assert _sides(retaken) == ("army", "Wagner fighters")
    (strike,) = _events(nlp, "The commander said he ordered an airstrike on the camp.")
    assert _sides(strike)[0] == "commander"
    (beating,) = _events(nlp, "Smith said he saw soldiers beat protesters.")
    assert _sides(beating) == ("soldiers", "protesters")  # "he" only saw it


def test_sides_between_with_and_by(nlp):
    (fight,) = _events(nlp, "Fighting between the army and the RSF erupted in Khartoum in "
                            "April 2023.")  # fmt: skip
    assert _sides(fight) == ("army", "RSF") and fight.date == "2023-04"
    (clash,) = _events(nlp, "Protesters clashed with riot police in Dhaka on Sunday.")
    assert _sides(clash) == ("Protesters", "riot police")
    (strike,) = _events(nlp, "Drone strikes by Turkey killed two PKK members near "
                             "Sulaymaniyah on Monday, Kurdish officials said.")  # fmt: skip
    assert _sides(strike) == ("Turkey", "two PKK members") and strike.date == "2024-03-11"


def test_a_week_is_a_date_and_a_statement_day_is_not(nlp):
    (ambush,) = _events(nlp, "Last week, militants ambushed a military convoy outside Kidal, "
                             "the army said.")  # fmt: skip
    # the week of 4-10 March: ACLED codes it to its month (``when._no_week``)
    assert ambush.date == "2024-03" and ambush.date_source == "text", ambush
    (killing,) = _events(nlp, "Nigerian troops killed 30 fighters in Borno state, an army "
                              "spokesman told reporters on Thursday.")  # fmt: skip
    assert killing.date == "2024-03-15" and killing.date_source == "published"


def test_a_side_named_only_as_a_modifier_of_what_it_did(nlp):
    (attack,) = _events(nlp, "A Russian missile attack on Kyiv killed five people on Sunday.")
    assert _sides(attack) == ("Russian", "five people")
    (strike,) = _events(nlp, "The Israeli military said it killed a senior Hamas commander in "
                             "an airstrike in Gaza on Tuesday.")  # fmt: skip
    assert _sides(strike) == ("Israeli military", "senior Hamas commander")
    assert strike.date == "2024-03-12"


def test_coordinated_sides_crowds_victims_of_a_when_clause_and_sites(nlp):
    (clash,) = _events(nlp, "Ethiopian federal forces and Tigrayan fighters clashed near "
                            "Mekele on Friday.")  # fmt: skip
    assert _sides(clash) == ("Ethiopian federal forces", "Tigrayan fighters")
    (rally,) = _events(nlp, "Thousands rallied in Tel Aviv on Saturday demanding a deal.")
    assert _sides(rally)[0] == "Thousands"
    (blast,) = _events(nlp, "At least 15 people were killed when a bomb exploded in a market "
                            "in Mogadishu.")  # fmt: skip
    assert _sides(blast)[1] == "At least 15 people"
    (raid,) = _events(nlp, "Hundreds of Palestinians were wounded as Israeli police stormed "
                           "the Al-Aqsa compound.")  # fmt: skip
    assert "compound" not in (_sides(raid)[1] or "")


def test_a_peaceful_protest_has_one_side(nlp):
    (protest,) = _events(nlp, "Students protested against the government in Dhaka on Monday.")
    assert protest.acled_sub_event == "Peaceful protest"
    assert _sides(protest) == ("Students", None)


def test_a_base_is_not_where_and_the_story_town_is_less_precise(nlp):
    (attack,) = _events(nlp, "Members of the Quetta-based group attacked a checkpoint on "
                             "Monday.")  # fmt: skip
    assert attack.place is None or "Quetta" not in attack.place.name
    text = ("Police in Peshawar said the blast hit a market on Tuesday. "
            "Gunmen later attacked a police checkpoint.")  # fmt: skip
    later = [e for e in _events(nlp, text) if e.text.startswith("Gunmen")]
    assert later and later[0].place is not None and later[0].place.acled_precision == 2


def test_where_someone_travelled_from_or_to_is_not_where_unless_the_event_goes_there(nlp):
    (attack,) = _events(nlp, "The train was travelling from Quetta to Peshawar when it came "
                             "under attack on Tuesday.")  # fmt: skip
    assert attack.place is None, attack.place
    deployed = _events(nlp, "Troops were deployed to Mosul on Monday.")
    assert deployed and deployed[0].place is not None and deployed[0].place.country == "IQ"


def test_a_site_held_by_a_known_group_names_whom_the_strike_hit(nlp):
    (strike,) = _events(nlp, "Near Tikrit, a strike destroyed an ISIL-held building late on "
                             "Monday.")  # fmt: skip
    assert _sides(strike)[1] == "ISIL" and strike.actor2 is not None and strike.actor2.actor


def test_a_date_that_only_bounds_a_comparison_is_not_when(nlp):
    (attack,) = _events(nlp, "The attack, the deadliest since 2019, killed 40 soldiers in "
                             "Borno state.")  # fmt: skip
    assert attack.date == "2024-03-15" and attack.date_source == "published"


def test_a_place_we_cannot_resolve_is_not_the_story_s_last_town(nlp):
    text = ("Fighters attacked a convoy near Kobani on Monday. "
            "Near Xyzzyville, one strike destroyed a bridge on Tuesday.")  # fmt: skip
    later = [e for e in _events(nlp, text) if "Xyzzyville" in e.text]
    place = later[0].place if later else None
    assert later and (place is None or place.name is None or place.acled_precision == 3)


def test_an_event_told_as_years_before_another_is_history(nlp):
    """With no date of its own, an event that is the yardstick of "three years after ..."
    happened a year or more before the story's news: background, not news."""
    events = _events(nlp, "The ceasefire took hold almost three years after rebels "
                          "overran Kirkuk.")  # fmt: skip
    overran = [e for e in events if e.acled_sub_event == "Non-state actor overtakes territory"]
    assert overran and all(e.background for e in overran)
    recent = _events(nlp, "Three weeks after rebels overran Kirkuk, troops retook the city.")
    assert recent and not any(e.background for e in recent)


def test_a_month_day_after_the_publication_month_is_of_the_year_before():
    from frontlines.nlp.events.when import with_year

    assert with_year("XXXX-12-30", "2017", "2017-01") == "2016-12-30"
    assert with_year("XXXX-01-08", "2017", "2017-01") == "2017-01-08"
    assert with_year("XXXX-12-30", "2017", None) == "2017-12-30"


def test_a_story_filed_in_january_dates_a_december_day_to_the_year_before(nlp):
    from frontlines.model import Article
    from frontlines.nlp.pipeline import process_article

    text = "Militants shelled a village near Kirkuk on Dec. 30, killing two farmers."
    article = Article(id="d3", text=text, url="https://e.org/news/2017/01/77.htm")
    (event,) = process_article(nlp, article).events
    assert (event.date, event.date_source) == ("2016-12-30", "text"), event
