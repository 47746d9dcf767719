"""Articles in and out: `ingest`, `docs`, `show`, `search`, `export`."""

from __future__ import annotations

import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from frontlines.api import BATCH_SIZE
from frontlines.api import ingest as run_ingest
from frontlines.cli.app import (
    DEFAULT_DB,
    LABEL_STYLES,
    DbOption,
    WideOption,
    app,
    claims_table,
    err,
    exits_on,
    lat_lon,
    out,
    plain,
    said,
)
from frontlines.cli.listing import Listing, show_listing
from frontlines.ingest.acquire import IngestLimits
from frontlines.store import Database, DocumentNotFound, open_db
from frontlines.store.export import write_csv, write_jsonl
from frontlines.store.sql import safe_url
from frontlines.vocab.actors import ActorDictionary, ActorFileError

__all__ = ["Engine", "ExportFormat", "docs", "export", "ingest", "search", "show"]


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    acled_csv = "acled-csv"
    geojson = "geojson"


@app.command(rich_help_panel="Articles")
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (recursive), or '-' for stdin.")
    ],
    db: DbOption = DEFAULT_DB,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Extra actor dictionary file (TOML); repeatable."),
    ] = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the input files.")] = "utf-8",
    max_bytes: Annotated[
        int, typer.Option(help="Largest file (or JSON line) accepted, in bytes.")
    ] = IngestLimits.max_bytes,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Pipelines run at once (default: this machine's cores, with --engine ray "
            "the cluster's CPUs); 1 = in this process. One writer either way.",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles processed, stored and reconciled together.")
    ] = BATCH_SIZE,
    engine: Annotated[
        Engine, typer.Option(help="local: this machine; ray: a Ray cluster (the cluster extra).")
    ] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option(help="With --engine ray: auto (ray start --head here) or ray://host:10001."),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(help="YYYY-MM-DD, not after today: about when the documents without "
                     "a date of their own were written (default: the latest date their "
                     "JSON Lines file or folder gives). Stored documents keep theirs."),
    ] = None,
    publisher_home: Annotated[
        bool,
        typer.Option(help="Read a story's bare place names in its publisher's home area, "
                     "learned from the publisher's stories already stored."),
    ] = True,
) -> None:
    """Ingest articles (plain text wire copy, HTML, JSON Lines) into the database."""
    with exits_on(ActorFileError):
        dictionary = ActorDictionary.load(actors or [])
    counts = {"ingested": 0, "duplicate": 0, "failed": 0}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)  # article count unknown until read

        def on_event(outcome: str, origin: str, detail: str) -> None:
            counts[outcome] += 1
            progress.advance(task)
            progress.update(task, description=f"ingesting ({counts['ingested']} new)")
            if outcome == "failed":
                progress.console.print(said(("failed", "red"), f" {origin}: {detail}"))

        report = run_ingest(
            paths,
            db,
            actors=dictionary,
            limits=IngestLimits(max_bytes=max_bytes, encoding=encoding),
            on_event=on_event,
            workers=workers,
            batch_size=batch_size,
            engine=engine.value,
            address=address,
            reference_date=reference_date,
            publisher_home=publisher_home,
        )
    err.print(said(
        (f"{len(report.ingested)} ingested", "bold"),
        f", {len(report.duplicates)} skipped as duplicate, ",
        (f"{len(report.failed)} failed", "red" if report.failed else "bold"), f" -> {safe_url(db)}",
    ))  # fmt: skip
    for problem in report.failed:
        err.print(said("  ", ("x", "red"), f" {problem.origin}: {problem.reason}"))
    if not report.ok:
        raise typer.Exit(1)


@app.command(rich_help_panel="Articles")
def docs(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    wide: WideOption = False,
) -> None:
    """List stored articles: id, date, source, title."""
    with open_db(db, readonly=True) as database:
        rows = database.documents()
    if as_json:
        for row in rows:
            out.print_json(data=asdict(row), indent=None)
        return
    listing = Listing(f"{len(rows)} documents in {safe_url(db)}", ["id", "published", "source",
                      "dateline", "sents", "mentions"], "title",
                      prose=frozenset({"source", "dateline"}))  # fmt: skip
    for r in rows:
        listing.add(r.id, r.published or "-", r.source or "-", r.dateline or "-",
                    str(r.sentences), str(r.mentions), long=r.title or "(untitled)")  # fmt: skip
    show_listing(listing, wide)


@app.command(rich_help_panel="Articles")
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix (4+ chars).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show an article with its extractions highlighted."""
    with open_db(db, readonly=True) as database, exits_on(DocumentNotFound, code=1):
        doc = database.document(doc_id)
    out.rule(plain(doc.title or "(untitled)"))
    out.print(
        f"id {doc.id}  published {doc.published or '-'}  source {doc.source or '-'}  "
        f"dateline {doc.dateline or '-'}  origin {doc.origin or '-'}"
        + (f"  reference date {doc.reference_date}" if doc.reference_date else ""),
        style="dim",
    )
    body = Text(doc.text)
    for m in doc.mentions:
        body.stylize(LABEL_STYLES.get(m.label, "underline"), m.start, m.end)
    out.print(body)
    table = Table(title="mentions")
    for column in ("chars", "text", "label", "actor", "extractor"):
        table.add_column(column, overflow="fold")
    for m in doc.mentions:
        table.add_row(
            f"{m.start}-{m.end}",
            m.text,
            m.label,
            m.actor_name or "",
            f"{m.extractor}@{m.extractor_version}",
        )
    out.print(table)
    if doc.claims:
        out.print(claims_table(list(doc.claims), "claims"))
    if doc.places:
        table = Table(title="places")
        for column in ("chars", "text", "role", "resolved to", "geonames", "lat, lon", "prec"):
            table.add_column(column, overflow="fold")
        for p in doc.places:
            table.add_row(
                f"{p.start}-{p.end}", p.text, p.role,
                (f"{p.name}, {p.country}" if p.name else "(unknown)")
                + (f" ({p.reason})" if p.reason else ""),
                str(p.geonames_id or ""), lat_lon(p.lat, p.lon), str(p.acled_precision or ""),
            )  # fmt: skip
        out.print(table)


@app.command(rich_help_panel="Articles")
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur in a sentence.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
    raw: Annotated[bool, typer.Option(help="Pass the query to FTS5 unchanged.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Full-text search over sentences, with hits in context."""
    with open_db(db, readonly=True) as database, exits_on(ValueError):
        hits = database.search(query, limit=limit, raw=raw)
    if as_json:
        for hit in hits:
            out.print_json(data=asdict(hit), indent=None)
        return
    for hit in hits:
        line = Text(hit.text)
        for start, end in hit.highlights:
            line.stylize("bold reverse", start, end)
        out.print(
            Text(f"{hit.doc_id} {hit.published or '-'} [{hit.start}:{hit.end}] ", style="dim")
            + line
        )
    err.print(f"{len(hits)} hit(s)")


@app.command(rich_help_panel="Articles")
def export(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv, acled-csv or geojson.")
    ] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="File (default stdout).")] = None,
) -> None:
    """Export: JSONL (one object per document), CSV (one row per mention), ACLED-style CSV
    (one row per merged event) or GeoJSON (merged events and places as points)."""
    with open_db(db, readonly=True) as database:
        if out_file is None:
            said = _export(database, fmt, sys.stdout)
        else:
            with out_file.open("w", encoding="utf-8", newline="") as handle:
                said = _export(database, fmt, handle)
    err.print(f"exported {said}")


def _export(database: Database, fmt: ExportFormat, handle: TextIO) -> str:
    from frontlines.store.export_events import write_acled_csv, write_geojson

    if fmt is ExportFormat.jsonl:
        return f"{write_jsonl(database, handle)} documents"
    if fmt is ExportFormat.csv:
        return f"{write_csv(database, handle)} rows"
    if fmt is ExportFormat.geojson:
        return f"{write_geojson(database, handle)} features"
    from frontlines.resolve.place import Gazetteer

    result = write_acled_csv(database, handle, Gazetteer())
    return f"{result.rows} events ({result.left_out} left out: no place to put them)"
