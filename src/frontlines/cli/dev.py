"""What developers run, not users: `eval`, `gate`, `bench`, `train attribution`.

The gold sets, floors and corpora are named by explicit paths: nothing here assumes
a source checkout.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from frontlines.cli.app import app, err, out, said
from frontlines.errors import UsageError

if TYPE_CHECKING:  # the CLI starts without loading the NLP layer
    from frontlines.nlp.logistic import LogisticModel

__all__ = [
    "acled", "attribution", "bench", "eval_", "events_confidence", "gate", "plover", "vectors_",
]  # fmt: skip

train_app = typer.Typer(help="Refit the small learned parts from public training data.")
app.add_typer(train_app, name="train", rich_help_panel="Development")


@train_app.command("attribution")
def attribution(
    data: Annotated[
        Path, typer.Option("--data", help="PolNeAR-style split (text/ + attributions/*.ann).")
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Where to write the weights (JSON); the bundled model is "
            "src/frontlines/data/attribution_cues.json in a source checkout.",
        ),
    ],
    c: Annotated[float, typer.Option(help="Inverse regularisation strength.")] = 0.3,
) -> None:
    """Fit which words are attribution cues; the component reads the JSON written here."""
    from frontlines.lab.attribution import load_polnear
    from frontlines.lab.train_attribution import train_cue_model
    from frontlines.nlp.attribution.component import default_lexicon
    from frontlines.nlp.pipeline import build_pipeline

    try:
        documents = list(load_polnear(data))
    except (OSError, ValueError) as exc:
        err.print(said(("error:", "red"), f" {exc}"))
        raise typer.Exit(2) from exc
    nlp = build_pipeline()
    later = [
        n
        for n in nlp.pipe_names
        if n.startswith("frontlines_")
        and n not in {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    ]
    with nlp.select_pipes(disable=later):
        model = train_cue_model(
            nlp, documents, default_lexicon().cue_verbs, c=c,
            about={"trained_on": str(data), "articles": len(documents)},
        )  # fmt: skip
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(
        f"{out_file}: {len(model.weights)} weights, {len(model.lemmas)} lemmas, "
        f"threshold {model.threshold}"
    )


@train_app.command("plover")
def plover(
    data: Annotated[
        Path, typer.Option("--data", help="Synthetic PLOVER stories: CSV, or a zip holding one.")
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Where to write the weights (JSON); the bundled model is "
            "src/frontlines/data/plover_model.json in a source checkout.",
        ),
    ],
    records: Annotated[
        Path | None,
        typer.Option("--records", help="PLOVER gold records (JSON): their tune half is "
                     "added to the training data."),
    ] = None,
    record_weight: Annotated[
        float, typer.Option(help="Weight of each gold record against one story.")
    ] = 100.0,
    c: Annotated[
        list[float] | None,
        typer.Option(help="Inverse regularisation strength; repeat it to choose by "
                     "cross-validation (default 0.3, 1, 3)."),
    ] = None,
    vectors: Annotated[
        bool, typer.Option("--vectors/--no-vectors", help="Also read the frame's word vectors "
                           "(data/word_vectors.npz).")
    ] = True,
) -> None:
    """Fit the PLOVER event-type model; the events component reads the JSON written here."""
    from frontlines.lab.train_plover import fit_plover_model, read_stories, tune_records
    from frontlines.nlp.pipeline import build_pipeline
    from frontlines.vocab.word_vectors import default_word_vectors

    try:
        stories = read_stories(data)
        gold = tune_records(records) if records is not None else []
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    nlp = build_pipeline()
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        model = fit_plover_model(
            nlp, stories, cs=tuple(c or (0.3, 1.0, 3.0)), records=gold,
            record_weight=record_weight, vectors=default_word_vectors() if vectors else None,
            about={"trained_on": data.name, "records": records.name if records else None},
        )  # fmt: skip
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(
        f"{out_file}: {len(model.labels)} types, {len(model.weights)} features, threshold "
        f"{model.threshold}, C {model.about['c']}, cross-validated accuracy "
        f"{model.about['cross_validated_accuracy']}"
    )


@train_app.command("vectors")
def vectors_(
    source: Annotated[
        Path, typer.Option("--from", help="A spaCy vocab/ folder with vectors (en_core_web_md).")
    ],
    out_file: Annotated[
        Path, typer.Option("--out", help="Where to write them (.npz); the bundled file is "
                           "src/frontlines/data/word_vectors.npz in a source checkout.")
    ],
    dims: Annotated[int, typer.Option(help="Principal components kept.")] = 64,
) -> None:
    """Reduce a spaCy model's static vectors to our lemmas (data/word_vectors.npz)."""
    from frontlines.lab.word_vectors import build_word_vectors, lemma_words, read_spacy_vectors
    from frontlines.nlp.pipeline import DEFAULT_MODEL

    try:
        rows, table = read_spacy_vectors(source)
        meta = source.parent / "meta.json"
        name = source.name
        if meta.is_file():
            info = json.loads(meta.read_text("utf-8"))
            name = f"{info.get('lang')}_{info.get('name')} {info.get('version')} vectors"
        built = build_word_vectors(rows, table, lemma_words(DEFAULT_MODEL), dims,
                                   about=f"{name}: {table.shape[1]} dims -> {dims}")
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    out_file.write_bytes(built.to_bytes())
    out.print(f"{out_file}: {len(built.rows)} words, {built.dims} dimensions")


@train_app.command("acled")
def acled(
    data: Annotated[
        Path, typer.Option("--data", help="CASE 2021 task 2 dev TSV (tune half read).")
    ],
    out_file: Annotated[
        Path,
        typer.Option("--out", help="Where to write the weights (JSON); the bundled model is "
                     "src/frontlines/data/acled_model.json in a source checkout."),
    ],
    news: Annotated[
        Path | None, typer.Option("--news", help="The news folder (with --gold): tune half read.")
    ] = None,
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ] = None,
    synthetic: Annotated[
        Path | None, typer.Option("--synthetic", help="NGEC synthetic PLOVER stories (zip or "
                                  "CSV): leads whose type maps to an ACLED sub-event.")
    ] = None,
) -> None:
    """Fit the ACLED sub-event classifier on tune halves; the events component reads it."""
    from frontlines.lab.train_acled import train_acled_model

    try:
        model = train_acled_model(data, news, gold, synthetic)
    except (OSError, ValueError) as exc:
        err.print(said(("error:", "red"), f" {exc}"))
        raise typer.Exit(2) from exc
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(f"{out_file}: {len(model.labels)} types, {len(model.weights)} features, "
              f"out-of-fold accuracy {model.about['out_of_fold_accuracy']} "
              f"(lexicon {model.about['lexicon_accuracy']})")


@app.command("eval", rich_help_panel="Development")
def eval_(
    task: Annotated[
        str, typer.Argument(help="quantities | time | geo | events | attribution | news")
    ],
    data: Annotated[
        Path, typer.Option("--data", help="Gold file or folder, published format (news: stories).")
    ],
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
            help="news: write false positives, misses and field errors "
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
) -> None:
    """Score our extractors on a public gold set."""
    from frontlines.lab.runner import EvalError, EvalOptions, run_eval

    try:
        options = EvalOptions(limit, gold_spans, split, gold, errors, min_confidence)
        result = run_eval(task, data, options)
    except EvalError as exc:
        err.print(said(("error:", "red"), f" {exc}"))
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(result))
        return
    out.print(said((task, "bold"), f" on {data}, split {split} "
                    f"(n={result['n']}, sha256 {result['sha256'][:12]})"))  # fmt: skip
    out.print_json(data=result["metrics"])


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


@train_app.command("events")
def events_confidence(
    data: Annotated[
        Path, typer.Option("--data", help="The news folder (voa-dev.jsonl, re3d-dev/).")
    ],
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Where to write the weights (JSON); the bundled model is "
            "src/frontlines/data/event_confidence.json in a source checkout.",
        ),
    ],
    c: Annotated[
        float | None,
        typer.Option(help="Inverse regularisation (default: cross-validated on tune)."),
    ] = None,
) -> None:
    """Fit event confidence on the tune half of the hand-coded stories (never the check half)."""
    from frontlines.lab.train_events import train_event_confidence

    _fit_and_write(lambda: train_event_confidence(data, gold, c=c), out_file, "events")


@train_app.command("realis")
def realis_model(
    meantime: Annotated[
        Path,
        typer.Option("--meantime", help="MEANTIME's intra-doc_annotation folder (CAT XML)."),
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Where to write the weights (JSON); the bundled model is "
            "src/frontlines/data/realis_model.json in a source checkout.",
        ),
    ],
    news: Annotated[
        Path | None,
        typer.Option("--news", help="The news folder: choose the coder's threshold on its "
                     "tune half (with --gold)."),
    ] = None,
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ] = None,
    c: Annotated[
        float | None,
        typer.Option(help="Inverse regularisation (default: cross-validated on tune)."),
    ] = None,
) -> None:
    """Fit P(realis) of event triggers on MEANTIME's tune half; report its check half."""
    from frontlines.lab.train_realis import train_realis

    if (news is None) != (gold is None):
        err.print(said(("error:", "red"), " --news and --gold go together"))
        raise typer.Exit(2)
    pair = (news, gold) if news is not None and gold is not None else None
    _fit_and_write(lambda: train_realis(meantime, c=c, news=pair), out_file, "mentions")


@train_app.command("claims")
def claims_confidence(
    data: Annotated[
        Path, typer.Option("--data", help="The news folder (voa-dev.jsonl, re3d-dev/).")
    ],
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of *.claims.jsonl gold (eval/news).")
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out",
            help="Where to write the weights (JSON); the bundled model is "
            "src/frontlines/data/claim_confidence.json in a source checkout.",
        ),
    ],
    c: Annotated[
        float | None,
        typer.Option(help="Inverse regularisation (default: cross-validated on tune)."),
    ] = None,
) -> None:
    """Fit claim confidence on the tune half of the hand-coded stories (never the check half)."""
    from frontlines.lab.train_claims import train_claim_confidence

    _fit_and_write(lambda: train_claim_confidence(data, gold, c=c), out_file, "claims")


def _fit_and_write(fit: Callable[[], LogisticModel], out_file: Path, counted: str) -> None:
    """Fit a confidence model, write its JSON, say how much it learned from; a problem with
    the data is one error line (exit 2)."""
    try:
        model = fit()
    except (OSError, ValueError) as exc:
        err.print(said(("error:", "red"), f" {exc}"))
        raise typer.Exit(2) from exc
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(f"{out_file}: {len(model.weights)} weights from {model.about.get(counted)} {counted}")
