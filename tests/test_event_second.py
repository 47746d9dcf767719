"""Several events in one sentence (issue 19): a second clause with a doer of its own tells
a second event, whether its cue is a noun argument ("a roadside bomb killed") or only an
outcome verb ("gunmen killed"); an outcome of the first event, told by a pronoun, an
event or a weapon, or by the same subject again, is not split off. Our own sentences,
read by the whole pipeline, table-driven."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article

#: (sentence, the ACLED sub-event types of its events, in any order)
SEVERAL = [
    # an outcome verb with a doer of its own: the attack on the farmers is an event
    ("Gunmen killed three farmers in Dara on Sunday, while soldiers shelled rebel camps "
     "near Kallo.", ["Attack", "Shelling/artillery/missile attack"]),
    ("Hours after gunmen killed a judge in Vesna, police arrested two suspects.",
     ["Arrests", "Attack"]),
    ("Jets bombed the village of Dara on Sunday, while the rebels killed two soldiers in "
     "an ambush.", ["Air/drone strike", "Armed clash"]),
    # a killing with a doer of its own beside a deed with none named is not its outcome
    ("Militants killed two soldiers near Kallo on Monday, and the air force bombed their "
     "hideouts.", ["Air/drone strike", "Armed clash"]),
    # a noun cue that is the subject of a clause of its own
    ("Gunmen abducted six aid workers in Dara on Monday, and a roadside bomb killed two "
     "soldiers in Kallo.", ["Abduction/forced disappearance", "Remote explosive/landmine/IED"]),
    # two verbs of two kinds (already read)
    ("Rebels attacked the army base in Kallo on Monday and police arrested 12 people in "
     "Vesna.", ["Armed clash", "Arrests"]),
]  # fmt: skip

#: sentences that tell one event: the second clause tells its outcome, not a deed
ONE = [
    "An air strike hit the market in Dara on Monday and killed 12 people.",
    "Rebels shelled the town of Dara on Monday and killed five civilians.",
    "Rebels shelled the town of Dara on Monday, and they killed five civilians.",
    "Rebels shelled the town of Dara on Monday, and the rebels killed five civilians.",
    "A bomb exploded at a market in Kallo on Monday, and the blast killed five people.",
    "A car bomb exploded in Kallo on Monday, and the attack killed five people.",
    "Troops shelled rebel positions near Kallo on Monday, and the shelling killed four fighters.",
]


@pytest.mark.parametrize(("text", "subs"), SEVERAL)
def test_each_clause_with_a_doer_of_its_own_tells_its_event(nlp, text, subs):
    events = read_article(nlp, text)._.events
    assert sorted(e.acled_sub_event for e in events) == sorted(subs)


@pytest.mark.parametrize("text", ONE)
def test_an_outcome_of_the_first_event_is_not_a_second(nlp, text):
    assert len(read_article(nlp, text)._.events) == 1
