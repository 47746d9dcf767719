"""Place names the model typed as a date or a language.

The small English model now and then reads an unfamiliar town's name as a ``DATE`` ("he
grew up in Saratoga") or a ``LANGUAGE`` ("in Syria, in Aleppo?"): labels the places layer
otherwise never turns into places, since "in March", "on Sunday", "during Ramadan" and
"written in English" name no place though a town goes by each word. Such a name is a place
when a locative slot or a place noun around it says so (``place_context``) and the
gazetteer holds it, and no word of it is a calendar's (months, weekdays, seasons, feasts,
Islamic months: ``calendar_words``). A name typed as a language must be a big place's
(a capital, a first-level division or a town of 100,000: ``major_town``), as "English" is
a village's name as well as the language; an era ("in the Renaissance") takes an article,
so a date-typed name after "the" is left alone unless a place noun follows it ("the
<name> district").

Used by ``frontlines_places``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from frontlines.nlp.place_cues import MAX_NAME_TOKENS, PLACE_NOUNS, place_context
from frontlines.nlp.place_senses import major_town
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.names import never_a_place
from frontlines.vocab.dates import MONTHS, WEEKDAYS
from frontlines.vocab.words import words

__all__ = ["CALENDAR_WORDS", "MISTYPED_LABELS", "mistyped_place"]

#: Labels the model gives a town's name now and then that no other rule turns into a place.
MISTYPED_LABELS = frozenset({"DATE", "LANGUAGE"})
#: Words of a calendar's names: a span holding one is a date, whatever town shares it.
CALENDAR_WORDS = (
    frozenset(m.lower() for m in MONTHS) | frozenset(WEEKDAYS) | words("place", "calendar_words")
)


def _name_like(ent: Span) -> bool:
    """Title-case words only (joined by hyphens or apostrophes), no digit, no calendar's
    word, and no article before it unless a place noun follows ("the <name> district")."""
    doc = ent.doc
    if not 1 <= len(ent) <= MAX_NAME_TOKENS or any(t.like_num or t.is_digit for t in ent):
        return False
    if (
        ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and (ent.end >= len(doc) or doc[ent.end].lower_ not in PLACE_NOUNS)
    ):
        return False  # "in the Renaissance", "during the Middle Ages": an era
    words_ = [t for t in ent if t.text not in {"-", "'", "’"}]
    return bool(words_) and all(
        t.is_title and t.is_alpha and t.lower_ not in CALENDAR_WORDS for t in words_
    )


def mistyped_place(
    ent: Span,
    gazetteer: Gazetteer,
    place_name: Callable[[str], bool],
    known_places: set[str],
    normalise: Callable[[str], str],
) -> bool:
    """``ent``, typed as a date or a language, is a place: see the module's docstring.
    ``place_name`` is the places layer's test that the gazetteer holds a name; a name the
    story uses as a place elsewhere (``known_places``) needs no slot of its own."""
    if ent.label_ not in MISTYPED_LABELS or ent.kb_id_ or not _name_like(ent):
        return False
    if never_a_place(ent.text):
        return False
    if ent.label_ == "LANGUAGE" and not major_town(gazetteer, ent.text):
        return False  # "written in English": English, Indiana, is a village
    if normalise(ent.text) in known_places:
        return True
    return place_context(ent.doc, ent.start, ent.end) and place_name(ent.text)
