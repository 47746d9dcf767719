"""Force against protesters needs protesters hit: a named man a protest remembers, shot
in a clause that tells no protest, is an attack on a civilian; a victim the clause calls a
demonstrator, or protesters fired on, keep the protest type. Our own sentences, read by
the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("But the marchers also paid tribute to young men like John Miller, 24, who was "
         "fatally shot in May by an off-duty county deputy in an alleged road rage incident.",
         "Attack"),
        ("Police shot John Miller, a demonstrator, during the march in Leeds on Monday.",
         "Excessive force against protesters"),
        ("Soldiers fired twice on the protesters in the square on Monday, killing two.",
         "Excessive force against protesters"),
    ],
)  # fmt: skip
def test_force_against_protesters_needs_protesters_hit(nlp, text, sub_event):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [sub_event]


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("Two hecklers were dragged out of the rally in Toledo by security guards on Saturday.",
         "Protest with intervention"),
        ("Guards ejected three demonstrators from the rally in Akron on Tuesday.",
         "Protest with intervention"),
        ("Lina Ford, a demonstrator who was shoved by a supporter at the rally in Akron on "
         "Tuesday, said she was unhurt.", "Protest with intervention"),
        ("Hundreds of demonstrators marched peacefully through Akron on Tuesday.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_a_protester_handled_by_force_is_a_protest_with_intervention(nlp, text, sub_event):
    # the protester is the object or passive subject of the verb, or a passive relative
    # clause hangs on it; protesters who march are its doers: a peaceful protest
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [sub_event]
