"""Typed records passed between stages: ingest -> nlp -> store.

Every stage boundary uses these frozen dataclasses, never loose dicts, so a
stage can be tested on hand-built values and the store knows exactly what it
receives. Split by what they hold (``values``: the closed sets; ``text``: the
article and its spans; ``extracted``: what NLP finds, with its JSON shape;
``processed``: an article's results and an ingest run's report); import them
from here.
"""

from __future__ import annotations

from frontlines.model.extracted import (
    Attribution,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    PlaceMention,
    Quantity,
    TimeExpression,
)
from frontlines.model.processed import IngestReport, InputProblem, ProcessedArticle
from frontlines.model.text import Article, Extractor, Mention, Sentence, TextSpan
from frontlines.model.values import (
    NO_DATE_OF_ITS_OWN,
    AcledPrecision,
    AsOfRelation,
    Change,
    DateSource,
    PlaceRole,
    SourceKind,
    TimePrecision,
    TimexType,
    UcdpPrecision,
    as_acled_precision,
    as_change,
    as_date_source,
    as_place_role,
    as_relation,
    as_source_kind,
    as_time_precision,
    as_timex_type,
    as_ucdp_precision,
)

__all__ = [
    "AcledPrecision",
    "Article",
    "AsOfRelation",
    "Attribution",
    "Change",
    "Claim",
    "ClaimSource",
    "DateSource",
    "NO_DATE_OF_ITS_OWN",
    "Event",
    "EventActor",
    "Extractor",
    "IngestReport",
    "InputProblem",
    "Mention",
    "PlaceMention",
    "PlaceRole",
    "ProcessedArticle",
    "Quantity",
    "Sentence",
    "SourceKind",
    "TextSpan",
    "TimeExpression",
    "TimePrecision",
    "TimexType",
    "UcdpPrecision",
    "as_acled_precision",
    "as_change",
    "as_date_source",
    "as_place_role",
    "as_relation",
    "as_source_kind",
    "as_time_precision",
    "as_timex_type",
    "as_ucdp_precision",
]
