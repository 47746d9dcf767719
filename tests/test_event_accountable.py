"""Who did it when the sentence names them by what came after, or as the other side.

Sentences of our own: an accused ("charged with the murder"), a blamed group ("blamed
on X"), the two sides of a clash ("hurt in clashes with police"), and the arguments of
the event type the classifier chose over a word of another type.
"""

from __future__ import annotations

import pytest

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
                       "Monday, the army said. In May, Kenyan forces carried out a series of "
                       "airstrikes against al-Shabaab in Jubaland, hitting camps in villages "
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
