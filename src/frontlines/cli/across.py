"""`frontlines reconcile | series | conflicts | timeline`: the cross-article views."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from frontlines import reconcile as reconciliation
from frontlines.cli.app import (
    DEFAULT_DB,
    DbOption,
    EventConfidenceOption,
    WideOption,
    app,
    err,
    exits_on,
    out,
    print_json_lines,
    said,
)
from frontlines.cli.listing import Listing, show_listing
from frontlines.reconcile.series import Series, describe, load_series
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.settings import Settings
from frontlines.store import Database, open_db
from frontlines.store.queries import PlaceNotFound
from frontlines.store.timeline import TimelineFilter
from frontlines.vocab import names
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.measures import default_taxonomy

__all__ = [
    "CSV_COLUMNS",
    "SettingsOption",
    "conflicts",
    "measure_id",
    "reconcile_",
    "series",
    "subject_id",
    "timeline",
]

SettingsOption = Annotated[
    Path | None,
    typer.Option(
        "--settings",
        help="TOML file with a [reconcile] table.",
        envvar="FRONTLINES_RECONCILE_SETTINGS",
    ),
]


def _settings(path: Path | None) -> ReconcileSettings:
    with exits_on(OSError, ValueError, TypeError):
        return ReconcileSettings.from_toml(path) if path else ReconcileSettings()


@contextmanager
def caught_up(db: str, settings: ReconcileSettings) -> Iterator[Database]:
    """The database with whatever articles a crashed run left unreconciled reconciled
    first, so series, conflicts and the timeline never read a stale state."""
    if not _writable(db):  # read it as it is, and say what is missing
        with open_db(db, readonly=True) as database:
            if database.pending_count():
                err.print(f"note: {database.pending_count()} articles are not reconciled yet, "
                          "and this database is read-only here")  # fmt: skip
            yield database
        return
    with open_db(db, create=False) as database:
        if database.pending_count():
            reconciliation.update(database, settings)
        yield database


def _writable(url: str) -> bool:
    """A server database is written over its connection; a file needs its permissions."""
    if "://" in url:
        return True
    db = Path(url)
    return not db.is_file() or (
        os.access(db, os.W_OK) and os.access(db.resolve().parent, os.W_OK | os.X_OK)
    )


def subject_id(name: str | None) -> str | None:
    """A subject as typed ("Islamic State", "ISIS", "islamic_state") -> its actor id; a
    name no actor goes by is kept as typed (it may still match stored subjects)."""
    if name is None:
        return None
    return names.actor_id(name) or name


def measure_id(name: str | None) -> str | None:
    """ "territory-held-share" or "territory_lost_share" -> the series measure id."""
    if name is None:
        return None
    found = names.series_measure_id(name)
    if found is None:
        known = ", ".join(m.id for m in default_taxonomy().measures)
        err.print(said(("error:", "red"), f" unknown measure {name!r}; known: {known}"))
        raise typer.Exit(2)
    return found


@app.command("reconcile", rich_help_panel="Across articles")
def reconcile_(
    db: DbOption = DEFAULT_DB,
    rebuild: Annotated[bool, typer.Option(help="Forget merges and redo them all.")] = False,
    settings: SettingsOption = None,
) -> None:
    """Bring series and merged events up to date (ingest does this already)."""
    chosen = _settings(settings)
    with open_db(db, create=False) as database:
        run = reconciliation.rebuild if rebuild else reconciliation.update
        report = run(database, chosen)
    err.print(
        f"reconciled {report.claims} claims and {report.events} events"
        f" in {report.seconds * 1000:.1f} ms"
    )


@app.command(rich_help_panel="Across articles")
def series(
    db: DbOption = DEFAULT_DB,
    subject: Annotated[str | None, typer.Option(help="Actor name, alias or id.")] = None,
    measure: Annotated[
        str | None, typer.Option(help="Measure, e.g. territory-held-share (equivalents map).")
    ] = None,
    scope: Annotated[str | None, typer.Option(help="Places the series is about.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One series per line.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="One point per row.")] = False,
    plot: Annotated[Path | None, typer.Option(help="Draw the first series: FILE.png|svg")] = None,
    settings: SettingsOption = None,
) -> None:
    """Claims across articles as time series, each point with its source and sentence."""
    chosen = _settings(settings)
    with caught_up(db, chosen) as database:
        found = load_series(database, subject_id(subject), measure_id(measure), scope, chosen)
    if not found:
        err.print("no series match")
        raise typer.Exit(1)
    if plot is not None:
        _plot(found[0], plot)
    if as_json:
        print_json_lines(found)
    elif as_csv:
        _write_csv(found)
    else:
        for s in found:
            out.print(_series_table(s))


def _plot(chosen: Series, path: Path) -> None:
    from frontlines.cli.plot import PlotError, plot_series

    actor = ActorDictionary.load().get(chosen.key.subject)
    with exits_on(PlotError):
        plot_series(chosen, path, actor.name if actor else None)
    err.print(f"wrote {path}")


CSV_COLUMNS = [
    "series_id", "subject", "measure", "scope", "as_of", "precision", "display", "value", "lower",
    "upper", "approx", "unit", "since", "source", "derived", "reports", "first_doc_id",
    "first_published", "start", "end", "text", "sentence",
]  # fmt: skip


def _write_csv(found: list[Series]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for s in found:
        for p in s.points:
            row = p.to_json()
            first = row["first_report"]
            writer.writerow({
                "series_id": s.id, "subject": s.key.subject, "measure": s.key.measure,
                "scope": s.key.scope, "reports": row["report_count"],
                "first_doc_id": first["doc_id"], "first_published": first["published"],
                "start": first["start"], "end": first["end"], "text": first["text"],
                "sentence": first["sentence"],
            } | {k: row[k] for k in ("as_of", "precision", "display", "value", "lower", "upper",
                                     "approx", "unit", "since", "source", "derived")})  # fmt: skip


def _series_table(s: Series) -> Table:
    scope = f" in {s.key.scope}" if s.key.scope else ""
    title = f"{s.key.subject or 'no subject'}: {s.label}{scope} ({len(s.points)} points)"
    table = Table(title=title)
    for column in ("as of", "value", "source", "reports", "first report"):
        table.add_column(column, no_wrap=column != "source", overflow="fold")
    table.add_column("sentence", overflow="fold", ratio=3)
    unit = "%" if s.unit == "percent" else ""
    for p in s.points:
        first = p.first_report
        since = f" since {p.since}" if p.since else ""
        table.add_row(
            p.as_of, describe(p, unit), (p.source or "-") + since, str(len(p.reports)),
            f"{first.doc_id[:8]} {first.published or ''} [{first.start}:{first.end}]",
            first.sentence if not p.derived else f"(measured from here) {first.sentence}",
        )  # fmt: skip
    for d in s.disagreements:
        table.add_row("", Text("flag", style="red"), d.kind, "", "", d.reason)
    return table


@app.command(rich_help_panel="Across articles")
def conflicts(
    db: DbOption = DEFAULT_DB,
    subject: Annotated[str | None, typer.Option(help="Actor name, alias or id.")] = None,
    measure: Annotated[str | None, typer.Option(help="Measure id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One disagreement per line.")] = False,
    settings: SettingsOption = None,
) -> None:
    """Claims that cannot all be right, and figures moving against their series' trend."""
    chosen = _settings(settings)
    with caught_up(db, chosen) as database:
        found = load_series(database, subject_id(subject), measure_id(measure), None, chosen)
    flags = [d for s in found for d in s.disagreements]
    if as_json:
        print_json_lines(flags)
        return
    table = Table(title=f"{len(flags)} disagreements")
    for column in ("kind", "series", "what"):
        table.add_column(column, overflow="fold")
    table.add_column("sentences", overflow="fold", ratio=3)
    for d in flags:
        key = d.series
        table.add_row(
            d.kind, f"{key.subject or '-'} / {key.measure}" + (f" / {key.scope}" if key.scope
                                                                 else ""),
            d.reason, f"1. {d.first.first_report.sentence}\n2. {d.second.first_report.sentence}",
        )  # fmt: skip
    out.print(table)


@app.command(rich_help_panel="Across articles")
def timeline(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor name, alias or id.")] = None,
    place: Annotated[str | None, typer.Option(help="A stored place name or country code.")] = None,
    within_km: Annotated[float, typer.Option(help="Radius around --place.")] = 50.0,
    since: Annotated[str | None, typer.Option(help="Earliest date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date (YYYY[-MM[-DD]]).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One entry per line.")] = False,
    min_confidence: EventConfidenceOption = None,
    history: Annotated[
        bool, typer.Option(help="Keep events told as history (marked), or news only.")
    ] = True,
    wide: WideOption = False,
) -> None:
    """Events and claims in date order, each merged across articles, with date precision.

    Events told as history (a year or more before their reports) are marked
    ``event (history)``: an undated one sits at its report's date, not its own."""
    with caught_up(db, ReconcileSettings()) as database:
        near = None
        if place and len(place) > 2:
            with exits_on(PlaceNotFound):
                near = database.place_point(place)
        least = (Settings.from_env().min_event_confidence if min_confidence is None
                 else min_confidence)  # fmt: skip
        where = TimelineFilter(subject_id(actor), place, near, within_km, since, until,
                               min_confidence=least, background=history)  # fmt: skip
        entries = database.timeline(where)
        undated = database.count_undated_events()
    if as_json:
        print_json_lines(entries)
        return
    listing = Listing(f"{len(entries)} entries", ["date", "precision", "kind", "what",
                      "place", "reports"], prose=frozenset({"what", "place"}))  # fmt: skip
    for e in entries:
        kind = f"{e.kind} (history)" if e.history else e.kind
        listing.add(e.date, e.precision, kind, e.summary, e.place or "", str(e.reports),
                    long=e.sentence)  # fmt: skip
    show_listing(listing, wide)
    if undated:
        err.print(f"{undated} events have no date (none in their sentence, no publication "
                  "date) and are not on the timeline: `frontlines events` lists them")  # fmt: skip
