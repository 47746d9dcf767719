"""Actors, dates and places of matched events (issue 19, round 8), on sentences written
here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def _texts(event):
    return (event.actor1.text if event.actor1 else None,
            event.actor2.text if event.actor2 else None)  # fmt: skip


def test_a_blast_outside_a_named_keeper_s_site_was_aimed_at_the_site(nlp):
    """"exploded outside the French consulates, killing 40": the consulates' state was the
    aim (as "the bombing at the consulate" says with a noun), the dead fell there; a site
    with no keeper named only says where, and its dead stay the side hit."""
    for text in ("Two car bombs exploded outside French consulates in Mali and Niger on "
                 "Tuesday, killing at least 40 people.",
                 "A truck bomb went off at the Turkish embassy in Mogadishu, killing 12 "
                 "guards."):  # fmt: skip
        events = _events(nlp, text)
        assert events, text
        for event in events:
            assert _texts(event)[1] in {"French consulates", "Turkish embassy"}, event
    (plain,) = _events(nlp, "A bomb exploded at a checkpoint in Mogadishu, killing 12 soldiers.")
    assert _texts(plain)[1] == "12 soldiers", plain
