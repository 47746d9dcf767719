"""Read queries, shared by the CLI, the Python API and HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from frontlines.errors import PlaceNotFound
from frontlines.model import Extractor
from frontlines.store import extractions
from frontlines.store.records import (
    ClaimHit,
    DocumentNotFound,
    DocumentSummary,
    EventFilter,
    EventHit,
    PlaceSummary,
    StoredDocument,
    StoredMention,
    StoredSentence,
)
from frontlines.store.sql import Connection, limit_sql, named_rows
from frontlines.vocab.geometry import haversine_km

__all__ = [
    "DOCUMENT_SUMMARY",
    "PlaceNotFound",
    "count_claims",
    "count_events",
    "get_document",
    "in_date_range",
    "inside_box",
    "iter_documents",
    "list_claims",
    "list_doc_events",
    "list_documents",
    "list_events",
    "list_places",
    "place_point",
    "resolve_id",
    "type_actor_clauses",
]

#: The columns of a ``DocumentSummary``, in its field order, of documents ``d``: the plain
#: list and the paged listing (``store/listing.py``) select the same row.
DOCUMENT_SUMMARY = (
    "SELECT d.id, d.title, d.published, d.source, d.dateline,"
    " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),"
    " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)"
)


def list_documents(conn: Connection, limit: int | None = None) -> list[DocumentSummary]:
    params: list[Any] = []
    rows = conn.execute(
        DOCUMENT_SUMMARY
        + " FROM documents d ORDER BY d.published IS NULL, d.published, d.id"
        + limit_sql(limit, 0, params),
        params,
    ).fetchall()
    return [DocumentSummary(*row) for row in rows]


def resolve_id(conn: Connection, doc_id: str) -> str:
    """Accept a full id or a unique prefix of at least 4 characters."""
    if len(doc_id) < 4 or not re.fullmatch(r"[0-9a-f]+", doc_id):
        raise DocumentNotFound(f"no document {doc_id!r} (ids are hex; give at least 4 characters)")
    rows = conn.execute(
        "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (doc_id, doc_id + "g")
    ).fetchall()
    if not rows:
        raise DocumentNotFound(f"no document {doc_id!r}")
    if len(rows) > 1:
        raise DocumentNotFound(f"{doc_id!r} matches several documents; give more characters")
    return str(rows[0][0])


def get_document(conn: Connection, doc_id: str) -> StoredDocument:
    full_id = resolve_id(conn, doc_id)
    row = conn.execute(
        "SELECT id, title, published, source, dateline, url, summary, text, origin, format,"
        " reference_date FROM documents WHERE id = ?",
        (full_id,),
    ).fetchone()
    sentences = tuple(
        StoredSentence(*r)
        for r in conn.execute(
            'SELECT id, idx, start, "end", text FROM sentences WHERE doc_id = ? ORDER BY idx',
            (full_id,),
        )
    )
    mentions = tuple(
        StoredMention(*r)
        for r in conn.execute(
            'SELECT m.start, m."end", m.text, m.label, m.sentence_id, m.actor_id, a.name,'
            " m.extractor, m.extractor_version FROM mentions m"
            " LEFT JOIN actors a ON a.id = m.actor_id WHERE m.doc_id = ?"
            ' ORDER BY m.start, m."end"',
            (full_id,),
        )
    )
    doc_id_, title, published, source, dateline, url, summary, text, origin, fmt, ref = row
    return StoredDocument(
        doc_id_,
        title,
        published,
        source,
        dateline,
        url,
        summary,
        text,
        origin,
        fmt,
        sentences,
        mentions,
        quantities=extractions.read_items(conn, extractions.QUANTITIES, full_id),
        times=extractions.read_items(conn, extractions.TIMES, full_id),
        attributions=extractions.read_items(conn, extractions.ATTRIBUTIONS, full_id),
        claims=extractions.read_items(conn, extractions.CLAIMS, full_id),
        places=extractions.read_items(conn, extractions.PLACES, full_id),
        events=extractions.read_items(conn, extractions.EVENTS, full_id),
        reference_date=ref,
    )


def iter_documents(conn: Connection) -> Iterator[StoredDocument]:
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY published, id")]
    for doc_id in ids:
        yield get_document(conn, doc_id)


def list_claims(
    conn: Connection,
    subject: str | None = None,
    measure: str | None = None,
    since: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    min_confidence: float = 0.0,
) -> list[ClaimHit]:
    """Claims across documents, oldest first; ``measure`` also matches the
    equivalent measure, so "territory_held_share" finds "lost 65 %" too.
    ``limit``/``offset`` page in SQL; ``min_confidence`` keeps the likelier claims."""
    where, params = _claim_where(subject, measure, since, min_confidence)
    rows = named_rows(
        conn,
        "SELECT c.*, d.published, d.title, s.text AS sentence_text,"
        " CAST(substr(c.sentence_id, length(c.doc_id) + 2) AS INTEGER) AS sentence_index"
        " FROM claims c JOIN documents d ON d.id = c.doc_id"
        " JOIN sentences s ON s.id = c.sentence_id"
        + _where(where)
        + " ORDER BY COALESCE(c.as_of, d.published), c.doc_id, c.start"
        + limit_sql(limit, offset, params),
        params,
    )
    kind = extractions.CLAIMS
    return [
        ClaimHit(
            r["doc_id"], r["published"], r["title"], r["sentence_text"],
            kind.from_row(r, Extractor(r["extractor"], r["extractor_version"]),
                          r["sentence_index"]),
        )
        for r in rows
    ]  # fmt: skip


def count_claims(
    conn: Connection,
    subject: str | None = None,
    measure: str | None = None,
    since: str | None = None,
    min_confidence: float = 0.0,
) -> int:
    """How many claims ``list_claims`` would return without a limit."""
    where, params = _claim_where(subject, measure, since, min_confidence)
    return int(conn.execute(
        "SELECT count(*) FROM claims c JOIN documents d ON d.id = c.doc_id" + _where(where), params
    ).fetchone()[0])  # fmt: skip


def _claim_where(
    subject: str | None, measure: str | None, since: str | None, min_confidence: float = 0.0
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if min_confidence > 0:
        where.append("c.confidence >= ?")
        params.append(min_confidence)
    if subject:
        where.append("(c.subject = ? OR c.source_actor = ?)")
        params += [subject, subject]
    if measure:
        where.append("(c.measure = ? OR c.equivalent_measure = ?)")
        params += [measure, measure]
    if since:
        where.append("COALESCE(c.as_of, d.published) >= ?")
        params.append(since)
    return where, params


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def list_places(
    conn: Connection,
    role: str | None = "location",
    country: str | None = None,
    name: str | None = None,
) -> list[PlaceSummary]:
    """Resolved places across documents, most mentioned first (``role=None``: every role).

    Streets are never resolved; they are listed by the name as written."""
    where: list[str] = ["(p.name IS NOT NULL OR p.role = 'street')"]
    params: list[Any] = []
    if role:
        where.append("p.role = ?")
        params.append(role)
    if country:
        where.append("p.country = ?")
        params.append(country.upper())
    if name:
        where.append("(lower(p.name) = lower(?) OR lower(p.text) = lower(?))")
        params += [name, name]
    rows = conn.execute(
        "SELECT p.geonames_id, coalesce(p.name, p.text), p.lat, p.lon, min(p.country),"
        " min(p.admin1), min(p.feature_code),"
        " min(p.acled_precision), count(*), count(DISTINCT p.doc_id), min(d.published),"
        " max(d.published), group_concat(DISTINCT p.text)"
        " FROM places p JOIN documents d ON d.id = p.doc_id WHERE "
        + " AND ".join(where)
        + " GROUP BY p.geonames_id, coalesce(p.name, p.text), p.lat, p.lon"
        " ORDER BY count(*) DESC, coalesce(p.name, p.text)",
        params,
    ).fetchall()
    return [
        PlaceSummary(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
            tuple(sorted((r[12] or "").split(","))),
        )
        for r in rows
    ]  # fmt: skip


def place_point(conn: Connection, name: str) -> tuple[float, float]:
    """Coordinates of a stored place by resolved name or as written (most mentioned wins)."""
    row = conn.execute(
        "SELECT min(lat), min(lon) FROM places WHERE lat IS NOT NULL"
        " AND (lower(name) = lower(?) OR lower(text) = lower(?))"
        " GROUP BY geonames_id, name ORDER BY count(*) DESC, name LIMIT 1",
        (name, name),
    ).fetchone()
    if row is None:
        raise PlaceNotFound(f"no stored place called {name!r}")
    return float(row[0]), float(row[1])


def list_doc_events(conn: Connection, doc_id: str) -> list[EventHit]:
    """The events of one document."""
    return list_events(conn, EventFilter(), doc_id)


def list_events(
    conn: Connection, where: EventFilter, doc_id: str | None = None
) -> list[EventHit]:
    """Stored events in date order. Filters are bound parameters, never spliced SQL;
    without ``near`` the page (``limit``/``offset``) is cut in SQL too."""
    clauses, params, centre = _event_where(conn, where, doc_id)
    paged = centre is None
    rows = named_rows(
        conn,
        "SELECT e.*, d.published, d.title,"
        " CAST(substr(e.sentence_id, length(e.doc_id) + 2) AS INTEGER) AS sentence_index"
        " FROM events e JOIN documents d ON d.id = e.doc_id"
        + _where(clauses)
        + " ORDER BY e.date IS NULL, e.date, e.doc_id, e.start"
        + limit_sql(where.limit if paged else None, where.offset if paged else 0, params),
        params,
    )
    hits: list[EventHit] = []
    skip = 0 if paged else where.offset
    for r in rows:
        if not _within(centre, where.within_km, r["lat"], r["lon"]):
            continue
        if skip:
            skip -= 1
            continue
        event = extractions.EVENTS.from_row(
            r, Extractor(r["extractor"], r["extractor_version"]), r["sentence_index"]
        )
        hits.append(EventHit(r["id"], r["doc_id"], r["published"], r["title"], event))
        if where.limit is not None and len(hits) >= where.limit:
            break
    return hits


def count_events(conn: Connection, where: EventFilter) -> int:
    """How many events ``list_events`` would return without a limit."""
    clauses, params, centre = _event_where(conn, where, None)
    if centre is None:
        return int(
            conn.execute("SELECT count(*) FROM events e" + _where(clauses), params).fetchone()[0]
        )
    points = conn.execute("SELECT e.lat, e.lon FROM events e" + _where(clauses), params)
    return sum(1 for lat, lon in points if _within(centre, where.within_km, lat, lon))


def _within(centre: tuple[float, float] | None, km: float, lat: Any, lon: Any) -> bool:
    if centre is None:
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(centre[0], centre[1], lat, lon) <= km


def type_actor_clauses(
    event_type: str | None, actor: str | None, type_column: str, actor_columns: tuple[str, str]
) -> tuple[list[str], list[Any]]:
    """SQL conditions for an event type (ours or ACLED's) and an actor (id or words) over
    ``events e``; the column names are ours, the values bound parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if event_type:
        clauses.append(f"({type_column} = ? OR e.acled_event = ? OR e.acled_sub_event = ?)")
        params += [event_type] * 3
    if actor:
        first, second = actor_columns
        clauses.append(
            f"({first} = ? OR {second} = ? OR lower(e.actor1_text) = lower(?)"
            " OR lower(e.actor2_text) = lower(?))"
        )
        params += [actor] * 4
    return clauses, params


def in_date_range(
    first: str, last: str, since: str | None, until: str | None, params: list[Any]
) -> list[str]:
    """Conditions for a span (columns ``first``..``last``, ISO) touching since..until, where
    the bounds are ISO prefixes ("2017", "2017-06"); adds their values to ``params``."""
    clauses = []
    if since:
        clauses.append(f"{last} >= ?")
        params.append(since)
    if until:
        clauses.append(f"substr({first}, 1, length(?)) <= ?")
        params += [until, until]
    return clauses


def inside_box(alias: str, bbox: tuple[float, float, float, float], params: list[Any]) -> str:
    """The condition for ``alias.lat/lon`` inside (west, south, east, north); adds its values."""
    west, south, east, north = bbox
    params += [south, north, west, east]
    return f"{alias}.lat BETWEEN ? AND ? AND {alias}.lon BETWEEN ? AND ?"


def _event_where(
    conn: Connection, where: EventFilter, doc_id: str | None
) -> tuple[list[str], list[Any], tuple[float, float] | None]:
    clauses, params = type_actor_clauses(where.type, where.actor, "e.type",
                                         ("e.actor1_id", "e.actor2_id"))  # fmt: skip
    if doc_id is not None:
        clauses.append("e.doc_id = ?")
        params.append(doc_id)
    clauses += in_date_range("e.date", "e.date", where.since, where.until, params)
    if where.min_confidence > 0:
        clauses.append("e.confidence >= ?")
        params.append(where.min_confidence)
    if where.bbox is not None:
        clauses.append(inside_box("e", where.bbox, params))
    centre = place_point(conn, where.near) if where.near else None
    if centre is not None:
        # A bounding box in SQL first, then the exact great-circle distance.
        dlat = where.within_km / 111.0
        clauses.append("e.lat BETWEEN ? AND ?")
        params += [centre[0] - dlat, centre[0] + dlat]
    return clauses, params, centre
