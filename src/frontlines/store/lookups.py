"""Small reads the pages and API need beside the lists: one merged event with its
reports, merged ids of listed events, mention counts per actor, table sizes."""

from __future__ import annotations

from typing import Any

from frontlines.resolve.place.publishers import home_of
from frontlines.store.queries import list_doc_events
from frontlines.store.records import EventNotFound
from frontlines.store.sql import Connection

__all__ = [
    "COUNTED_TABLES", "HOME_STORIES", "actor_mention_counts", "busiest_ids", "event_detail",
    "merged_ids", "publisher_home", "publisher_story_divisions", "table_count",
    "undated_events",
]  # fmt: skip

COUNTED_TABLES = frozenset({
    "documents", "sentences", "mentions", "actors", "quantities", "times", "attributions",
    "claims", "places", "events", "event_groups", "claim_groups", "series",
})  # fmt: skip


def event_detail(conn: Connection, event_id: str) -> dict[str, Any]:
    """A merged event (by its id or any of its reports' ids) and every report of it, each
    with its document's outlet (``source``) and original ``url``."""
    row = conn.execute(
        "SELECT group_id FROM event_reports WHERE event_id = ? OR group_id = ? LIMIT 1",
        (event_id, event_id),
    ).fetchone()
    if row is None or row[0] is None:
        raise EventNotFound(f"no event {event_id!r}")
    ids = {r[0] for r in conn.execute(
        "SELECT event_id FROM event_reports WHERE group_id = ?", (row[0],))}  # fmt: skip
    doc_ids = {r[0] for r in conn.execute(
        "SELECT doc_id FROM event_reports WHERE group_id = ?", (row[0],))}  # fmt: skip
    sources = {d: (source, url) for d, source, url in conn.execute(
        "SELECT d.id, d.source, d.url FROM documents d WHERE d.id IN"
        " (SELECT doc_id FROM event_reports WHERE group_id = ?)", (row[0],))}  # fmt: skip
    reports = [h.to_json() | dict(zip(("source", "url"), sources[d], strict=True))
               for d in sorted(doc_ids) for h in list_doc_events(conn, d) if h.id in ids]
    reports.sort(key=lambda r: (r["published"] or "", r["doc_id"], r["start"]))
    group = conn.execute("SELECT * FROM event_groups WHERE id = ?", (row[0],))
    names = [c[0] for c in group.description]
    return {"merged": dict(zip(names, group.fetchone(), strict=True)), "reports": reports}


def merged_ids(conn: Connection, event_ids: list[str]) -> dict[str, tuple[str, int]]:
    """Merged-event id and report count of each listed event."""
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(event_ids), 500):  # bound parameters, in chunks
        chunk = event_ids[start : start + 500]
        rows = conn.execute(
            "SELECT r.event_id, r.group_id, g.reports FROM event_reports r"
            " JOIN event_groups g ON g.id = r.group_id"
            f" WHERE r.event_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found |= {event_id: (group_id, reports) for event_id, group_id, reports in rows}
    return found


def actor_mention_counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT actor_id, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id"
    ).fetchall()
    return {str(a): int(n) for a, n in rows}


def table_count(conn: Connection, table: str) -> int:
    if table not in COUNTED_TABLES:
        raise ValueError(f"unknown table {table!r}")
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def busiest_ids(conn: Connection) -> tuple[str | None, str | None, str | None]:
    """The newest document, the most reported merged event and the longest series:
    real ids for benchmarks and smoke tests to open."""
    doc = conn.execute("SELECT id FROM documents ORDER BY published DESC LIMIT 1").fetchone()
    event = conn.execute("SELECT id FROM event_groups ORDER BY reports DESC LIMIT 1").fetchone()
    series = conn.execute(
        "SELECT series_id FROM claim_groups GROUP BY series_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return tuple(row[0] if row else None for row in (doc, event, series))  # type: ignore[return-value]


def undated_events(conn: Connection) -> int:
    """Events no report could date (none in the text, no publication date): the timeline
    and the map cannot place them in time, so they say how many they leave out."""
    row = conn.execute("SELECT count(*) FROM event_reports WHERE group_id IS NULL").fetchone()
    return int(row[0])


#: The newest stored stories of a publisher that vote for its home: enough to see where a
#: local paper is, few enough that a wire service's thousands cost one small read.
HOME_STORIES = 200


def publisher_story_divisions(
    conn: Connection, publisher: str, limit: int = HOME_STORIES
) -> list[frozenset[tuple[str, str]]]:
    """For each of the ``limit`` newest stored stories of ``publisher``, the first-level
    divisions (country, admin1) of its located places below country level. Places a home
    already moved (``reason`` set) do not count: the votes are what the stories say alone,
    so a home never votes for itself."""
    rows = conn.execute(
        "SELECT d.id, p.country, p.admin1 FROM"
        " (SELECT id, ingested_at FROM documents WHERE publisher = ?"
        "  ORDER BY ingested_at DESC, id LIMIT ?) d"
        " LEFT JOIN places p ON p.doc_id = d.id AND p.role = 'location'"
        " AND p.reason IS NULL AND p.country IS NOT NULL AND p.admin1 IS NOT NULL"
        " AND p.admin1 <> '' AND p.admin1 <> '00'"
        " AND coalesce(p.feature_code, '') NOT LIKE 'PCL%'"
        " ORDER BY d.ingested_at DESC, d.id",
        (publisher, limit),
    ).fetchall()
    stories: dict[str, set[tuple[str, str]]] = {}
    for doc_id, country, admin1 in rows:
        divisions = stories.setdefault(doc_id, set())
        if country is not None:
            divisions.add((country, admin1))
    return [frozenset(d) for d in stories.values()]


def publisher_home(conn: Connection, publisher: str) -> tuple[str, str] | None:
    """The (country, admin1) ``publisher``'s stored stories vote for as its home
    (``frontlines.resolve.place.publishers.home_of``), or None (too few, or spread)."""
    return home_of(publisher_story_divisions(conn, publisher))
