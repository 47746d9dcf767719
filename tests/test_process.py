"""The process step is pure and picklable: it can run in a worker process."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

from frontlines.ingest import process as process_module
from frontlines.ingest.process import PipelineSpec, process, process_with
from frontlines.model import Article, InputProblem, ProcessedArticle
from frontlines.vocab.docid import document_id

TEXTS = (
    "Coalition aircraft struck targets near Raqqa on Monday, the monitor said.",
    "At least 12 civilians were killed in shelling of Aleppo in March 2016, activists said.",
)


def _article(text: str, origin: str) -> Article:
    return Article(id=document_id(text), text=text, origin=origin, format="text",
                   published="2016-03-20")  # fmt: skip


ARTICLES = [_article(text, f"a{n}.txt") for n, text in enumerate(TEXTS)]


def test_processed_article_survives_pickling(nlp) -> None:
    (processed,) = process(nlp, ARTICLES[:1])
    assert isinstance(processed, ProcessedArticle) and processed.places
    assert pickle.loads(pickle.dumps(processed)) == processed
    spec = PipelineSpec()
    assert pickle.loads(pickle.dumps(spec)) == spec


def test_runs_in_a_worker_process(nlp) -> None:
    here = process(nlp, ARTICLES)
    spawn = multiprocessing.get_context("spawn")  # nothing inherited: all goes by pickle
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        there = pool.submit(process_with, PipelineSpec(), ARTICLES).result(timeout=300)
    assert [type(r) for r in there] == [ProcessedArticle, ProcessedArticle]
    assert there == here


def test_one_bad_article_fails_alone(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    real = process_module.process_articles

    def fragile(nlp, articles):
        if any(a.origin == "a1.txt" for a in articles):
            raise RuntimeError("parser fell over")
        return real(nlp, articles)

    monkeypatch.setattr(process_module, "process_articles", fragile)
    good, bad = process(nlp, ARTICLES)
    assert isinstance(good, ProcessedArticle) and good.article == ARTICLES[0]
    assert bad == InputProblem("a1.txt", "could not process: RuntimeError: parser fell over")


def test_ingest_articles_takes_articles_directly(nlp, db_path) -> None:
    from frontlines.api import ingest_articles
    from frontlines.store import open_db

    events: list[tuple[str, str]] = []
    problem = InputProblem("upload:1", "missing or empty 'text' field")
    report = ingest_articles(
        [ARTICLES[0], problem, ARTICLES[0], ARTICLES[1]],
        db_path,
        nlp=nlp,
        on_event=lambda outcome, origin, detail: events.append((outcome, origin)),
    )
    assert report.ingested == (ARTICLES[0].id, ARTICLES[1].id)
    assert report.duplicates == ("a0.txt",) and report.failed == (problem,)
    assert events == [("failed", "upload:1"), ("duplicate", "a0.txt"),
                      ("ingested", "a0.txt"), ("ingested", "a1.txt")]  # fmt: skip
    with open_db(db_path) as db:
        assert {d.id for d in db.documents()} == {a.id for a in ARTICLES}
    again = ingest_articles(ARTICLES, db_path, nlp=nlp)
    assert again.ingested == () and again.duplicates == ("a0.txt", "a1.txt")
