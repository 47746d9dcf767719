"""Session 28 review mends, on sentences of our own read by the real pipeline: who only
attends a protest to police it is not its crowd, nor is a bare count; an "anti-X"
protest is not X's; who blames an attack is not who did it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.event_reading import events_on

pytestmark = pytest.mark.model


def _sides(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1.text if e.actor1 else None, e.actor2.text if e.actor2 else None)
            for e in events_on(nlp, text)]  # fmt: skip


@pytest.mark.parametrize("text", [
    "Hundreds of police officers attended the protest in Paris to keep order.",
    "Police attended the protest outside parliament in Nairobi.",
    "Thousands joined a protest in Lagos.",
])
def test_who_only_attends_is_not_the_crowd(nlp: Language, text: str) -> None:
    """State forces attending a protest and a bare count ("thousands") are no crowd that
    names the protest's side: the generic crowd word stands."""
    sides = _sides(nlp, text)
    assert sides and sides[0][0] == "protesters", sides


def test_who_joins_a_protest_keeps_its_name(nlp: Language) -> None:
    """Joining is taking part: police officers who join a pay protest are its crowd."""
    sides = _sides(nlp, "Police officers joined the protest against pay cuts.")
    assert sides and sides[0][0] == "Police officers", sides


@pytest.mark.parametrize("text", [
    "Anti-coalition protests broke out in Baghdad.",
    "Anti-rebel protests broke out in Goma.",
    "Pro-government rallies were held in Caracas on Sunday.",
])
def test_a_side_a_protest_is_against_is_not_its_doer(nlp: Language, text: str) -> None:
    """ "anti-X" / "pro-X" says whom the event is against or for, not who does it."""
    sides = _sides(nlp, text)
    assert sides and sides[0][0] == "protesters", sides


def test_a_side_modifier_still_names_the_doer(nlp: Language) -> None:
    """Without a stance prefix the side word is the doer ("a rebel attack")."""
    sides = _sides(nlp, "A rebel attack killed five soldiers in Goma.")
    assert sides and sides[0][0] == "rebel", sides
