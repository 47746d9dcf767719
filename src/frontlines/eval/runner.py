"""Run one evaluation task on one gold file and describe the run fully.

Every result names the data (path and sha256), how many items were scored
and the versions of the extractors that produced the predictions, so a
number can always be traced back to what produced it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

import frontlines
from frontlines.nlp.pipeline import EXTRACTORS, build_pipeline, model_extractor
from frontlines.resolve.place import Gazetteer, ToponymResolver

TASKS = ("quantities", "time", "geo", "events", "attribution")
IMPLEMENTED = ("geo", "quantities", "time", "attribution")


class EvalError(ValueError):
    """The task or data cannot be evaluated (unknown task, unreadable file...)."""


@dataclass(frozen=True)
class EvalOptions:
    limit: int | None = None
    gold_spans: bool = False


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
    if task == "quantities":
        return _run_quantities(data, options)
    if task == "time":
        return _run_time(data, options)
    if task == "attribution":
        return _run_attribution(data, options)
    from frontlines.eval import geo

    try:
        docs = list(geo.load_geo(data))
    except Exception as exc:  # noqa: BLE001 - any parse failure is a data problem
        raise EvalError(f"{data}: cannot read as geo XML: {exc}") from exc
    if options.limit:
        docs = docs[: options.limit]
    resolver = ToponymResolver(Gazetteer())
    versions = {"frontlines": frontlines.__version__, "resolver": "ToponymResolver@0.1.0"}
    if options.gold_spans:
        metrics = geo.evaluate_gold_spans(docs, resolver)
    else:
        nlp = build_pipeline()
        versions |= _pipeline_versions(nlp)
        metrics = geo.evaluate_end_to_end(docs, resolver, nlp)
    return {
        "task": task,
        "data": str(data),
        "sha256": sha256_of(data),
        "n": len(docs),
        "n_toponyms": sum(len(d.toponyms) for d in docs),
        "evaluated_types": sorted(geo.GWN_LOCATION_TYPES),
        "metrics": metrics,
        "extractors": versions,
    }


def _pipeline_versions(nlp: Language) -> dict[str, str]:
    extractors = (*EXTRACTORS.values(), model_extractor(nlp))
    return {"frontlines": frontlines.__version__} | {str(e): e.version for e in extractors}


def _run_quantities(data: Path, options: EvalOptions) -> dict[str, Any]:
    from frontlines.eval import quantities

    try:
        sentences = quantities.load_newsquant(data)
    except (OSError, ValueError) as exc:
        raise EvalError(f"{data}: cannot read as NewsQuant JSON: {exc}") from exc
    if options.limit:
        sentences = sentences[: options.limit]
    nlp = build_pipeline()
    return {
        "task": "quantities",
        "data": str(data),
        "sha256": sha256_of(data),
        "n": len(sentences),
        "n_quantities": sum(len(s.gold) for s in sentences),
        "metrics": quantities.evaluate(sentences, nlp),
        "extractors": _pipeline_versions(nlp),
    }


def _run_time(data: Path, options: EvalOptions) -> dict[str, Any]:
    from frontlines.eval import time

    try:
        docs = list(time.load_time(data))
    except (OSError, ValueError, SyntaxError) as exc:
        raise EvalError(f"{data}: cannot read as TimeML / CAT XML: {exc}") from exc
    if not docs:
        raise EvalError(f"{data}: no .tml or CAT .xml documents found")
    if options.limit:
        docs = docs[: options.limit]
    nlp = build_pipeline()
    return {
        "task": "time",
        "data": str(data),
        "sha256": sha256_of(data),
        "n": len(docs),
        "n_timexes": sum(len(d.timexes) for d in docs),
        "metrics": time.evaluate(docs, nlp),
        "extractors": _pipeline_versions(nlp),
    }


def _run_attribution(data: Path, options: EvalOptions) -> dict[str, Any]:
    from frontlines.eval import attribution

    try:
        docs = list(attribution.load_polnear(data))
    except (OSError, ValueError) as exc:
        raise EvalError(f"{data}: cannot read as PolNeAR brat folders: {exc}") from exc
    if options.limit:
        docs = docs[: options.limit]
    nlp = build_pipeline()
    return {
        "task": "attribution",
        "data": str(data),
        "sha256": sha256_of(data),
        "n": len(docs),
        "n_attributions": sum(len(d.attributions) for d in docs),
        "metrics": attribution.evaluate(docs, nlp),
        "extractors": _pipeline_versions(nlp),
    }
