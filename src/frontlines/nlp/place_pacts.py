"""Names of pacts that read as places: "the Schengen system", "the Paris climate pact".

Why a module of its own: a pact named after a place is no pin on the map, yet the tagger
labels its name a place; the place pass reads those names out before resolving
(``treaty_names``), one sense per story. Word list: ``[treaty_nouns]`` in
``data/place_words.toml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from frontlines.nlp.place_cues import PLACE_LABELS, place_context
from frontlines.resolve.place import normalise_place_name
from frontlines.vocab.words import words

__all__ = ["TREATY_MIN_MENTIONS", "TREATY_NOUNS", "treaty_names"]

#: Nouns a place's name can name a pact or an arrangement by ("the Schengen system").
TREATY_NOUNS = words("place", "treaty_nouns")
#: Mentions naming a pact that make a name the pact's in every mention of a story, when no
#: mention of it reads as a place ("advocate of Schengen" after "the Schengen system").
TREATY_MIN_MENTIONS = 2


def _pact_end(ent: Span) -> int | None:
    """Where the name of the pact ``ent`` names ends (a token index), or None when ``ent``
    names none: it ends in a pact's noun, or modifies one directly or through other
    modifiers ("the Schengen system", "the Paris climate pact", which the parser may hang
    flat off a noun after it: "the Paris climate pact targets")."""
    if _lemma(ent[-1]) in TREATY_NOUNS:
        return ent.end
    root = ent.root
    if root.dep_ != "compound" or root.head.i < ent.end:
        return None
    between = ent.doc[ent.end : root.head.i + 1]  # the modifiers up to the noun modified
    pacts = [t.i for t in between if t.pos_ in {"NOUN", "PROPN"} and _lemma(t) in TREATY_NOUNS]
    return pacts[-1] + 1 if pacts else None


def _lemma(token: Token) -> str:
    """The lemma, or the word itself where no lemmatiser ran."""
    return (token.lemma_ or token.lower_).lower()


def treaty_names(
    ents: list[Span], is_country: Callable[[str], bool], is_major: Callable[[str], bool]
) -> list[Span]:
    """Place-labelled names that name a pact are no place on the map. A mention modifying a
    pact's noun becomes, with the words up to it, an ``ORG`` ("the Schengen system": the
    place inside it is then embedded, as in an organisation's name); every other mention of
    a name that does so at least ``TREATY_MIN_MENTIONS`` times in the story and is never read
    as a place ("in", "-based", ", <country>": one sense per document) becomes ``LAW``.
    "the Paris climate pact" is no pin in Paris; "Paris-based" still is. A country's name
    is the country's even there ("the Iran nuclear agreement", "the US system"), and a
    major place's (``is_major``: a state, a capital, a big city) other mentions stay its
    own ("Paris said", after "the Paris Agreement")."""
    places = [e for e in ents if e.label_ in PLACE_LABELS and not is_country(e.text)]
    ends = {e.start: end for e in places if (end := _pact_end(e)) is not None}
    if not ends and not any(e.label_ == "LAW" for e in ents):
        return ents
    counts: dict[str, int] = {}
    for name in _named_laws(ents):  # the model's own "the Schengen Agreement" counts too
        counts[name] = counts.get(name, 0) + 1
    located: set[str] = set()
    for e in places:
        key = _pact_name(e) or normalise_place_name(e.text)
        if e.start in ends:
            counts[key] = counts.get(key, 0) + 1
        elif place_context(e.doc, e.start, e.end):
            located.add(key)
    pacts = {k for k, n in counts.items() if n >= TREATY_MIN_MENTIONS and k not in located}
    pacts = {k for k in pacts if not any(is_major(e.text) for e in places
                                         if normalise_place_name(e.text) == k)}  # fmt: skip
    named = [Span(e.doc, e.start, ends[e.start], label="ORG", span_id=e.id_)
             for e in places if e.start in ends]  # fmt: skip
    inside = {i for span in named for i in range(span.start, span.end)}
    kept = [
        Span(e.doc, e.start, e.end, label="LAW", span_id=e.id_)
        if e in places and normalise_place_name(e.text) in pacts
        else e
        for e in ents
        if not inside.intersection(range(e.start, e.end))
    ]
    return sorted(kept + named, key=lambda e: e.start)


def _named_laws(ents: list[Span]) -> list[str]:
    """The names (folded) that open the model's own pacts ("the Schengen Agreement" ->
    "schengen"): a name followed by a pact's noun inside a ``LAW`` entity."""
    return [name for e in ents if e.label_ == "LAW" and (name := _pact_name(e))]


def _pact_name(span: Span) -> str:
    """The words before the first pact's noun in ``span``, folded ("" when none opens it)."""
    words = [t for t in span if t.lower_ != "the"]
    cut = next((n for n, t in enumerate(words) if _lemma(t) in TREATY_NOUNS), 0)
    return normalise_place_name(" ".join(t.text for t in words[:cut])) if cut else ""
