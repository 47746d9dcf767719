"""Headlines in title case: every word capitalised, so capitals tell no proper name.

The parser tags each word of "Blast in Lunsk Wounds One Officer" a proper noun;
rules that read a capitalised noun after a number as a name ("the Under 30 Summit") would
take the officer for one. They ask ``title_cased`` first. It reads the sentence, not the
line (``senses._title_case_line``): a collected story may glue its title to its first
paragraph on one line.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["title_cased"]

#: Small words a title-case headline may leave in lower case ("Attack on the Base").
_TITLE_SMALL = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                "with", "from", "as", "into", "over", "after", "near", "that", "who"}


def title_cased(sent: Span) -> bool:
    """Whether ``sent`` is a headline in title case: at least four words, each capitalised
    but the small words of ``_TITLE_SMALL`` ("Blast in Lunsk Wounds One Officer")."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < 4:
        return False
    return all(t.is_title or t.is_upper or t.lower_ in _TITLE_SMALL for t in words) and sum(
        t.is_title for t in words) >= 0.6 * len(words)
