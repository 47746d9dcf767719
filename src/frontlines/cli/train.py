"""`frontlines train ...`: refit the small learned parts from public training data.

Developers' commands, not users': each reads a public corpus named by an explicit
path, fits on its tune half where it has one, and writes a model file the pipeline
can load instead of the bundled one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from frontlines.cli.app import app, err, exits_on, out, said

if TYPE_CHECKING:  # the CLI starts without loading the NLP layer
    from frontlines.nlp.logistic import LogisticModel

__all__ = [
    "acled", "attribution", "claims_confidence", "events_confidence", "events_cross", "places",
    "realis_model", "train_app", "units", "vectors_",
]  # fmt: skip

#: ``--data`` of the fits on the hand-coded stories.
NewsFolder = Annotated[
    Path, typer.Option("--data", help="The news folder (voa-dev.jsonl, re3d-dev/).")
]


def _bundled_out(name: str) -> Any:
    """The ``--out`` option of a fit: where its weights go; the bundled file is named."""
    return typer.Option("--out", help="Where to write the weights (JSON); the bundled model "
                        f"is src/frontlines/data/{name} in a source checkout.")  # fmt: skip


#: ``--c`` of the logistic fits; None: chosen by cross-validation on the tune half.
Regularisation = Annotated[
    float | None,
    typer.Option(help="Inverse regularisation (default: cross-validated on tune)."),
]
#: More hand-coded sets whose tune halves join the training data (events and claims).
AlsoSets = Annotated[
    list[str] | None,
    typer.Option(
        "--also",
        help="STORIES=GOLD: another news set whose tune half joins the training data "
        "(repeatable), e.g. ../shared/bench/time/TBAQ-cleaned=eval/tbaq.",
    ),
]

train_app = typer.Typer(help="Refit the small learned parts from public training data.")
app.add_typer(train_app, name="train", rich_help_panel="Development")


@train_app.command("attribution")
def attribution(
    data: Annotated[
        Path, typer.Option("--data", help="PolNeAR-style split (text/ + attributions/*.ann).")
    ],
    out_file: Annotated[Path, _bundled_out("attribution_cues.json")],
    c: Annotated[
        list[float] | None,
        typer.Option(help="Inverse regularisation strength; repeat it to choose by "
                     "cross-validation over articles (default 0.1, 0.3, 1)."),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="Fit on the tune half, the check half or all articles.")
    ] = "tune",
    vectors: Annotated[
        bool, typer.Option("--vectors/--no-vectors", help="Also read the word's vector "
                           "(data/word_vectors.npz).")
    ] = True,
    near: Annotated[
        float, typer.Option(help="Also score verbs and nouns whose vector has at least this "
                            "cosine to a cue lemma's (0: only lemmas seen as cues).")
    ] = 0.0,
    neighbourhood: Annotated[
        bool, typer.Option("--neighbourhood/--plain", help="Also read the speaker, quote-mark "
                           "and lexicon-by-part-of-speech features (--plain: the bundled set).")
    ] = True,
    context: Annotated[
        list[str] | None,
        typer.Option("--context", help="Also read the parser's tensor row (Doc.tensor) of: "
                     "word, head, or word|VERB, word|NOUN, word|AUX, word|other (repeatable)."),
    ] = None,
) -> None:
    """Fit which words are attribution cues; the component reads the JSON written here."""
    from frontlines.lab.attribution import load_polnear
    from frontlines.lab.split import SPLITS, in_split
    from frontlines.lab.train_attribution import train_cue_model
    from frontlines.nlp.attribution.component import default_lexicon
    from frontlines.nlp.pipeline import build_pipeline

    if split not in SPLITS:
        err.print(said(("error:", "red"), f" --split must be one of {', '.join(SPLITS)}"))
        raise typer.Exit(2)
    with exits_on(OSError, ValueError):
        documents = [d for d in load_polnear(data) if in_split(d.article_id, split)]
    nlp = build_pipeline()
    later = [
        n
        for n in nlp.pipe_names
        if n.startswith("frontlines_")
        and n not in {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    ]
    with nlp.select_pipes(disable=later):
        model = train_cue_model(
            nlp, documents, default_lexicon().cue_words, c=c or [0.1, 0.3, 1.0],
            about={"trained_on": str(data), "split": split, "articles": len(documents)},
            vectors=vectors, near=near, neighbourhood=neighbourhood, context=tuple(context or ()),
        )  # fmt: skip
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(
        f"{out_file}: {len(model.weights)} weights, {len(model.lemmas)} lemmas, "
        f"threshold {model.threshold}, c {model.about.get('c')}"
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
    out_file: Annotated[Path, _bundled_out("acled_model.json")],
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
    also: AlsoSets = None,
) -> None:
    """Fit the ACLED sub-event classifier on tune halves; the events component reads it."""
    from frontlines.lab.train_acled import train_acled_model

    more = _also_sets(also)
    with exits_on(OSError, ValueError):
        model = train_acled_model(data, news, gold, synthetic, more=more)
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(f"{out_file}: {len(model.labels)} types, {len(model.weights)} features, "
              f"out-of-fold accuracy {model.about['out_of_fold_accuracy']} "
              f"(lexicon {model.about['lexicon_accuracy']})")


@train_app.command("events")
def events_confidence(
    data: NewsFolder,
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ],
    out_file: Annotated[Path, _bundled_out("event_confidence.json")],
    c: Regularisation = None,
    also: AlsoSets = None,
    four_sets: Annotated[
        bool,
        typer.Option("--four-sets", help="Weigh the features chosen over four news sets "
                     "(lab/train_events.FOUR_SETS) instead of the bundled model's."),
    ] = False,
    every_feature: Annotated[bool, typer.Option(
        "--every-feature", help="Weigh every feature the coder computes (bundled model).")] = False,
    weigh_sets: Annotated[bool, typer.Option(
        "--weigh-sets", help="With --judged: each set's events together weigh alike.")] = False,
    weigh_stories: Annotated[bool, typer.Option(
        "--weigh-stories", help="With --judged: each story's events together weigh alike "
        "(a long report teaches no more than a brief).")] = False,
    weigh_corpora: Annotated[bool, typer.Option(
        "--weigh-corpora", help="With --judged: each corpus's events (coded and judged "
        "together) weigh alike: no corpus's habits become the model's.")] = False,
    embedding: Annotated[bool, typer.Option(
        "--embedding", help="With --every-feature: the sentence embedding's stacked "
        "sub-model too (off: it did not help out of fold).")] = False,
    contextual: Annotated[bool, typer.Option(
        "--contextual", help="With --every-feature: the trigger's tok2vec rows' stacked "
        "sub-model too (off: it did not help held out by corpus).")] = False,
    judged: Annotated[
        Path | None,
        typer.Option("--judged", help="eval/judged: the judged events of samples A, B and D on "
                     "uncoded news join the training data, and c and the threshold are chosen "
                     "out of fold on every set pooled (sample C is never read; needs --bench)."),
    ] = None,
    bench: Annotated[
        Path | None,
        typer.Option("--bench", help="The bench folder the judged stories are read from "
                     "(../shared/bench)."),
    ] = None,
    cv: Annotated[str, typer.Option(
        "--cv", help="story: choose and report on folds of whole stories; corpus (with "
        "--judged): also hold out each corpus in turn and report it beside them.")] = "story",
) -> None:
    """Fit event confidence on the tune half of the hand-coded stories (never the check half)."""
    from frontlines.lab.train_events import FEATURES, FOUR_SETS, train_event_confidence

    more = _also_sets(also)
    chosen = None if every_feature else FOUR_SETS if four_sets else FEATURES
    if (judged is None) != (bench is None):
        raise typer.BadParameter("--judged and --bench go together", param_hint="--judged")
    if weigh_sets + weigh_stories + weigh_corpora > 1:
        raise typer.BadParameter("one of --weigh-sets, --weigh-stories and --weigh-corpora",
                                 param_hint="--weigh-stories")
    if (weigh_sets or weigh_stories or weigh_corpora) and judged is None:  # only the pooled
        raise typer.BadParameter("--weigh-sets, --weigh-stories and --weigh-corpora need "
                                 "--judged", param_hint="--weigh-stories")  # fit weighs events
    read = (judged, bench) if judged is not None and bench is not None else None
    weighting = ("per-set" if weigh_sets else "per-story" if weigh_stories
                 else "per-corpus" if weigh_corpora else "none")
    if cv not in ("story", "corpus"):
        raise typer.BadParameter(f"{cv!r}: story or corpus", param_hint="--cv")
    if cv == "corpus" and judged is None:
        raise typer.BadParameter("--cv corpus needs --judged (events-cross holds out the "
                                 "coded sets alone)", param_hint="--cv")  # fmt: skip
    model = _fit_and_write(lambda: train_event_confidence(
        data, gold, c=c, more=more, features=chosen, judged=read,
        weighting=weighting, embedding=embedding, cv=cv, contextual=contextual),
        out_file, "events")  # fmt: skip
    held = model.about.get("leave_one_corpus_out")
    if isinstance(held, dict):
        from frontlines.lab.corpus_cv import report_lines

        story = model.about.get("out_of_fold")
        for line in report_lines(held, story if isinstance(story, dict) else None):
            out.print(line, highlight=False, soft_wrap=True)


@train_app.command("events-cross")
def events_cross(
    data: NewsFolder,
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ],
    also: AlsoSets = None,
    c: Annotated[float, typer.Option(help="Inverse regularisation of each fit.")] = 1.0,
    threshold: Annotated[
        float | None,
        typer.Option(help="Least confidence shown (default: the bundled model's)."),
    ] = None,
    features: Annotated[
        str,
        typer.Option(help="bundled | four-sets | cross-set: lab/train_events.FEATURES, "
                     "FOUR_SETS or CROSS_SET."),
    ] = "bundled",
) -> None:
    """Hold out each news set in turn: fit event confidence on the other sets' tune halves,
    score the held-out tune half (precision/recall at the threshold, Brier, AUC), beside
    the bundled model as shipped (held out only on the sets it was not fitted on)."""
    from frontlines.lab.cross_set import bundled_on, cross_set, cross_set_summary
    from frontlines.lab.train_events import CROSS_SET, FEATURES, FOUR_SETS, labelled_sets
    from frontlines.nlp.events.confidence import load_confidence_model

    chosen = {"bundled": FEATURES, "four-sets": FOUR_SETS, "cross-set": CROSS_SET}.get(features)
    if chosen is None:
        raise typer.BadParameter(f"{features!r}: bundled, four-sets or cross-set",
                                 param_hint="--features")  # fmt: skip
    more = _also_sets(also)
    if not more:
        raise typer.BadParameter("hold-out needs at least two sets", param_hint="--also")
    model = load_confidence_model()
    shipped = model.about.get("threshold")
    least = threshold if threshold is not None else float(str(shipped or 0.0))
    with exits_on(OSError, ValueError):
        sets = labelled_sets([(data, gold), *more])
    held = cross_set(sets, chosen, c, least)
    bundled = cross_set_summary(bundled_on(sets, model, least))
    print(json.dumps({"c": c, "threshold": least, "features": list(chosen)}
                     | cross_set_summary(held)
                     | {"bundled": bundled | {"fitted_on": model.about.get("gold", "eval/news")}},
                     indent=1))  # fmt: skip


@train_app.command("realis")
def realis_model(
    meantime: Annotated[
        Path,
        typer.Option("--meantime", help="MEANTIME's intra-doc_annotation folder (CAT XML)."),
    ],
    out_file: Annotated[Path, _bundled_out("realis_model.json")],
    news: Annotated[
        Path | None,
        typer.Option("--news", help="The news folder: choose the coder's threshold on its "
                     "tune half (with --gold)."),
    ] = None,
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Folder of *.events.jsonl gold (eval/news).")
    ] = None,
    c: Regularisation = None,
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
    data: NewsFolder,
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of *.claims.jsonl gold (eval/news).")
    ],
    out_file: Annotated[Path, _bundled_out("claim_confidence.json")],
    c: Regularisation = None,
    also: AlsoSets = None,
) -> None:
    """Fit claim confidence on the tune half of the hand-coded stories (never the check half)."""
    from frontlines.lab.train_claims import train_claim_confidence

    more = _also_sets(also)
    _fit_and_write(lambda: train_claim_confidence(data, gold, c=c, more=more), out_file,
                   "claims")  # fmt: skip


def _also_sets(also: list[str] | None) -> list[tuple[Path, Path]]:
    """The (stories, gold) pairs of ``--also STORIES=GOLD`` options."""
    more = []
    for pair in also or []:
        stories, sep, folder = pair.partition("=")
        if not sep or not stories or not folder:
            raise typer.BadParameter(f"{pair!r}: expected STORIES=GOLD", param_hint="--also")
        more.append((Path(stories), Path(folder)))
    return more


@train_app.command("places")
def places(
    data: Annotated[
        list[Path],
        typer.Option("--data", help="Geo gold XML (LGL, TR-News, GeoVirus); repeatable."),
    ],
    out_file: Annotated[Path, _bundled_out("place_ranker.json")],
    l2: Annotated[
        float | None,
        typer.Option(help="L2 pull towards the hand weights (default: cross-validated)."),
    ] = None,
    rounds: Annotated[int, typer.Option(min=1, help="Fit rounds (context re-read).")] = 2,
) -> None:
    """Fit the place-reading ranker on the tune halves; print hand vs fitted on both halves."""
    from frontlines.lab.train_places import train_places

    with exits_on(OSError, ValueError):
        ranker, report = train_places(data, l2=l2, rounds=rounds)
    out_file.write_text(ranker.to_json() + "\n", encoding="utf-8")
    out.print(json.dumps(report, indent=1))
    out.print(f"{out_file}: {len(ranker.weights)} weights from {report['choices']} toponyms")


@train_app.command("units")
def units(
    data: Annotated[
        Path, typer.Option("--data", help="CQE unit sentences ({text, unit} JSON list), "
                           "e.g. ../shared/bench/quantities/CQE-units-train.json.")
    ],
    out_file: Annotated[Path, _bundled_out("unit_senses.json")],
) -> None:
    """Fit which unit an ambiguous symbol means ("F", "pounds", "¥") from its sentence."""
    from frontlines.lab.train_units import train_unit_senses
    from frontlines.nlp.pipeline import build_pipeline

    with exits_on(OSError, ValueError, KeyError):
        model = train_unit_senses(data, build_pipeline())
    out_file.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sentences = model["about"]["sentences"]
    out.print(f"{out_file}: {len(model['counts'])} units from {sentences} sentences")


def _fit_and_write(fit: Callable[[], LogisticModel], out_file: Path, counted: str
                   ) -> LogisticModel:  # fmt: skip
    """Fit a confidence model, write its JSON, say how much it learned from (and return
    it); a problem with the data is one error line (exit 2)."""
    with exits_on(OSError, ValueError):
        model = fit()
    out_file.write_text(model.to_json() + "\n", encoding="utf-8")
    out.print(f"{out_file}: {len(model.weights)} weights from {model.about.get(counted)} {counted}")
    return model
