"""The month of the latest date an undated story states is a guess, not the event's own
date (issue 19, session 26): ``date_source: "latest"``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontlines.lab.news import STAND_INS, date_ok
from frontlines.lab.news_gold import GoldEvent
from frontlines.model import Article, TextSpan, as_date_source
from frontlines.nlp.events.beat import MODEL_DATED
from frontlines.nlp.events.named import merged
from frontlines.nlp.pipeline import process_article


def _by_first_word(nlp, text: str) -> dict:
    events = process_article(nlp, Article(id="latest", text=text)).events
    return {e.text.split()[0]: e for e in events}


#: An undated story whose only full date comes after its lead (so it has no news day).
_DATED_LATE = ("Gunmen attacked an army checkpoint near Homs, killing two soldiers. The army"
               " sent more troops to the area. Many residents left for the coast. On 14"
               " February 2019, jets bombed a market near Idlib, killing four traders.")


def test_an_undated_event_of_a_story_dated_by_its_body_is_a_guess(nlp) -> None:
    text = _DATED_LATE
    events = _by_first_word(nlp, text)
    assert (events["On"].date, events["On"].date_source) == ("2019-02-14", "text")
    gunmen = events["Gunmen"]
    assert (gunmen.date, gunmen.date_source, gunmen.date_precision) == ("2019-02", "latest", 3)


def test_the_latest_month_a_story_names_is_a_guess_too(nlp) -> None:
    text = ("The roads to the north were closed in March 2018, officials said."
            " Militants ambushed a police patrol near Maiduguri, killing six officers.")
    militants = _by_first_word(nlp, text)["Militants"]
    assert (militants.date, militants.date_source) == ("2018-03", "latest"), militants


def test_the_scorer_leaves_a_latest_month_out_where_the_gold_has_no_date() -> None:
    assert "latest" in STAND_INS
    gold = GoldEvent(story="s", evidence=((0, 5),), acled_event="Battles",
                     acled_sub_event="Armed clash", actor1=None, actor2=None, location=None,
                     location_precision=None, date=None, date_from="published",
                     background=False)  # fmt: skip
    assert date_ok(gold, "2019-02", None, stand_in=True) is None
    dated = replace(gold, date="2019-01-30", date_from="text")
    assert date_ok(dated, "2019-02", None, stand_in=True) is False  # a date it must match
    assert date_ok(replace(dated, date="2019-02-03"), "2019-02", None, stand_in=True) is False


def test_a_merged_guess_takes_the_day_a_later_mention_gives(nlp) -> None:
    (event,) = process_article(nlp, Article(id="m", text="Gunmen attacked a convoy near"
                                            " Gao on 3 May 2021.")).events  # fmt: skip
    guess = replace(event, date="2021-05", date_precision=3, date_source="latest")
    told = merged(guess, event, TextSpan(0, 6, "Gunmen"))
    assert (told.date, told.date_source) == ("2021-05-03", "text")


def test_a_guess_gives_way_to_the_year_a_retelling_gives(nlp) -> None:
    """An undated story tells a raid, then retells it with its year: the guess at when the
    story was written gives way to it (``retold._joined``), and the raid is history."""
    text = ("Rebels raided an army barracks near Goma, killing eight soldiers. On 3 June 2016,"
            " troops shelled rebel positions near Beni. The raid on the barracks near Goma in"
            " 2012 killed eight soldiers.")  # fmt: skip
    raid = _by_first_word(nlp, text)["Rebels"]
    assert raid.evidence and (raid.date, raid.date_source) == ("2012", "text"), raid
    assert raid.background, raid


def test_the_confidence_model_reads_a_guess_as_it_was_fitted() -> None:
    # The model was fitted when the guess was labelled "text": its inputs keep that.
    assert {"text", "latest"} == MODEL_DATED
    assert as_date_source("latest") == "latest"


def test_a_stretch_up_to_now_takes_no_day_of_an_earlier_event(nlp) -> None:
    """ "During the past two days" counts back from the time of writing: the strike it
    tells is not the earlier strike's day (``own_time.keeps_own_time``), as it is not the
    news day either; a length of the deed ("a two-hour raid") still lets the day carry."""
    from tests.event_reading import events_on

    text = ("On Jan. 3, coalition jets struck a depot near Raqqa. During the past two days,"
            " drones hit a convoy near Tabqa.")  # fmt: skip
    (convoy,) = [e for e in events_on(nlp, text, published="2017-01-05") if "convoy" in e.text]
    assert (convoy.date, convoy.date_source) == ("2017-01-05", "published"), convoy
    undated = ("A strike on 3 January 2017 hit a depot near Raqqa. In recent days, drones hit"
               " a convoy near Tabqa.")  # fmt: skip
    convoy = _by_first_word(nlp, undated)["In"]
    assert (convoy.date, convoy.date_source) == ("2017-01", "latest"), convoy
    length = ("On Jan. 3, coalition jets struck a depot near Raqqa. Near Tabqa, a strike"
              " destroyed a bridge during a two-hour raid.")  # fmt: skip
    (bridge,) = [e for e in events_on(nlp, length, published="2017-01-05") if "bridge" in e.text]
    assert bridge.date == "2017-01-03", bridge


def test_a_stretch_of_another_noun_or_counted_from_a_told_day_lets_the_day_carry(nlp) -> None:
    """Only a stretch up to now on the event's own words is its own time: "in the past
    two years" said of the bridge hit (an apposition) dates nothing of the raid, and "the
    previous three days" counts back from the Tuesday told before, not from the time of
    writing, so both strikes take that Tuesday as a strike list's lines do."""
    from tests.event_reading import events_on

    lead = "On Tuesday, jets bombed a fuel depot near Deir ez-Zor. "
    for second in ("A second air strike hit a bridge near Mayadin, the first attack on the"
                   " bridge in the past two years.",
                   "In the previous three days, drones had hit a convoy near Mayadin."):
        events = events_on(nlp, lead + second, published="2017-01-05")
        (hit,) = [e for e in events if "Mayadin" in e.text]
        assert (hit.date, hit.date_source) == ("2017-01-03", "text"), (second, hit)
    for own in ("Drones hit a convoy near Mayadin in the last 48 hours.",
                # the parse hangs the stretch on the subject: it is the verb's all the same
                "The coalition in the last 48 hours carried out nine air strikes near Mayadin."):
        events = events_on(nlp, lead + own, published="2017-01-05")
        (hit,) = [e for e in events if "Mayadin" in e.text]
        assert (hit.date, hit.date_source) == ("2017-01-05", "published"), (own, hit)


@pytest.mark.parametrize("history", [
    "Militants stormed the police academy in Quetta on 24 October 2016. Gunmen set fire"
    " to the dormitories of the academy.",
    "Rebels seized the radio station in Freetown on 6 January 1999. They shot dozens of"
    " civilians in the streets around the station.",
])  # fmt: skip
def test_an_undated_storys_old_narrative_is_background(nlp, history: str) -> None:
    """A guess at when the story was written is no date of the event's own, so the
    undated sentence that goes on telling an old event is history, as it is in a story
    with a publication day (``history.history_told_on``, ``NO_DATE_OF_ITS_OWN``)."""
    text = "On 2 May 2018, gunmen ambushed a police patrol near Kano, killing four officers.\n\n"
    events = process_article(nlp, Article(id="h", text=text + history)).events
    told_on = events[-1]
    assert told_on.date_source == "latest" and told_on.background, events


@pytest.mark.parametrize("era", [
    "In the 1990s, militiamen raided the farm and shot two of its workers.",
    "When he was a boy, soldiers burned his village and killed his uncle.",
])  # fmt: skip
def test_an_undated_storys_event_told_in_a_past_era_is_background(nlp, era: str) -> None:
    text = "On 9 October 2020, militants shelled a market near Kidal, killing three traders. "
    events = [e for e in process_article(nlp, Article(id="e", text=text + era)).events
              if e.start > 0]  # fmt: skip
    assert events and all(e.background and e.date_source == "latest" for e in events), events


def test_an_undated_storys_lead_day_is_no_news_day(nlp) -> None:
    """A story with no publication day lends its lead's day to no later event: the day it
    is dated by is only the latest date its text states, which a recalled date in the
    opening would pass as news. The raid keeps the guessed month, said to be a guess."""
    text = ("On 9 October 2020, militants shelled a market near Kidal, killing three traders."
            " Soldiers raided a militant camp near Gao, killing five fighters.")
    raid = _by_first_word(nlp, text)["Soldiers"]
    assert (raid.date, raid.date_source) == ("2020-10", "latest"), raid
    recalled = ("Residents marked the day when, on 3 May 2011, rebels shelled a market near"
                " Kidal. Soldiers raided a rebel camp near Gao, killing five fighters.")
    raid = _by_first_word(nlp, recalled)["Soldiers"]
    assert raid.date != "2011-05-03", raid


def test_a_day_named_black_friday_is_no_holiday_date(nlp) -> None:
    """"Black Friday" in conflict news is as often a massacre or a day of riots as the
    shopping day: it is no holiday (``data/holidays.toml``), so it neither puts a late
    November Friday on the deed nor overrides the month the sentence states."""
    from datetime import date

    from frontlines.resolve.time.normalise import Normaliser
    from tests.event_reading import events_on

    assert Normaliser(date(2016, 12, 5))("Black Friday") is None
    (looted,) = events_on(nlp, "Rioters looted shops in Lahore on Black Friday in March"
                               " 2013, police said.", published="2015-03-02")  # fmt: skip
    assert (looted.date, looted.date_source) == ("2013-03", "text"), looted
    fired = [e for e in events_on(nlp, "Miners in the valley mourned Black Friday, when"
                                       " soldiers fired on striking workers and killed nine.",
                                  published="2016-06-14") if "fired" in e.text]  # fmt: skip
    assert fired and all("-11-" not in (e.date or "") for e in fired), fired


def test_a_guessed_month_is_stored_and_shown_as_a_guess(tmp_path, nlp) -> None:
    """The store keeps "latest" and the event page says what it is."""
    from fastapi.testclient import TestClient

    import frontlines
    from frontlines.web.app import ServeSettings, create_app

    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "one.txt").write_text(_DATED_LATE, "utf-8")
    db = tmp_path / "latest.db"
    frontlines.ingest([folder], db, nlp=nlp)
    client = TestClient(create_app(ServeSettings(db, allowed_hosts=frozenset({"testserver"}))))
    items = client.get("/events.json", params={"place": "Homs"}).json()["items"]
    (homs,) = [i for i in items if i["type"] == "armed_clash"]
    page = client.get(f"/events/{homs['id']}").text
    assert "a guess at when it was written" in page, page
    assert "from the text" not in page
