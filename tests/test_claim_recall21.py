"""Claims on real news, issue 20 (brief claims21): a later number whose noun is left out
and borrowed from the count before it, and the noun an existential clause leaves out as
whose number it is; each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Seven suspects are in custody in Kenya and two in Uganda.", "two", "detained"),
        ("Nine protesters are in custody in the capital and four in the port.", "four",
         "detained"),
    ],
)
def test_a_count_borrowing_the_noun_before_it_is_more_of_it(nlp, text, number, measure):
    """The quantity reader gives "two" the phrase "Seven suspects" as what it counts: the
    clause says nothing else, so it is more of the same count."""
    claims = claims_by_text(nlp, text)
    assert claims[number].measure == measure


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        ("Seven suspects are in custody in Kenya and two in Uganda.", "two", "suspects"),
        ("The army says 4,000 soldiers are in the north and 2,000 in the south.", "2,000",
         "soldiers"),
    ],
)
def test_a_borrowed_noun_leaves_the_other_number_out(nlp, text, number, subject):
    """"two" counts suspects, not "Seven suspects": the number of the count the noun is
    borrowed from is no part of whose it is."""
    assert claims_by_text(nlp, text)[number].subject_text == subject


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # its own verb says what befell them
        ("Seven suspects are in custody in Kenya and two were wounded in Uganda.", "two",
         "wounded"),
    ],
)
def test_a_count_with_its_own_verb_keeps_it(nlp, text, number, measure):
    claims = claims_by_text(nlp, text)
    assert claims[number].measure == measure


def test_the_noun_an_existential_clause_leaves_out_is_whose(nlp):
    """"there might be as many as five": five of the gunmen hunted."""
    text = "Soldiers hunted the gunmen, saying there might be as many as five."
    claim = claims_by_text(nlp, text)["as many as five"]
    assert claim.measure == "fighters"
    assert claim.subject_text == "gunmen"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker, or whom it is told to, is the plural noun nearest the number
        "Soldiers hunted the gunmen, and their officers said there were four.",
        "Soldiers hunted the gunmen and told reporters there were four.",
    ],
)
def test_a_speaker_is_not_whose(nlp, text):
    """"their officers said there were four": the officers speak, they are not counted;
    the gunmen before them are."""
    claim = claims_by_text(nlp, text)["four"]
    assert claim.subject_text == "gunmen"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The valley was described in a letter from the ministry as the place where 300 "
         "civilians were killed.", "300", "the ministry"),
        ("The camp was described in articles by the weekly as a place where 40 prisoners "
         "were held.", "40", "the weekly"),
    ],
)
def test_a_passive_cue_said_in_a_paper_is_its_authors(nlp, text, number, source):
    """A passive cue with no agent speaks through the paper it was said in: its author."""
    claim = claims_by_text(nlp, text)[number]
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the "by" and "from" objects of the paper, not a passive's agent
        ("The valley was described in a book by John Smith as the place where 300 civilians "
         "were killed.", "John Smith"),
        ("The valley was described in a letter from Human Rights Watch as the place where 300 "
         "civilians were killed.", "Human Rights Watch"),
        # its possessor, without the possessive marker
        ("The valley was described in the agency's report as the place where 300 civilians "
         "were killed.", "the agency"),
        ("The valley was described in Reuters' report as the place where 300 civilians were "
         "killed.", "Reuters"),
    ],
)
def test_the_author_of_a_paper_is_its_by_from_or_possessor(nlp, text, source):
    claim = claims_by_text(nlp, text)["300"]
    assert claim.source is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The valley was described in a report as the place where 300 civilians were killed.",
        # a day, a place or a thing is no author: when and where the paper came, or
        # where the story was told
        "The valley was described in Monday's report as the place where 300 civilians were "
        "killed.",
        "The valley was described in yesterday's report as the place where 300 civilians "
        "were killed.",
        "It was reported in Sunday's paper that 300 civilians were killed.",
        "The valley was described in a dispatch from Kabul as the place where 300 civilians "
        "were killed.",
        "The valley was described in a letter from prison as the place where 300 civilians "
        "were killed.",
        "The valley was described in a story by the river as the place where 300 civilians "
        "were killed.",
    ],
)
def test_a_paper_with_no_author_names_no_one(nlp, text):
    claim = claims_by_text(nlp, text)["300"]
    assert claim.source is None


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Two bombs exploded near the court on Monday, killing nine people.", "Two", "attacks"),
        ("Three car bombs went off in the old city overnight.", "Three", "attacks"),
        ("Two roadside bombs blew up beside the convoy.", "Two", "attacks"),
        # words of making safe elsewhere tell nothing of these blasts
        ("Two bombs exploded in a government-controlled district of Kabul.", "Two", "attacks"),
        ("Two car bombs exploded in the rebel-controlled town of Idlib.", "Two", "attacks"),
        ("Two bombs exploded at a checkpoint controlled by the army.", "Two", "attacks"),
        ("Two bombs went off in the Kabul market, police said, a day after police defused a "
         "third.", "Two", "attacks"),
        # not gone off: weapons found, held or set off by the police
        ("Police detonated two bombs found near the bridge.", "two", "materiel"),
        ("Two bombs were found under the bridge.", "Two", "materiel"),
        ("The rebels keep 300 bombs in their depots.", "300", "materiel"),
    ],
)
def test_devices_that_went_off_count_attacks(nlp, text, number, measure):
    assert claims_by_text(nlp, text)[number].measure == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # denied, feared, supposed: nothing went off
        ("Two bombs did not explode.", "two"),
        ("Two bombs never went off.", "two"),
        ("Police fear two more bombs could explode at any time.", "two"),
        ("Two bombs would have exploded if police had not found them.", "two"),
        ("If two bombs explode, the bridge will fall.", "two"),
    ],
)
def test_devices_that_did_not_go_off_are_weapons(nlp, text, number):
    claims = {k.lower(): v for k, v in claims_by_text(nlp, text).items()}
    assert claims[number].measure == "materiel"


@pytest.mark.parametrize(
    "text",
    [
        # a pit, a blaze, a drill, bombs being made safe: no attack
        "Two coal mines exploded in Shanxi last year.",
        "Two bombs exploded in the depot fire, but no one was hurt.",
        "Police said two mines went off during a demining exercise.",
        "Two unexploded bombs went off while engineers were defusing them.",
        "Two old shells went off in a controlled explosion by army engineers.",
        # "off course" is no particle
        "Two bombs went off course.",
    ],
)
def test_blasts_that_are_no_attack_count_none(nlp, text):
    assert all(c.measure != "attacks" for c in claims_by_text(nlp, text).values())


def test_a_blast_that_started_a_fire_is_still_an_attack(nlp):
    text = "Two bombs exploded near the court on Monday, setting fire to a market."
    assert claims_by_text(nlp, text)["Two"].measure == "attacks"


def test_he_takes_up_a_person_named_in_the_sentence_before(nlp):
    """"he led three attacks": the person the sentence before names led them."""
    text = "Omar Haddad fled abroad in 2009. He led three attacks on police posts."
    assert claims_by_text(nlp, text)["three"].subject_text == "Omar Haddad"


@pytest.mark.parametrize(
    "text",
    [
        # two people before: either may have led them
        "Omar Haddad met Ali Hassan in Cairo. He led three attacks on police posts.",
        "Omar Haddad and Ali Hassan fled abroad in 2009. He led three attacks on police posts.",
        "Mariam Aziz and her husband fled abroad in 2009. He led three attacks on police posts.",
        # the person named is of the other sex
        "Mrs. Mariam Aziz fled abroad in 2009. He led three attacks on police posts.",
        "Omar Haddad fled abroad with his family in 2009. She led three attacks on police "
        "posts.",
    ],
)
def test_he_does_not_take_up_a_person_the_sentence_leaves_unsure(nlp, text):
    subject = claims_by_text(nlp, text)["three"].subject_text
    assert subject is None or ("Haddad" not in subject and "Aziz" not in subject)


def test_he_does_not_take_up_a_bare_noun_before(nlp):
    """"The commander ... He has 400 fighters": no name, too loose a tie."""
    text = "The commander lost his post in May. He still has 400 fighters in the hills."
    assert claims_by_text(nlp, text)["400"].subject_text != "The commander"


def test_attacks_counted_by_their_device_name_no_one(nlp):
    claim = claims_by_text(nlp, "Two bombs exploded near the court on Monday.")["Two"]
    assert claim.measure == "attacks"
    assert claim.subject_text is None
