"""Place-name normalisation that survives Arabic transliteration variants.

Raqqa / Raqqah / Ar-Raqqah, Deir ez-Zor / Deir Ezzor / Dayr az-Zor, Tal Afar /
Tall 'Afar differ in diacritics, ʿayn marks, the article prefix, hyphens,
doubled letters and a final -h. ``name_key`` folds all of those so the
variants meet; what it cannot reach goes in the alias file.
"""

from __future__ import annotations

import re
import unicodedata

from frontlines.vocab.words import word_map

__all__ = [
    "name_key",
    "normalise_place_name",
]

_MARKS = re.compile(r"[\u02bb\u02bc\u02be\u02bf\u2018\u2019'`\u00b4]")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|az|at|ash|adh|ath|ed|er|es|ez|ul|ud)\s+")
_NON_WORD = re.compile(r"[^\w\s]|_")


def normalise_place_name(name: str) -> str:
    """Readable normal form: no diacritics or ʿayn marks, lower case, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _MARKS.sub("", text).casefold().replace("-", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


#: Words written both ways in place names: "Mt. Pleasant" / "Mount Pleasant".
_SHORT_WORDS = word_map("place", "short_words")


def name_key(name: str) -> str:
    """Aggressive lookup key: article prefix, spaces, doubled letters and final -h dropped."""
    words = _ARTICLE.sub("", normalise_place_name(name)).split()
    text = " ".join(_SHORT_WORDS.get(w, w) for w in words)
    text = text.replace(" ", "").replace("ou", "u")
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"(?<=[aeiou])h$", "", text)
