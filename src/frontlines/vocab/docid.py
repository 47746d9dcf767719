"""Content-hash document ids: the same body always gets the same id.

The hash is over a normalised body (Unicode NFKC, case-folded, whitespace
collapsed, typographic quotes and dashes folded), so a story re-ingested from
another file, format or outlet with only cosmetic differences is recognised
as the same document and never stored twice.
"""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = [
    "document_id",
    "normalise_body",
]

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})  # fmt: skip


def normalise_body(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(text.split())


def document_id(body: str) -> str:
    """16 hex characters of SHA-256 over the normalised body."""
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()[:16]
