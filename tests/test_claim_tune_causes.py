"""Claim precision and recall on real stories (issue 20, brief clrec3): a number running on
into a longer name, "one" of a counted list, a ceiling a verb of ability sets, police at a
civic gathering, a noun that counts no people with a measure's word after it; and counts
that need their meaning read (the victims, those shot, the people an apposition breaks
down). Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text as _claims


def test_a_number_running_on_into_a_name_is_part_of_it(nlp):
    text = ("Rebels killed 4 soldiers on Monday. The magazine’s Under 40 Forum EMEA, which"
            " gathers nearly 500 of the best young engineers, was held in Rome.")
    found = _claims(nlp, text)
    assert set(found) == {"4"}


def test_one_of_a_counted_list_is_no_count(nlp):
    text = ("Rebels killed 4 soldiers on Monday. The country is one of eight navies on the globe"
            " that own 70 submarines and one of only three nations anywhere whose fleet can"
            " launch missiles underwater.")
    found = _claims(nlp, text)
    assert "one" not in found
    assert found["70"].measure == "materiel"
    # "one of" as a verb's object still counts what happened to it
    found = _claims(nlp, "Gunmen stormed the base and killed one of the two guards.")
    assert found["one"].measure == "killed"


def test_a_ceiling_set_by_a_verb_of_ability_is_no_count(nlp):
    text = ("Rebels killed 20 soldiers on Monday. The prime minister can summon up to 150,000"
            " reservists for a term of up to 90 days with no vote in the assembly.")
    assert set(_claims(nlp, text)) == {"20"}
    # a guess at what happened stays: a perfect, a passive subject
    found = _claims(nlp, "Rebels attacked the town. They could have killed up to 50 people.")
    assert "up to 50" in found


def test_police_at_a_civic_gathering_are_no_troops(nlp):
    text = ("Rebels killed 4 soldiers in the north. In Denver, planners posted 140 extra guards"
            " on the festival grounds, compared with 70 a year earlier. Roughly 300 uniformed"
            " police officers will be on duty at the festival.")
    assert set(_claims(nlp, text)) == {"4"}
    found = _claims(nlp, "The government sent 2,000 police officers to the border after the"
                         " rebels attacked.")  # fmt: skip
    assert found["2,000"].measure == "troops"


def test_a_noun_of_no_people_is_not_what_the_words_after_it_name(nlp):
    text = ("Rebels killed 4 soldiers on Monday. An online message proposed a gallows as one fix"
            " for the refugee influx, officials said.")
    assert set(_claims(nlp, text)) == {"4"}
    # a word before the noun may name the measure
    found = _claims(nlp, "Fighting raged on. More than 2 million asylum seekers reached the"
                         " coast this year.")  # fmt: skip
    assert found["More than 2 million"].measure == "refugees"


def test_victims_are_the_dead(nlp):
    text = ("The bombs exploded at the embassy. The victims in the capital numbered 213,"
            " including 12 Americans.")
    found = _claims(nlp, text)
    assert found["213"].measure == "killed"
    assert found["12"].measure == "killed"


def test_people_shot_are_casualties(nlp):
    text = ("A gunman opened fire at a market in the town on Sunday, killing six people. More than"
            " a dozen other people were shot as well.")
    found = _claims(nlp, text)
    assert found["six"].measure == "killed"
    claim = found["More than a dozen"]
    assert (claim.measure, claim.lower) == ("casualties", 12)


def test_a_clause_after_the_parts_describes_the_whole(nlp):
    text = ("The woman who planted a bomb at the consulate was named on Friday along with two"
            " further suspects -- one Libyan, one Chadian -- who were detained, radio said.")
    found = _claims(nlp, text)
    assert found["two"].measure == "detained"
    # an apposition with no number of its own lends its clause to nothing
    text = ("Officials named two former agents charged in the 1988 bombing of the airliner that"
            " killed 259 people.")
    found = _claims(nlp, text)
    assert "two" not in found and found["259"].measure == "killed"


def test_one_of_a_breakdown_in_apposition_is_no_count(nlp):
    text = ("The woman who planted a bomb at the consulate was named on Friday along with two"
            " further suspects -- one Libyan, one Chadian -- who were detained, radio said.")
    assert set(_claims(nlp, text)) == {"two"}


def test_a_relative_clause_of_what_the_people_did_is_not_what_befell_them(nlp):
    text = ("Rebels attacked the town on Monday. Police searched for gunmen but found only one"
            " man who killed himself after the attack.")
    assert "one" not in _claims(nlp, text)
    # what befell them still names the measure
    found = _claims(nlp, "Rebels shelled the town. Officials counted 40 residents who fled the"
                         " fighting.")  # fmt: skip
    assert found["40"].measure == "displaced"


def test_a_count_among_a_set_shares_what_befell_the_set(nlp):
    text = ("Troops invaded the country. About 6,000 Indians were among the many thousands of"
            " foreign workers trapped behind the front lines.")
    assert _claims(nlp, text)["About 6,000"].measure == "civilians_trapped"
    text = "Rebels shelled the town. Three children were among the 20 people killed in the attack."
    found = _claims(nlp, text)
    assert found["Three"].measure == "killed" and found["20"].measure == "killed"


def test_people_caught_in_a_place_are_trapped(nlp):
    text = ("Troops invaded the country. Diplomats feared for roughly 4,000 Britons caught in"
            " Libya and Chad after the offensive began.")
    assert _claims(nlp, text)["roughly 4,000"].measure == "civilians_trapped"
    assert _claims(nlp, "Troops invaded the country. Police caught 3 suspects in the city.") == {}


def test_the_participle_of_an_elided_clause_names_its_measure(nlp):
    text = ("Rebels bombed the market. At least 80 civilians have been killed and at least 700"
            " more wounded by the car bombs outside the ministry.")
    found = _claims(nlp, text)
    assert found["At least 80"].measure == "killed"
    assert found["at least 700"].measure == "wounded"


def test_jet_fighters_are_aircraft_not_people(nlp):
    text = ("Troops invaded the country. The Egyptians now keep 36 Libyan jet fighters, almost"
            " all of that air force.")
    assert _claims(nlp, text)["36"].measure == "materiel"
    found = _claims(nlp, "Troops invaded the country. The rebels have 300 fighters in the town.")
    assert found["300"].measure == "fighters"
