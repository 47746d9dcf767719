"""Claims the first taxonomy missed (issue 20): spelled-out round numbers, tallies,
breakdowns, aid money, weapons, missions and people in need. Sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.lab.news import MEASURES
from frontlines.vocab.measures import default_taxonomy
from tests.claim_reading import claims_by_value as _claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The floods left more than a million villagers without food aid.", 1e6),
        ("Half a million people fled the northern towns.", 5e5),
        ("Three-point-four million people need food assistance.", 3.4e6),
        ("Two point five million people in need of aid were counted.", 2.5e6),
        ("A hundred thousand people fled the city.", 1e5),
        ("Ten-thousand people fled the city.", 1e4),
        ("Some two-hundred fighters surrendered.", 200.0),
    ],
)
def test_round_numbers_in_words_are_read(nlp, text, value):
    values = [q.value for q in nlp(text)._.quantities]
    assert value in values


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Two dozen people were killed in the raid.", (24.0, None, None)),
        ("Several thousand people fled the valley.", (None, 3000.0, 9000.0)),
        ("A few hundred fighters remain in the hills.", (None, 200.0, 900.0)),
    ],
)
def test_dozens_and_vague_multiples(nlp, text, reading):
    (q,) = nlp(text)._.quantities
    assert (q.value, q.lower, q.upper) == reading


def test_half_a_million_is_a_count_not_a_share(nlp):
    (q,) = nlp("Half a million people fled the northern towns.")._.quantities
    assert q.unit == "count"


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        ("Monitors put the number of rebel fighters in the hills at between 800 and 1,200.",
         (800.0, 1200.0), "fighters"),
        ("Police detained nine protesters, including three students, on Friday.", 3.0,
         "detained"),
        ("The ministry will increase its humanitarian support to the region by $40 million.",
         40e6, "aid_funding"),
        ("The alliance delivered 12,000 rifles and 300 missiles to the army.", 300.0,
         "materiel"),
        ("The air force has flown over 500 missions since March.", 500.0, "missions"),
        ("Aid agencies cannot reach 2.3 million Sudanese in desperate need of food.", 2.3e6,
         "people_in_need"),
        ("The storm of shelling claimed the lives of 33 villagers.", 33.0, "killed"),
        ("More than 90 people were hospitalized after the gas attack.", 90.0, "wounded"),
        ("Troops rounded up 45 men in the market.", 45.0, "detained"),
        ("Nearly 250 people remain unaccounted for after the raid.", 250.0, "missing"),
        ("Four marines went missing near the coast.", 4.0, "missing"),
        ("The fighting caused 75 casualties among the guards.", 75.0, "casualties"),
        ("The ministry sent 800 personnel to the valley.", 800.0, "troops"),
        ("Around 600 militiamen joined the assault.", 600.0, "fighters"),
        ("There were 19 clashes along the front line in May.", 19.0, "attacks"),
    ],
)
def test_measures_found(nlp, text, key, measure):
    claims = _claims(nlp, text)
    assert claims[key].measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "The ministry shelved a $7 billion port scheme, partly funded by a regional lender.",
        "The town has 40,000 people and two schools.",
        "The company sold 300 cars last year.",
    ],
)
def test_no_claim_without_the_sense(nlp, text):
    assert not nlp(text)._.claims


def test_tallied_fighters_belong_to_the_group(nlp):
    claims = _claims(nlp, "Analysts reckon the count of IS fighters in the hills at 2,000.")
    assert claims[2000.0].subject == "islamic_state"


def test_every_measure_maps_to_a_guide_measure():
    for measure in default_taxonomy().measures:
        assert measure.id in MEASURES, measure.id


def test_reference_marks_are_split_from_the_words(nlp):
    doc = nlp("At least 12 guards died.[3][4] A doctor, Sara Ali, said 40 civilians were killed.")
    assert "died" in [t.text for t in doc] and "[3]" in [t.text for t in doc]
    claims = {c.value: c for c in doc._.claims}
    assert claims[12.0].measure == "killed"
    assert claims[40.0].source is not None and "Sara Ali" in claims[40.0].source.text


def test_a_bare_count_takes_the_people_counted_before_it_in_its_sentence(nlp):
    claims = _claims(nlp, "Twelve villagers were killed and 30 wounded. Hundreds fled.")
    assert claims[30.0].subject_text == "villagers"
    assert claims[(100.0, 1000.0)].subject_text is None  # another sentence


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Almost a quarter of a million residents have fled.", 250000.0),
        ("A third of a million refugees crossed the river.", 1e6 / 3),
    ],
)
def test_a_fraction_of_a_round_number_is_a_count(nlp, text, value):
    (q,) = nlp(text)._.quantities
    assert q.unit == "count" and abs(q.value - value) < 1e-6


def test_wounds_name_the_wounded(nlp):
    claims = _claims(nlp, "Doctors said 80 people were treated for shrapnel wounds.")
    assert claims[80.0].measure == "wounded"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the counted noun, not a neighbour's, says what a number measures
        ("Monitors recorded 9 deaths and 31 injuries after the riot.", 31.0, "wounded"),
        ("Monitors recorded 9 deaths and 31 injuries after the riot.", 9.0, "killed"),
        ("Years of siege have cost more than 4,000 lives.", 4000.0, "killed"),
        ("Some 85 dissidents are behind bars in the capital.", 85.0, "detained"),
        ("Nearly 70,000 villagers sought refuge across the border.", 70000.0, "refugees"),
    ],
)
def test_counted_nouns_and_idioms_name_the_measure(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


def test_a_verb_of_the_measure_still_outranks_the_counted_noun(nlp):
    claims = _claims(nlp, "The shelling wounded 8 prisoners in the yard.")
    assert claims[8.0].measure == "wounded"


def test_life_near_a_number_is_no_death(nlp):
    claims = _claims(nlp, "The navy made nine airdrops of life-saving food aid.")
    assert claims[9.0].measure == "aid_deliveries"


def test_a_counted_event_noun_plays_the_verb(nlp):
    claims = _claims(nlp, "Police made 30 arrests after the riot.")
    assert claims[30.0].measure == "detained"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the words after a number stop at a comma: the next clause is not what it counts
        ("The mortar round, which also injured three nurses, killed a guard.", 3.0, "wounded"),
        # one number for the killed or the wounded counts casualties
        ("Overall, 2,100 villagers have been killed or wounded this year.", 2100.0,
         "casualties"),
        # a control verb's complement says what happened to the passive subject
        ("More than 40,000 residents were forced to flee the valley.", 40000.0, "displaced"),
        # an -ing participle describes the people counted
        ("The shelling sent 9,000 villagers fleeing toward the hills.", 9000.0, "displaced"),
        # a share of a named country or region is a share of its land
        ("The rebels are thought to hold about 22 percent of Mali.", 22.0,
         "territory_held_share"),
        ("Families said they had buried 19 neighbours after the raid.", 19.0, "killed"),
    ],
)
def test_clause_syntax_names_the_measure(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


def test_killed_and_wounded_apart_are_no_casualties(nlp):
    claims = _claims(nlp, "The blast killed 4 people and wounded 11 more.")
    assert claims[4.0].measure == "killed" and claims[11.0].measure == "wounded"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a tally or a body of people names no event: the clause's verb does
        ("A total of 415 demonstrators have been arrested.", 415.0, "detained"),
        ("A group of 26 pilgrims was abducted on the highway.", 26.0, "hostages"),
    ],
)
def test_a_tally_noun_leaves_the_verb_its_say(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Nearly 90,000 Eritreans have fled to Ethiopia since March.", 90000.0, "refugees"),
        ("About 2.1 million Afghans now live in Iran and Pakistan.", 2.1e6, "refugees"),
        ("Some 400,000 Sudanese fled to safer towns in Sudan.", 400000.0, "displaced"),
        ("Some 400,000 villagers fled to safer towns in Ethiopia.", 400000.0, "displaced"),
    ],
)
def test_a_nationality_abroad_counts_refugees(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


def test_a_nationality_at_home_is_no_claim_by_itself(nlp):
    assert not nlp("About 2.1 million Afghans now live in Kabul province.")._.claims


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # an event noun counted names the event ("-ing", "-ion" nominals)
        ("Monitors logged 64 abductions on the northern roads.", 64.0, "hostages"),
        ("The tribunal confirmed 31 executions at the prison.", 31.0, "killed"),
        ("Observers recorded 52 killings in the district.", 52.0, "killed"),
        # a phrasal verb
        ("Nine herders were gunned down near the well.", 9.0, "killed"),
        ("About 15,000 residents were made homeless by the floods of shelling.", 15000.0,
         "displaced"),
        # "number" as a verb counts its subject
        ("The rebels, numbering roughly 900, withdrew to the hills.", 900.0, "fighters"),
        ("The militia numbers about 4,000 men.", 4000.0, "fighters"),
        # an event noun of killing ("homicides" tallied by a place is a crime statistic:
        # test_claim_offences)
        ("The province logged 310 killings last year.", 310.0, "killed"),
    ],
)
def test_event_nouns_phrasal_verbs_and_numbering(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Roughly 70 percent of the population has been displaced.", 70.0, "displaced_share"),
        ("A third of the villagers fled after the raid.", 33.3, "displaced_share"),
        ("The rebels lost 40 percent of their territory.", 40.0, "territory_lost_share"),
    ],
)
def test_a_share_of_people_displaced(nlp, text, value, measure):
    claims = {round(c.value, 1): c for c in nlp(text)._.claims if c.value is not None}
    assert claims[value].measure == measure


def test_a_share_with_no_word_of_flight_is_no_displacement(nlp):
    assert not nlp("Prices rose 20 percent as the market reopened.")._.claims


def test_overrunning_a_country_is_no_share_captured_from_an_actor(nlp):
    doc = nlp("Two years ago the insurgents overran the port and a third of the country.")
    assert all(c.measure != "territory_captured_share" for c in doc._.claims)


def test_taken_captive_counts_hostages(nlp):
    claims = _claims(nlp, "Some 180 travellers were taken captive on the highway.")
    assert claims[180.0].measure == "hostages"



@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hit the depot on Monday. Four suspects in the raid are reported to be in custody.",
        "Gunmen raided the depot on Monday. Six of the attackers are believed to be in custody.",
        "Gunmen raided the depot on Monday. Nine of them sit in custody at the port.",
        "Gunmen raided the depot on Monday. A dozen militants remain behind bars.",
    ],
)
def test_a_state_said_of_the_counted_subject_names_the_measure(nlp, text):
    """The number is in the subject of a linking verb, however far the state ('in
    custody') stands from it: those counted are detained."""
    assert [c.measure for c in nlp(text)._.claims] == ["detained"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the depot on Monday. Four suspects in the raid are reported to be in Cairo.",
        "Gunmen raided the depot on Monday. Nine of the guards remain in their barracks.",
    ],
)
def test_no_state_of_detention_said_of_the_subject(nlp, text):
    assert all(c.measure != "detained" for c in nlp(text)._.claims)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Rebels shelled the port on Monday. The rebels were a loose guerrilla force with "
         "more than 8,000 men under arms.", "fighters"),
        ("Rebels shelled the port on Monday. The army has about 40,000 men under arms.",
         "troops"),
        ("Rebels shelled the port on Monday. The militia keeps 900 men under arms.", "fighters"),
    ],
)
def test_people_under_arms_are_the_strength_of_whose_force(nlp, text, measure):
    assert [c.measure for c in nlp(text)._.claims] == [measure]


def test_men_without_arms_stay_uncounted(nlp):
    text = "Rebels shelled the port on Monday. The army has about 40,000 men in its reserve."
    assert all(c.measure not in {"troops", "fighters"} for c in nlp(text)._.claims)
