"""`frontlines claims | places | events`: extracted records across all stored articles."""

from __future__ import annotations

from typing import Annotated

import typer

from frontlines.cli.app import (
    DEFAULT_DB,
    DbOption,
    EventConfidenceOption,
    WideOption,
    app,
    claim_row,
    err,
    exits_on,
    lat_lon,
    print_json_lines,
)
from frontlines.cli.listing import Listing, show_listing
from frontlines.settings import Settings
from frontlines.store import open_db
from frontlines.store.queries import PlaceNotFound
from frontlines.store.records import EventFilter

__all__ = [
    "claims",
    "events",
    "places",
]


@app.command(rich_help_panel="Records")
def claims(
    db: DbOption = DEFAULT_DB,
    subject: Annotated[str | None, typer.Option(help="Actor id, e.g. islamic_state.")] = None,
    measure: Annotated[
        str | None, typer.Option(help="Measure id (data/measures.toml); equivalents match too.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only claims as of this date or later.")] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Only claims at least this likely (0-1; default "
                     "$FRONTLINES_MIN_CLAIM_CONFIDENCE)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    wide: WideOption = False,
) -> None:
    """Who claims which number, as of when: claims across all stored articles."""
    with open_db(db, readonly=True) as database:
        least = (Settings.from_env().min_claim_confidence if min_confidence is None
                 else min_confidence)  # fmt: skip
        hits = database.claims(subject, measure, since, min_confidence=least)
    if as_json:
        print_json_lines(hits)
        return
    listing = Listing(f"{len(hits)} claims", ["as of", "value", "measure", "subject", "source",
                      "place", "doc"], "words", prose=frozenset({"source", "place"}))  # fmt: skip
    for h in hits:
        listing.add(*claim_row(h.claim), h.doc_id[:8], long=h.claim.text)
    show_listing(listing, wide)


@app.command(rich_help_panel="Records")
def places(
    db: DbOption = DEFAULT_DB,
    role: Annotated[
        str, typer.Option(help="location | demonym | embedded | comparison | street | all.")
    ] = "location",
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. SY.")] = None,
    name: Annotated[
        str | None, typer.Option(help="A place name as resolved or as written.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    wide: WideOption = False,
) -> None:
    """Resolved places across all stored articles, most mentioned first."""
    with open_db(db, readonly=True) as database:
        found = database.places(None if role == "all" else role, country, name)
    if as_json:
        print_json_lines(found)
        return
    listing = Listing(f"{len(found)} places", ["place", "country", "geonames", "lat, lon",
                      "prec", "mentions", "docs"], "written as",
                      prose=frozenset({"place"}))  # fmt: skip
    for p in found:
        listing.add(
            p.name, p.country or "", str(p.geonames_id or ""), lat_lon(p.lat, p.lon),
            str(p.precision or ""), str(p.mentions), str(p.documents), long=", ".join(p.names),
        )  # fmt: skip
    show_listing(listing, wide)


@app.command(rich_help_panel="Records")
def events(
    db: DbOption = DEFAULT_DB,
    type_: Annotated[
        str | None,
        typer.Option("--type", help="Our type id, or an ACLED event / sub-event type."),
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Actor id or name as written.")] = None,
    near: Annotated[str | None, typer.Option(help="A stored place name.")] = None,
    within_km: Annotated[float, typer.Option(help="Radius around --near.")] = 50.0,
    since: Annotated[str | None, typer.Option(help="Earliest date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date (YYYY[-MM[-DD]]).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    min_confidence: EventConfidenceOption = None,
    wide: WideOption = False,
) -> None:
    """What happened, who did it to whom, where and when: coded events in date order."""
    least = Settings.from_env().min_event_confidence if min_confidence is None else min_confidence
    where = EventFilter(type_, actor, near, within_km, since, until, min_confidence=least)
    with open_db(db, readonly=True) as database, exits_on(PlaceNotFound):
        hits = database.events(where)
    if as_json:
        print_json_lines(hits)
        return
    listing = Listing(f"{len(hits)} events", ["date", "type", "actor 1", "actor 2", "place",
                      "killed", "conf", "doc"],
                      prose=frozenset({"actor 1", "actor 2", "place"}))  # fmt: skip
    for hit in hits:
        e = hit.event
        place = f"{e.place.name or e.place.text}, {e.place.country or ''}" if e.place else ""
        listing.add(
            (e.date or "-") + ("" if e.date_source == "text" else "*"), e.type,
            e.actor1.text if e.actor1 else "", e.actor2.text if e.actor2 else "", place,
            "" if e.fatalities is None else str(e.fatalities), f"{e.confidence:.2f}",
            hit.doc_id[:8], long=e.text,
        )  # fmt: skip
    show_listing(listing, wide)
    if any(h.event.date_source != "text" for h in hits):
        err.print("* the sentence gives no date: the publication date, or a guess where the"
                  " story has none (the event page says which)")
