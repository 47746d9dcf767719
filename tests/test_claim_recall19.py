"""Claims on real news, issue 20 (brief clrec19): counts the tagger swallowed into a name,
aid and propellant weighed, an aside restating an amount, and a bare count of refugees
admitted; each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from frontlines.nlp.quantities.spans import led_by_a_quantifier
from tests.claim_reading import claims_by_text as _claims


def _quantities_bounds(nlp, text: str) -> dict[str, tuple[float | None, float | None]]:
    return {q.text: (q.value if q.upper is None else None, q.upper)
            for q in nlp(text)._.quantities}


def _quantities(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {q.text: (q.concept.text if q.concept else None) for q in doc._.quantities}


@pytest.mark.parametrize(
    ("words", "entity", "number", "expected"),
    [
        # the tagger's slip: "all 650 Soviets" taken for one EVENT
        (["They", "let", "all", "650", "Soviets", "leave", "."], (2, 5), 3, True),
        (["Some", "said", "nearly", "90", "Danes", "stayed", "."], (2, 5), 3, True),
        # names open with a capital or an article
        (["They", "met", "the", "9/11", "Commission", "."], (2, 5), 3, False),
        (["The", "Group", "of", "20", "met", "."], (1, 4), 3, False),
        # a number opening the entity has nothing before it
        (["They", "saw", "300", "Spartans", "."], (2, 4), 2, False),
    ],
)
def test_a_quantifier_opens_no_name(nlp, words, entity, number, expected):
    """An entity opening with a lower-case quantifier ("all") is no name: its number is an
    amount the tagger swallowed."""
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, entity[0], entity[1], label="EVENT")]
    assert led_by_a_quantifier(doc, number) is expected


def test_numbers_in_names_stay_names(nlp):
    found = _quantities(nlp, "Delegates of the G20 met at the 9/11 Memorial in New York.")
    assert not any(text.startswith(("20", "9/11")) for text in found), found


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The UN flew 300 tonnes of food aid into the besieged town.", "300 tonnes",
         "aid_supplies"),
        ("The army delivered 20 tonnes of medical supplies to the clinic.", "20 tonnes",
         "aid_supplies"),
        ("Two freighters carried 2,000 metric tons of ammonium perchlorate to the port.",
         "2,000 metric tons", "materiel"),
        ("The plant stored 50 tons of solid rocket propellant.", "50 tons", "materiel"),
    ],
)
def test_aid_and_rocket_fuel_weighed(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "The region harvests two million tonnes of wheat in a good year.",
        "The mill turns out 500 tons of steel a week.",
        "The baby weighed nine pounds at birth.",
    ],
)
def test_a_harvest_or_an_output_is_no_aid(nlp, text):
    assert not nlp(text)._.claims


@pytest.mark.parametrize(
    "text",
    [
        "The farm sold 300 tonnes of food to the city.",
        "The country exports 2 million tonnes of food a year.",
        "The government bought 5,000 tonnes of food from abroad.",
        "Farmers lost 300 tonnes of food to the floods.",
        "The ministry said 20 tonnes of medicine had expired.",
    ],
)
def test_food_or_medicine_traded_or_lost_is_no_aid(nlp, text):
    """Food and medicine are sold, grown and lost too: a weight of them is aid only when
    something says they were given."""
    found = _claims(nlp, text)
    assert not [c for c in found.values() if c.measure == "aid_supplies"], list(found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Planes airdropped 20 tonnes of food over the besieged town.", "20 tonnes"),
        ("The charity delivered 40 tonnes of medicine to the clinic.", "40 tonnes"),
        ("The convoy carried 300 tonnes of relief food.", "300 tonnes"),
        ("The agency announced a donation of 5 tons of medicine.", "5 tons"),
    ],
)
def test_food_or_medicine_given_is_aid(nlp, text, number):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == "aid_supplies"


def test_an_aside_restating_the_weight_is_one_claim(nlp):
    found = _claims(nlp, "The envoy announced a donation of 600 pounds (270 kilograms) of "
                         "medical supplies to the clinic.")
    assert list(found) == ["600 pounds"], [(c.text, c.measure) for c in found.values()]
    assert found["600 pounds"].measure == "aid_supplies"


def test_the_aside_lets_the_amount_reach_its_of_phrase(nlp):
    found = _quantities(nlp, "Rebels seized 40 tons (36 tonnes) of ammunition at the depot.")
    assert found["40 tons"] == "ammunition"


def test_a_bare_count_admitted_after_a_refugee_count_counts_refugees(nlp):
    text = ("The country took in 70,000 refugees last year. Next year, 90,000 will be "
            "admitted, the minister said.")
    found = _claims(nlp, text)
    assert "90,000" in found, [(c.text, c.measure) for c in found.values()]
    assert found["90,000"].measure == "refugees"
    assert found["90,000"].subject_text == found["70,000"].subject_text  # the same people


@pytest.mark.parametrize(
    "text",
    [
        # a verb of taking that takes something is no admission
        "The camp holds 7,000 refugees. In 2015, 300 took part in a march.",
        # a bare count after an arrest count: "released" says nothing of the detained
        "Police arrested 40 protesters on Monday. Twelve were released on Tuesday.",
        # taken in as something else: students, not refugees
        "The country admitted 70,000 refugees last year. This year, 90,000 were accepted "
        "as students.",
        "The camp holds 7,000 refugees. In May, 300 were taken on as workers.",
        # too far from the refugee count to stand for it
        "The country took in 70,000 refugees last year. The war went on. It rained. "
        "Next year, 90,000 will be admitted.",
    ],
)
def test_other_bare_counts_inherit_nothing(nlp, text):
    found = _claims(nlp, text)
    bare = [c for c in found.values() if c.value in {300.0, 12.0, 90000.0}]
    assert not bare, [(c.text, c.measure) for c in bare]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police detained 40 people on Monday and 25 on Tuesday. That brings the total to 65.",
         "65"),
        ("Police detained 40 people on Monday and 25 on Tuesday. That adds up to 65 in two "
         "days.", "65"),
    ],
)
def test_a_sum_of_the_counts_just_told_inherits_their_measure(nlp, text, number):
    """A sum is exact: "adds up to 65" is 65, no bound of "up to 65"."""
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    claim = found[number]
    assert claim.measure == "detained"
    assert (claim.value, claim.lower, claim.upper, claim.change) == (float(number), None, None,
                                                                     "=")


@pytest.mark.parametrize(
    ("text", "number", "bounds"),
    [
        ("The bills add up to 300 dollars.", "300 dollars", (300.0, None)),
        ("The votes added up to 61 percent.", "61 percent", (61.0, None)),
        ("Together the losses sum up to 40 tanks.", "40", (40.0, None)),
        # "up to" under any other verb stays a bound
        ("The storm may have forced up to 300 people from their homes.", "up to 300",
         (None, 300.0)),
    ],
)
def test_up_to_is_a_bound_unless_it_sums(nlp, text, number, bounds):
    found = _quantities_bounds(nlp, text)
    assert found.get(number) == bounds, found


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own: a count of its own, no sum of what was told
        "Police detained 40 people on Monday. The agency raised its count to 65.",
        "Police detained 40 people on Monday. The score came to 65.",
        # a rise, no sum
        "Police detained 40 people on Monday. Prices rose to 65.",
        # the counts summed are too far back
        "Police detained 40 people on Monday. The city was calm. Shops opened. "
        "That brings the total to 65.",
    ],
)
def test_other_numbers_reached_with_to_are_no_sum(nlp, text):
    found = _claims(nlp, text)
    assert not [c for c in found.values() if 65.0 in {c.value, c.upper}], list(found)


def test_an_existential_count_counts_the_noun_it_leaves_out(nlp):
    found = _claims(nlp, "Officers hunted the gunmen, saying there might be as many as "
                         "four.")
    assert "as many as four" in found, [(c.text, c.measure) for c in found.values()]
    claim = found["as many as four"]
    assert (claim.measure, claim.upper) == ("fighters", 4.0)


def test_an_existential_count_of_no_measured_noun_is_no_claim(nlp):
    assert not nlp("Officials counted the ballots and said there were 300.")._.claims


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers said there were four.",
        "Police searched the houses, and soldiers said there were twelve.",
        "Soldiers told the rebels there were twelve.",
    ],
)
def test_an_existential_count_never_counts_who_says_so(nlp, text):
    """The plural noun before "there were four" may be the speaker (or the hearer): the
    clause leaves out what it counts, never who tells of it."""
    assert not nlp(text)._.claims, [(c.text, c.measure) for c in nlp(text)._.claims]


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Police hunted the gunmen, and officers said there might be as many as four.",
         "as many as four", "fighters"),
        ("Police found the bodies, and soldiers said there were twelve.", "twelve", "killed"),
    ],
)
def test_an_existential_count_skips_the_speaker_for_the_noun_before(nlp, text, number,
                                                                     measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure
