"""Events a coder codes that the event layer missed (issue 19, recall, session 14):
sentences of our own through the real pipeline, each with the reading it must now give
and a neighbour it must still refuse."""

from __future__ import annotations

from tests.event_reading import events_on


def _subs(nlp, text: str) -> list[str]:
    return [e.acled_sub_event for e in events_on(nlp, text)]


def test_a_deed_beside_a_threat_in_a_coordinated_clause(nlp):
    """ "had sent more troops to the border and said it would strike": the sending is told
    as done, only the strike is a threat; the threat alone, or a deed that shares its modal
    ("would strike and send troops"), is still no event."""
    assert "Other" in _subs(nlp, "The country had moved more troops and two warships into "
                                 "the region on Monday and said it would strike the rebels "
                                 "unless they withdrew.")  # fmt: skip
    assert not events_on(nlp, "The country said on Monday it would strike the rebels "
                              "unless they withdrew.")  # fmt: skip
    assert not events_on(nlp, "The country said it would strike the rebels and move more "
                              "troops into the region.")  # fmt: skip


def test_a_bare_plural_counted_or_the_means_of_a_dated_deed_is_particular(nlp):
    """ "hit by Britain in airstrikes on Sunday night": the dated verb's means are that
    night's strikes; "reports of more than 50 assaults in the town": a count of its own
    picks the assaults out, whatever noun the "of" phrase hangs on. Talk about strikes
    on a day, or an uncounted kind, is still no event."""
    from frontlines.nlp.events.factuality import judged

    def reason(text: str, word: str) -> str:
        return judged(next(t for t in nlp(text) if t.text == word))[0]

    assert reason("The senator wants the rebel bases hit harder than they were hit by "
                  "Britain in airstrikes on Sunday night.", "airstrikes") != "generic plural"
    assert reason("Residents were shocked by reports of more than 50 sexual assaults in "
                  "the town of Varna on Saturday.", "assaults") != "generic plural"
    assert reason("The president spoke about airstrikes on Monday.", "airstrikes") == (
        "generic plural")
    assert reason("Residents were shocked by reports of sexual assaults in the "
                  "town.", "assaults") == "generic plural"  # fmt: skip


def _frames(nlp, text: str) -> list[tuple[str, str]]:
    from frontlines.nlp.events.frames import frame_cues

    return [(cue, token.text) for sent in nlp(text).sents for cue, token in frame_cues(sent)]


def test_a_slaying_and_a_brawl_are_violence(nlp):
    """ "the slaying of a judge", "was slain": a killing; "a mass brawl broke out between
    two groups of workers": mob violence, not an attack on civilians."""
    assert _subs(nlp, "Police are hunting the man suspected in the slaying of a judge in "
                      "Varna on Monday.") == ["Attack"]  # fmt: skip
    assert _subs(nlp, "Dozens of people were hurt when a mass brawl broke out between two "
                      "groups of farm workers near the town of Kesra on Monday.") == [
        "Mob violence"]


def test_blows_told_by_a_hold_a_throw_or_a_shared_passive(nlp):
    """A person grabbed by a part of the body or thrown to the ground is assaulted; the
    second of two passive verbs shares the first one's subject ("who was beaten and
    kicked"). A bag grabbed by its handle, a ball thrown to a friend are no blows."""
    assert ("attacked", "grabbed") in _frames(
        nlp, "A guard grabbed a reporter by the neck on Monday.")
    assert ("attacked", "threw") in _frames(
        nlp, "A guard threw the reporter to the ground on Monday.")
    assert ("attacked", "kicked") in _frames(
        nlp, "Last year he said that a man who was beaten and kicked had earned it.")
    assert _frames(nlp, "She grabbed the bag by the handle and threw the ball to her "
                        "friend.") == []  # fmt: skip
