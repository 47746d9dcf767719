"""A side's name given by "identified as" / "known as", and a blow to a body part that
lands on its owner (``phrases._identified_as``, ``phrases._body_owner``): sentences of
our own, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts, events_on

NAMED_AS = [
    # (sentence, ACLED event type, actor1 wanted)
    ("Police say the cell, identified by state media as a network of exiled preacher Omar "
     "Haddad, was involved in the failed coup last month.", "Battles", "Omar Haddad"),
    ("The militia known as the Lions of Kivu attacked a village near Beni on Friday.",
     "Battles", "Lions of Kivu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "doer"), NAMED_AS)
def test_the_name_an_as_phrase_gives_is_the_side(nlp, text, kind, doer):
    events = [e for e in events_on(nlp, text) if e.acled_event == kind]
    assert events, [(e.acled_event, e.actor1) for e in events_on(nlp, text)]
    assert events[0].actor1 is not None and events[0].actor1.text == doer


def test_a_blow_to_a_body_part_lands_on_its_owner(nlp):
    text = "The senator's aide yanked the arm of a reporter outside the hall on Monday."
    assert actor_texts(nlp, text, "yanked")[1] == "reporter"
