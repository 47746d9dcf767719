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
