"""Full-text search over sentences: SQLite FTS5, or PostgreSQL ``tsvector``.

Both answer the same question the same way: sentences containing every word asked for
(stemmed: "fighter" finds "Fighters"), best first, with the matched words' offsets in the
sentence. SQLite ranks by FTS5's bm25 and stems with Porter, diacritics folded;
PostgreSQL ranks by ``ts_rank`` and stems with its English snowball dictionary, which
also drops English stop words ("the", "or") from a query.
"""

from __future__ import annotations

import re
import sqlite3

from frontlines.store.records import SearchHit
from frontlines.store.sql import Connection, dialect

__all__ = ["MAX_SEARCH_CHARS", "MAX_SEARCH_WORDS", "fts_query", "search_sentences"]

_OPEN, _CLOSE = "\x02", "\x03"

#: Longest search text and most distinct words a search may ask for: a word repeated
#: thousands of times costs FTS5 seconds per request for nothing.
MAX_SEARCH_CHARS = 500
MAX_SEARCH_WORDS = 16


def _words(text: str) -> list[str]:
    if len(text) > MAX_SEARCH_CHARS:
        raise ValueError(f"search text over {MAX_SEARCH_CHARS} characters")
    words = list(dict.fromkeys(w.lower() for w in re.findall(r"\w+", text)))
    if not words:
        raise ValueError("search needs at least one word")
    if len(words) > MAX_SEARCH_WORDS:
        raise ValueError(f"search has {len(words)} words; at most {MAX_SEARCH_WORDS}")
    return words


def fts_query(text: str) -> str:
    """Plain words -> an FTS5 query matching sentences containing all of them.

    Each word is quoted, so user input can never be read as FTS syntax; a word given
    twice is asked for once, and over-long queries are refused with the reason.
    """
    return " ".join(f'"{w}"' for w in _words(text))


def search_sentences(
    conn: Connection, text: str, limit: int = 20, raw: bool = False
) -> list[SearchHit]:
    """``raw`` passes the text through as the engine's own query syntax (FTS5's, or
    PostgreSQL's ``to_tsquery``); otherwise every word must occur."""
    if raw and len(text) > MAX_SEARCH_CHARS:
        raise ValueError(f"search text over {MAX_SEARCH_CHARS} characters")
    if dialect(conn) == "postgresql":
        return _search_postgres(conn, text, limit, raw)
    query = text if raw else fts_query(text)
    try:
        rows = conn.execute(
            f'SELECT s.doc_id, s.id, d.title, d.published, s.start, s."end",'
            f" highlight(sentence_fts, 0, '{_OPEN}', '{_CLOSE}')"
            " FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.sentence_id"
            " JOIN documents d ON d.id = s.doc_id"
            " WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise ValueError(f"bad search query {text!r}: {exc}") from exc
    return _hits(rows)


def _search_postgres(conn: Connection, text: str, limit: int, raw: bool) -> list[SearchHit]:
    import psycopg

    query = text if raw else " ".join(_words(text))
    parse = "to_tsquery" if raw else "plainto_tsquery"
    try:
        rows = conn.execute(
            'SELECT s.doc_id, s.id, d.title, d.published, s.start, s."end",'
            " ts_headline('english', s.text, q, ?)"
            f" FROM {parse}('english', ?) AS q, sentences s JOIN documents d ON d.id = s.doc_id"
            " WHERE s.search @@ q ORDER BY ts_rank(s.search, q) DESC, s.doc_id, s.idx LIMIT ?",
            (f'StartSel="{_OPEN}", StopSel="{_CLOSE}", HighlightAll=true', query, limit),
        ).fetchall()
    except psycopg.errors.SyntaxError as exc:
        raise ValueError(f"bad search query {text!r}: {' '.join(str(exc).split())}") from exc
    return _hits(rows)


def _hits(rows: list[tuple[str, str, str | None, str | None, int, int, str]]) -> list[SearchHit]:
    hits = []
    for doc_id, sentence_id, title, published, start, end, marked in rows:
        plain, highlights = _strip_marks(marked)
        hits.append(SearchHit(doc_id, sentence_id, title, published, start, end, plain,
                              highlights))  # fmt: skip
    return hits


def _strip_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    length = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            spans.append((start, length))
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), tuple(spans)
