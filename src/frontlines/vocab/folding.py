"""The comparison key of a name as users type it (shared by the actor dictionary and the
name lookup)."""

from __future__ import annotations

import unicodedata

__all__ = ["fold_name"]

_SEPARATORS = str.maketrans({"_": " ", "-": " ", "\u2010": " ", "\u2013": " ", "\u2014": " "})


def fold_name(name: str) -> str:
    """The comparison key of a name: no diacritics, case folded, ``_`` and dashes read
    as spaces, whitespace collapsed ("Islamic_State" == "islamic state")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_SEPARATORS).casefold().split())
