"""Claims on unseen news, issue 20 (brief clfalse9): tolls of no violence and leavers who
fled nothing, read from the claims the pipeline gave on unannotated tune-hash news (disease
news, newswire, political news), and whose a recorded count of attacks is, read from the
PolNeAR tune half; each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # what does the harm is a mishap, a hazard or an illness
        ("A ferry accident that killed eleven passengers and the captain shocked the island.",
         "eleven"),
        ("The landslide killed 17 miners in the north on Tuesday.", "17"),
        ("A bus crash in the mountains killed 23 people.", "23"),
        # what the dead died of, in or after
        ("Three villagers have died in the province after catching the bird flu, officials said.",
         "Three"),
        ("At least 2,400 people died in the cyclone, the ministry said.", "At least 2,400"),
        ("Nine people died of cholera in the camp last week.", "Nine"),
        ("At least 40 people were injured in the stampede at the stadium.", "At least 40"),
        ("Six people are missing after the boat capsized in the storm.", "Six"),
        # the count's own noun, or the antecedent of the clause that led to it
        ("Officials reported 210 cholera deaths in the region.", "210"),
        ("Doctors confirmed forty cases of the virus, which led to nineteen deaths in the "
         "district.", "nineteen"),
        ("The outbreak has caused 85 deaths since March, the health ministry said.", "85"),
    ],
)
def test_a_toll_of_an_illness_hazard_or_mishap_is_no_claim(nlp, text, number):
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen killed 14 villagers in the north on Tuesday.", "14"),
        ("Twelve soldiers died in the ambush near the border.", "Twelve"),
        # violence in the sentence may be the cause: the toll stays
        ("Twenty people died in a fire that rebels set in the market.", "Twenty"),
        ("Fifteen civilians were killed in an air strike after the flood.", "Fifteen"),
        ("Police said 12 protesters died in the crush when troops opened fire.", "12"),
        # an aircraft's crash may be a shooting down
        ("Local officials said nine people were killed in the crash of the helicopter.", "nine"),
    ],
)
def test_a_toll_of_violence_stays_a_claim(nlp, text, number):
    assert number in _claims(nlp, text)


OUTBREAK = (
    "Health workers in the eastern lowlands are racing to contain an outbreak of cholera "
    "that has spread through four districts since the rains began. The regional health "
    "office said on Thursday that 63 people had died and more than 1,900 had been treated "
    "at clinics run by aid groups, most of them children. Clean water is scarce in the villages "
    "along the river, and the disease moves quickly where wells are shared. A second "
    "vaccination drive begins next week, the office said, and humanitarian teams will visit "
    "markets and schools to hand out purification tablets. Doctors say the epidemic could "
    "last until the dry season, and the infection rate is still rising in two districts."
)


def test_numbers_of_an_epidemic_story_are_no_claims(nlp):
    # a story that names illnesses more often than conflict and crisis words counts the
    # toll of an epidemic, whatever verbs its numbers have
    assert _claims(nlp, OUTBREAK) == {}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Four board members left the company last year.", "Four"),
        ("Two senior aides left the campaign in June.", "Two"),
    ],
)
def test_people_leaving_a_firm_or_post_are_no_displaced(nlp, text, number):
    # leaving is flight only from a place
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 2,000 people left the town after the shelling.", "About 2,000"),
        ("Some 5,000 residents left Mosul on foot last week.", "Some 5,000"),
        ("More than 300 people left to seek safety in the hills.", "More than 300"),
        ("The clashes left 3,000 homeless.", "3,000"),
    ],
)
def test_people_leaving_a_place_are_displaced(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "displaced"


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        # who keeps the count of attacks made none: the count is about what was hit
        ("Last year, state police recorded 812 attacks against migrant shelters, from arson "
         "to beatings.", "812", "migrant shelters"),
        ("The monitoring group documented 45 attacks on clinics in the province.", "45",
         "clinics"),
    ],
)
def test_attacks_a_recorder_counts_are_about_their_target(nlp, text, number, subject):
    assert _claims(nlp, text)[number].subject_text == subject


def test_attacks_their_maker_carries_out_stay_theirs(nlp):
    found = _claims(nlp, "Rebels carried out 12 attacks on army posts last month.")
    assert found["12"].subject_text == "Rebels"


def test_fumes_and_poison_taken_by_mishap_are_no_toll(nlp):
    # brief clrec11: fumes and poison taken by mishap (a judged false claim's class)
    from tests.claim_reading import claims_by_text

    assert claims_by_text(nlp, "Two miners died of carbon monoxide poisoning.") == {}
    assert claims_by_text(
        nlp, "Every year some 52 deaths by carbon monoxide poisoning are recorded.") == {}
    # a poisoning someone did keeps its toll
    assert "30" in claims_by_text(nlp, "Militants poisoned the water supply, killing 30 villagers.")
