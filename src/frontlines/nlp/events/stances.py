"""Whether a modifier of an event noun is the object of a stance prefix.

"anti-coalition protests", "pro-government rallies", "Anti-Israeli protests": the prefix
says whom the event is against (or for), so the name after it is not who does it. The
tokenizer splits such a word three ways ("anti-coalition"; "anti-", "coalition"; "Anti",
"-", "Israeli"), and the entity recogniser may take the prefix into the name ("Anti" and
"-" tagged NORP with "Israeli"), so the prefix itself, its hyphen and the word after it
all count: none of them is a doer.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["STANCES", "for_or_against"]

#: Prefixes by which a modifier says whom an event is for or against ("anti-rebel").
STANCES = ("anti", "pro", "counter")
_HYPHENED = frozenset(f"{p}-" for p in STANCES)


def for_or_against(word: Token) -> bool:
    """Whether ``word`` is a stance prefix, its hyphen, or the side the prefix is
    for or against (see the module docstring)."""
    doc, i = word.doc, word.i
    lower = word.lower_
    if lower.startswith(tuple(_HYPHENED)) or lower in _HYPHENED:
        return True
    if lower in STANCES and i + 1 < len(doc) and doc[i + 1].text == "-":
        return True  # "Anti" of "Anti - Israeli"
    if lower == "-" and i >= 1 and doc[i - 1].lower_ in STANCES:
        return True
    if i >= 1 and doc[i - 1].lower_ in _HYPHENED:
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCES
