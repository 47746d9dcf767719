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
