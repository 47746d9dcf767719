"""Claims that hold, issue 20 (brief claims28): a contest's result ("a 6-4 win", "won
3-1") is no count, and people who leave to work, study, join or start something, or leave
for an errand of the day, are no displaced. Sentences written for this test, each beside a
conflict count of the same shape that stays."""

from __future__ import annotations

import pytest

from frontlines.nlp.claims.scores import _pair
from tests.claim_reading import claims_by_text as _claims

WAR = "Rebels attacked an army base near the border on Tuesday, the army said. "


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the pair modifies a singular noun of a contest's outcome
        (WAR + "The heavyweight held on to a 5-3 win over his rival after a hard fight.", "5-3"),
        (WAR + "The wardens held a 2-3 loss against the inmates.", "2-3"),
        (WAR + "The guards held a 3-4 record in the battle of the bands.", "3-4"),
        (WAR + "The guards held a 12-14 lead at the break of the battle.", "12-14"),
        # the pair hangs on a verb of winning, losing, beating or voting
        (WAR + "The prisoners lost 2-5 to the guards in the match.", "2-5"),
        (WAR + "The council voted 4-5 to hold the detainees' hearing in public.", "4-5"),
        # a pair written high to low is no range
        (WAR + "Forces held the visitors to a tense 21-7 in the final of the cup.", "21-7"),
    ],
)
def test_a_contests_result_is_no_claim(nlp, text, number):
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (WAR + "The army lost 20-30 soldiers in the battle.", "20-30", "killed"),
        (WAR + "Gunmen killed 12-15 villagers in the raid.", "12-15", "killed"),
        (WAR + "The rebels held 40-50 hostages after the battle.", "40-50", "hostages"),
    ],
)
def test_a_range_of_a_count_stays(nlp, text, number, measure):
    assert _claims(nlp, text)[number].measure == measure


@pytest.mark.parametrize(
    ("text", "pair"),
    [("6-4", (6, 4)), ("28 - 14", (28, 14)), ("3\u20131", (3, 1)), ("1990-91", None),
     ("twelve", None)],
)
def test_the_shape_of_a_score(nlp, text, pair):
    assert _pair(nlp.make_doc(text)[:]) == pair


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "In 2012, three senior editors left to help launch a rival magazine.", "three"),
        (WAR + "Two engineers left to join a startup in the capital.", "Two"),
        # "help" read as an auxiliary of "start", with "to" hung on it
        (WAR + "Two reporters at the Daily Lantern quit in 2019 and left to help start Kestrel "
         "Data, a small polling outfit.", "Two"),
        (WAR + "Hundreds of young men left to join the rebels in the mountains.", "Hundreds"),
        (WAR + "About 200 nurses left for work at dawn.", "About 200"),
        (WAR + "About 200 workers left for the office at dawn.", "About 200"),
        (WAR + "Some 400 pupils left for school as the shelling stopped.", "Some 400"),
        (WAR + "About 30 students left the town to study abroad.", "About 30"),
    ],
)
def test_leaving_with_a_purpose_of_ordinary_life_is_no_displacement(nlp, text, number):
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "About 900 people left to take shelter in a school.", "About 900"),
        (WAR + "Some 2,000 residents left to seek safety in the hills.", "Some 2,000"),
        (WAR + "About 300 families left their homes to escape the shelling.", "About 300"),
        (WAR + "About 500 people left for the border as the shelling grew.", "About 500"),
        (WAR + "Some 600 families left the town to help their relatives escape the siege.",
         "Some 600"),
    ],
)
def test_flight_stays_displacement(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "displaced"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lawmakers acted on a review by the Meridian Trust, which identified the valley as "
         "the scene of 60 kidnappings last year.", "the Meridian Trust"),
        ("The group cited a study by two universities, which found that militants carried "
         "out 40 attacks in 2024.", "two universities"),
        # a participle describing the report, after a relative clause on its author
        ("The unit was created following a review by the Meridian Trust, which called the "
         "valley a haven for smugglers -- blaming them for 60 kidnappings in 2023.",
         "the Meridian Trust"),
    ],
)
def test_a_document_speaking_in_a_relative_clause_is_its_authors(nlp, text, source):
    """'a review by X, which identified ...': the relative pronoun stands for the review,
    whose word is its author's; "identify" reports what it names as "show" does."""
    (claim,) = nlp(text)._.claims
    assert claim.source is not None and claim.source.text == source


def test_a_relative_clause_of_no_cue_stays_the_writers(nlp):
    text = ("Lawmakers acted on a review by the Meridian Trust, which covered the valley where "
            "smugglers carried out 60 kidnappings in 2023.")
    claims = {c.text: c for c in nlp(text)._.claims}
    assert claims["60"].source is None


def test_a_purpose_read_through_help_as_an_auxiliary(nlp):
    """The parser may make "help" an auxiliary of "start" and hang "to" on it: "start" is
    still the infinitive of purpose of "left"."""
    from spacy.tokens import Doc

    from frontlines.nlp.claims.departures import left_for_a_living

    words = ["Two", "editors", "left", "to", "help", "start", "a", "firm", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 4, 5, 2, 7, 5, 2],
              deps=["nummod", "nsubj", "ROOT", "aux", "aux", "xcomp", "det", "dobj", "punct"],
              tags=["CD", "NNS", "VBD", "TO", "VB", "VB", "DT", "NN", "."],
              pos=["NUM", "NOUN", "VERB", "PART", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["two", "editor", "leave", "to", "help", "start", "a", "firm", "."])
    assert left_for_a_living(doc[2])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "Three villagers died after eating bread poisoned with pesticide at a feast.",
         "Three"),
        (WAR + "Five guests died after eating a poisoned stew at the wedding.", "Five"),
        (WAR + "Nine people died after drinking tea laced with rat poison.", "Nine"),
    ],
)
def test_a_toll_of_poisoned_food_or_drink_is_no_claim(nlp, text, number):
    assert number not in _claims(nlp, text)


def test_a_poisoning_by_an_armed_side_stays(nlp):
    text = WAR + "Rebels poisoned the wells of the village, killing 30 villagers."
    assert _claims(nlp, text)["30"].measure == "killed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Once inside, guards combed the depot, thinking up to six gunmen were still inside.",
         "guards"),
        ("Troops stormed the house, fearing that 20 hostages were held inside.", "Troops"),
    ],
)
def test_a_participle_of_believing_speaks_for_the_clauses_subject(nlp, text, source):
    (claim,) = nlp(text)._.claims
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun names no one; a participle of doing reports nothing
        "They combed the depot, thinking up to six gunmen were still inside.",
        "The army shelled the town, killing 40 civilians.",
    ],
)
def test_no_believing_participle_no_source(nlp, text):
    (claim,) = nlp(text)._.claims
    assert claim.source is None


# Review of claims28 (brief claims28fix): counts of the same shapes that must stay claims.


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a verb that also takes a toll or a count of people is no contest verb
        (WAR + "The toll of the ambush topped 60-70 by Friday.", "60-70", "killed"),
        # a pair with an "of" phrase counts part of a whole, never a score
        (WAR + "The battalion lost 20-25 of its soldiers in the assault.", "20-25", "troops"),
        (WAR + "Soldiers routed 150-200 of the militants near the dam.", "150-200",
         "fighters"),
        (WAR + "Guards beat 12-18 of the prisoners during the riot.", "12-18", "detained"),
        # a falling pair of people, or of what a verb of harm did, is a careless range
        (WAR + "Between 60-50 civilians were killed in the strike.", "60-50", "killed"),
        (WAR + "Gunmen killed 25-15 passengers on the bus.", "25-15", "killed"),
    ],
)
def test_a_count_on_a_verb_of_contest_or_falling_stays(nlp, text, number, measure):
    assert _claims(nlp, text)[number].measure == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "head", "form" are no verbs of a living
        (WAR + "Hundreds of families left Homs to head for the Lebanese border.", "Hundreds"),
        (WAR + "About 3,000 villagers left the valley to head south as the shelling spread.",
         "About 3,000"),
        (WAR + "Hundreds left their homes to form a long line at the crossing.", "Hundreds"),
        # after leaving a place, joining a column or a flight is no career
        (WAR + "Some 2,500 residents left their homes to join a column of cars moving east.",
         "Some 2,500"),
        (WAR + "Some 900 people left the district to join the flight to the hills.",
         "Some 900"),
        # "start over" takes no venture
        (WAR + "Some 500 families left to start over in tents near the border.", "Some 500"),
        # a destination said to shelter people is a refuge
        (WAR + "Some 400 families left the town for the college, which had been made into a "
         "shelter.", "Some 400"),
        (WAR + "About 350 people left for the church, where they hid from the shelling.",
         "About 350"),
        # a safer life is what the displaced seek
        (WAR + "Some 1,000 people left for a safer life abroad.", "Some 1,000"),
    ],
)
def test_leaving_a_place_in_flight_stays_displacement(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "displaced"


def test_people_poisoned_are_no_mishap(nlp):
    """'poisoned' said of the people counted is what was done to them, no tainted food."""
    text = WAR + "At least 25 detainees died after being poisoned in custody, activists said."
    assert _claims(nlp, text)["At least 25"].measure == "killed"


# Second review of session 28's claims: poisoners, groups of the displaced, coordinated
# purposes and falling pairs in sentences naming no contest.


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "At least 22 inmates died after drinking water poisoned by their jailers, "
         "a monitor said.", "At least 22"),
        (WAR + "Thirty-five people died after eating bread that the militia had poisoned.",
         "Thirty-five"),
        (WAR + "Eleven guards died after drinking coffee laced with cyanide by a recruit.",
         "Eleven"),
    ],
)
def test_food_someone_poisoned_keeps_its_toll(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "killed"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "Some 1,800 villagers left to join a group of uprooted families in the east.",
         "Some 1,800"),
        (WAR + "Some 12,000 people left to find work and safety across the border.",
         "Some 12,000"),
    ],
)
def test_joining_the_uprooted_or_seeking_shelter_too_stays_displacement(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "displaced"


@pytest.mark.parametrize(
    "text",
    [
        WAR + "Medics said 40-30 were killed in the raid.",
        WAR + "The clashes left 45-35 dead, the ministry said.",
    ],
)
def test_a_falling_pair_in_a_sentence_naming_no_contest_stays_a_count(nlp, text):
    assert any(c.measure == "killed" for c in _claims(nlp, text).values())
