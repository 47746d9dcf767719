"""Shapes of clause that decide whether a number is a claim (issue 20, round 2): a force's
strength counted as generic people, men "under arms" of a force they are "with", a bare
running total, a tally of people a participle describes ("the number of people displaced"),
a denied verb and a number in a singular name. Sentences written for this test."""

from __future__ import annotations

from frontlines.nlp.claims.counted import breaks_down


def _claims(nlp, text: str):
    return {(c.value if c.value is not None else c.lower): c for c in nlp(text)._.claims}


def test_force_of_generic_people_is_its_strength(nlp):
    claims = _claims(nlp, "The junta fields an army of 300,000 members along the border.")
    assert claims[300000.0].measure == "troops"
    claims = _claims(nlp, "The rebels now command a militia of 4,000 men in the hills.")
    assert claims[4000.0].measure == "fighters"


def test_men_under_arms_of_the_force_they_are_with(nlp):
    claims = _claims(nlp, "The separatists were at that time a joint guerrilla force "
                          "with some 6,000 men under arms.")  # fmt: skip
    assert claims[6000.0].measure == "fighters"


def test_one_of_a_set_stays_out(nlp):
    claims = _claims(nlp, "One of the gunmen was a teacher.")
    assert 1.0 not in claims


def test_a_bare_total_takes_the_measure_before_it(nlp):
    text = ("The army said 2,100 rebels were captured on Monday, though aid workers afterwards "
            "said the total could be over 3,000.")  # fmt: skip
    claims = _claims(nlp, text)
    assert claims[2100.0].measure == "detained"
    assert claims[3000.0].measure == "detained"


def test_a_total_of_something_keeps_its_own_noun(nlp):
    claims = _claims(nlp, "Troops killed 40 militants; a total of 12 soldiers were wounded.")
    assert claims[12.0].measure == "wounded"


def test_a_denied_verb_says_nothing_happened(nlp):
    text = "The 250 new accounts did not escape the attention of the moderators last week."
    assert not nlp(text)._.claims
    claims = _claims(nlp, "Rebels shelled the town and 3,000 residents fled the fighting.")
    assert claims[3000.0].measure == "displaced"


def test_a_number_in_a_singular_name_is_no_count(nlp):
    text = ("Militants attacked the base. The Top 40 Forum, which was held in the capital, "
            "drew protests.")  # fmt: skip
    assert 40.0 not in _claims(nlp, text)
    claims = _claims(nlp, "Soldiers killed 9 Taliban near the border in an attack.")
    assert claims[9.0].measure == "killed"



def test_a_breakdown_hung_on_the_verb_of_the_count(nlp):
    doc = nlp("The rebels said the dead numbered 140, including 35 women.")
    first, part = doc._.quantities
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    assert breaks_down(span, first.start, first.end)
    other = nlp("The rebels numbered 140 before the war, and 35 women joined them.")
    first, part = other._.quantities
    span = other.char_span(part.start, part.end, alignment_mode="expand")
    assert not breaks_down(span, first.start, first.end)


def test_a_tally_of_people_a_participle_describes(nlp):
    claims = _claims(nlp, "After the shelling, the number of families displaced has risen "
                          "to 8,500.")  # fmt: skip
    assert claims[8500.0].measure == "displaced"
    claims = _claims(nlp, "The number of students detained rose to 240 during the protests.")
    assert claims[240.0].measure == "detained"
