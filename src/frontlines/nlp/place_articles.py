"""Place names that open with an Arabic article ("Al Anbar", "As Safira", "El Bab").

The small English model splits such names or reads them as people: "Near Al Baghdadi"
tags "Baghdadi" alone as a person, "cleared Al Anbar" tags a person, "El Bab" an
organisation. The gazetteer's key drops the article ("Al Gore" folds to Gore), so a
lookup alone would make a town of any "Al <surname>". A name is read as a place here only
when a place the gazetteer holds *bears the article in its own name* (Al Anbār, As Safīrah,
Al Bāb): the article is then part of the place's name, which no given name "Al" is.

Used by ``frontlines_places`` before its other passes: the span grows over an article left
outside it ("Al" + "Baghdadi") and is relabelled a place; a leading "the" is dropped
("the Ar-Raqqah countryside").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.place_cues import NAME_PARTICLES, PLACE_LABELS
from frontlines.resolve.place import normalise_place_name
from frontlines.resolve.place.gazetteer import Gazetteer
from frontlines.resolve.place.names import never_a_place

__all__ = [
    "ARTICLE_LABELS",
    "ENGLISH_PARTICLES",
    "article_before",
    "article_led_places",
    "bears_article",
]

#: Labels the model gives an article-led place name it does not know.
ARTICLE_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Particles that are English words too ("An Alexandria man", "As Mosul fell"): they open
#: a place's name only when a hyphen joins them to it ("as-Safira").
ENGLISH_PARTICLES = frozenset({"an", "as", "at"})
#: ... with the place labels: the entities an article may lead (joined once, not per entity).
_LED_LABELS = ARTICLE_LABELS | PLACE_LABELS
_FIRST_WORD = re.compile(r"[\s\-‘’'ʿʾ]+")
#: Marks a transliterated name carries inside a word ("Ma'arat", "Ba‘quba").
_MARKS = re.compile(r"[‘’'ʿʾ]")


def bears_article(name: str, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer holds under ``name`` has the Arabic article in its own name
    ("Al Anbār" for "Al Anbar", "Al Bāb" for "El Bab"; not Goré for "Al Gore")."""
    if _first_word(name) not in NAME_PARTICLES:
        return False
    return any(
        c.kind in {"name", "alt"} and _first_word(c.place.name) in NAME_PARTICLES
        for c in gazetteer.candidates(name)
    )


def _first_word(name: str) -> str:
    words = _FIRST_WORD.split(normalise_place_name(name.replace("-", " ")), maxsplit=1)
    return words[0] if words else ""


def article_led_places(
    doc: Doc,
    gazetteer: Gazetteer,
    people: frozenset[str],
    label_of: Callable[[Span], str] = lambda e: e.label_,
    ents: Sequence[Span] | None = None,
) -> list[Span]:
    """``doc.ents`` with article-led place names made places: a person or an organisation
    whose name (with an article the model left outside, after "the" dropped) a place bears
    with its article. A dictionary actor (``kb_id_``) and a word of a person's full name in
    the article ("Al Hawl" when "Hawl" is someone's surname) stay as they are. ``ents``:
    ``doc.ents`` when the caller has read them (an entity left as it was is returned as
    the very object given, so the caller can tell whether anything changed)."""
    ents = list(doc.ents if ents is None else ents)
    # a full name that opens with the article is the candidate itself, no person's evidence
    people = people - {
        t.text
        for e in ents
        if e.label_ == "PERSON" and e[0].lower_ in NAME_PARTICLES
        for t in e
        if not any(t.text in o.text.split() for o in ents if o is not e and o.label_ == "PERSON")
    }
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        start = ent.start + int(ent[0].lower_ == "the" and len(ent) > 1)
        if ent.kb_id_ or label_of(ent) not in _LED_LABELS:
            out.append(ent)
            continue
        grown = article_before(doc, start, taken)
        first = ent[start - ent.start]
        inside = first.lower_ in NAME_PARTICLES and not (
            first.lower_ in ENGLISH_PARTICLES
            and (first.i + 1 >= len(doc) or doc[first.i + 1].text != "-")
        )
        if grown is None and not inside:
            out.append(ent)
            continue
        span = Span(doc, grown if grown is not None else start, ent.end)
        longer = _longer_place(doc, span, taken - set(range(ent.start, ent.end)), gazetteer)
        if longer is not None and not any(t.text in people for t in longer):
            out.append(longer)  # "Ma'arat" + "al-Numan": the town, not a Nigerian Numan
            continue
        if (
            (label_of(ent) in PLACE_LABELS and grown is None)
            or _inside_longer_name(doc, span.start)
            or any(t.text in people for t in span if t.lower_ not in NAME_PARTICLES)
            or never_a_place(span.text)
            or not bears_article(span.text, gazetteer)
        ):
            out.append(ent)
            continue
        out.append(Span(doc, span.start, span.end, label="GPE", span_id="frontlines_places"))
    return out


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """A name word stands before the article, which then joins a longer name ("Abu Bakr
    al-Baghdadi", "Jaysh at-Ta'ifa al-Mansurah"): a person's or a group's, no place's."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        prev.text[:1].isupper()  # "Ṭā’ifa": a capital, whatever marks follow
        and any(c.isalpha() for c in prev.text)
        and not prev.is_sent_start
        and not prev.is_stop
    )


def _longer_place(doc: Doc, span: Span, taken: set[int], gazetteer: Gazetteer) -> Span | None:
    """The place whose name the article-led ``span`` closes, when one or two name words the
    model left outside it open a name the gazetteer holds ("Ma'arat" + "al-Numan": Ma'arrat
    al-Nu'man, where "al-Numan" alone is a Nigerian town; "Khan Sheikh" + "al-X"): a name
    the model split at its article. None when no such name is held; "Abu Bakr al-Baghdadi"
    names no place."""
    for size in (2, 1):
        start = span.start - size
        if start < 0 or any(i in taken or not _name_word(doc[i]) for i in range(start, span.start)):
            continue
        longer = Span(doc, start, span.end, label="GPE", span_id="frontlines_places")
        if not never_a_place(longer.text) and gazetteer.is_place_name(longer.text):
            return longer
    return None


def _name_word(token: Token) -> bool:
    """A word of a name: a capital first and letters, inner apostrophes allowed ("Ma'arat",
    "Sa'ada"), and no sentence's first word, which is capitalised anyway."""
    letters = _MARKS.sub("", token.text)
    return (
        token.text[:1].isupper()
        and letters.isalpha()
        and not token.is_sent_start
        and not token.is_stop
    )


def article_before(doc: Doc, start: int, taken: set[int]) -> int | None:
    """Where an article the model left outside a name begins: "Al" + "Baghdadi",
    "al" "-" + "Bab"; None when there is none. ``frontlines_places`` also grows an untagged
    run of capitals over it ("and ar-Raqqa": the run is "Raqqa"), so that the words before
    the article are read as the name's context."""
    i = start - 1
    if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        i -= 1
    if i < 0 or i in taken or doc[i].lower_ not in NAME_PARTICLES:
        return None
    if not (doc[i].is_title or doc[i].is_lower):
        return None
    if doc[i].lower_ in ENGLISH_PARTICLES and doc[i + 1].text != "-":
        return None  # "An Alexandria man": the English article
    return i
