"""When a publisher's home area may be read into a story (issue 21, review 19).

A local site carries wire copy from abroad as well as its own local news, and the home
(``resolve/place/publishers.py``) is evidence only for the local news: read into a Cairo
story it moves Alexandria to Indiana. The place resolver gives the home's readings
without asking where the story is set, so ``frontlines_geo`` asks here, with the story's
readings with and without the home, and keeps the home's only when the story looks local:

* its dateline (ingest strips it from the body and hands it over: ``DATELINE_KEY``), when
  it has one, is read inside the home division: wire copy from elsewhere carries one;
* no place is left outside the home country by the home's reading: a story that still
  names Egypt, or "French police", after the home had its say is set abroad;
* every reading the home changed lands inside the home division (a knock-on move to a
  third state is no local reading) and is a place of that very name as written: the home
  is no evidence that "Paris" means Saint Paris.

Precision first: when any of these fails the story is read as if it had no home.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.names import lookup_variants, name_key
from frontlines.resolve.place.resolver import Resolved, Toponym, ToponymResolver

__all__ = ["DATELINE_KEY", "at_home", "dateline_place", "home_applies", "same_name"]

#: ``Doc.user_data`` key of the article's dateline place ("CAIRO", "DAYTON, Ohio"), which
#: ingest strips from the body (``Article.dateline``): set with the home (``nlp.pipeline``).
DATELINE_KEY = "frontlines_dateline"


def at_home(place: Place | None, home: Place) -> bool:
    """Whether ``place`` lies in the home division (by its codes)."""
    return place is not None and (place.country, place.admin1) == (home.country, home.admin1)


def same_name(text: str, place: Place) -> bool:
    """Whether ``place`` bears the name as written ("Dublin": Dublin; not Saint Paris for
    "Paris"), folded as lookups fold it ("Mt." and "Mount" alike)."""
    key = name_key(place.name)
    return any(name_key(variant) == key for variant in lookup_variants(text))


def dateline_place(resolver: ToponymResolver, dateline: str) -> Place | None:
    """The place a dateline names, read alone with its qualifier ("KYIV, Ukraine")."""
    toponyms: list[Toponym] = []
    at = 0
    for part in dateline.split(","):
        name = part.strip()
        if name:
            start = dateline.index(name, at)
            toponyms.append(Toponym(name, start, start + len(name)))
            at = start + len(name)
    if not toponyms:
        return None
    first = resolver.resolve_document_scored(toponyms, dateline)[0]
    return first.place if first is not None else None


def home_applies(
    home: Place,
    texts: Sequence[str],
    with_home: Sequence[Resolved | None],
    without: Sequence[Resolved | None],
    dateline: Place | None | bool = False,
) -> bool:
    """Whether the home's readings (``with_home``) of the story's names (``texts``) stand,
    against its readings without the home (``without``). ``dateline``: False when the story
    has none, else the place it names (None: no place known, which is doubt enough)."""
    if dateline is not False and not (isinstance(dateline, Place) and at_home(dateline, home)):
        return False
    for text, chosen, alone in zip(texts, with_home, without, strict=True):
        place = chosen.place if chosen is not None else None
        before = alone.place if alone is not None else None
        if place is not None and place.country != home.country:
            return False  # the story still names a place abroad
        if place != before and place is not None and not (
            at_home(place, home) and same_name(text, place)
        ):
            return False
    return True
