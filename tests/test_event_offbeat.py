"""Cue words in the everyday senses of political, business, sports and science news code no
event; the same words in their event sense still do (``nlp/events/offbeat.py``, the
figurative modifiers and idioms of ``data/sense_words.toml``).

Each pair is the kind of sentence the coder fired on in judged political, local, business
and science stories, and a conflict sentence of the same word; every sentence is written
for this test.
"""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    ("everyday", "event", "sub_event"),
    [
        ("The remark by the senator on Monday reopened old wounds between the two countries.",
         "A roadside bomb wounded four soldiers near Kalat on Monday.",
         "Remote explosive/landmine/IED"),
        ("Party leaders warned on Tuesday of a long and increasingly contentious "
         "battle lasting well into spring.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
        ("Ohio (AP) - Smith wants to secure the nomination before the convention in August, "
         "but his rival Lopez has been quietly outflanking him in the crucial delegate battle.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
        ("By then she had a rally scheduled for Friday night, her staff said.",
         "Thousands of workers held a rally against the pay cuts in Dayton on Sunday.",
         "Peaceful protest"),
        ("The firm agreed to be bought by a group of investors for $30 a share on Monday.",
         "The army and the rebels agreed to a ceasefire in Kalat on Monday.",
         "Agreement"),
        ("Her campaign protested that the Lopez aides were being dishonest on Monday.",
         "Thousands of students protested the fee rise in Kalat on Monday.",
         "Peaceful protest"),
        ("Riverside High School fans also chanted \"Go home\" at the game on Friday.",
         "Thousands of workers marched in Denver on Tuesday, chanting slogans against the "
         "pay cuts.",
         "Peaceful protest"),
        ("Lawyers for the family sent letters of protest to the mayor on Friday.",
         "Hundreds of students staged a protest outside the ministry in Kalat on Monday.",
         "Peaceful protest"),
        ("On Sunday, Miller opened a new line of attack, saying on television that "
         "Lopez's judgment was poor.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("His staff had been busy attacking the Democratic candidate as reckless and "
         "unready.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Her aides spent the week attacking the senator as a fraud.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Speaking to reporters on Monday, Lopez refrained from attacking her rivals.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Smith kept up his attacks against Senator Maria Lopez on Tuesday.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Smith blasted the Texas dentist during a town hall on Tuesday, calling her a "
         "\"terrible witness.\"",
         "The convoy, which a roadside bomb blasted near Kalat on Monday, carried 20 officers.",
         "Remote explosive/landmine/IED"),
        ("Hall County, once ranked the 9th fastest-growing county, fell to 21st in job growth.",
         "The town of Kalat fell to the rebels on Monday after a week of fighting.",
         "Non-state actor overtakes territory"),
        ("The old tanks earned a reputation in battle for great toughness.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
        ("A fungal disease has begun to establish into western Peru, a study found.",
         "The rebels established a new base in the hills near Kalat on Monday.",
         "Headquarters or base established"),
        ("The battle of Sara Lopez was won in the courts, her lawyer said on Friday.",
         "The battle of Kalat was won by the rebels on Friday after heavy fighting.",
         "Armed clash"),
        ("His suspected flu infection killed him on March 4.",
         "Gunmen killed six farmers in a village near Kalat on March 4.",
         "Attack"),
        ("After weeks of delay, Warren gave up her objections and agreed to participate in "
         "four televised forums, her staff said.",
         "The army and the rebels agreed to a ceasefire in Kalat on Monday.",
         "Agreement"),
        ("House Speaker John Miller blasted the agency on Tuesday for its baffling decision "
         "not to charge the senator.",
         "The convoy, which a roadside bomb blasted near Kalat on Monday, carried 20 officers.",
         "Remote explosive/landmine/IED"),
        ("The mayor then blasted Okafor, who had taken the podium first.",
         "The convoy, which a roadside bomb blasted near Kalat on Monday, carried 20 officers.",
         "Remote explosive/landmine/IED"),
        ("Perkins took a shot at the probable nominee, Jane Doe, without naming her.",
         "Gunmen killed six farmers in a village near Kalat on March 4.",
         "Attack"),
        ("Lopez had a shot at winning a few delegates upstate.",
         "Gunmen killed six farmers in a village near Kalat on March 4.",
         "Attack"),
        ("The two parties are sharply split over the future of the tax bill, aides said.",
         "The rebel movement split into two rival factions in Kalat on Monday.",
         "Change to group/activity"),
        ("Recognizing this, Mr. Perez joined Democrats in writing a tax bill in 2013.",
         "Three rebel commanders and 200 fighters joined the army in Kalat on Monday.",
         "Change to group/activity"),
        ('Forty Republicans joined 200 Democrats in voting "yes" on Monday.',
         "Three rebel commanders and 200 fighters joined the army in Kalat on Monday.",
         "Change to group/activity"),
        ("The efforts by his supporters are putting the party establishment into a delicate "
         "position.",
         "The rebels established a new base in the hills near Kalat on Monday.",
         "Headquarters or base established"),
        ("Smith's repeated attacks on the primary process alarmed party leaders on Monday.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Mr. Smith has attacked loopholes that benefit the rich, and has called for higher "
         "taxes.",
         "Gunmen attacked a village near Kalat on Tuesday, killing six farmers.",
         "Attack"),
        ("Mrs. Lopez fought off another challenge from Senator Smith on Tuesday.",
         "Rebels fought off an attack by army troops near Kalat on Monday.",
         "Armed clash"),
        ("Smith is now preparing for a general election fight with Lopez next autumn.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
        ("Their long and bitter nominating battle ended on Tuesday.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
        ("But most of the senators agreed they had little choice left.",
         "The two sides agreed they would exchange all prisoners by Friday.",
         "Agreement"),
        ('"We are happy to see any new project," the city planner agreed.',
         "The army and the rebels agreed to a ceasefire in Kalat on Monday.",
         "Agreement"),
    ],
)  # fmt: skip
def test_everyday_senses_code_nothing_the_event_sense_still_does(
    nlp, everyday: str, event: str, sub_event: str
) -> None:
    assert _types(nlp, everyday) == []
    assert sub_event in _types(nlp, event)


def test_a_scheduled_protest_that_happened_is_still_read(nlp) -> None:
    """Only a gathering someone has, or that there is, is still to come: a planned march
    that turned violent happened."""
    assert _types(nlp, "A march planned for Monday turned violent in Kalat when police "
                       "fired tear gas.") == ["Violent demonstration"]  # fmt: skip



def test_a_deal_that_set_up_a_process_is_still_a_deal(nlp) -> None:
    """A politician's attacks on a "process" are criticism, but the word is no idea for
    every type: a deal that "established the electoral process" is still read."""
    assert "Agreement" in _types(nlp, "The army and the rebels signed a peace deal in Kalat "
                                      "on Monday. The deal established the electoral "
                                      "process.")  # fmt: skip


@pytest.mark.parametrize(
    ("ballot", "event", "sub_event"),
    [
        ("Mr. Ames captured Ohio by about 50,000 votes.",
         "Rebels captured the town of Kalat on Monday, days before the election.",
         "Non-state actor overtakes territory"),
        ("Smith took Georgia in the primary on Tuesday.",
         "Troops took the state capital after a week of fighting.",
         "Government regains territory"),
        ("She won the battle for the Senate seat.",
         "Rebels battled army troops in Kalat on Monday, killing five soldiers.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_a_contest_at_the_ballot_box_is_no_taking_or_battle(
    nlp, ballot: str, event: str, sub_event: str
) -> None:
    """A taking or a battle whose own arguments name what an election is won by or fought
    over ("by votes", "in the primary", "the Senate seat") codes nothing; an election
    elsewhere in the sentence leaves a town's capture as it is."""
    assert _types(nlp, ballot) == []
    assert sub_event in _types(nlp, event)
