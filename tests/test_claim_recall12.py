"""Claims on real news, issue 20 (brief clrec12): number words, irregular lemmas, troops,
shares retaken, executions and tolls of illness; each tested on sentences written for
this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    ("text", "number", "lower", "upper"),
    [
        # "four and eight" after "between" is a range, never twelve
        ("Between four and eight police officers were injured in the riot.",
         "four and eight", 4.0, 8.0),
        ("Between two and six rebels were killed along with a bystander.",
         "two and six", 2.0, 6.0),
    ],
)
def test_spelled_numbers_joined_by_and_are_a_range(nlp, text, number, lower, upper):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.value) for c in found.values()]
    claim = found[number]
    assert (claim.value, claim.lower, claim.upper) == (None, lower, upper)


def test_and_after_a_scale_still_joins_one_number(nlp):
    found = _claims(nlp, "One hundred and forty people were killed in the raid.")
    assert found["One hundred and forty"].value == 140.0


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("Some 700 servicemen took part in the exercise.", ("servicemen", "serviceman")),
        ("Nine militiamen were captured at the checkpoint.", ("militiamen", "militiaman")),
        ("Tribal fighters retook the village on Monday.", ("retook", "retake")),
    ],
)
def test_irregular_compounds_get_their_lemma(nlp, form, lemma):
    word, expected = lemma
    doc = nlp(form)
    assert next(t.lemma_ for t in doc if t.lower_ == word) == expected


def test_words_of_their_own_keep_their_lemma(nlp):
    doc = nlp("The specimens were found near the wound.")
    assert {t.lower_: t.lemma_ for t in doc}["found"] == "find"
    assert {t.lower_: t.lemma_ for t in doc}["specimens"] == "specimen"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Some 700 servicemen took part in the exercise near the border.", "Some 700", "troops"),
        ("Kurdish fighters retook 45 percent of the town from the militants.", "45 percent",
         "territory_captured_share"),
    ],
)
def test_irregular_forms_give_their_measure(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a compound in two words is the one-word concept ("service members")
        ("The Pentagon said 3,100 U.S. service members remain in Syria.", "3,100"),
        # a capitalised plural the lemmatizer leaves as written
        ("More than 2,000 Marines were sent to the island last month.", "More than 2,000"),
    ],
)
def test_service_members_and_marines_are_troops(nlp, text, number):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == "troops"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Four inmates were hanged in the central prison on Thursday.", "Four"),
        ("The insurgents hanged seven captives in the market square.", "seven"),
    ],
)
def test_people_hanged_are_killed_not_held(nlp, text, number):
    found = _claims(nlp, text)
    assert found[number].measure == "killed"


def test_things_hung_are_no_toll(nlp):
    assert _claims(nlp, "Volunteers hung 30 banners along the avenue.") == {}


def test_a_worker_named_by_aid_is_no_one_in_need(nlp):
    found = _claims(nlp, "One relief worker told reporters the agency had been slow.")
    assert found == {}, [(c.text, c.measure) for c in found.values()]
    kept = _claims(nlp, "Some 6.3 million people are in need of food aid.")
    assert kept["Some 6.3 million"].measure == "people_in_need"


@pytest.mark.parametrize(
    "text",
    [
        # a force counted as the object of a verb of harm: victims, not its strength
        "The gang attacked 14 soldiers at the roadblock.",
        "He had a long record of assaulting three prison guards and two police officers.",
    ],
)
def test_forces_attacked_are_no_strength(nlp, text):
    found = _claims(nlp, text)
    assert not [c for c in found.values() if c.measure in {"troops", "fighters"}], (
        [(c.text, c.measure) for c in found.values()])


def test_forces_sent_keep_their_strength(nlp):
    found = _claims(nlp, "The ministry sent 600 soldiers to attack the rebel camps.")
    assert found["600"].measure == "troops"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # the verb whose object "control" is says what happened to the share
        ("The army regained control of 65 percent of the district.", "65 percent",
         "territory_captured_share"),
        ("Rebels took control of 35 percent of the province.", "35 percent",
         "territory_captured_share"),
        ("The government retains control of 75 percent of the country.", "75 percent",
         "territory_held_share"),
    ],
)
def test_a_verb_of_control_tells_the_share(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert found[number].measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "The mourners watched as two Marines held a flag over the casket.",
        "Six soldiers carried the coffin to the grave on Saturday.",
    ],
)
def test_an_honour_guard_is_no_force(nlp, text):
    assert _claims(nlp, text) == {}


def test_a_toll_at_a_funeral_stays(nlp):
    found = _claims(nlp, "A suicide bomber killed 14 soldiers at a funeral in the north.")
    assert found["14"].measure == "killed"
