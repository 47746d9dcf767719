"""Rows for the extraction tables (quantities, ...), written and read the same way.

Each kind maps its frozen record to a flat row and back, so the store keeps
real columns (queryable in plain SQL) while callers only see the records.
Row ids hash document, offsets and extractor name: re-ingest never duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from frontlines.model import (
    Attribution,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    Extractor,
    PlaceMention,
    Quantity,
    TextSpan,
    TimeExpression,
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
from frontlines.store.sql import Connection, Row, named_rows

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "ATTRIBUTIONS",
    "CLAIMS",
    "EVENTS",
    "Kind",
    "PLACES",
    "QUANTITIES",
    "T",
    "TIMES",
    "read_items",
    "write_items",
]

T = TypeVar("T")
R = TypeVar("R", bound="DataclassInstance")


@dataclass(frozen=True)
class Kind(Generic[T]):
    table: str
    columns: tuple[str, ...]  # besides id, doc_id, sentence_id, extractor, extractor_version
    to_row: Callable[[T], tuple[Any, ...]]
    from_row: Callable[[Row, Extractor, int], T]


def _span_cols(span: TextSpan | None) -> tuple[Any, ...]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _span_from(row: Row, prefix: str) -> TextSpan | None:
    if row[f"{prefix}_start"] is None:
        return None
    return TextSpan(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _record(cls: type[R], row: Row, prefix: str = "", **given: Any) -> R:
    """A record built by field name: the ``given`` fields (nested records, checked
    closed-set values, provenance) as passed, every other field from the row's column
    ``prefix + field``. No positional list to keep in step with the dataclass; a missing
    column fails loudly (IndexError)."""
    rest = {f.name: row[prefix + f.name] for f in fields(cls) if f.name not in given}
    return cls(**rest, **given)


QUANTITIES: Kind[Quantity] = Kind(
    "quantities",
    ("start", "end", "text", "value", "lower", "upper", "unit", "unit_name", "change",
     "concept_start", "concept_end", "concept_text"),
    lambda q: (q.start, q.end, q.text, q.value, q.lower, q.upper, q.unit, q.unit_name,
               q.change, *_span_cols(q.concept)),
    lambda r, ex, idx: _record(
        Quantity, r, change=as_change(r["change"]), concept=_span_from(r, "concept"),
        extractor=ex, sentence_index=idx,
    ),
)  # fmt: skip


TIMES: Kind[TimeExpression] = Kind(
    "times",
    ("start", "end", "text", "type", "value", "precision"),
    lambda t: (t.start, t.end, t.text, t.type, t.value, t.precision),
    lambda r, ex, idx: _record(
        TimeExpression, r, type=as_timex_type(r["type"]),
        precision=as_time_precision(r["precision"]), extractor=ex, sentence_index=idx,
    ),
)  # fmt: skip


ATTRIBUTIONS: Kind[Attribution] = Kind(
    "attributions",
    ("source_start", "source_end", "source_text", "cue_start", "cue_end", "cue_text",
     "content_start", "content_end", "content_text", "kind", "actor_id",
     "antecedent_start", "antecedent_end", "antecedent_text"),
    lambda a: (*_span_cols(a.source), *_span_cols(a.cue), *_span_cols(a.content), a.kind,
               a.actor, *_span_cols(a.antecedent)),
    lambda r, ex, idx: Attribution(
        source=_span_from(r, "source"), cue=_span_from(r, "cue") or TextSpan(0, 0, ""),
        content=_span_from(r, "content") or TextSpan(0, 0, ""),
        kind=as_source_kind(r["kind"]), actor=r["actor_id"],
        antecedent=_span_from(r, "antecedent"), extractor=ex, sentence_index=idx,
    ),
)  # fmt: skip


def _claim_source_from(row: Row) -> ClaimSource | None:
    if row["source_text"] is None:
        return None
    return _record(ClaimSource, row, "source_", kind=as_source_kind(row["source_kind"]))


CLAIMS: Kind[Claim] = Kind(
    "claims",
    ("start", "end", "text", "measure", "subject", "subject_text", "value", "lower", "upper",
     "unit", "change", "as_of", "as_of_relation", "reported", "source_text", "source_kind",
     "source_actor", "source_start", "source_end", "place", "concept", "equivalent_measure",
     "equivalent_value", "equivalent_lower", "equivalent_upper", "confidence"),
    lambda c: (c.start, c.end, c.text, c.measure, c.subject, c.subject_text, c.value, c.lower,
               c.upper, c.unit, c.change, c.as_of, c.as_of_relation, c.reported,
               *((c.source.text, c.source.kind, c.source.actor, c.source.start, c.source.end)
                 if c.source else (None,) * 5),
               c.place, c.concept, c.equivalent_measure, c.equivalent_value,
               c.equivalent_lower, c.equivalent_upper, c.confidence),
    lambda r, ex, idx: _record(
        Claim, r, change=as_change(r["change"]), as_of_relation=as_relation(r["as_of_relation"]),
        source=_claim_source_from(r), extractor=ex, sentence_index=idx,
    ),
)  # fmt: skip


PLACES: Kind[PlaceMention] = Kind(
    "places",
    ("start", "end", "text", "role", "geonames_id", "name", "lat", "lon", "country", "admin1",
     "feature_code", "acled_precision", "ucdp_precision", "confidence", "reason"),
    lambda p: (p.start, p.end, p.text, p.role, p.geonames_id, p.name, p.lat, p.lon, p.country,
               p.admin1, p.feature_code, p.acled_precision, p.ucdp_precision, p.confidence,
               p.reason),
    lambda r, ex, idx: _record(
        PlaceMention, r, role=as_place_role(r["role"]),
        acled_precision=as_acled_precision(r["acled_precision"]),
        ucdp_precision=as_ucdp_precision(r["ucdp_precision"]), extractor=ex,
        sentence_index=idx,
    ),
)  # fmt: skip


def _actor_cols(actor: EventActor | None) -> tuple[Any, ...]:
    return (actor.text, actor.actor, actor.start, actor.end) if actor else (None,) * 4


def _actor_from(row: Row, prefix: str) -> EventActor | None:
    if row[f"{prefix}_text"] is None:
        return None
    return _record(EventActor, row, f"{prefix}_", actor=row[f"{prefix}_id"])


def _event_place_cols(p: PlaceMention | None) -> tuple[Any, ...]:
    if p is None:
        return (None,) * 13
    return (p.start, p.end, p.text, p.geonames_id, p.name, p.lat, p.lon, p.country, p.admin1,
            p.feature_code, p.acled_precision, str(p.extractor), p.reason)  # fmt: skip


def _event_place_from(r: Row, sentence_index: int) -> PlaceMention | None:
    if r["place_text"] is None:
        return None
    name, _, version = (r["place_extractor"] or "@").partition("@")
    return PlaceMention(
        start=r["place_start"], end=r["place_end"], text=r["place_text"], role="location",
        geonames_id=r["geonames_id"], name=r["place_name"], lat=r["lat"], lon=r["lon"],
        country=r["country"], admin1=r["admin1"], feature_code=r["feature_code"],
        acled_precision=as_acled_precision(r["geo_precision"]), ucdp_precision=None,
        extractor=Extractor(name, version), sentence_index=sentence_index,
        reason=r["place_reason"],
    )  # fmt: skip


EVENTS: Kind[Event] = Kind(
    "events",
    ("start", "end", "text", "type", "acled_event", "acled_sub_event", "case_label", "plover",
     "plover_mode", "actor1_text", "actor1_id", "actor1_start", "actor1_end", "actor2_text",
     "actor2_id", "actor2_start", "actor2_end", "place_start", "place_end", "place_text",
     "geonames_id", "place_name", "lat", "lon", "country", "admin1", "feature_code",
     "geo_precision", "place_extractor", "place_reason", "date", "date_precision", "date_source",
     "fatalities", "cues", "confidence", "background", "evidence"),
    lambda e: (e.start, e.end, e.text, e.type, e.acled_event, e.acled_sub_event, e.case_label,
               e.plover, e.plover_mode, *_actor_cols(e.actor1), *_actor_cols(e.actor2),
               *_event_place_cols(e.place), e.date, e.date_precision, e.date_source,
               e.fatalities, "|".join(e.cues), e.confidence, int(e.background),
               _spans_text(e.evidence)),
    lambda r, ex, idx: _record(
        Event, r, actor1=_actor_from(r, "actor1"), actor2=_actor_from(r, "actor2"),
        place=_event_place_from(r, idx), date_precision=as_acled_precision(r["date_precision"]),
        date_source=as_date_source(r["date_source"]),
        cues=tuple(c for c in (r["cues"] or "").split("|") if c), extractor=ex,
        sentence_index=idx, background=bool(r["background"]),
        evidence=_spans_from_text(r["evidence"]),
    ),
)  # fmt: skip


def _spans_text(spans: tuple[TextSpan, ...]) -> str:
    """Evidence spans as "start:end" pairs; their words are the document's, read back
    from the stored text when a reader needs them."""
    return ",".join(f"{s.start}:{s.end}" for s in spans)


def _spans_from_text(text: str) -> tuple[TextSpan, ...]:
    pairs = (p.split(":") for p in text.split(",") if p)
    return tuple(TextSpan(int(a), int(b), "") for a, b in pairs)


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def write_items(
    conn: Connection,
    kind: Kind[T],
    doc_id: str,
    items: Iterable[T],
    key: Callable[[T], tuple[int, int, int, Extractor]],
) -> None:
    """Insert items inside the caller's transaction; ``key`` gives
    (start, end, sentence index, extractor) for ids and provenance."""
    names = ("id", "doc_id", "sentence_id", *kind.columns, "extractor", "extractor_version")
    sql = (
        f"INSERT INTO {kind.table} ({_quoted(names)})"
        f" VALUES ({', '.join('?' * len(names))}) ON CONFLICT DO NOTHING"
    )
    rows = []
    for item in items:
        start, end, sentence, extractor = key(item)
        digest = hashlib.sha256(
            f"{doc_id}|{kind.table}|{start}|{end}|{extractor.name}".encode()
        ).hexdigest()[:20]
        rows.append((digest, doc_id, f"{doc_id}:{sentence}", *kind.to_row(item),
                     extractor.name, extractor.version))  # fmt: skip
    conn.executemany(sql, rows)


def read_items(conn: Connection, kind: Kind[T], doc_id: str) -> tuple[T, ...]:
    rows = named_rows(
        conn,
        f"SELECT *, CAST(substr(sentence_id, length(doc_id) + 2) AS INTEGER) AS sentence_index"
        f" FROM {kind.table} WHERE doc_id = ? ORDER BY {_quoted(kind.columns[:2])}",
        (doc_id,),
    )
    return tuple(
        kind.from_row(r, Extractor(r["extractor"], r["extractor_version"]), r["sentence_index"])
        for r in rows
    )
