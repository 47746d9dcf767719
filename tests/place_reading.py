"""Helpers the place tests share: what the recogniser and the resolver made of a text, in
the plain shape the tests compare (texts and labels, the located names, the readings of
names the test places in its own sentence)."""

from __future__ import annotations

from spacy.tokens import Doc

from frontlines.resolve.place import Toponym, ToponymResolver
from frontlines.resolve.place.reading import Resolved

__all__ = ["entity_labels", "location_texts", "resolved_in", "toponyms_in"]


def entity_labels(doc: Doc) -> list[tuple[str, str]]:
    """Each entity of ``doc`` as (text, label), in text order."""
    return [(e.text, e.label_) for e in doc.ents]


def location_texts(doc: Doc) -> list[str]:
    """The texts of the places ``doc`` says something happened at (role "location")."""
    return [p.text for p in doc._.places if p.role == "location"]


def resolved_in(resolver: ToponymResolver, text: str, names: list[str]) -> list[Resolved]:
    """The scored readings of ``names``, each at its first place in ``text``, read with
    ``text`` as their story."""
    spans = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
    return resolver.resolve_document_scored(spans, text)


def toponyms_in(text: str, names: list[str]) -> list[Toponym]:
    """``names`` as toponyms of ``text``, each found after the one before it (a name told
    twice is two toponyms)."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(Toponym(name, start, start + len(name)))
        at = start + len(name)
    return found
