"""`frontlines train attribution`: refit the attribution cue model from a gold split."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontlines.cli.app import app, err, out

train_app = typer.Typer(help="Refit the small learned parts from public training data.")
app.add_typer(train_app, name="train")


@train_app.command("attribution")
def attribution(
    data: Annotated[
        Path, typer.Option("--data", help="PolNeAR-style split (text/ + attributions/*.ann).")
    ],
    out_file: Annotated[
        Path, typer.Option("--out", help="Where to write the weights (JSON).")
    ] = Path("src/frontlines/data/attribution_cues.json"),
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
        err.print(f"[red]error:[/] {exc}")
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
