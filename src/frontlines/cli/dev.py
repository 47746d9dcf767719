"""What developers run, not users: `eval`, `gate`, `bench` (`train` is in cli/train.py and
cli/train_plover.py).

The gold sets, floors and corpora are named by explicit paths: nothing here assumes
a source checkout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from frontlines.cli.app import app, err, exits_on, out, said
from frontlines.errors import UsageError

if TYPE_CHECKING:  # the CLI starts without loading the NLP layer
    pass

__all__ = ["bench", "eval_", "gate"]

@app.command("eval", rich_help_panel="Development")
def eval_(
    task: Annotated[
        str,
        typer.Argument(help="quantities | time | geo | events | attribution | news | judged"),
    ],
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Gold file or folder, published format (news: stories)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    gold_spans: Annotated[
        bool, typer.Option("--gold-spans", help="geo: resolve gold spans.")
    ] = False,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help="tune | check | all: the half of the set to score (by a hash of each "
            "item's id; write rules reading tune errors, report check numbers).",
        ),
    ] = "all",
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="news: folder of *.events.jsonl / *.claims.jsonl gold."),
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors",
            help="news: write false positives, misses and field errors; geo: wrong "
            "resolutions (end to end also missed and unlocated gold places and false spans) "
            "(JSON Lines, story id and offsets) to this file.",
        ),
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            help="news: score only events at least this confident (default: the "
            "settings' default, what lists show).",
        ),
    ] = None,
    judged: Annotated[
        Path | None, typer.Option("--judged", help="judged: the verdicts (eval/judged).")
    ] = None,
    bench: Annotated[
        Path | None, typer.Option("--bench", help="judged: the corpora (../shared/bench).")
    ] = None,
    sample: Annotated[
        str | None, typer.Option("--sample", help="judged: the sample (A, B, D to read; C "
                                 "held out: pool-<S>.jsonl).")
    ] = None,
    unjudged: Annotated[
        Path | None,
        typer.Option("--unjudged", help="judged: write items with no verdict yet (JSON Lines)."),
    ] = None,
) -> None:
    """Score our extractors on a public gold set, or (``judged``) on a judged sample of
    uncoded news (eval/judged/README.md)."""
    from frontlines.lab.runner import EvalError, EvalOptions, run_eval

    if task == "judged":
        _eval_judged(judged, bench, sample, unjudged, as_json)
        return
    if data is None:
        raise UsageError(f"eval {task} needs --data")
    with exits_on(EvalError):
        options = EvalOptions(limit, gold_spans, split, gold, errors, min_confidence)
        result = run_eval(task, data, options)
    if as_json:
        print(json.dumps(result))
        return
    out.print(said((task, "bold"), f" on {data}, split {split} "
                    f"(n={result['n']}, sha256 {result['sha256'][:12]})"))  # fmt: skip
    out.print_json(data=result["metrics"])


def _eval_judged(folder: Path | None, bench: Path | None, sample: str | None,
                 unjudged: Path | None, as_json: bool) -> None:  # fmt: skip
    """`eval judged`: judged precision of the current code on one sample's pool."""
    from frontlines.lab.judged_eval import JudgedError, run_judged

    if folder is None or bench is None or sample is None:
        raise UsageError("eval judged needs --judged, --bench and --sample")
    with exits_on(JudgedError):
        result = run_judged(folder, bench, sample, unjudged)
    if as_json:
        print(json.dumps(result))
        return
    table = Table(title=f"judged sample {sample} ({result['stories']} stories)")
    for column in ("items", "kept", "true", "precision", "unjudged"):
        table.add_column(column)
    events = result["events"]
    for level, row in events["at"].items():
        table.add_row(f"events >= {level}", str(row["kept"]), str(row["true"]),
                      f"{row['p']:.3f}", str(row["unjudged"]))  # fmt: skip
    hidden = events["hidden"]
    table.add_row(f"events < {events['shown_floor']} (hidden)", str(hidden["kept"]),
                  str(hidden["true"]), f"{hidden['p']:.3f}", str(hidden["unjudged"]))  # fmt: skip
    claims = result["claims"]
    table.add_row("claims shown", str(claims["shown"]), str(claims["right"]),
                  f"{claims['p']:.3f}", str(claims["unjudged"]))  # fmt: skip
    out.print(table)


@app.command(rich_help_panel="Development")
def gate(
    bench: Annotated[Path, typer.Option(help="Folder with the gold sets (skipped if missing).")],
    baseline: Annotated[Path, typer.Option(help="The floors (eval/baseline.toml in a clone).")],
) -> None:
    """Fail when any evaluation check falls below its committed floor."""
    from frontlines.lab.gate import lowered_without_note, run_gate

    lowered = lowered_without_note(baseline)
    for problem in lowered:
        err.print(said(("error:", "red"), f" {problem}"))
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
        status = Text("ok", style="green") if r.passed else said(("FAIL", "red"), f" {r.reason}")
        table.add_row(r.check.name, r.check.metric, value, f"{r.check.floor:.4f}", status)
    out.print(table)
    if not all(r.passed for r in results):
        raise typer.Exit(1)


@app.command(rich_help_panel="Development")
def bench(
    examples: Annotated[
        Path, typer.Option(help="Articles to build the corpus from (examples/articles in a clone).")
    ],
    n: Annotated[int, typer.Option("--n", help="Synthetic articles to generate.")] = 500,
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
        str | None,
        typer.Option(help="With --pages: time this database (file or URL), not a new one."),
    ] = None,
    store: Annotated[
        str | None,
        typer.Option(help="Instead: write --ingest N synthetic articles into this database "
                     "(file or postgresql://...), then time every page on it."),
    ] = None,
    ingest: Annotated[
        int | None, typer.Option(help="With --store: how many synthetic articles to write.")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(help="Instead: ingest articles/s per worker count on local, pool, ray "
                     "(comma-separated: side by side)."),
    ] = None,
    workers: Annotated[str, typer.Option(help="With --engine: worker counts, e.g. 1,2.")] = "1,2",
    rounds: Annotated[
        int,
        typer.Option(help="Time the NLP components and the bare model this many times in turn; "
                     "cpu_share_of_bare_min compares their fastest rounds (steadier under load)."),
    ] = 1,
) -> None:
    """Throughput per stage, with the bare spaCy model on the same texts as the reference."""
    from frontlines.lab.bench import run_bench

    if store is not None or ingest is not None:
        _bench_store(examples, store, ingest or 10_000, as_json)
        return
    if engine is not None:
        _bench_scale(examples, n, engine, workers, as_json)
        return

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

    if rounds < 1:
        raise UsageError(f"--rounds takes a count of at least 1, not {rounds}")
    result = run_bench(examples, n, rounds)
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
    if result["rounds"] > 1:
        shares = ", ".join(f"{k.removeprefix('frontlines_')} {v}x"
                           for k, v in result["cpu_share_of_bare_min"].items())
        out.print(f"fastest of {result['rounds']} rounds, CPU share of the bare model: {shares}")


def _bench_scale(examples: Path, n: int, engines: str, workers: str, as_json: bool) -> None:
    from frontlines.lab.bench_scale import run_scale_bench

    try:
        counts = [int(w) for w in workers.split(",")]
    except ValueError as exc:
        raise UsageError(f"--workers takes counts like 1,2, not {workers!r}") from exc
    measured = run_scale_bench(examples, n, engines.split(","), counts)
    if as_json:
        print(json.dumps(measured))
        return
    table = Table(title=f"ingest of {n:,} articles end to end, {measured['cpus']} CPUs, load "
                        f"average {measured['load_average_before'][0]} before")  # fmt: skip
    for column in ("engine", "workers", "articles/s", "per worker", "speed-up", "efficiency",
                   "per CPU-s", "busy", "writer CPU s", "start-up s", "peak MB"):  # fmt: skip
        table.add_column(column, justify="left" if column == "engine" else "right")
    for r in measured["runs"]:
        table.add_row(r["engine"], str(r["workers"]), str(r["articles_per_s"]),
                      str(r["articles_per_s_per_worker"]), f"{r['speedup']}x",
                      str(r["efficiency"]), str(r["cpu_articles_per_s_per_worker"]),
                      str(r["worker_utilisation"]), str(r["writer_cpu_seconds"]),
                      str(r["startup_seconds"]),
                      ", ".join(str(mb) for mb in r["peak_rss_mb_per_worker"]))  # fmt: skip
    out.print(table)
    out.print(f"load average after {measured['load_average_after']}; writer peak RSS "
              f"{measured['writer_peak_rss_mb']} MB")  # fmt: skip


def _bench_pages(examples: Path, n: int, db: str | None, as_json: bool) -> None:
    from frontlines.lab.bench_pages import run_pages_bench
    from frontlines.web.server import running_server

    if db is not None and "://" not in db and not Path(db).exists():
        err.print(said(("error:", "red"), f" {db}: no such database"))
        raise typer.Exit(2)
    measured = run_pages_bench(examples, running_server, n, db)
    if as_json:
        print(json.dumps(measured))
    else:
        _print_pages(measured)
    if measured["over_budget"]:
        raise typer.Exit(1)


def _bench_store(examples: Path, store: str | None, n: int, as_json: bool) -> None:
    """``--store URL --ingest N``: a large synthetic ingest, its counts checked, then pages."""
    import tempfile

    from frontlines.lab.bench_store import run_store_bench
    from frontlines.web.server import running_server

    with tempfile.TemporaryDirectory() as tmp:
        measured = run_store_bench(examples, store or Path(tmp) / "bench.db", n, running_server)
    if as_json:
        print(json.dumps(measured))
    else:
        out.print(
            f"{measured['store']} ({measured['backend']}): wrote {measured['written']:,} "
            f"articles in {measured['write_seconds']} s ({measured['articles_per_s']}/s, one "
            f"transaction each), {measured['documents_before']:,} -> "
            f"{measured['documents_after']:,} documents, lost or duplicated: "
            f"{measured['lost_or_duplicated']}; reconciled {measured['reconciled_claims']:,} "
            f"claims and {measured['reconciled_events']:,} events in "
            f"{measured['reconcile_seconds']} s"
        )
        _print_pages(measured)
    if measured["over_budget"] or measured["lost_or_duplicated"]:
        raise typer.Exit(1)


def _print_pages(measured: dict[str, Any]) -> None:
    """The page timings as a table, with the URLs over budget named."""
    counts = measured["counts"]
    table = Table(title=f"{counts['documents']:,} articles, {counts['events']:,} events, "
                        f"{counts['claims']:,} claims: server time per page")  # fmt: skip
    for column in ("page", "url", "server ms", "wall ms", "bytes"):
        table.add_column(column, justify="left" if column in {"page", "url"} else "right")
    for name, t in measured["pages"].items():
        slow = "red" if name in measured["over_budget"] else ""
        table.add_row(name, t["url"], Text(str(t["server_ms"]), style=slow),
                      f"{t['wall_ms']}", f"{t['bytes']:,}")  # fmt: skip
    out.print(table)
    over = measured["over_budget"]
    out.print(f"over {measured['budget_ms']:.0f} ms: {', '.join(over) if over else 'none'}")
