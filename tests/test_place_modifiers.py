"""Places named as a modifier (issue 21, session 26): two places joined by a hyphen inside
an organisation's name ("University of A-B"), a town before a person after an age or an
adjective ("the 52-year-old Marion man"), and a town before one of its own buildings
("Tulsa City Hall"). Each with the firms, colleges and people the same shapes hold."""

from __future__ import annotations

import pytest

from frontlines.nlp.extensions import items


def _places(nlp, text: str) -> list[str]:
    return [m.text for m in items(nlp(text), "places")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She teaches chemistry at the University of Wisconsin-Milwaukee and lives nearby.",
         {"Wisconsin", "Milwaukee"}),
        ("Her brother coaches rowing at the University of Texas-Austin these days.",
         {"Texas", "Austin"}),
    ],
)
def test_two_places_joined_by_a_hyphen_in_a_name(nlp, text, expected):
    assert expected <= set(_places(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Wal-Mart said the store would reopen on Monday.",
        "Rolls-Royce engineers inspected the engine for cracks.",
        "The Coca-Cola Company raised its prices last year.",
        "Hewlett-Packard said profits fell in the second quarter.",
    ],
)
def test_a_hyphenated_firm_is_no_place(nlp, text):
    assert _places(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Troopers in Illinois said the 52-year-old Marion man fled on foot.",
         "Marion"),
        ("A 33-year-old Fresno resident was hurt in the crash, officials in "
         "California said.", "Fresno"),
        ("Officers said an elderly Croydon resident lost her savings.", "Croydon"),
    ],
)
def test_a_town_before_a_person_after_an_age_or_an_adjective(nlp, text, town):
    assert town in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 30-year-old Toyota man said the plant in Ohio would close.", "Toyota"),
        ("The 52-year-old Marion man fled on foot.", "Marion"),  # no setting
        ("The 45-year-old Smith man pleaded guilty.", "Smith"),
        ("The 30-year-old Microsoft engineer filed the patent.", "Microsoft"),
    ],
)
def test_an_aged_person_of_a_firm_or_no_setting_names_no_town(nlp, text, absent):
    assert absent not in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Protesters gathered outside Tulsa City Hall on Tuesday.", "Tulsa"),
        ("The vote was counted in Galway Town Hall overnight.", "Galway"),
        ("Crews left Boise Fire Station 5 within a minute.", "Boise"),
        ("The mayor spoke at Denver City Hall about the budget.",
         "Denver"),
    ],
)
def test_a_town_before_its_own_building(nlp, text, town):
    assert town in _places(nlp, text)


def test_a_hall_named_after_a_person_or_an_idea_is_none(nlp):
    assert _places(nlp, "Concerts were held at Carnegie Hall and Independence Hall.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Convoys moved along the Mosul-Baghdad road before dawn.", {"Mosul", "Baghdad"}),
        ("The Aleppo-Damascus highway reopened on Sunday.", {"Aleppo", "Damascus"}),
    ],
)
def test_a_name_hyphen_joined_to_a_place_is_one_too(nlp, text, expected):
    assert expected <= set(_places(nlp, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Talks on the Israel-Hamas ceasefire resumed in Cairo.", "Hamas"),
        ("The Clinton-Trump debate was held in St. Louis.", "Trump"),
        ("A Coca-Cola truck overturned near Denver.", "Cola"),
    ],
)
def test_a_group_a_person_or_a_firm_joined_so_is_none(nlp, text, absent):
    assert not any(absent in p for p in _places(nlp, text))


def test_a_name_before_mountain_is_a_place(nlp):
    assert "Sinjar" in _places(nlp, "Yazidis fled to Sinjar mountain in August.")


def test_a_small_town_hyphen_joined_to_a_country_is_an_organisation_word(nlp):
    # a charity's name (made up): the word after the hyphen is a small town's name
    assert "Alton" not in _places(nlp, "She chairs Ghana-Alton, a small charity for schools.")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Punters crowded the Ascot racecourse despite the rain.", "Ascot"),
        ("Flights from Leeds and Bristol airports were delayed by fog.", "Bristol"),
    ],
)
def test_a_name_before_an_airport_or_a_racecourse(nlp, text, town):
    assert town in _places(nlp, text)


def test_a_firm_before_its_campus_is_none(nlp):
    assert _places(nlp, "The Google campus was evacuated on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The trial opened in Allentown, Pa. Kowalczyk said he had never met the buyer.",
        "Officials met at a hotel in Erie, Pa. Dombrowski told them the plant would stay open.",
    ],
)
def test_a_dotted_state_ending_a_sentence_is_no_title(nlp, text):
    assert "Pa." in _places(nlp, text)


def test_a_title_before_a_name_is_still_none(nlp):
    assert _places(nlp, "Mr Paterson said the talks had failed.") == []


@pytest.mark.parametrize(
    ("text", "fort"),
    [
        ("Soldiers at Fort Hood were told to stay on base.", "Fort Hood"),
        ("Recruits trained at Fort Drum through the winter.", "Fort Drum"),
    ],
)
def test_a_fort_read_as_a_facility_is_a_place(nlp, text, fort):
    assert fort in _places(nlp, text)


def test_a_newspaper_named_after_a_fort_town_is_none(nlp):
    assert _places(nlp, "The Fort Worth Star-Telegram published the letter.") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dr. Carl Fairfax led the study. Samples were flown to Fairfax, Virginia, "
         "in March.", "Fairfax"),
        ("Officer Paul Denton testified. Cattle were sold in Denton, Texas, on Friday.",
         "Denton"),
    ],
)
def test_a_town_with_its_state_outweighs_a_person_of_its_name(nlp, text, town):
    assert town in _places(nlp, text)


def test_the_person_alone_stays_a_person(nlp):
    text = "Senator Jim Warren spoke. Critics wrote to Warren, saying the plan was flawed."
    assert "Warren" not in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Seniors gathered at the Kennedy Recreation Center in Washington.", "Kennedy"),
        ("The rally was held at the King Civic Center in Alabama.", "King"),
        ("Books were donated to the Carnegie Public Library in Texas.", "Carnegie"),
        ("Voters lined up at the Jefferson Community Center in Ohio on Tuesday.", "Jefferson"),
    ],
)
def test_a_centre_or_library_named_after_a_person_names_no_town(nlp, text, absent):
    # only city hall, town hall and fire station name the town before them
    assert absent not in _places(nlp, text)


def test_a_capitalised_valley_inside_a_name_is_no_cue(nlp):
    assert "Sunny" not in _places(nlp, "Crowds filled the Sunny Valley racecourse on Sunday.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("They toasted the win at Fort Collins Brewery.", "Fort Collins Brewery"),
        ("Sergeant Fort Evans read the charges aloud.", "Fort Evans"),
    ],
)
def test_only_fort_and_one_name_is_a_post(nlp, text, absent):
    assert absent not in _places(nlp, text)


def test_recognition_cue_nouns_stay_out_of_the_event_place_nouns():
    from frontlines.nlp.place_cues import NAME_CUE_NOUNS, PLACE_NOUNS

    assert not NAME_CUE_NOUNS & PLACE_NOUNS


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 35-year-old Toyota man was promoted in Japan.", "Toyota"),
        ("The 50-year-old Nokia man retired in Finland.", "Nokia"),
    ],
)
def test_an_aged_firm_man_needs_a_named_state_not_a_country(nlp, text, absent):
    assert absent not in _places(nlp, text)
