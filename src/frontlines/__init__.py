"""Frontlines: sourced, dated, mapped records of armed conflict from news text.

The public API is small on purpose::

    import frontlines
    report = frontlines.ingest(["examples/articles"], "frontlines.db")
    with frontlines.open_db("frontlines.db") as db:
        for doc in db.documents():
            print(doc.id, doc.published, doc.title)
"""

from frontlines.api import ingest, ingest_articles
from frontlines.errors import FrontlinesError
from frontlines.ingest.acquire import IngestLimits
from frontlines.model import Article, IngestReport, InputProblem, Mention, Sentence
from frontlines.nlp.pipeline import build_pipeline
from frontlines.reconcile import ReconcileSettings
from frontlines.reconcile.series import Series, load_series
from frontlines.settings import Settings
from frontlines.store import Database, DocumentNotFound, Store, open_db
from frontlines.store.timeline import TimelineFilter
from frontlines.vocab.actors import ActorDictionary

__version__ = "0.1.0"

__all__ = [
    "ActorDictionary",
    "Article",
    "Database",
    "DocumentNotFound",
    "FrontlinesError",
    "IngestLimits",
    "IngestReport",
    "InputProblem",
    "Mention",
    "ReconcileSettings",
    "Sentence",
    "Series",
    "Settings",
    "Store",
    "TimelineFilter",
    "build_pipeline",
    "ingest",
    "ingest_articles",
    "load_series",
    "open_db",
]
