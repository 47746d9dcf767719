"""Names the text itself calls counties ("Harvey, Harper and Kingman counties") or states
("Washington state", "the state of Washington") are the counties and states, not their
namesake towns or capitals.

Why a check after the ranker: a county's name without its word ("Harper") matches the
county only as an alternate name, so the ranker, rightly for a bare name, prefers a town
called Harper. But local news lists counties by their bare names and puts the word once
after the list ("in Muscogee and Harris counties", "from Ellsworth to Riley counties"), or
writes it in lower case after one name ("in Alachua county"), so the name's span holds no
"County". A reader takes the kind from that word: every name of the list is a county. The
evidence is the text's list and the word after it, and the gazetteer's kinds (a division
of the second level, or one named "<name> County"), never a list of names. Which county of
the name: the one the ranker scored best, with the story's other places voting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym

__all__ = [
    "counties_named",
    "divisions_governed",
    "governed_divisions",
    "governor_cues",
    "governed_towns_divisions",
    "named_counties",
    "named_states",
    "states_named",
]

#: The word after a name, or after the last name of a list, that makes them counties.
_COUNTY_AFTER = re.compile(r"^\s+(count(?:y|ies)|parish(?:es)?)\b", re.IGNORECASE)
#: ... plural: it speaks for the names before it too.
_PLURAL = re.compile(r"(ies|es)$", re.IGNORECASE)
#: What joins the names of such a list: ", ", " and ", ", or ", " to " ("from Ellsworth to
#: Riley counties"), " through ".
_JOIN = re.compile(r"^\s*(,|&|,?\s*(and|or|to|through))\s*$", re.IGNORECASE)
#: The words a county's own name ends with in the gazetteer.
_COUNTY_WORDS = ("county", "parish")


def counties_named(toponyms: Sequence[Toponym], keys: Sequence[str], text: str) -> set[str]:
    """The name keys the text calls counties: a name right before "county" / "parish"
    (any case; "Harper County" as one span is the county's own name and needs no help),
    and each name of a list joined to one right before "counties" / "parishes"."""
    found: set[str] = set()
    for i, t in enumerate(toponyms):
        if t.end < 0:
            continue
        after = _COUNTY_AFTER.match(text[t.end : t.end + 16])
        if after is None:
            continue
        found.add(keys[i])
        if not _PLURAL.search(after.group(1)):
            continue
        j = i
        while j > 0:
            before, here = toponyms[j - 1], toponyms[j]
            if before.end < 0 or before.end > here.start:
                break
            if not _JOIN.match(text[before.end : here.start]):
                break
            j -= 1
            found.add(keys[j])
    return found


def _is_county(place: Place) -> bool:
    """A division of the second level, or a division the gazetteer names "<x> County"."""
    if place.admin_level == 2:
        return True
    last = place.name.lower().rsplit(" ", 1)[-1]
    return place.feature_class == "A" and not place.is_country and last in _COUNTY_WORDS


def named_counties(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    text: str,
) -> dict[str, Resolved]:
    """Give each name the text calls a county (``counties_named``), read as a town, its
    best-scored county reading; a name with no county among its readings keeps the ranker's
    choice. Only a town gives way: a state or a country before "counties" says whose
    counties they are ("Indiana counties", "Kenya's counties"). The confidence stays the
    ranker's."""
    named = counties_named(toponyms, keys, text)
    return _towns_give_way(named, chosen, candidates, scores, lambda c: _is_county(c.place))


def _towns_give_way(
    named: set[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    wanted: Callable[[Candidate], bool],
) -> dict[str, Resolved]:
    """Each of ``named`` read as a town takes its best-scored ``wanted`` reading (the
    confidence stays the ranker's); any other reading, or none wanted, stays."""
    decided = dict(chosen)
    for key in named:
        current = chosen[key].place
        if current is None or current.feature_class != "P":
            continue
        ranked = sorted(zip(scores[key], candidates[key], strict=True), key=lambda x: -x[0])
        better = next((c.place for _, c in ranked if wanted(c)), None)
        if better is not None:
            decided[key] = replace(chosen[key], place=better)
    return decided


#: "the state of Washington", "Washington state": the text calls the name a state (lower
#: case "state": "Washington State University" is another name).
_STATE_OF_BEFORE = re.compile(r"\bstate\s+of\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(r"^\s+state\b(?!\s+(?:department|university|college)\b)")


def states_named(toponyms: Sequence[Toponym], keys: Sequence[str], text: str) -> set[str]:
    """The name keys the text calls states: "the state of <name>", "<name> state"."""
    found = set()
    for t, key in zip(toponyms, keys, strict=True):
        if t.start < 0:
            continue
        before = text[max(0, t.start - 20) : t.start]
        if _STATE_OF_BEFORE.search(before) or _STATE_AFTER.match(text[t.end : t.end + 30]):
            found.add(key)
    return found


def named_states(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    text: str,
) -> dict[str, Resolved]:
    """Give each name the text calls a state (``states_named``), read as a town or a
    capital ("a Washington state farm" as the US capital), its best-scored first-level
    division of its own name. The confidence stays the ranker's."""
    named = states_named(toponyms, keys, text)
    return _towns_give_way(named, chosen, candidates, scores,
                           lambda c: c.kind == "name" and c.place.admin_level == 1)  # fmt: skip


#: "the Governor of Kherson", "Governor of the Kherson area": a governor heads a first-level
#: division (a state, province, oblast), not the city of its name ...
_GOVERNOR_OF = re.compile(r"\bgovernor\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: ... "the Kherson governor", "Kherson's deputy governor", "Idlib province"
_GOVERNOR_AFTER = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:(?:deputy|vice|lieutenant|acting|regional)\s+)?governor\b"
    r"|^\s+(?:province|governorate|oblast|krai|prefecture)\b",
    re.IGNORECASE,
)
#: ... unless a smaller unit's word follows the name: "Governor of Nad Ali district" heads
#: the district.
_SMALLER_UNIT = re.compile(r"^\s+(?:district|county|city|town|municipality)\b", re.IGNORECASE)


#: Words one of which the text around a name must hold (in any case) for a governor's or a
#: province's cue to be there at all: a name without one is read with no regular expression.
_GOVERNOR_WORDS = ("governor", "province", "oblast", "krai", "prefecture")


def governor_cues(
    toponyms: Sequence[Toponym], keys: Sequence[str], text: str
) -> dict[str, list[str]]:
    """By name key, each mention's cue: "of" ("the Governor of <name>"), "'s" ("<name>'s
    governor"), "after" ("the <name> governor", "<name> province") or "" (none). Read once
    a story: ``governed_divisions`` and ``governed_towns_divisions`` take it as ``cues``."""
    cues: dict[str, list[str]] = {}
    for t, key in zip(toponyms, keys, strict=True):
        if t.start < 0:
            continue
        after = text[t.end : t.end + 30]
        before = text[max(0, t.start - 24) : t.start]
        cue = ""
        around = before + " " + after
        if around.isascii() and not any(w in around.lower() for w in _GOVERNOR_WORDS):
            pass  # no cue's word (ASCII: the expressions' case-blind letters are these)
        elif _SMALLER_UNIT.match(after):
            pass  # "Governor of Nad Ali district": the district's
        elif _GOVERNOR_OF.search(before):
            cue = "of"
        elif m := _GOVERNOR_AFTER.match(after):
            cue = "'s" if m.group(0)[:1] in ("'", "\u2019") else "after"
        cues.setdefault(key, []).append(cue)
    return cues


def divisions_governed(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    text: str,
    cues: Mapping[str, Sequence[str]] | None = None,
) -> set[str]:
    """The name keys the text ties to a governor or calls a province at most of their
    mentions: "the Governor of <name>", "<name>'s governor", "<name> province". One reading
    serves all the mentions of a name, so it is the one most of them ask for: a name
    written bare as often as cued may be the city ("shelling hit the center of Kherson,
    the Kherson governor said"). ``cues``: ``governor_cues`` of these, if read already."""
    if cues is None:
        cues = governor_cues(toponyms, keys, text)
    return {
        k for k, found in cues.items()
        if 2 * sum(1 for c in found if c) > len(found)
    }  # fmt: skip


def governed_divisions(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    text: str,
    cues: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Resolved]:
    """Give each name a governor heads (``divisions_governed``), read as a town, its
    best-scored first-level division: "the Murmansk governor" heads the oblast, which the
    gazetteer holds under its official name ("Murmanskaya oblast'") and the short one only
    as an alternate, so the city of the name outscores it. A name with no such division
    keeps the town, and so does a country's capital with only the possessive: "Moscow's
    governor in Kherson" is the government's man, not the head of Moscow's oblast. The
    confidence stays the ranker's. ``cues``: ``governor_cues`` of these, if read already."""
    if cues is None:
        cues = governor_cues(toponyms, keys, text)
    named = {
        k
        for k in divisions_governed(toponyms, keys, text, cues)
        if not (
            all(c == "'s" for c in cues[k])
            and (place := chosen[k].place) is not None
            and place.feature_code == "PPLC"
        )
    }
    return _towns_give_way(named, chosen, candidates, scores,
                           lambda c: c.place.admin_level == 1)  # fmt: skip


def governed_towns_divisions(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    text: str,
    division_of: Callable[[str, str], Place | None],
    cues: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Resolved]:
    """After ``governed_divisions``: give each name a governor heads that is still read
    as a town (the name has no division among its readings: the gazetteer holds
    "Krasnodarskiy kray" under that name alone) the town's own first-level division
    (``division_of(country, admin1)``, looked up for these few names only), when the
    division's name opens with the town's as a stem ("Krasnodar": Krasnodarskiy kray; a
    region's capital of another name keeps the town, as does "Jammu" of Jammu and
    Kashmir). A capital named only with the possessive keeps the town, as there.
    The confidence stays the ranker's. ``cues``: ``governor_cues`` of these, if read
    already."""
    if cues is None:
        cues = governor_cues(toponyms, keys, text)
    decided = dict(chosen)
    for key in divisions_governed(toponyms, keys, text, cues):
        town = chosen[key].place
        if town is None or town.feature_class != "P" or not town.admin1:
            continue
        if town.feature_code == "PPLC" and all(c == "'s" for c in cues[key]):
            continue
        division = division_of(town.country, town.admin1)
        if division is not None and _name_opens(division.name, town.name):
            decided[key] = replace(chosen[key], place=division)
    return decided


def _name_opens(division: str, town: str) -> bool:
    """Whether ``division`` is ``town``'s name or opens with it as a word's stem ("Kurskaya
    oblast'" with "Kursk"), not as a word of a longer name ("Jammu and Kashmir" with
    "Jammu": a union of two, not the town's own)."""
    division, town = division.lower(), town.lower()
    rest = division[len(town) :]
    return division.startswith(town) and (not rest or rest[0].isalpha())
