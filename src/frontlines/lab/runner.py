"""Run one evaluation task on one gold file and describe the run fully.

Every result names the data (path and sha256), the half of it scored
(``split``: tune, check or all, see ``frontlines.lab.split``), how many items
were scored and the versions of the extractors that produced the
predictions, so a number can always be traced back to what produced it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from spacy.language import Language

from frontlines.errors import UsageError as EvalError
from frontlines.lab.split import SPLITS, select
from frontlines.nlp.pipeline import EXTRACTORS, build_pipeline, model_extractor
from frontlines.resolve.place import Gazetteer, ToponymResolver

__all__ = [
    "EvalError",
    "EvalOptions",
    "IMPLEMENTED",
    "PipelineTask",
    "TASKS",
    "run_eval",
    "sha256_of",
]

TASKS = ("quantities", "time", "geo", "events", "attribution", "news")
IMPLEMENTED = ("geo", "quantities", "time", "attribution", "events", "news")


@dataclass(frozen=True)
class EvalOptions:
    """How to run a task: ``split`` picks the tune or check half (``all``: every item),
    ``limit`` then keeps the first N items of it."""

    limit: int | None = None
    gold_spans: bool = False
    split: str = "all"
    gold: Path | None = None  # news: the folder of *.events.jsonl / *.claims.jsonl
    #: news: write false positives, misses, field errors here; geo: wrong resolutions
    #: (and, end to end, missed and unlocated gold mentions and false spans)
    errors: Path | None = None
    #: news: events under this are not shown, so not scored; None: the settings' default
    min_confidence: float | None = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def run_eval(task: str, data: Path, options: EvalOptions | None = None) -> dict[str, Any]:
    options = options or EvalOptions()
    if task not in TASKS:
        raise EvalError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    if task not in IMPLEMENTED:
        raise EvalError(f"task {task!r} has no scorer yet (implemented: {', '.join(IMPLEMENTED)})")
    if not data.exists():
        raise EvalError(f"{data}: no such file or directory")
    if options.split not in SPLITS:
        raise EvalError(f"unknown split {options.split!r}; choose one of {', '.join(SPLITS)}")
    if task == "news":
        return _run_news(data, options)
    pipeline_tasks = _pipeline_tasks()
    if task in pipeline_tasks:
        return _run_pipeline_task(pipeline_tasks[task], data, options)
    from frontlines.lab import geo

    try:
        docs = list(geo.load_geo(data))
    except Exception as exc:  # noqa: BLE001 - any parse failure is a data problem
        raise EvalError(f"{data}: cannot read as geo XML: {exc}") from exc
    docs = select(docs, lambda d: d.doc_id, options.split)
    if options.limit:
        docs = docs[: options.limit]
    gazetteer = Gazetteer()
    versions = {
        "frontlines": version("frontlines"),
        "resolver": f"ToponymResolver@{ToponymResolver.version}",
    }
    errors: list[dict[str, Any]] | None = [] if options.errors is not None else None
    if options.gold_spans:
        metrics = geo.evaluate_gold_spans(docs, ToponymResolver(gazetteer), errors)
    else:
        nlp = build_pipeline(gazetteer=gazetteer)
        versions |= _pipeline_versions(nlp)
        metrics = geo.evaluate_end_to_end(docs, nlp, errors)
    if options.errors is not None:
        _write_jsonl(options.errors, errors or [])
    return {
        "task": task,
        "data": str(data),
        "sha256": sha256_of(data),
        "split": options.split,
        "n": len(docs),
        "n_toponyms": sum(len(d.toponyms) for d in docs),
        "evaluated_types": sorted(geo.GWN_LOCATION_TYPES),
        "metrics": metrics,
        "extractors": versions,
    }


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    import json

    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _pipeline_versions(nlp: Language) -> dict[str, str]:
    extractors = (*EXTRACTORS.values(), model_extractor(nlp))
    return {"frontlines": version("frontlines")} | {str(e): e.version for e in extractors}


@dataclass(frozen=True)
class PipelineTask:
    """A task scored by running our whole pipeline over gold items."""

    name: str
    format: str  # for error messages: what the data should be
    load: Callable[[Path], list[Any]]
    evaluate: Callable[[list[Any], Language], dict[str, Any]]
    count_name: str  # "n_quantities", ...
    count: Callable[[Any], int]  # gold items in one loaded unit
    item_id: Callable[[Any], str]  # the unit's id, which decides its tune/check half


def _pipeline_tasks() -> dict[str, PipelineTask]:
    from frontlines.lab import attribution, events, quantities, time

    return {
        "quantities": PipelineTask(
            "quantities", "NewsQuant JSON", quantities.load_newsquant, quantities.evaluate,
            "n_quantities", lambda s: len(s.gold) or int(bool(s.unit)), lambda s: s.text,
        ),
        "time": PipelineTask(
            "time", "TimeML / CAT XML", lambda p: list(time.load_time(p)), time.evaluate,
            "n_timexes", lambda d: len(d.timexes), lambda d: d.file or d.doc_id,
        ),
        "attribution": PipelineTask(
            "attribution", "PolNeAR brat folders", lambda p: list(attribution.load_polnear(p)),
            attribution.evaluate, "n_attributions", lambda d: len(d.attributions),
            lambda d: d.article_id,
        ),
        "events": PipelineTask(
            "events", "CASE 2021 task 2 TSV or PLOVER gold JSON", events.load_events,
            events.evaluate, "n_events", lambda _: 1, lambda e: e.id,
        ),
    }  # fmt: skip


def _run_pipeline_task(task: PipelineTask, data: Path, options: EvalOptions) -> dict[str, Any]:
    try:
        items = task.load(data)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError, AttributeError) as exc:
        raise EvalError(f"{data}: cannot read as {task.format}: {exc!r}") from exc
    if not items:
        raise EvalError(f"{data}: nothing to score (expected {task.format})")
    items = select(items, task.item_id, options.split)
    if options.limit:
        items = items[: options.limit]
    nlp = build_pipeline()
    return {
        "task": task.name,
        "data": str(data),
        "sha256": sha256_of(data),
        "split": options.split,
        "n": len(items),
        task.count_name: sum(task.count(i) for i in items),
        "metrics": task.evaluate(items, nlp),
        "extractors": _pipeline_versions(nlp),
    }


def _run_news(data: Path, options: EvalOptions) -> dict[str, Any]:
    """Whole stories through the whole pipeline, scored against the hand-coded gold."""
    from frontlines.ingest.process import process
    from frontlines.lab.news import score_news
    from frontlines.lab.news_gold import load_gold, load_stories
    from frontlines.lab.news_places import load_place_gold, score_places
    from frontlines.model import ProcessedArticle
    from frontlines.vocab.actors import ActorDictionary

    if options.gold is None or not options.gold.is_dir():
        raise EvalError(f"news needs --gold: a folder of *.events.jsonl / *.claims.jsonl "
                        f"({options.gold} is not one)")  # fmt: skip
    try:
        gold = load_gold(options.gold)
        places = load_place_gold(options.gold)
        stories = load_stories(data)
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read the news gold or stories: {exc}") from exc
    missing = sorted(gold.stories - stories.keys())
    if missing:
        raise EvalError(f"{data}: gold names stories not found there: {', '.join(missing[:5])}")
    if places is not None:
        outside = [
            f"{m.story}@{m.start}"
            for m in places.mentions
            if m.story not in stories or m.end > len(stories[m.story].text)
        ]
        if outside:
            raise EvalError(f"place gold points outside its stories: {', '.join(outside[:5])}")
    annotated = select(sorted(gold.stories), str, options.split)
    if options.limit:
        annotated = annotated[: options.limit]
    scored = [stories[s] for s in annotated]
    nlp = build_pipeline()
    articles = [s.article() for s in scored]
    processed = [r if isinstance(r, ProcessedArticle) else None for r in process(nlp, articles)]
    from frontlines.settings import Settings

    least = options.min_confidence
    if least is None:
        least = Settings().min_event_confidence
    least_claim = Settings().min_claim_confidence  # as claim lists show them by default
    score = score_news(scored, processed, gold, ActorDictionary.load(), least, least_claim)
    metrics = score.as_dict()
    errors = list(score.errors)
    if places is not None:  # the map's places, where the gold folder codes them
        placed = score_places([s.id for s in scored], processed, places)
        metrics["places"] = placed.as_dict() | {
            "stories": sum(1 for s in scored if s.id in places.stories)
        }
        errors += placed.errors
    if options.errors is not None:
        _write_jsonl(options.errors, errors)
    return {
        "task": "news",
        "data": str(data),
        "sha256": sha256_of(data),
        "gold": str(options.gold),
        "gold_sha256": sha256_of(options.gold),
        "split": options.split,
        "n": len(scored),
        "n_gold_events": sum(1 for g in gold.events if g.story in annotated),
        "n_gold_claims": sum(1 for g in gold.claims if g.story in annotated),
        "failed": [s.id for s, p in zip(scored, processed, strict=True) if p is None],
        "metrics": metrics,
        "extractors": _pipeline_versions(nlp),
    }
