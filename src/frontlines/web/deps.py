"""What every route shares: the read-only store handle of a request and the parsing of
filters, so the HTML pages and the JSON API read a URL the same way.

Names are resolved here exactly as the command line resolves them
(``frontlines.vocab.names``): "Islamic State", "ISIS", "Daesh" and ``islamic_state``
are one subject everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from frontlines.reconcile import ReconcileSettings
from frontlines.store import Store, open_db
from frontlines.store.listing import DOCUMENT_SORTS, DocumentFilter
from frontlines.store.merged import SORTS, MergedEventFilter
from frontlines.store.queries import PlaceNotFound
from frontlines.vocab import names
from frontlines.vocab.actors import ActorDictionary

__all__ = [
    "DATE", "ClaimConfidence", "Confidence", "Db", "DocSort", "Format", "Fraction", "Limit",
    "MergedQuery",
    "Offset", "PageLimit", "SearchText", "Text", "Vocab", "Vocabulary",
    "checked_bbox", "checked_date", "default_limit", "document_filter", "inside", "merged_filter",
    "near_point", "page", "reader", "vocabulary",
]  # fmt: skip

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
Limit = Annotated[int, Query(ge=1, le=1000)]
PageLimit = Annotated[int | None, Query(ge=1, le=100_000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Format = Annotated[str, Query(pattern="^(json|csv|geojson)$", description="json, csv, geojson")]
#: Search text: long enough for any real query; the store also caps distinct words.
SearchText = Query(max_length=500, description="words that must all occur")
Confidence = Annotated[float | None, Query(ge=0.0, le=1.0, description="least event confidence")]
ClaimConfidence = Annotated[
    float | None, Query(ge=0.0, le=1.0, description="least claim confidence")
]


def reader(request: Request) -> Iterator[Store]:
    """A read-only handle for one request: no request can change the database."""
    db = open_db(request.app.state.settings.db, readonly=True)
    try:
        yield db
    finally:
        db.close()


Db = Annotated[Store, Depends(reader)]


@dataclass(frozen=True)
class Vocabulary:
    """The server's actor dictionary and reconcile settings (``--actors``, ``--settings``):
    how a request's names and series are read."""

    actors: ActorDictionary
    reconcile: ReconcileSettings
    default_confidence: float = 0.0
    default_claim_confidence: float = 0.0

    def min_confidence(self, asked: float | None) -> float:
        """What a request asked for, else the server's ``FRONTLINES_MIN_EVENT_CONFIDENCE``."""
        return self.default_confidence if asked is None else asked

    def min_claim_confidence(self, asked: float | None) -> float:
        """What a request asked for, else the server's ``FRONTLINES_MIN_CLAIM_CONFIDENCE``."""
        return self.default_claim_confidence if asked is None else asked

    def actor(self, name: str | None) -> str | None:
        """An actor or subject as typed -> its id; a name no actor goes by is kept as
        typed (it may still match what the text said)."""
        if not name:
            return None
        return names.actor_id(name, self.actors) or name

    def other_names(self, text: str) -> tuple[str, ...]:
        """What a search for ``text`` also looks for: an actor's other names ("ISIS" finds
        "Islamic State" and "Daesh"); aliases of one or two letters ("IS") are left out,
        as they are common words. The store ORs them (``Store.search(alternatives=)``)."""
        actor = names.find_actor(text, self.actors)
        if actor is None:
            return ()
        found = (a for a in (actor.name, *actor.aliases) if len(a) > 2 and a.strip())
        return tuple(a for a in dict.fromkeys(found) if a != text)

    def measure(self, name: str | None) -> str | None:
        """A measure as typed -> the measure its series are stored under (400 if unknown)."""
        if not name:
            return None
        found = names.series_measure_id(name)
        if found is None:
            raise HTTPException(400, f"unknown measure {name!r}")
        return found


def vocabulary(request: Request) -> Vocabulary:
    settings = request.app.state.settings
    return Vocabulary(request.app.state.actors, settings.reconcile, settings.min_event_confidence,
                      settings.min_claim_confidence)  # fmt: skip


Vocab = Annotated[Vocabulary, Depends(vocabulary)]


#: A filter field a form may send empty (``?country=&actor=ISIS``): empty means "any".
Text = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(pattern="^([A-Za-z]{2})?$", description="ISO alpha-2")]
Fraction = Annotated[str | None, Query(pattern=r"^(|0(\.\d+)?|1(\.0*)?|\.\d+)$",
                                       description="least event confidence, 0 to 1")]  # fmt: skip
Count = Annotated[str | None, Query(pattern=r"^\d{0,9}$", description="a whole number")]
Sort = Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$", description=", ".join(SORTS))]


def merged_filter(v: Vocab, type: Text = None, actor: Text = None,  # noqa: A002
                  country: Country = None, place: Text = None, outlet: Text = None,
                  since: Text = None, until: Text = None, bbox: Text = None,
                  located: bool = False, min_confidence: Fraction = None,
                  background: bool = True, sort: Sort = "newest",
                  min_fatalities: Count = None) -> MergedEventFilter:  # fmt: skip
    """The merged-event filter of a URL, read the same way for the events page, its
    ``.json``/``.csv``/``.geojson`` and ``/api/merged-events``; names resolve as on the
    command line. Paging (``limit``/``offset``) is the route's."""
    return MergedEventFilter(
        type or None, v.actor(actor), checked_date(since or None, "since"),
        checked_date(until or None, "until"), checked_bbox(bbox or None), located, 1000, 0,
        v.min_confidence(float(min_confidence) if min_confidence else None), background,
        country or None, place or None, outlet or None, sort, int(min_fatalities or 0),
    )  # fmt: skip


MergedQuery = Annotated[MergedEventFilter, Depends(merged_filter)]
DocSort = Annotated[str, Query(pattern="^(" + "|".join(DOCUMENT_SORTS) + ")$",
                               description=", ".join(DOCUMENT_SORTS))]  # fmt: skip


def document_filter(q: str | None, source: str | None, since: str | None, until: str | None,
                    sort: str, limit: int, offset: int) -> DocumentFilter:  # fmt: skip
    """Which articles a URL asks for (the home page and ``/api/documents``)."""
    return DocumentFilter(q or None, source or None, checked_date(since or None, "since"),
                          checked_date(until or None, "until"), sort, limit, offset)  # fmt: skip


def checked_date(value: str | None, name: str) -> str | None:
    if value is not None and not DATE.match(value):
        raise HTTPException(400, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def checked_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """min_lon,min_lat,max_lon,max_lat in degrees."""
    if value is None:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise HTTPException(
            400, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from None
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise HTTPException(400, "bbox out of range or min greater than max")
    return w, s, e, n


def near_point(db: Store, place: str | None) -> tuple[float, float] | None:
    """A stored place's coordinates (404 if none); None for no place or a country code."""
    if not place or len(place) <= 2:
        return None
    try:
        return db.place_point(place)
    except PlaceNotFound as exc:
        raise HTTPException(404, str(exc)) from exc


def inside(bbox: tuple[float, float, float, float] | None, lat: Any, lon: Any) -> bool:
    if bbox is None:
        return True
    if lat is None or lon is None:
        return False
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


def page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset : offset + limit]}  # fmt: skip


def default_limit(limit: int | None, fmt: str) -> int | None:
    """JSON pages 100 rows unless told; a download is the whole filtered list unless told."""
    return limit if limit is not None else (100 if fmt == "json" else None)
