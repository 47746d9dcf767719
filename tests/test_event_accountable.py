"""Who did it when the sentence names them by what came after, or as the other side.

Sentences of our own: an accused ("charged with the murder"), a blamed group ("blamed
on X"), the two sides of a clash ("hurt in clashes with police"), and the arguments of
the event type the classifier chose over a word of another type.
"""

from __future__ import annotations

import pytest

from frontlines.model import EventActor
from frontlines.nlp.events.participants import trigger_roles
from frontlines.nlp.events.roles import actors_of
from tests.event_reading import actor_texts, read_article

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    ("A former soldier was charged on Friday with the murder of two farmers.", "murder",
     "former soldier", "two farmers"),
    ("A young man was convicted of killing three villagers in 2019.", "killing",
     "young man", "three villagers"),
    ("The court sentenced the commander to death for the massacre of civilians.",
     "massacre", "commander", "civilians"),
    ("Police arrested a local trader in connection with the bombing of the bus station.",
     "bombing", "local trader", None),
    ("The ambush was blamed on Boko Haram fighters.", "ambush", "Boko Haram fighters",
     None),
    ("Officials blamed the attack on the Islamic State group.", "attack",
     "Islamic State group", None),
    # the charge's other phrase names who was hurt
    ("A farmer who had fled to the hills was charged with murder on Monday in the slaying "
     "of a pharmacist who was shot outside her home.", "murder", "farmer", "pharmacist"),
    ("Two brothers were convicted of manslaughter over the death of a shopkeeper in 2019.",
     "manslaughter", "Two brothers", "shopkeeper"),
    # "accused X of" read where the parse hangs the "of" phrase on X
    ("Villagers and medics accused the rebels and other gunmen of heavy shelling and "
     "raids.", "shelling", "rebels and other gunmen", None),
    # the two sides of a clash: who fell in it, and the "with" phrase
    ("Dozens of students were hurt in clashes with riot police in the capital.", "hurt",
     "Dozens of students", "riot police"),
    ("Dozens of students were hurt in clashes with riot police in the capital.", "clashes",
     "Dozens of students", "riot police"),
    ("Hundreds rallied for the farmers injured in violent confrontations with border "
     "guards.", "injured", "farmers", "border guards"),
    ("Students clashed with police outside the university on Monday.", "clashed",
     "Students", "police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_actors_of_accounts_and_clashes(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)


def test_a_prosecutor_or_an_investigator_is_not_the_accused(nlp):
    doc = nlp("Prosecutors charged the militia leader with the killing of six aid workers.")
    one, two = actors_of(next(t for t in doc if t.text == "killing"))
    assert one is not None and one.text == "militia leader"
    assert two is not None and two.text == "six aid workers"


def test_the_chosen_type_names_its_own_sides(nlp):
    """A tally of strikes ("a series of airstrikes") typed as strikes takes the strikes'
    arguments, not those of another type's word in the same sentence ("abandoned by")."""
    doc = read_article(nlp, "Kenyan forces killed 20 al-Shabaab fighters in Somalia on "
                       "Monday, the army said. In May, Kenyan forces conducted a series of "
                       "airstrikes on al-Shabaab in Jubaland, hitting camps in villages "
                       "abandoned by local militias.")  # fmt: skip
    strikes = [e for e in doc._.events if e.acled_sub_event == "Air/drone strike"]
    assert strikes, [e.acled_sub_event for e in doc._.events]
    assert strikes[0].actor1 is not None and strikes[0].actor1.text == "Kenyan forces"
    assert strikes[0].actor2 is not None and strikes[0].actor2.text == "al-Shabaab"


def test_who_was_arrested_in_a_raid_did_not_raid(nlp):
    doc = nlp("Five militants were arrested in a raid by police near Mosul.")
    one, two = actors_of(next(t for t in doc if t.text == "raid"))
    assert one is not None and one.text == "police"
    assert two is not None and two.text == "Five militants"


def test_who_was_charged_in_a_bombing_did_it(nlp):
    doc = nlp("A local trader was charged in the bombing of the bus station.")
    one, two = actors_of(next(t for t in doc if t.text == "bombing"))
    assert one is not None and one.text == "local trader"
    assert two is None


def test_a_bombing_outside_an_embassy_hit_its_state(nlp):
    doc = nlp("A car bombing outside the French embassy in Bamako killed 10 people.")
    _, two = trigger_roles([next(t for t in doc if t.text == "bombing")], None, None)
    assert two is not None and two.text == "French"


def test_a_killing_claimed_by_a_group_in_a_relative_clause_is_the_groups(nlp):
    doc = nlp("The report cites the May 3 killing of a police officer, which was later "
              "claimed by the Ansar Brigade.")
    one, two = actors_of(next(t for t in doc if t.text == "killing"))
    assert one is not None and "Ansar Brigade" in one.text
    assert two is not None and "police officer" in two.text


def test_a_crowd_of_protesters_is_the_protest(nlp):
    doc = nlp("Hundreds of demonstrators assembled outside the ministry on Sunday.")
    one, _ = actors_of(next(t for t in doc if t.text == "demonstrators"))
    assert one is not None and one.text == "Hundreds of demonstrators"


SETTINGS = [
    # (sentence, trigger word): an event named as another clause's time, cause or topic
    ("After the Kaduna attacks, the governor vowed to defeat the Ansar Brigade.", "attacks"),
    ("The French foreign minister paid tribute to bombing victims in Bamako.", "bombing"),
    ("The Kenyan president offered a reward for information on the ambush.", "ambush"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), SETTINGS)
def test_the_names_of_a_clause_about_an_event_are_not_its_sides(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    names = [e for e in doc.ents if e.label_ in {"ORG", "NORP", "PERSON", "GPE"}]
    assert names  # the sentence names someone; none of them did the event
    for ent in names:
        known = EventActor(text=ent.text, actor="someone", start=ent.start_char,
                           end=ent.end_char)  # fmt: skip
        assert trigger_roles([trigger], known, known) == (None, None)


def test_the_names_of_the_event_clause_still_stand_for_its_sides(nlp):
    doc = nlp("Boko Haram attacked the town of Dikwa on Monday.")
    ent = next(e for e in doc.ents if e.text == "Boko Haram")
    known = EventActor(text=ent.text, actor="boko_haram", start=ent.start_char,
                       end=ent.end_char)  # fmt: skip
    one, _ = trigger_roles([next(t for t in doc if t.text == "attacked")], known, None)
    assert one is not None and one.text == "Boko Haram"
