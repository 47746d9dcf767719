"""Events a coder codes that the event layer missed (issue 19, recall, session 13): phrases
a writer splits with their arguments, read on the dependency parse (``events/frames.py``,
``data/event_frames.toml``); sentences of our own through the real pipeline, each with the
reading it must now give and a neighbour it must still refuse."""

from __future__ import annotations

from spacy.language import Language

from frontlines.model import Event


def _events(nlp: Language, text: str, published: str | None = "2024-03-15") -> list[Event]:
    from frontlines.nlp.times import with_reference_date

    return list(nlp(with_reference_date(nlp.make_doc(text), published))._.events)


def _subs(nlp: Language, text: str) -> list[str]:
    return [e.acled_sub_event for e in _events(nlp, text)]


def _frames(nlp: Language, text: str) -> list[tuple[str, str]]:
    from frontlines.nlp.events.frames import frame_cues

    return [(cue, token.text) for sent in nlp(text).sents for cue, token in frame_cues(sent)]


def test_control_of_a_place_taken_with_words_between(nlp):
    """ "took full control of" a town is "take control" split by its adjective; control of
    a budget is no territory."""
    assert _subs(nlp, "Rebel fighters took full control of the northern town of Kesra on "
                      "Monday.") == ["Non-state actor overtakes territory"]  # fmt: skip
    assert _frames(nlp, "The army claimed full control of the port of Varna.") == [
        ("take control", "claimed")]
    assert not _events(nlp, "The new minister took full control of the budget on Monday.")


def test_a_place_taken_and_a_side_driven_out(nlp):
    """ "The town was taken by the rebels": a capture told by "take" with a place for its
    object; "drove the rebels out of" a town: the town changed hands. Taking a bus to a
    city takes no place."""
    assert _subs(nlp, "The town was taken by the rebels on Sunday after heavy fighting.") == [
        "Non-state actor overtakes territory"]
    assert _subs(nlp, "Army units drove the rebels out of the hill town of Dorsk on "
                      "Monday.") == ["Government regains territory"]  # fmt: skip
    assert _subs(nlp, "Kurdish fighters pushed the militants out of Kesra on Monday.") == [
        "Non-state actor overtakes territory"]
    assert not _events(nlp, "She took the bus to the city on Monday.")


def test_the_fall_of_a_place_to_a_side(nlp):
    """ "the fall of the town to the militants" holds "fall to" split by the place; a
    number falling to a level does not."""
    assert _frames(nlp, "A year after the fall of Kesra to the militants, few have "
                        "returned.") == [("fall to", "fall")]  # fmt: skip
    assert _frames(nlp, "Prices fell to 3 percent last month.") == []


def test_forces_moved_into_a_place(nlp):
    """Troops moving into ground is an advance; a country moving troops and ships into a
    sea is a deployment (Strategic developments / Other); a family moving into a house is
    neither."""
    assert _frames(nlp, "Government troops moved into the farmland around the suburb on "
                        "Sunday.") == [("advanced into", "moved")]  # fmt: skip
    assert _subs(nlp, "The country moved more troops and warships into the gulf on "
                      "Friday.") == ["Other"]  # fmt: skip
    assert not _events(nlp, "The family moved into a new house on Sunday.")


def test_lives_taken_by_a_doer(nlp):
    """ "took the lives of nine worshippers": a killing whose doer is named; a disease
    taking lives is no attack."""
    assert _subs(nlp, "A gunman took the lives of nine worshippers at a mosque in Dorsk on "
                      "Friday.") == ["Attack"]  # fmt: skip
    assert not _events(nlp, "The disease took the lives of nine patients in Dorsk last week.")


def test_liberation_by_an_armed_group(nlp):
    """Liberating a town is taking it, whichever side does: rebels who liberate a town
    overtake territory, as a government's forces regain it."""
    assert _subs(nlp, "Rebels claimed the liberation of the town of Dorsk from government "
                      "troops on Monday.") == ["Non-state actor overtakes territory"]  # fmt: skip
    assert _subs(nlp, "Security forces completed the liberation of Kesra from the militants "
                      "on Monday.") == ["Government regains territory"]  # fmt: skip


def test_forces_committed_and_an_armed_group_advancing(nlp):
    """A country providing soldiers to a mission moves forces (Strategic developments /
    Other), tents provided are no forces; an armed group advancing on a place overtakes
    ground as a government's forces advancing regain it, an aim to "advance" a cause is
    none."""
    assert _subs(nlp, "The country provided 300 soldiers to the mission last week.") == [
        "Other"]
    assert not _events(nlp, "The ministry provided 300 tents to the camp last week.")
    assert _subs(nlp, "The rebels advanced to within 5 kilometers of the dam on Monday.") == [
        "Non-state actor overtakes territory"]
    assert not _events(nlp, "Militants hope to advance their cause online, the minister said "
                            "on Monday.")  # fmt: skip


def test_blows_dealt_to_a_person(nlp):
    """Punching or kicking a person, beating one up, yanking a person's arm: an assault
    (Violence against civilians / Attack); kicking a ball or beating a rival in a final
    is none."""
    assert _subs(nlp, "Two men punched and kicked a journalist outside the court in Dorsk "
                      "on Monday.") == ["Attack"]  # fmt: skip
    assert _subs(nlp, "The guards beat up a prisoner in the jail in Dorsk on Monday.") == [
        "Attack"]
    assert _frames(nlp, "The aide roughly yanked the arm of a reporter on Tuesday night.") == [
        ("attacked", "yanked")]
    assert not _events(nlp, "The striker kicked the ball into the net on Sunday.")
    assert not _events(nlp, "Federer beat Nadal in the final on Sunday.")


def test_most_of_a_force_moved_is_the_force(nlp):
    """ "moved most of its warships": the warships are what moved; "grabbed most of the
    headlines" moves no force."""
    assert _subs(nlp, "The country moved most of its warships into the gulf on Friday.") == [
        "Other"]
    assert not _events(nlp, "She grabbed most of the headlines on Friday.")


def test_words_on_a_sign_and_a_scene_on_video_take_no_place(nlp):
    """A shirt or banner that reads "liberation" tells no taking; a fight "captured on
    video" was filmed, not captured; a cause named by a noun ("bird liberation") takes no
    place. Rebels capturing a town on a day still do."""
    assert "Government regains territory" not in _subs(
        nlp, 'He carried a banner that read "Liberation for caged birds."')
    assert not _events(nlp, "The fight outside the arena, which was captured on video, lasted "
                            "a minute.")  # fmt: skip
    assert not _events(nlp, "They campaigned for bird liberation.")
    assert _subs(nlp, 'Protesters carried a banner that read "Liberation for caged birds" '
                      "outside the zoo in Dorsk on Monday.") == ["Peaceful protest"]  # fmt: skip
    assert _subs(nlp, "The town was captured on Monday by rebels.") == [
        "Non-state actor overtakes territory"]


def test_a_level_or_a_duty_falling_takes_no_place(nlp):
    """ "fell to" is a loss of ground only when a place (or a name or pronoun for one) falls
    to a side: prices falling to 3 percent, a task falling to a deputy, support falling to
    its lowest level take none."""
    assert not _events(nlp, "Prices fell to 3 percent last month.")
    assert not _events(nlp, "The task fell to the deputy on Monday.")
    assert not _events(nlp, "Support for the party fell to its lowest level on Monday.")
    assert _subs(nlp, "The northern city fell to the militants on Monday.") == [
        "Non-state actor overtakes territory"]
