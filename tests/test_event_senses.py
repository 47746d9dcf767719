"""A cue word in its everyday sense codes no event; in its event sense it still does.

Each pair below uses the same cue word both ways, in sentences written for this test.
"""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import OFF_SENSE, object_of, off_sense
from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    ("everyday", "event", "sub_event"),
    [
        ("The senator seized on the bombing to renew his call for tighter borders.",
         "Army troops seized the town of Kalat on Monday after heavy fighting.",
         "Government regains territory"),
        ("A laboratory test established a strong link between the two samples.",
         "Rebels established a new base outside Kalat on Monday.",
         "Headquarters or base established"),
        ("Senator Jones blasted President Smith's approach to the war on Tuesday.",
         "A roadside bomb blasted a police convoy near Kalat on Tuesday, killing four officers.",
         "Remote explosive/landmine/IED"),
        ("The vote demonstrated the party's strength in the capital.",
         "Hundreds of students demonstrated outside the ministry in Kalat on Monday.",
         "Peaceful protest"),
        ("The family put up a bounty for tips leading to an arrest of the arsonists.",
         "Police arrested five suspects in Kalat on Monday.",
         "Arrests"),
        ("Three countries withdrew from the regional bloc in January.",
         "Government troops withdrew from the town of Kalat on Friday.",
         "Non-violent transfer of territory"),
        ("Investigators discovered text messages on the suspect's phone on Monday.",
         "Police found a cache of rifles and grenades in a house in Kalat on Monday.",
         "Disrupted weapons use"),
    ],
)  # fmt: skip
def test_everyday_sense_codes_nothing_the_event_sense_still_does(
    nlp, everyday: str, event: str, sub_event: str
) -> None:
    assert _types(nlp, everyday) == []
    assert _types(nlp, event) == [sub_event]


def test_a_raid_that_led_to_arrests_is_done_a_reward_leading_to_one_is_not(nlp) -> None:
    done = nlp("The raid on Monday led to the arrest of five men in Kalat.")
    wanted = nlp("A bounty was posted for any tip leading to an arrest of the gunmen.")
    (led,) = [t for t in done if t.lower_ == "arrest"]
    (leading,) = [t for t in wanted if t.lower_ == "arrest"]
    assert off_sense(led, "arrest") == ""
    assert off_sense(leading, "arrest").startswith(OFF_SENSE)


def test_the_object_read_is_the_passive_subject_and_the_nouns_complement(nlp) -> None:
    doc = nlp("The car was found near the bridge. The capture of the town took a week.")
    found = next(t for t in doc if t.lower_ == "found")
    capture = next(t for t in doc if t.lower_ == "capture")
    assert object_of(found).lower_ == "car"
    assert object_of(capture).lower_ == "town"


def test_a_verbal_attack_with_harm_in_the_sentence_is_still_violence(nlp) -> None:
    doc = nlp("John Carter attacked Peter Mills with a knife on Monday, wounding him badly.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert off_sense(attacked, "attack") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Police issued an arrest warrant for the suspect on Monday.",
        "The judge made it clear the tenant has ten days to object.",
        "He promised to release soldiers captured during the war.",
        "The mayor said the town is striking a blow for cleaner rivers.",
    ],
)
def test_modifiers_qualities_captives_and_idioms_code_nothing(nlp, text: str) -> None:
    assert _types(nlp, text) == []


def test_clearing_a_town_is_still_taking_it(nlp) -> None:
    assert _types(nlp, "Government troops cleared the town of militants on Sunday.") == [
        "Government regains territory"
    ]


@pytest.mark.parametrize(
    ("words", "deeds", "sub_event"),
    [
        ("Candidates like Senator Jones have blasted President Smith for not arming the rebels.",
         "Rebels attacked a village near Kalat on Monday, killing two farmers.",
         "Attack"),
        ("The aid was cut after the Oval Office clash between President Smith and his guest "
         "Peter Mills.",
         "Rebels clashed with government troops near Kalat on Monday, leaving six dead.",
         "Armed clash"),
        ("Mills agreed to talk only if his employer went unnamed.",
         "The rebels agreed to a ceasefire on Monday.",
         "Agreement"),
        ("John Carter is protesting the new tax by giving away his car.",
         "Thousands of workers protested the new tax in Kalat on Monday.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_words_between_people_are_no_violence_agreement_or_protest(
    nlp, words: str, deeds: str, sub_event: str
) -> None:
    assert _types(nlp, words) == []
    assert sub_event in _types(nlp, deeds)


@pytest.mark.parametrize(("text", "off"), [
    ("The mayor said at a rally in Springfield that taxes were too high.", True),
    ("The new backers include John Smith, who introduced Doe at her campaign kickoff rally "
     "last year.", True),
    ("Thousands of teachers marched at a rally in Springfield to demand higher pay.", False),
    ("Protesters gathered at a rally in the capital on Monday.", False),
])  # fmt: skip
def test_a_rally_where_a_named_person_spoke_is_no_protest(nlp, text, off):
    from frontlines.nlp.events.senses import off_sense

    (rally,) = [t for t in nlp(text) if t.lemma_.lower() == "rally"]
    assert bool(off_sense(rally, "peaceful_protest")) is off


@pytest.mark.parametrize(("text", "off"), [
    ("Jane Doe was joined by her sister on Friday at a school board forum.", True),
    ("Jane Doe was joined Friday at a school board forum in Oakdale by John Smith, a baker.", True),
    ("Hundreds of fighters joined the Islamic State in 2014.", False),
    ("Two brigades joined the rebels.", False),
])  # fmt: skip
def test_joining_a_person_is_no_change_to_a_group(nlp, text, off):
    from frontlines.nlp.events.senses import off_sense

    (join,) = [t for t in nlp(text) if t.lemma_.lower() == "join"]
    assert bool(off_sense(join, "change_to_group")) is off


@pytest.mark.parametrize(("text", "off"), [
    ("Smith also faulted the developer John Doe, with whom he clashed during Tuesday's "
     "forum over the question of parking.", True),
    ("The two senators clashed over the policy on Monday.", True),
    ("Rebels clashed with soldiers over the town on Monday, killing four.", False),
    ("Police clashed with protesters over the new tax, injuring 12.", False),  # harm told
])  # fmt: skip
def test_a_clash_of_words_over_an_idea_is_no_violence(nlp, text, off):
    from frontlines.nlp.events.senses import off_sense

    (clash,) = [t for t in nlp(text) if t.lemma_.lower() == "clash"]
    assert bool(off_sense(clash, "armed_clash")) is off


@pytest.mark.parametrize(("text", "off"), [
    # the attacker is something said, or a campaign
    ("The group spent $2 million on television ads attacking Governor Lee over the summer.",
     True),
    ("Jones released a video that attacked Smith's record on crime.", True),
    ("The campaign ran attack ads against Smith in Springfield.", True),
    ("The Lee campaign attacked Smith on Monday in Springfield.", True),
    # the medium is named, or the attack stands beside words
    ("The senator faced a wave of insults and attacks on social media on Monday.", True),
    ("Lee attacked Smith on the radio on Monday.", True),
    # a speaker's attack on a person as something, for doing something, on their record
    ("Lee attacked Smith as a coward who would not debate.", True),
    ("Lee attacked Smith for voting against the budget.", True),
    ("The candidate's attacks on Smith's record drew a sharp reply on Monday.", True),
    # a speaker attacks a politician: the subject shared along "spent Monday attacking"
    ("Smith spent Monday in Springfield attacking a rival who trails him in the polls.", True),
    ("Senator Smith attacked his opponent in a debate in Springfield on Monday.", True),
    # violence stays violence
    ("Gunmen attacked the convoy near Kalat on Monday.", False),
    ("Gunmen attacked the senator's convoy near Kalat on Monday.", False),
    ("Rebels, after taking the hills, attacked the town near Kalat on Monday.", False),
    ("A video showed gunmen attacking a checkpoint near Kalat on Monday.", False),
    ("Rebels attacked the army base for the second time this week.", False),
    ("Rebels attacked the town with rockets and mortars on Monday.", False),
    ("The attack on the radio station in Kalat on Monday destroyed its transmitter.", False),
    ("The governor attacked the rebels as they crossed the river near Kalat on Monday.", False),
    ("Militants attacked the offices of a newspaper in Kalat on Monday.", False),
    ("A man attacked the mayor during his speech in Kalat on Monday.", False),
    ("Ads attacked Smith after gunmen killed his driver in Kalat.", False),  # harm told
])  # fmt: skip
def test_an_attack_in_words_is_no_violence(nlp, text, off):
    (attack,) = [t for t in nlp(text) if t.lemma_.lower() == "attack"]
    assert bool(off_sense(attack, "attack")) is off


def test_a_voter_bombarded_with_mailers_is_not_shelled(nlp) -> None:
    assert _types(nlp, "Voters in Springfield were bombarded with mailers on Monday.") == []
    assert _types(nlp, "Troops bombarded the town of Kalat with artillery on Monday.") == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(("text", "sub_events"), [
    ("At the time Smithers was captured, the rebels held most of the valley.", []),
    ("In March, Mali and Niger withdrew from the ACU bloc after a long dispute.", []),
    ("Rebels captured Kalat on Monday after a two-day siege.",
     ["Non-state actor overtakes territory"]),
])  # fmt: skip
def test_a_name_no_layer_reads_as_a_place_is_no_territory(nlp, text, sub_events):
    """A surname the entity model left unlabelled and a bloc's acronym are no place taken
    or given up; a town the places layer knows still is."""
    assert _types(nlp, text) == sub_events


def test_a_rally_is_where_the_speaker_spoke_when_the_parse_gives_two_subjects(nlp):
    """ "The evening before, at a rally ..., Mr. X was blunt": the time phrase parsed as a
    second subject does not hide the speaker."""
    doc = nlp("The evening before, at a rally near Oakdale, Mr. Jones sounded equally harsh, "
              "saying that the mayor had lied.")
    (rally,) = [t for t in doc if t.lemma_.lower() == "rally"]
    assert off_sense(rally, "peaceful_protest").startswith(OFF_SENSE)


@pytest.mark.parametrize(("text", "sub_events"), [
    ("The northern movement has long been fighting a stubborn insurgency against Freedonia.", []),
    ("The movement fought a long civil war against the old regime.", []),
    ("Rebels fought a fierce battle with troops near Kalat on Monday.", ["Armed clash"]),
])  # fmt: skip
def test_fighting_a_whole_conflict_is_no_clash(nlp, text, sub_events):
    """Fighting an insurgency or a civil war is what a side does over years; fighting a
    battle near a town on a day is a clash."""
    assert _types(nlp, text) == sub_events


def test_a_passive_with_no_subject_of_its_own_was_done_to_its_clauses_subject(nlp):
    """ "she was shot shortly after being captured": a person was captured, no town;
    "the town fell after being captured" is a town taken."""
    doc = nlp("The coroner believed he was likely shot shortly after being captured.")
    (captured,) = [t for t in doc if t.lower_ == "captured"]
    assert object_of(captured) is not None and object_of(captured).lower_ == "he"
    assert off_sense(captured, "government_regains_territory").endswith("not a place")
    doc = nlp("The town of Kalat fell on Monday after being captured by rebels.")
    (captured,) = [t for t in doc if t.lower_ == "captured"]
    assert off_sense(captured, "non_state_overtakes_territory") == ""


@pytest.mark.parametrize(("everyday", "event", "sub_event"), [
    ("In an essay last week, Jane Doe admitted that the campaign faced an uphill battle.",
     "Rebels fought a fierce battle with troops near Kalat on Monday.", "Armed clash"),
    ("The Freedonian Union was set up many years ago to keep the peace.",
     "Rebels set up a base near Kalat on Monday.", "Headquarters or base established"),
    ("A retired teacher, 76, shot himself in the car park of a clinic last month.",
     "Gunmen shot three villagers in the market of Kalat on Monday.", "Attack"),
    ("The governor did appoint three lawyers to senior jobs in her office.",
     "Two brigades joined the rebels near Kalat on Monday.", "Change to group/activity"),
    ("The lawyers were deeply engaged and busy with the widow's appeal.",
     "Troops engaged the militants near Kalat on Monday.", "Armed clash"),
    ("The insurgents are engaged in a war on two fronts, the envoy said.",
     "Troops engaged in heavy fighting with rebels near Kalat on Monday.", "Armed clash"),
])  # fmt: skip
def test_figures_institutions_oneself_posts_and_involvement_are_no_event(
    nlp, everyday: str, event: str, sub_event: str
) -> None:
    """An uphill battle, a union set up, a shot at oneself, a minister's appointments,
    being engaged in a case or in a whole war: each cue word off its event sense; the
    same word in its event sense still codes the event."""
    assert _types(nlp, everyday) == []
    assert _types(nlp, event) == [sub_event]


@pytest.mark.parametrize(("text", "sub_events"), [
    ("Meanwhile, it attacked Jane Doe, saying she had insulted the voters.", []),
    ("At a rally, Smith likened the migrants to a swarm in a song about a farmer.", []),
    ("At a rally in Springfield, she spoke about the tax bill.", []),
])  # fmt: skip
def test_attacks_with_saying_and_a_single_speaker_at_a_rally_are_no_event(nlp, text, sub_events):
    """An attack on a named person while saying why is words; a rally where one person
    (a name, "she") did something is the occasion, not a protest."""
    assert _types(nlp, text) == sub_events


@pytest.mark.parametrize(("text", "sub_events"), [
    ("She is holding a rally near Oakdale on Friday after all.", []),
    ("Several speakers spoke before Smith addressed an evening rally in the park.", []),
    ("A retired pilot flew with his son to a Jones rally on Monday in Springfield.", []),
    ("The four candidates largely agreed that new trade deals were needed.", []),
    ("Many people at the meeting agreed with Mr. Jones on the issue.", []),
    ("Thousands of protesters held a rally in the capital on Monday.", ["Peaceful protest"]),
    ("The two sides agreed to a ceasefire in Kalat on Monday.", ["Agreement"]),
])  # fmt: skip
def test_campaign_rallies_and_shared_views_are_no_event(nlp, text, sub_events):
    """A rally a person holds, addresses or goes to, or one named for a candidate, is a
    campaign event; agreeing that something is so, or with a person, is a view; crowds
    holding a rally and sides agreeing to a truce are still events."""
    assert _types(nlp, text) == sub_events


@pytest.mark.parametrize(("text", "sub_events"), [
    ("She took over in very lean years and has had trouble from the start.", []),
    ("Jones opened his speech with a shot at Senator Jane Smith, saying her plan was "
     "costly.", []),
    ("Rebels took over in Kalat on Monday.", ["Non-state actor overtakes territory"]),
])  # fmt: skip
def test_taking_office_and_a_shot_at_a_speaker_are_no_event(nlp, text, sub_events):
    """A person taking over with nothing taken took an office; a noun "shot at" a named
    person while saying why is words; forces taking over in a town still are."""
    assert _types(nlp, text) == sub_events


@pytest.mark.parametrize(("text", "sub_events"), [
    ("Four other candidates waged a bruising battle over the runner-up spot in Oakdale.", []),
    ("The mayor stumbled under blistering attacks from the council.", []),
    ("Despite the perceived media attacks, the doctor said that he was honest.", []),
    ("The three senators established their longevity with strong results.", []),
    ("Rebels waged a fierce battle with troops near Kalat on Monday.", ["Armed clash"]),
])  # fmt: skip
def test_contests_of_candidates_and_of_words_are_no_event(nlp, text, sub_events):
    """A battle candidates wage, attacks a modifier makes words ("blistering", "media"),
    longevity established: politics; rebels' battle with troops is a clash."""
    assert _types(nlp, text) == sub_events


@pytest.mark.parametrize(("text", "sub_events"), [
    ("The boy's relatives have fought to keep him in the country, saying he is safer here.",
     []),
    ("The regulator cleared the move yesterday.", []),
    ("Rebels fought a fierce battle with troops near Kalat on Monday.", ["Armed clash"]),
    ("The insurer said it would widen its fight to curb the rise in false claims.", []),
    ("The battle to retake the city killed 40 soldiers on Monday.", ["Armed clash"]),
])  # fmt: skip
def test_an_effort_and_a_move_cleared_are_no_event(nlp, text, sub_events):
    """Fighting "to keep" someone is an effort; a regulator clearing a move clears no
    ground; a battle near a town is still a clash."""
    assert _types(nlp, text) == sub_events
