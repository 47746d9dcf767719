"""The listing pages: articles (``/``), search, claims and places, each a page at a
time with its total, every filter in the URL and shown in the form, and export
links to the API's download of the same filter.

Each page reads the same store query as its ``/api/`` twin.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from frontlines.store.listing import DOCUMENT_SORTS
from frontlines.web.deps import (
    Db,
    DocSort,
    Fraction,
    Offset,
    Text,
    Vocab,
    checked_date,
    document_filter,
)
from frontlines.web.names import Names

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
Rows = Annotated[int, Query(ge=1, le=500, description="rows per page")]


def asked(request: Request, *names: str) -> dict[str, str]:
    """The filters of this URL that are set (what facet links and pagers keep)."""
    return {k: v for k, v in request.query_params.items() if k in names and v}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db, q: Text = None, source: Text = None, since: Text = None,
         until: Text = None, sort: DocSort = "newest", limit: Rows = 50,
         offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    from frontlines.web.pages import render

    try:
        found = db.document_page(document_filter(q, source, since, until, sort, limit, offset))
    except ValueError as exc:  # search words the index cannot take
        raise HTTPException(400, str(exc)) from exc
    counts = {t: db.count(t) for t in ("documents", "claims", "events", "places", "series")}
    return render(request, "home.html", counts=counts, found=found, offset=offset, limit=limit,
                  asked=asked(request, "q", "source", "since", "until", "sort"),
                  sorts=list(DOCUMENT_SORTS))  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db: Db, v: Vocab,
                q: Annotated[str, Query(max_length=500)] = "", limit: Rows = 50,
                offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    """Sentences holding every word; an actor's name finds its other names too."""
    from frontlines.web.pages import render

    hits: list[Any] = []
    error, total = "", 0
    if q.strip():
        try:
            also = v.other_names(q)
            total = db.count_search(q, alternatives=also)
            hits = db.search(q, limit=limit, offset=offset, alternatives=also)
        except ValueError as exc:
            error = str(exc)
    return render(request, "search.html", q=q, hits=hits, error=error, total=total,
                  offset=offset, limit=limit, asked=asked(request, "q"))  # fmt: skip


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, db: Db, v: Vocab, subject: Text = None,
                measure: Text = None, since: Text = None, limit: Rows = 50,
                offset: Offset = 0, min_confidence: Fraction = None) -> HTMLResponse:  # fmt: skip
    """Claims as extracted, oldest first; ``measure`` and ``subject`` read names as the
    command line does ("territory held share", "ISIS"); claims under ``min_confidence``
    (default ``FRONTLINES_MIN_CLAIM_CONFIDENCE``) are left out, as in ``/api/claims``."""
    from frontlines.web.pages import render

    who, what = v.actor(subject), v.measure(measure)
    when = checked_date(since or None, "since")
    least = v.min_claim_confidence(float(min_confidence) if min_confidence else None)
    hits = [h.to_json() for h in db.claims(who, what, when, limit, offset, least)]
    return render(request, "claims.html", claims=hits,
                  total=db.count_claims(who, what, when, least), offset=offset, limit=limit,
                  names=Names.of(request), asked=asked(request, "subject", "measure", "since",
                                                       "min_confidence"))  # fmt: skip


@router.get("/places", response_class=HTMLResponse)
def places_page(request: Request, db: Db, role: Text = "location", country: Text = None,
                name: Text = None, limit: Rows = 100,
                offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    """Resolved places, most mentioned first, with links to their events and the map."""
    from frontlines.web.pages import render

    found = db.places(None if role in {"all", "", None} else role, country or None, name or None)
    return render(request, "places.html", places=found[offset:offset + limit],
                  total=len(found), offset=offset, limit=limit, names=Names.of(request),
                  asked=asked(request, "role", "country", "name"), role=role or "")  # fmt: skip
