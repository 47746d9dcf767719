"""Process: Articles in, ProcessedArticles (or one InputProblem per failure) out.

A pure step between acquiring articles and storing them: no database, no
callbacks, no state kept between calls. Inputs and outputs are frozen,
picklable dataclasses, so the step can run in this process (``process``, with
a loaded pipeline) or in a worker process or on another machine
(``process_with``, with a picklable ``PipelineSpec`` that each worker turns
into a pipeline once).

One article that makes the pipeline raise fails alone: the batch is retried
article by article and only the culprit becomes an ``InputProblem``.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from frontlines.errors import DataFileError, StoreError
from frontlines.model import Article, InputProblem, ProcessedArticle
from frontlines.nlp.pipeline import DEFAULT_MODEL, build_pipeline, process_articles
from frontlines.vocab.actors import ActorDictionary

__all__ = ["PipelineSpec", "Processed", "pipeline_for", "process", "process_with", "settled"]

#: What processing one article gives: its extractions, or why there are none.
Processed = ProcessedArticle | InputProblem


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the same pipeline as ``build_pipeline``."""

    model: str = DEFAULT_MODEL
    actors: ActorDictionary | None = None

    def build(self) -> Language:
        """Build the pipeline (seconds): the one place a worker turns a spec into one."""
        return settled(build_pipeline(self.model, actors_dict=self.actors))


#: A sentence that reaches every component, so each loads what it loads on first use.
WARM_UP = "Warm-up: IS fighters left Tal Afar on Monday, killing 3 soldiers, officials said."


def settled(nlp: Language) -> Language:
    """``nlp`` warmed up, and what the process holds now kept out of garbage collection.

    Components load some tables on their first document (the gazetteer's names, the
    sentence encoder, the models' weights). A process that ingests keeps them for its
    whole life, yet every full round of Python's cyclic garbage collector would walk all
    of them again, and the rounds come more often the more a component allocates: the
    bench saw that cost land on whichever component ran when a round came (``frontlines
    bench`` claims stack 0.16x -> 0.14x of bare spaCy with this). So: one warm-up
    sentence, each component's ``warm()``, one collection, then ``gc.freeze()``, which
    leaves every object alive now out of later rounds (they are never freed; they were to
    live as long as the process anyway). Done where a pipeline is built to ingest with
    (``PipelineSpec.build``: ``frontlines ingest``, ``frontlines.ingest()`` without an
    ``nlp=``, the pool and Ray workers; and the bench), never inside ``build_pipeline``:
    a caller who builds and passes their own pipeline keeps their process as it was."""
    nlp(WARM_UP)
    for _, component in nlp.pipeline:
        if callable(warm := getattr(component, "warm", None)):
            warm()
    gc.collect()
    gc.freeze()
    return nlp


def process(nlp: Language, articles: Sequence[Article]) -> list[Processed]:
    """Run ``nlp`` over ``articles``; one result per article, in the same order."""
    try:
        return list(process_articles(nlp, articles))
    except (DataFileError, StoreError):  # the setup's fault, not an article's: stop the run
        raise
    except Exception:  # noqa: BLE001 - isolate below, then report per article
        pass
    return [_process_one(nlp, article) for article in articles]


def _process_one(nlp: Language, article: Article) -> Processed:
    try:
        (processed,) = process_articles(nlp, [article])
    except (DataFileError, StoreError):
        raise
    except Exception as exc:  # noqa: BLE001 - the reason goes into the report
        return InputProblem(article.origin, f"could not process: {type(exc).__name__}: {exc}")
    return processed


def process_with(spec: PipelineSpec, articles: Sequence[Article]) -> list[Processed]:
    """``process`` with the pipeline ``spec`` describes: the entry point for workers."""
    return process(pipeline_for(spec), articles)


@lru_cache(maxsize=1)
def pipeline_for(spec: PipelineSpec) -> Language:
    """The pipeline for ``spec``, built once per process (loading takes seconds)."""
    return spec.build()
