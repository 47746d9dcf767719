"""Full-text search over sentences: SQLite FTS5, or PostgreSQL ``tsvector``.

Both answer the same question the same way: sentences containing every word asked for
(stemmed: "fighter" finds "Fighters"), best first, with the matched words' offsets in the
sentence. SQLite ranks by FTS5's bm25 and stems with Porter, diacritics folded;
PostgreSQL ranks by ``ts_rank`` and stems with its English snowball dictionary, which
also drops English stop words ("the", "or") from a query. A search may name
alternatives (an actor's other names): sentences holding every word of any one of them
(the same sentences on both; FTS5 marks the words of the alternatives that matched,
``ts_headline`` every word asked for that the sentence holds).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from frontlines.store.records import SearchHit
from frontlines.store.sql import Connection, dialect

__all__ = [
    "MAX_SEARCH_CHARS", "MAX_SEARCH_WORDS", "count_search", "documents_matching", "fts_any",
    "fts_query", "kept_alternatives", "search_sentences",
]  # fmt: skip

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


def kept_alternatives(text: str, alternatives: Sequence[str] = ()) -> list[str]:
    """``text`` and the ``alternatives`` searched with it ("ISIS" or "Islamic State"),
    each given once; alternatives without a word are dropped, and those that would push
    the FTS5 query past ``MAX_SEARCH_CHARS`` are left out (``text`` always stays). Both
    backends search the same list, so they find the same sentences.
    ``ValueError`` when ``text`` itself cannot be searched."""
    kept = [text]
    length = len(fts_query(text)) + 2
    for other in dict.fromkeys(alternatives):
        if other == text or not re.search(r"\w", other):
            continue
        length += len(fts_query(other)) + 6  # " OR (" ... ")"
        if length > MAX_SEARCH_CHARS:
            break
        kept.append(other)
    return kept


def fts_any(alternatives: Sequence[str]) -> str:
    """An FTS5 query for sentences holding every word of any one of ``alternatives``,
    each quoted as ``fts_query`` quotes (the first is the searcher's text)."""
    kept = kept_alternatives(alternatives[0], alternatives[1:])
    return " OR ".join("(" + fts_query(t) + ")" for t in kept)


def _sqlite_query(text: str, raw: bool, alternatives: Sequence[str]) -> str:
    if raw:
        return text
    return fts_any([text, *alternatives]) if alternatives else fts_query(text)


def _pg_query(text: str, raw: bool, alternatives: Sequence[str]) -> tuple[str, list[str]]:
    """PostgreSQL's tsquery expression and its values: searchers' words only ever go
    through ``plainto_tsquery`` (never read as tsquery syntax), alternatives joined by
    tsquery's OR (``||``); ``raw`` is ``to_tsquery``'s own syntax."""
    if raw:
        return "to_tsquery('english', ?)", [text]
    kept = kept_alternatives(text, alternatives)
    words = [" ".join(_words(t)) for t in kept]
    return " || ".join(["plainto_tsquery('english', ?)"] * len(words)), words


def _checked(text: str, raw: bool, alternatives: Sequence[str]) -> None:
    if raw and len(text) > MAX_SEARCH_CHARS:
        raise ValueError(f"search text over {MAX_SEARCH_CHARS} characters")
    if raw and alternatives:
        raise ValueError("alternatives are plain words; a raw query spells its own OR")


def search_sentences(
    conn: Connection,
    text: str,
    limit: int = 20,
    raw: bool = False,
    offset: int = 0,
    alternatives: Sequence[str] = (),
) -> list[SearchHit]:
    """``raw`` passes the text through as the engine's own query syntax (FTS5's, or
    PostgreSQL's ``to_tsquery``); otherwise every word must occur, of ``text`` or of
    any one of ``alternatives`` (an actor's other names). ``offset`` pages on."""
    _checked(text, raw, alternatives)
    if dialect(conn) == "postgresql":
        return _search_postgres(conn, text, limit, raw, offset, alternatives)
    query = _sqlite_query(text, raw, alternatives)
    try:
        rows = conn.execute(
            f'SELECT s.doc_id, s.id, d.title, d.published, s.start, s."end",'
            f" highlight(sentence_fts, 0, '{_OPEN}', '{_CLOSE}')"
            " FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.sentence_id"
            " JOIN documents d ON d.id = s.doc_id"
            " WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (query, limit, offset),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise ValueError(f"bad search query {text!r}: {exc}") from exc
    return _hits(rows)


def _pg_error(text: str, exc: Exception) -> ValueError:
    return ValueError(f"bad search query {text!r}: {' '.join(str(exc).split())}")


def _search_postgres(
    conn: Connection, text: str, limit: int, raw: bool, offset: int,
    alternatives: Sequence[str],
) -> list[SearchHit]:  # fmt: skip
    import psycopg

    tsquery, values = _pg_query(text, raw, alternatives)
    try:
        rows = conn.execute(
            'SELECT s.doc_id, s.id, d.title, d.published, s.start, s."end",'
            " ts_headline('english', s.text, q, ?)"
            f" FROM (SELECT {tsquery} AS q) AS asked, sentences s"
            " JOIN documents d ON d.id = s.doc_id"
            " WHERE s.search @@ q ORDER BY ts_rank(s.search, q) DESC, s.doc_id, s.idx"
            " LIMIT ? OFFSET ?",
            (f'StartSel="{_OPEN}", StopSel="{_CLOSE}", HighlightAll=true', *values, limit,
             offset),
        ).fetchall()  # fmt: skip
    except psycopg.errors.SyntaxError as exc:
        raise _pg_error(text, exc) from exc
    return _hits(rows)


def count_search(
    conn: Connection, text: str, raw: bool = False, alternatives: Sequence[str] = ()
) -> int:
    """How many sentences ``search_sentences`` pages through for the same arguments."""
    _checked(text, raw, alternatives)
    if dialect(conn) == "postgresql":
        import psycopg

        tsquery, values = _pg_query(text, raw, alternatives)
        try:
            row = conn.execute(f"SELECT count(*) FROM (SELECT {tsquery} AS q) AS asked, sentences s"
                               " WHERE s.search @@ q", values).fetchone()  # fmt: skip
        except psycopg.errors.SyntaxError as exc:
            raise _pg_error(text, exc) from exc
        return int(row[0])
    try:
        row = conn.execute("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
                           (_sqlite_query(text, raw, alternatives),)).fetchone()  # fmt: skip
    except sqlite3.OperationalError as exc:
        raise ValueError(f"bad search query {text!r}: {exc}") from exc
    return int(row[0])


def documents_matching(conn: Connection, text: str) -> tuple[str, list[str]]:
    """An SQL condition on ``d.id`` (documents ``d``) keeping the articles with a
    sentence holding every word of ``text``, and its bound values."""
    if dialect(conn) == "postgresql":
        return ("d.id IN (SELECT s.doc_id FROM sentences s"
                " WHERE s.search @@ plainto_tsquery('english', ?))",
                [" ".join(_words(text))])  # fmt: skip
    return ("d.id IN (SELECT s.doc_id FROM sentence_fts JOIN sentences s"
            " ON s.id = sentence_fts.sentence_id WHERE sentence_fts MATCH ?)",
            [fts_query(text)])  # fmt: skip


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
