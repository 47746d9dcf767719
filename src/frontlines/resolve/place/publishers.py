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
The home then enters each story of the publisher as one more name of the story, with no
offsets (the division's own name), so it weighs like a story that says "Ohio" once:
near-ties among namesakes go to the one in the home, while a name the story itself ties
elsewhere ("Paris, France") keeps its reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from frontlines.resolve.place.gazetteer import Gazetteer, Place

__all__ = ["MIN_STORIES", "SHARE", "home_areas", "home_divisions"]

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
    votes: dict[str, Counter[tuple[str, str]]] = {}
    counts: Counter[str] = Counter()
    for publisher, places in stories:
        if not publisher:
            continue
        counts[publisher] += 1
        votes.setdefault(publisher, Counter()).update(_divisions(places))
    homes: dict[str, tuple[str, str]] = {}
    for publisher, n in counts.items():
        if n < min_stories or not votes[publisher]:
            continue
        ranked = votes[publisher].most_common(2)
        (division, top) = ranked[0]
        if top / n < share or (len(ranked) > 1 and ranked[1][1] == top):
            continue  # no division in enough of its stories, or two as often
        homes[publisher] = division
    return homes


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
