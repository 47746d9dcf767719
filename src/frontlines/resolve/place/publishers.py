"""A local publisher's home area, read from its own stories, as evidence in each of them.

Why: a local paper names the towns of its own county without their state, since its
readers know where they live ("the Dublin council met on Monday"). One such story alone
gives the resolver nothing but the famous namesake (Dublin, Ireland). Yet the paper's
other stories say where it is: most of them settle in one state or province, because
most of what a local paper reports happens at home. A reader of many of its stories
knows its home, and reads each new ambiguous name there.

The home is learned without any gold: the places the resolver chose for the publisher's
stories vote, each story once for every first-level division (state, province, England)
its places lie in. A division that at least half of at least ``min_stories`` stories
vote for is the home; a national outlet, whose stories spread over many states, has none.
The home then acts on each story of the publisher in one last step (``home_ties``): a
name whose reading in the home, of that very name, scores within a margin of its best
takes it, since the paper's word on where its readers live outweighs how often a story
names somewhere else ("a reporter for a New York paper"). The home is a fixed place, not
a name read again (the state "Washington" is also a capital; "Georgia" a country), and it
casts no vote among the story's names: a vote would reach every reading near the home,
towns once called "Jerusalem" or "Milan" too. A name the story itself ties elsewhere
keeps its reading: one the text qualifies ("Paris, France"), one read in a country the
story names that is not the home's ("Paris" beside "France"), a capital, a country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Gazetteer, Place
from frontlines.resolve.place.reading import Resolved

__all__ = [
    "MIN_STORIES",
    "SHARE",
    "home_moves",
    "home_areas",
    "home_divisions",
    "home_of",
    "home_ties",
]

#: Stories of one publisher needed before its home is believed (two can share a topic).
MIN_STORIES = 3

#: The share of a publisher's stories that must lie (partly) in the home division.
SHARE = 0.5


def _divisions(places: Sequence[Place | None]) -> set[tuple[str, str]]:
    """The first-level divisions a story's chosen places lie in (a country alone: none)."""
    return {
        (p.country, p.admin1)
        for p in places
        if p is not None and p.country and p.admin1 and p.admin_level != 0
    }


def home_areas(
    stories: Iterable[tuple[str, Sequence[Place | None]]],
    min_stories: int = MIN_STORIES,
    share: float = SHARE,
) -> dict[str, tuple[str, str]]:
    """By publisher, the (country, admin1) most of its stories are set in, from each
    story's publisher and the places chosen for its names; a publisher without a clear
    home (too few stories, or no division in ``share`` of them) is left out."""
    by_publisher: dict[str, list[set[tuple[str, str]]]] = {}
    for publisher, places in stories:
        if publisher:
            by_publisher.setdefault(publisher, []).append(_divisions(places))
    return {
        publisher: home
        for publisher, divisions in by_publisher.items()
        if (home := home_of(divisions, min_stories, share)) is not None
    }


def home_of(
    stories: Sequence[Collection[tuple[str, str]]],
    min_stories: int = MIN_STORIES,
    share: float = SHARE,
) -> tuple[str, str] | None:
    """The one publisher's home: the (country, admin1) at least ``share`` of its
    ``stories`` (each given as the divisions its places lie in) lie in, when there are
    at least ``min_stories`` and no other division is named by as many; else None."""
    votes: Counter[tuple[str, str]] = Counter()
    for divisions in stories:
        votes.update(set(divisions))
    if len(stories) < min_stories or not votes:
        return None
    ranked = votes.most_common(2)
    (division, top) = ranked[0]
    if top / len(stories) < share or (len(ranked) > 1 and ranked[1][1] == top):
        return None  # no division in enough of its stories, or two as often
    return division


def home_divisions(
    homes: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> dict[str, Place]:
    """Each publisher's home as the gazetteer's division row (skipped when it has none)."""
    found = {}
    for publisher, (country, admin1) in homes.items():
        division = gazetteer.division(country, admin1)
        if division is not None and division.name:
            found[publisher] = division
    return found


def home_ties(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    home: Place,
    margin: float,
) -> dict[str, Resolved]:
    """Each name read outside ``home`` whose reading of the same feature class inside it
    scores within ``margin`` of its best takes that reading (the best such); a name with no
    near-tie at home keeps its own (a foreign capital far ahead of a hamlet of the state),
    and so does a name the text qualifies ("Augusta, Maine": the text's own word), one read
    in a country the story names (not the home's), a national capital or a country. Only a
    place of that very name goes home: GeoNames lists a town's old names as alternates,
    and the home is no evidence that a story means a town by its former name."""
    decided = dict(chosen)
    named = _named_countries({k: r.place for k, r in chosen.items()})
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or not found or _at_home(current, home) or _famous(current):
            continue
        if any(f.get("qualifier", 0.0) > 0.0 for f in features[key]):
            continue
        if named.get(current.country, set()) - {key} and current.country != home.country:
            continue  # "Paris" in a story that names France
        best = max(scores[key])
        near = [
            (score, c.place)
            for score, c in zip(scores[key], found, strict=True)
            if score >= best - margin
            and c.kind == "name"
            and c.place.feature_class == current.feature_class
            and _at_home(c.place, home)
        ]
        if near:
            decided[key] = replace(chosen[key], place=max(near, key=lambda x: x[0])[1])
    return decided


def _at_home(place: Place, home: Place) -> bool:
    return place.country == home.country and place.admin1 == home.admin1


def home_moves(
    features: Mapping[str, list[dict[str, float]]],
    alone: Mapping[str, list[dict[str, float]]],
    candidates: Mapping[str, Sequence[Candidate]],
    score: Callable[[dict[str, float]], float],
    home: Place,
) -> dict[str, list[dict[str, float]]]:
    """The readings' features with the home's vote (``features``) where the vote moves a
    name into the home; elsewhere the features the story alone gives (``alone``). The
    home's vote also counts for its country, and that alone is no reason to read "Paris"
    as a town in Maine for a New York paper; nor does the home move a name the story
    reads in a country it names, not the home's ("Paris" beside "France")."""
    best = {k: _best(candidates[k], rows, score) for k, rows in alone.items()}
    named = _named_countries(best)
    kept = dict(features)
    for key, rows in features.items():
        before, after = best[key], _best(candidates[key], rows, score)
        if before is None or after is None or after == before:
            continue
        if not _at_home(after, home) or (
            named.get(before.country, set()) - {key} and before.country != home.country
        ):
            kept[key] = list(alone[key])
    return kept


def _named_countries(places: Mapping[str, Place | None]) -> dict[str, set[str]]:
    """Each country the story names, with the keys of the names read as it: a name read
    as a country is other names' evidence of it, not its own ("Jordan" read alone as the
    country, in a paper whose home holds a town of the name)."""
    named: dict[str, set[str]] = {}
    for key, place in places.items():
        if place is not None and place.is_country:
            named.setdefault(place.country, set()).add(key)
    return named


def _best(
    found: Sequence[Candidate],
    rows: Sequence[dict[str, float]],
    score: Callable[[dict[str, float]], float],
) -> Place | None:
    if not found:
        return None
    return found[max(range(len(rows)), key=lambda i: score(rows[i]))].place


def _famous(place: Place) -> bool:
    """A country or a national capital: the home tells which of a name's towns a paper
    means, never that a story naming a capital means a town of the home."""
    return place.is_country or place.feature_code.startswith("PPLC")
