"""The `frontlines` command: a thin shell over the Python API."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from frontlines.api import ingest as run_ingest
from frontlines.cli import (  # noqa: F401 - these register their commands
    across,
    dev,
    gazetteer,
    records,
)
from frontlines.cli.app import (
    DEFAULT_DB,
    LABEL_STYLES,
    DbOption,
    app,
    claims_table,
    err,
    lat_lon,
    out,
)
from frontlines.ingest.acquire import IngestLimits
from frontlines.store import Database, DocumentNotFound, open_db
from frontlines.store.export import write_csv, write_jsonl
from frontlines.vocab.actors import ActorDictionary, ActorFileError


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    acled_csv = "acled-csv"
    geojson = "geojson"


@app.command()
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
) -> None:
    """Ingest articles (plain text wire copy, HTML, JSON Lines) into the database."""
    try:
        dictionary = ActorDictionary.load(actors or [])
    except ActorFileError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
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
                progress.console.print(f"[red]failed[/] {origin}: {detail}")

        report = run_ingest(
            paths,
            db,
            actors=dictionary,
            limits=IngestLimits(max_bytes=max_bytes, encoding=encoding),
            on_event=on_event,
        )
    err.print(
        f"[bold]{len(report.ingested)} ingested[/], {len(report.duplicates)} skipped as duplicate, "
        f"[{'red' if report.failed else 'bold'}]{len(report.failed)} failed[/] -> {db}"
    )
    for problem in report.failed:
        err.print(f"  [red]x[/] {problem.origin}: {problem.reason}")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def docs(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List stored articles: id, date, source, title."""
    with open_db(db) as database:
        rows = database.documents()
    if as_json:
        for row in rows:
            out.print_json(data=asdict(row), indent=None)
        return
    table = Table(title=f"{len(rows)} documents in {db}")
    for column in ("id", "published"):
        table.add_column(column, no_wrap=True)
    for column in ("source", "dateline"):
        table.add_column(column, overflow="fold")
    table.add_column("title", ratio=3)
    for column in ("sents", "mentions"):
        table.add_column(column, justify="right", no_wrap=True)
    for r in rows:
        table.add_row(
            r.id,
            r.published or "-",
            r.source or "-",
            r.dateline or "-",
            r.title or "(untitled)",
            str(r.sentences),
            str(r.mentions),
        )
    out.print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix (4+ chars).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show an article with its extractions highlighted."""
    with open_db(db) as database:
        try:
            doc = database.document(doc_id)
        except DocumentNotFound as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(1) from exc
    out.rule(doc.title or "(untitled)")
    out.print(
        f"id {doc.id}  published {doc.published or '-'}  source {doc.source or '-'}  "
        f"dateline {doc.dateline or '-'}  origin {doc.origin or '-'}",
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
                f"{p.name}, {p.country}" if p.name else "(unknown)",
                str(p.geonames_id or ""), lat_lon(p.lat, p.lon), str(p.acled_precision or ""),
            )  # fmt: skip
        out.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur in a sentence.")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
    raw: Annotated[bool, typer.Option(help="Pass the query to FTS5 unchanged.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Full-text search over sentences, with hits in context."""
    with open_db(db) as database:
        try:
            hits = database.search(query, limit=limit, raw=raw)
        except ValueError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
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


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv, acled-csv or geojson.")
    ] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="File (default stdout).")] = None,
) -> None:
    """Export: JSONL (one object per document), CSV (one row per mention), ACLED-style CSV
    (one row per merged event) or GeoJSON (merged events and places as points)."""
    with open_db(db) as database:
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


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="quantities | time | geo | events | attribution")],
    data: Annotated[Path, typer.Option("--data", help="Gold file or folder, published format.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    gold_spans: Annotated[
        bool, typer.Option("--gold-spans", help="geo: resolve gold spans.")
    ] = False,
) -> None:
    """Score our extractors on a public gold set."""
    from frontlines.lab.runner import EvalError, EvalOptions, run_eval

    try:
        result = run_eval(task, data, EvalOptions(limit, gold_spans))
    except EvalError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(result))
        return
    out.print(f"[bold]{task}[/] on {data} (n={result['n']}, sha256 {result['sha256'][:12]})")
    out.print_json(data=result["metrics"])


@app.command()
def gate(
    bench: Annotated[Path, typer.Option(help="Folder with the gold sets.")] = Path(
        "../shared/bench"
    ),
    baseline: Annotated[Path, typer.Option(help="Committed floors.")] = Path("eval/baseline.toml"),
) -> None:
    """Fail when any evaluation check falls below its committed floor."""
    from frontlines.lab.gate import lowered_without_note, run_gate

    lowered = lowered_without_note(baseline)
    for problem in lowered:
        err.print(f"[red]error:[/] {escape(problem)}")
    if lowered:
        raise typer.Exit(1)
    if not bench.is_dir():
        err.print(f"eval gate skipped: {bench} not found")
        return
    results = run_gate(baseline, bench)
    table = Table(title=f"eval gate ({baseline})")
    for column in ("check", "metric", "value", "floor", "status"):
        table.add_column(column)
    for r in results:
        value = "-" if r.value is None else f"{r.value:.4f}"
        status = "[green]ok[/]" if r.passed else f"[red]FAIL[/] {r.reason}"
        table.add_row(r.check.name, r.check.metric, value, f"{r.check.floor:.4f}", status)
    out.print(table)
    if not all(r.passed for r in results):
        raise typer.Exit(1)


@app.command()
def bench(
    n: Annotated[int, typer.Option("--n", help="Synthetic articles to generate.")] = 500,
    examples: Annotated[Path, typer.Option(help="Articles to build the corpus from.")] = Path(
        "examples/articles"
    ),
    as_json: Annotated[bool, typer.Option("--json")] = False,
    reconcile: Annotated[
        int | None,
        typer.Option(help="Instead: time reconciling one new article in a database of N."),
    ] = None,
    pages: Annotated[
        int | None,
        typer.Option(help="Instead: server time of every page on a database of N articles."),
    ] = None,
    db: Annotated[
        Path | None, typer.Option(help="With --pages: time this database instead of building one.")
    ] = None,
) -> None:
    """Throughput per stage, with the bare spaCy model on the same texts as the reference."""
    from frontlines.lab.bench import run_bench

    if pages is not None or db is not None:
        _bench_pages(examples, pages or 10_000, db, as_json)
        return

    if reconcile is not None:
        from frontlines.lab.bench_reconcile import run_reconcile_bench

        measured = run_reconcile_bench(examples, reconcile)
        if as_json:
            print(json.dumps(measured))
            return
        out.print(
            f"{measured['documents']:,} documents ({measured['claims']:,} claims, "
            f"{measured['events']:,} events): reconciling one new article takes "
            f"{measured['one_article_ms_median']} ms median, {measured['one_article_ms_max']} ms "
            f"max over {measured['trials']} articles; reconciling all of it from scratch "
            f"{measured['full_reconcile_seconds']} s"
        )
        return

    result = run_bench(examples, n)
    if as_json:
        print(json.dumps(result))
        return
    table = Table(title=f"{result['n_articles']} articles, {result['tokens']:,} tokens")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    for stage, seconds in result["stage_seconds"].items():
        table.add_row(stage, f"{seconds:.3f}")
    table.add_row("bare spaCy (reference)", f"{result['bare_spacy_seconds']:.3f}")
    out.print(table)
    out.print(
        f"{result['articles_per_s']} articles/s, {result['tokens_per_s']:,} tokens/s end to end; "
        f"bare spaCy {result['bare_spacy_articles_per_s']} articles/s; our NLP pipeline takes "
        f"{result['pipeline_vs_bare_ratio']}x the bare model's time (our components "
        f"{result['our_components_share_of_bare']}x); peak RSS {result['peak_rss_mb']} MB"
    )


def _bench_pages(examples: Path, n: int, db: Path | None, as_json: bool) -> None:
    from frontlines.lab.bench_pages import run_pages_bench
    from frontlines.web.server import running_server

    if db is not None and not db.exists():
        err.print(f"[red]error:[/] {db}: no such database")
        raise typer.Exit(2)
    measured = run_pages_bench(examples, running_server, n, db)
    if as_json:
        print(json.dumps(measured))
    else:
        counts = measured["counts"]
        table = Table(title=f"{counts['documents']:,} articles, {counts['events']:,} events, "
                            f"{counts['claims']:,} claims: server time per page")  # fmt: skip
        for column in ("page", "url", "server ms", "wall ms", "bytes"):
            table.add_column(column, justify="left" if column in {"page", "url"} else "right")
        for name, t in measured["pages"].items():
            mark = "[red]" if name in measured["over_budget"] else ""
            table.add_row(name, t["url"], f"{mark}{t['server_ms']}", f"{t['wall_ms']}",
                          f"{t['bytes']:,}")  # fmt: skip
        out.print(table)
        over = measured["over_budget"]
        out.print(f"over {measured['budget_ms']:.0f} ms: {', '.join(over) if over else 'none'}")
    if measured["over_budget"]:
        raise typer.Exit(1)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind; localhost by default.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    ingest_token: Annotated[
        str | None,
        typer.Option(envvar="FRONTLINES_INGEST_TOKEN", help="Enables POST /api/ingest."),
    ] = None,
) -> None:
    """The HTTP API (/api/, docs at /docs) and the pages: map, timeline, series, articles."""
    import uvicorn

    from frontlines.web.app import ServeSettings, create_app

    app_ = create_app(ServeSettings(db, ingest_token))
    err.print(f"Frontlines on http://{host}:{port}/ (database {db}); Ctrl-C stops")
    uvicorn.run(app_, host=host, port=port, log_level="warning")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
