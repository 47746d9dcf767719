"""Whose number a claim is (``nlp/claims/subject.py``): on sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.lab.news import claim_fields
from frontlines.lab.news_gold import GoldClaim
from frontlines.model import Claim, Extractor
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.measures import taxonomy_from_toml


def _claims(nlp, text: str) -> dict[float, Claim]:
    return {c.value: c for c in nlp(text)._.claims if c.value is not None}


@pytest.mark.parametrize(
    ("text", "value", "measure", "subject_text"),
    [
        # counted: the people the number counts, not whoever killed them
        ("An air raid on the market killed 12 civilians on Monday.", 12.0, "killed",
         "civilians"),
        # owner: the clause's subject, through a relative clause
        ("The council, which controls nearly a third of the province's territory, refused.",
         33.3, "territory_held_share", "council"),
        # owner: coordinated verbs share their subject; a counted noun is no owner
        ("The navy has flown over 300 missions, conducted over 120 strikes on depots and "
         "sent 80 soldiers.", 120.0, "strikes", "navy"),
        # owner: a participle clause modifying a noun
        ("The brigade, expected to comprise 4,000 troops, will deploy next year.", 4000.0,
         "troops", "brigade"),
    ],
)
def test_subject_text_from_syntax(nlp, text, value, measure, subject_text):
    claim = _claims(nlp, text)[value]
    assert claim.measure == measure
    assert claim.subject_text == subject_text


def test_a_description_refers_back_only_to_an_actor_on_its_side(nlp):
    text = ("Islamic State fighters attacked the town. The militant group has lost 60 percent "
            "of its territory. That force, projected to include 5,000 troops, lacks kit.")
    claims = _claims(nlp, text)
    assert claims[60.0].subject == "islamic_state"
    assert claims[60.0].subject_text == "militant group"
    assert claims[5000.0].subject is None  # a force is not the jihadist group
    assert claims[5000.0].subject_text == "force"


@pytest.mark.parametrize("text, owner", [
    ("Police combed the valley, suspecting there were perhaps 12 gunmen hiding.", "gunmen"),
    ("Scouts reported that there were about 400 fighters near the dam.", "fighters"),
    ("The rebels have about 400 fighters near the dam.", "rebels"),  # a holder named
    # a possessor stated inside the clause of being: "their" is the speakers'
    ("The rebels say there are some 400 of their fighters near the dam.", "rebels"),
])  # fmt: skip
def test_a_clause_of_being_owns_its_own_count(nlp, text, owner):
    (claim,) = [c for c in nlp(text)._.claims if c.measure == "fighters"]
    assert claim.subject_text == owner  # not the subject of the clause it hangs under


def test_an_infinitive_clause_has_no_owner(nlp):
    claims = _claims(nlp, "The ability to acquire 5,000 troops has been challenged.")
    # no owner ("The ability" holds nothing): the claim is about the troops counted
    assert claims[5000.0].subject is None and claims[5000.0].subject_text == "troops"


def test_subject_scores_on_the_text_when_no_actor_applies():
    gold = GoldClaim("s", ((0, 10),), 12.0, None, None, "count", "killed", ("civilians",),
                     ("unattributed",), None)  # fmt: skip
    claim = Claim(measure="killed", subject=None, subject_text="unarmed civilians", value=12.0,
                  lower=None, upper=None, unit="count", change="=", as_of=None,
                  as_of_relation="", reported=None, source=None, place=None, concept=None,
                  start=0, end=2, text="12", equivalent_measure=None, equivalent_value=None,
                  equivalent_lower=None, equivalent_upper=None,
                  extractor=Extractor("x", "1"))  # fmt: skip
    actors = ActorDictionary.load()
    assert claim_fields(gold, claim, actors)["subject"]
    other = GoldClaim("s", ((0, 10),), 12.0, None, None, "count", "killed", ("soldiers",),
                      ("unattributed",), None)  # fmt: skip
    assert not claim_fields(other, claim, actors)["subject"]


def test_measure_subject_kind_is_checked():
    raw = ('[[measure]]\nid = "x"\nlabel = "x"\nunits = ["count"]\nneeds_concept = false\n'
           'subject = "whoever"\n')
    with pytest.raises(ValueError, match="subject must be"):
        taxonomy_from_toml(raw)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels recruited children as young as 12 as fighters.",  # an age
        "The camp as designed can hold at most 130 prisoners.",  # a capacity
        "Militants kept captives at three different locations.",  # places, not people
        "Nearly 6,000 of the valley's population of 45,000 fled last week.",  # a population
        "The withdrawal of three member states weakened the bloc.",  # states, not members
    ],
)
def test_senses_that_rule_a_number_out(nlp, text):
    claims = nlp(text)._.claims
    ruled = {45000.0, 130.0, 12.0, 3.0}
    assert not [c for c in claims if c.value in ruled], [(c.value, c.measure) for c in claims]


def test_population_rule_keeps_the_count_that_fled(nlp):
    claims = _claims(nlp, "Nearly 6,000 of the valley's population of 45,000 fled last week.")
    assert claims[6000.0].measure == "displaced" and 45000.0 not in claims


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Near the dam, five strikes destroyed two depots.", 5.0, "strikes"),
        ("The country will send 125 soldiers to the mission.", 125.0, "troops"),
        ("Some 410,000 Sudanese have been registered as refugees in Chad.", 410000.0,
         "refugees"),
        ("Commandos rescued 75 travellers and killed 12 hijackers on Monday.", 75.0,
         "hostages"),
    ],
)
def test_measures_conflict_reporting_uses(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


def test_them_counts_the_nearest_plural_noun(nlp):
    text = ("The force needs 5,000 troops. The states that promised to take part, three of "
            "them are now outside the pact.")
    claims = _claims(nlp, text)
    assert claims[5000.0].measure == "troops" and 3.0 not in claims


def test_a_breakdown_keeps_the_owner_and_each_number_its_own_date(nlp):
    text = ("Allied forces conducted 20 strikes against the group. Near the river, five strikes "
            "destroyed a depot. Raids climbed from 41 in 2022 to 215 in 2023, with deaths "
            "climbing from 52 in 2022 to 300 killed in 2023.")
    claims = _claims(nlp, text)
    assert claims[5.0].subject_text == "Allied forces"
    assert claims[300.0].as_of == "2023"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The rebels launched 40 attacks last year.", 40.0, "attacks"),
        ("The agency sent three aid convoys to the town.", 3.0, "aid_deliveries"),
        ("Officers reported the arrest of five more suspects in the capital.", 5.0, "detained"),
        ("The bombing of the market resulted in injuries to six police officers.", 6.0,
         "wounded"),
        ("The militia controls about 60 percent of the province.", 60.0,
         "territory_held_share"),
    ],
)
def test_more_measures_and_event_nouns(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


def test_no_source_that_holds_the_number_or_takes_it_as_object(nlp):
    claims = _claims(nlp, "The kingdom claims about 80 percent of the sea.")
    assert claims[80.0].source is None


def test_a_nation_in_the_counted_phrase_says_whose_troops(nlp):
    text = ("It is the third day of a campaign meant to push back an estimated 30,000"
            " Eritrean soldiers now across the frontier.")
    (claim,) = nlp(text)._.claims
    assert claim.measure == "troops"
    assert claim.subject_text == "Eritrean soldiers"  # not the operation
    (claim,) = nlp("The coalition conducted 10 strikes near the town.")._.claims
    assert claim.subject_text == "coalition"  # no side in the counted phrase: the doer
    text = "The militia, which controls nearly one-third of Ruritania's territory, rejected it."
    (claim,) = nlp(text)._.claims
    assert claim.subject_text != "Ruritania's territory"  # the country is the whole


def test_a_goal_is_no_owner_of_the_troops_it_aims_at(nlp):
    claims = nlp("Officials said the aim is to deploy 6,000 troops in the north by June.")._.claims
    assert claims[0].measure == "troops"
    assert claims[0].subject_text != "aim"


def test_a_tally_naming_nothing_restates_the_sentences_count_before_it(nlp):
    """'the total could have climbed above 4,500': "the total" counts whoever the sentence's
    count of the same measure counted; a count of another measure says nothing of it."""
    text = ("Army officers said 3,200 rebel prisoners were taken on the first day, though "
            "relief groups said afterwards that the total could have climbed above 4,500.")
    claims = {c.lower: c for c in nlp(text)._.claims if c.lower is not None}
    assert claims[4500.0].measure == "detained"
    assert claims[4500.0].subject_text == "rebel prisoners"


@pytest.mark.parametrize(
    ("text", "subject_text"),
    [
        ("Al-Shabaab, which has lost over 3,000 dead and wounded in Kenya, seems unlikely to "
         "attack again.", "Al-Shabaab"),
        ("The militia has lost over 3,000 dead and wounded in Kenya.", "militia"),
    ],
)
def test_dead_and_wounded_a_side_lost_are_its_casualties(nlp, text, subject_text):
    claim = _claims(nlp, text)[3000.0]
    assert claim.measure == "casualties"
    assert claim.subject_text == subject_text


def test_dead_and_wounded_counted_apart_stay_apart(nlp):
    claims = _claims(nlp, "The blast left 40 dead and 12 wounded.")
    assert (claims[40.0].measure, claims[12.0].measure) == ("killed", "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Donors paid for the re-taking by Malian troops of over 30% of "
        "northern Mali, including Gao.",
        "The capture of 30% of the province by Malian troops alarmed the capital.",
    ],
)
def test_the_by_phrase_of_a_deed_names_who_took_the_share(nlp, text):
    claim = _claims(nlp, text)[30.0]
    assert claim.measure == "territory_captured_share"
    assert claim.subject_text == "Malian troops"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prosecutors counted 15 attempted murders of journalists over the decade.", 15.0),
        ("He survived three attempted assassinations.", 3.0),
    ],
)
def test_killings_tried_are_attacks(nlp, text, value):
    claims = {c.value if c.value is not None else c.lower: c for c in nlp(text)._.claims}
    assert claims[value].measure == "attacks"


def test_killings_done_stay_killings(nlp):
    assert _claims(nlp, "Gunmen carried out 12 killings this year.")[12.0].measure == "killed"


def test_a_weight_written_as_a_modifier_is_of_the_thing_after_it(nlp):
    text = ("Police said a 20-kilogram TNT bomb caused the blast. Two days earlier, three "
            "grenades were thrown at a checkpoint.")
    claims = _claims(nlp, text)
    assert claims[20.0].subject_text == "TNT bomb"
    assert claims[3.0].subject_text != "TNT bomb"  # a thing weighed owns nothing later


@pytest.mark.parametrize("text", [
    # a quote whose side spoke the sentence before
    'As the largest donor, Norway said it had sent 40 medical teams to the region.\n\n'
    '"On Monday we pledged to lift our aid to Yemen by 10 million dollars."',
    # no quote: the text is the side's own statement
    "As the largest donor, Norway has sent 40 medical teams to the region.\n\n"
    "On Monday we pledged to lift our aid to Yemen by 10 million dollars.",
    "As the largest donor, Norway has sent 40 medical teams to the region.\n\n"
    "On Monday we announced that we would lift our aid to Yemen by 10 million dollars.",
])  # fmt: skip
def test_a_speakers_we_owns_for_the_side_named_before(nlp, text):
    claims = [c for c in nlp(text)._.claims if c.measure == "aid_funding"]
    assert [c.subject_text for c in claims] == ["Norway"]


@pytest.mark.parametrize("text", [
    # the quote is from the other side: its speaker is named, and is not Israel
    'Israel bombed 30 sites in Gaza on Monday. "We still have 500 fighters in the city. '
    'We are not leaving," a Hamas commander said.',
    # a quote of no one named: the side named before only acted, it did not speak
    'As the largest donor, Norway has sent 40 medical teams to the region.\n\n'
    '"On Monday we pledged to lift our aid to Yemen by 10 million dollars."',
])  # fmt: skip
def test_we_takes_up_no_side_that_is_not_the_speaker(nlp, text):
    claims = [c for c in nlp(text)._.claims if c.value in {500.0, 10_000_000.0}]
    assert claims and all(c.subject_text not in {"Israel", "Norway"} for c in claims)


def test_we_takes_up_no_unnamed_group(nlp):
    text = "The villagers stayed home. We lost 30 percent of our land, one of them said."
    claims = [c for c in nlp(text)._.claims if c.value == 30.0]
    assert all(c.subject_text != "villagers" for c in claims)
