"""Bounds on what one article may be: JSON depth and digits, field types and lengths,
valid Unicode, real dates, and a body whose processing time is bounded.

Each check raises ``InputError`` with the one-line reason the batch reports. The
body bounds keep the pipeline's work linear and small per article: characters
(spaCy's own ceiling), sentences (estimated from sentence-final punctuation and
line breaks, without running the parser), words (spaCy's memory grows with the
tokens of one Doc: a 48,000-token article peaked at 1.0 GB and 31 s of CPU, so the
limit is 40,000) and the longest run without spaces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from frontlines.errors import InputError
from frontlines.vocab.dates import parse_date

__all__ = [
    "FIELD_LIMITS",
    "MAX_SENTENCES",
    "MAX_TOKENS",
    "MAX_WORD_CHARS",
    "check_text",
    "checked_body",
    "checked_field",
    "parse_json_object",
    "record_date",
]

#: Most characters in each optional string field (the HTTP upload has the same limits).
FIELD_LIMITS = {"title": 1_000, "source": 500, "url": 2_000}
#: Most sentences in one article: a long feature has a few hundred.
MAX_SENTENCES = 10_000
#: Most words and punctuation marks (spaCy tokens, estimated) in one article.
MAX_TOKENS = 40_000
#: Longest run of characters without whitespace: no word, URL or name is this long.
MAX_WORD_CHARS = 5_000

_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n\s*\n")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_json_object(text: str) -> Mapping[str, Any]:
    """One JSON object; malformed, too deep or too long numbers are an ``InputError``."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        said = exc.msg.removesuffix(" at")  # "Invalid control character at" + " at column"
        raise InputError(f"malformed JSON: {said} at column {exc.colno}") from None
    except RecursionError:
        raise InputError("too deeply nested: more JSON levels than the parser allows") from None
    except ValueError as exc:  # sys.get_int_max_str_digits(): 4,300 by default
        if "digits" not in str(exc):
            raise InputError(f"malformed JSON: {exc}") from None
        raise InputError("number too long: an integer of more than 4,300 digits") from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object per line")
    return record


def check_text(name: str, text: str) -> str:
    """``text`` if it is valid Unicode without NUL characters (JSON can carry both)."""
    bad = _SURROGATE.search(text)
    if bad:
        escaped = f"\\u{ord(bad.group()):04x}"
        raise InputError(f"invalid text: a lone surrogate ({escaped}) in '{name}'")
    if "\x00" in text:
        raise InputError(f"invalid text: a NUL character in '{name}'")
    return text


def checked_field(record: Mapping[str, object], name: str) -> str | None:
    """An optional string field of an uploaded record, stripped; None if absent or blank."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"'{name}' must be a string, not {_json_type(value)}")
    limit = FIELD_LIMITS[name]
    if len(value) > limit:
        raise InputError(
            f"'{name}' too long: {len(value):,} characters exceeds the {limit:,} character limit"
        )
    return check_text(name, value).strip() or None


def record_date(value: object) -> str | None:
    """The ISO date of a record's ``published``; a value that is there but is no date is
    an error, never a silent null."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    iso = parse_date(value) if isinstance(value, str) and len(value) <= 100 else None
    if iso is None:
        shown = json.dumps(value)[:60] if not isinstance(value, str) else repr(value[:60])
        raise InputError(f"not a date: 'published' is {shown} (write it as YYYY-MM-DD)")
    return iso


def checked_body(body: str, max_chars: int) -> str:
    """The stripped body if one article's processing of it stays bounded."""
    body = body.strip()
    if not _LETTER_OR_DIGIT.search(body):
        raise InputError("no article text found")
    if len(body) > max_chars:
        raise InputError(
            f"too long: {len(body):,} characters exceeds the {max_chars:,} character limit"
        )
    word = _LONG_WORD.search(body)
    if word:
        raise InputError(f"not prose: a word of {len(word.group()):,} characters exceeds the "
                         f"{MAX_WORD_CHARS:,} character limit")  # fmt: skip
    sentences = sum(1 for _ in _SENTENCE_END.finditer(body))
    if sentences > MAX_SENTENCES:
        raise InputError(f"too many sentences: about {sentences:,} exceeds the "
                         f"{MAX_SENTENCES:,} sentence limit")  # fmt: skip
    tokens = sum(1 for _ in _TOKEN.finditer(body))
    if tokens > MAX_TOKENS:
        raise InputError(f"too many words: about {tokens:,} words and marks exceeds the "
                         f"{MAX_TOKENS:,} limit")  # fmt: skip
    return body


def _json_type(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list",
             dict: "an object"}  # fmt: skip
    return names.get(type(value), type(value).__name__)
