"""A town and the county that holds it, both named in one story, are read together.

Why: local news names its town and its county ("a Lebanon man ... held in the Boone County
Jail") and rarely the state, since its readers know it. Each name alone reads as its most
famous namesake (Lebanon the country, the most populous Boone County), and the story's
other places cannot outvote that when every one of them is as ambiguous. But the two
names are evidence together: of the many Boone Counties one holds a town called Lebanon,
and a reader who sees both takes that pair. The gazetteer says which county a town lies
in (its second-level code), so no place is named in code.

Only a name the text calls a county ("X County" / "X Parish" as its own name, or a name
before "county") anchors the pair, and only a county that holds one of the story's other
names as a town. A county holding more of the story's names (or lying in the state of
more of its settled places) than the county read alone wins; a tie changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym

__all__ = ["corroborated", "towns_in_named_counties"]

#: The words that end a county's own name in the text.
_COUNTY_WORDS = ("county", "parish")


def _is_county(place: Place) -> bool:
    return place.admin_level == 2 and bool(place.admin2)


def _holds(county: Place, town: Place) -> bool:
    """Whether ``town`` (a populated place) lies in ``county`` by the gazetteer's codes."""
    return (
        town.feature_class == "P"
        and town.country == county.country
        and town.admin1 == county.admin1
        and town.admin2 == county.admin2
    )


def _is_town_in(county: Place, candidate: Candidate) -> bool:
    return candidate.kind == "name" and _holds(county, candidate.place)


def _support(
    county: Place,
    key: str,
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    counties: set[str],
) -> tuple[int, set[str]]:
    """How much the story's other names agree with a county reading: one for each with a
    town reading inside it (returned too), two for a name read as the county's state
    ("Boone County, Indiana": the text's own word on which state). A town by its own name
    only (GeoNames lists old and nearby names as alternates), and no name the text calls a
    county."""
    towns = {
        k
        for k, found in candidates.items()
        if k not in counties and any(_is_town_in(county, c) for c in found)
    }
    state = any(
        r.place is not None
        and r.place.admin_level == 1
        and r.place.country == county.country
        and r.place.admin1 == county.admin1
        for k, r in chosen.items()
        if k != key
    )
    return len(towns) + 2 * state, towns


def towns_in_named_counties(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    county_keys: set[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
) -> dict[str, Resolved]:
    """Each name the text calls a county (``county_keys``, plus any whose own name ends in
    "County" / "Parish") takes the county reading that holds the most of the story's other
    names as towns, when that beats the county it reads alone; each name it holds then
    takes its town reading in that county. Confidences stay the ranker's."""
    decided = dict(chosen)
    named = set(county_keys) | {
        k for t, k in zip(toponyms, keys, strict=True)
        if t.text.lower().rsplit(" ", 1)[-1] in _COUNTY_WORDS
    }  # fmt: skip
    for key in sorted(named):
        readings = [c.place for c in candidates.get(key, ()) if _is_county(c.place)]
        if not readings:
            continue
        ranked = sorted(
            ((_support(p, key, decided, candidates, named), i, p) for i, p in enumerate(readings)),
            key=lambda x: (-x[0][0], x[1]),
        )
        (best, towns), _, county = ranked[0]
        if not towns or (len(ranked) > 1 and ranked[1][0][0] == best):
            continue  # no town of the story in it, or two counties of the name fit as well
        decided[key] = replace(decided[key], place=county)
        for town_key in towns:
            now = decided[town_key].place
            if now is not None and (now.admin_level in (0, 1)) and county.lies_in(now):
                continue  # "Georgia" beside a Georgia county: the state, not a town in it
            order = sorted(
                zip(scores[town_key], candidates[town_key], strict=True), key=lambda x: -x[0]
            )
            town = next(c.place for _, c in order if _is_town_in(county, c))
            decided[town_key] = replace(decided[town_key], place=town)
    return decided


def corroborated(
    chosen: Mapping[str, Resolved], same: Mapping[str, Collection[str]] | None = None
) -> set[str]:
    """The keys of each county read for one name and of each town read for another that
    lies in it ("Alexandria" and "Douglas County" as the Minnesota pair): two names that
    agree on one county are the story's home area, surer than either reading alone. A
    pair ``same`` links ("Lancaster" and "Lancaster County", one name written twice) is
    one witness, not two."""
    same = same or {}
    counties = {
        k: r.place for k, r in chosen.items() if r.place is not None and _is_county(r.place)
    }
    found: set[str] = set()
    for k, r in chosen.items():
        if r.place is None:
            continue
        for c, county in counties.items():
            if c != k and k not in same.get(c, ()) and _holds(county, r.place):
                found |= {k, c}
    return found
