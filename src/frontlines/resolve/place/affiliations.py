"""A state written as a person's affiliation is not where the story happens.

Why: US news tags a lawmaker with party and state in parentheses ("Sen. Jane Roe
(D-Vt.)", "Rep. John Doe (R-Texas, chairman of ...)", "Sen. Roe (Vt.)"). The state names
whom the person represents, not a setting of the story: counted as one of the story's
places, it votes for its namesake towns ("Charlotte" in Vermont rather than the city of
North Carolina). The evidence is the text's shape (an opening parenthesis, an optional
party letter and dash, the name, then the closing parenthesis or a comma), never a list
of names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.resolve.place.reading import Toponym

__all__ = ["affiliation_keys"]

#: Before the name: "(" and a party's short name with a dash ("(D-", "(R -", "(Ind.-",
#: "(DFL-"). Only the short forms US news uses for parties: an Arabic article written
#: the same way ("(Al-Anbar)") is part of a name, not a party.
_PARTY_BEFORE = re.compile(r"\(\s*(?:D|R|I|Ind|DFL|Dem|Rep|L|G)\.?\s*[-\u2013\u2014]\s*$")
#: Before the name, no party: the bare opening parenthesis ("Sen. Roe (Vt.)").
_BARE_BEFORE = re.compile(r"\(\s*$")
#: After the name: its abbreviation's period, then ")" or a comma going on with a role.
_TAG_AFTER = re.compile(r"^\.?\s*[),]")
_BARE_AFTER = re.compile(r"^\.?\s*\)")


def _is_tag(toponyms: Sequence[Toponym], i: int, text: str) -> bool:
    here = toponyms[i]
    if here.start < 0:
        return False
    before, after = text[max(0, here.start - 12) : here.start], text[here.end : here.end + 4]
    if _PARTY_BEFORE.search(before):
        return bool(_TAG_AFTER.match(after))
    if not (_BARE_BEFORE.search(before) and _BARE_AFTER.match(after)):
        return False
    # bare "(Vt.)" tags a person's name; after a place ("Burlington (Vt.)") it qualifies it
    opening = text.rfind("(", 0, here.start)
    return not any(t.end >= 0 and not text[t.end : opening].strip() for t in toponyms[:i])


def affiliation_keys(
    toponyms: Sequence[Toponym], keys: Sequence[str], text: str | None
) -> set[str]:
    """The name keys every mention of which is a person's party-and-state tag: those
    names do not vote for the story's setting (they are still resolved themselves)."""
    if text is None:
        return set()
    tagged: set[str] = set()
    untagged: set[str] = set()
    for i, key in enumerate(keys):
        (tagged if _is_tag(toponyms, i, text) else untagged).add(key)
    return tagged - untagged
