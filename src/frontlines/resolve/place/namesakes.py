"""A world capital or a country against its small namesake.

Why a check after the ranker: the fitted ranker learns from local news (LGL) that a story
set in one country reads its names there, so "Paris" in a story that also names Iowa
goes to Paris, Texas, and "Mexico" among US places to Mexico, New York. A reader does
not: a name that is a country's or a national capital's is that place unless the text
puts the namesake in its own state (", Texas", or other places in Texas). The evidence is
the gazetteer's (feature code, population) and the story's (the namesake's state named
or voted for), never a list of names.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved

__all__ = [
    "LEAST_DOUBT",
    "MIN_RATIO",
    "STATE_SUPPORT",
    "WORLD_CITY",
    "abroad_too",
    "capitals_of_named_countries",
    "cities_over_divisions",
    "countries_named",
    "expanses_over_hamlets",
    "own_features",
    "prominent_over_namesakes",
]

#: How many times the namesake's population the capital's (or country's) must be: a
#: capital of two million against a town of 25,000 is the name's sense; a capital of
#: 30,000 against a city of 100,000 is not.
MIN_RATIO = 20.0
#: The support from the story for the namesake's own state (``same_admin1``: other places
#: in it, weighted by belief) at or above which the namesake stands.
STATE_SUPPORT = 0.5
#: The ranker's confidence in the namesake at or above which it stands: the story's
#: setting then chose it clearly over its other namesakes and the capital.
LEAST_DOUBT = 0.7
#: A city this populous is what international news means by the name of the state or
#: province that bears it too ("New York"; not "Quebec", whose city is smaller).
WORLD_CITY = 1_000_000


def own_features(
    found: Sequence[Candidate], features: Sequence[Mapping[str, float]], place: Place
) -> Mapping[str, float] | None:
    """The ranker's features of ``place`` among a name's readings ``found`` (in the order
    of ``features``), found by GeoNames id: what the text says of the chosen reading
    (a qualifier, its state's support, places near it); None if it is no reading."""
    return next(
        (f for c, f in zip(found, features, strict=True)
         if c.place.geonames_id == place.geonames_id),
        None,
    )  # fmt: skip


def _prominent(place: Place) -> bool:
    """A country, or a country's capital city."""
    return place.is_country or place.feature_code == "PPLC"


def _namesake(place: Place) -> bool:
    """A town that is no capital: what a prominent place's name may wrongly go to."""
    return place.feature_class == "P" and not _prominent(place)


def prominent_over_namesakes(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    min_ratio: float = MIN_RATIO,
    state_support: float = STATE_SUPPORT,
    least_doubt: float = LEAST_DOUBT,
    near_counts: bool = True,
    only: Collection[str] | None = None,
) -> dict[str, Resolved]:
    """Give each name chosen as a small town to the country or national capital of
    another country that goes by the same own name and is ``min_ratio`` times as
    populous, unless the ranker chose the town surely (``least_doubt``), the text
    qualifies it (", Texas"), its state has ``state_support`` from the story's other
    places, they lie near it, or another name of the story was read as a place in the
    state of any town of that name. Only own names compete: a country's alternate name
    that a town spells is no country's name. The confidence stays the ranker's, since it
    weighed the story against the choice. ``near_counts`` False: places near the town
    do not keep it (an international story's capitals are its actors: "Washington" beside
    "Vienna" is no sign of Vienna, Virginia). ``only``: judge only these names."""
    states = {
        k: (r.place.country, r.place.admin1)
        for k, r in chosen.items()
        if r.place is not None and r.place.admin_level != 0 and r.place.admin1
    }
    decided = dict(chosen)
    for key, found in candidates.items():
        if only is not None and key not in only:
            continue
        current = chosen[key].place
        if current is None or not _namesake(current) or chosen[key].confidence >= least_doubt:
            continue  # a namesake the story clearly chose (by its setting) stands
        own = own_features(found, features[key], current)
        if own is None or own.get("qualifier", 0.0) > 0.0:
            continue
        near = near_counts and own.get("nearby", 0.0) > 0.0
        if own.get("same_admin1", 0.0) >= state_support or near:
            continue  # the story's other places lie in its state or near it
        towns = {(c.place.country, c.place.admin1) for c in found if _namesake(c.place)}
        if towns & {s for k, s in states.items() if k != key}:
            continue  # "Paris" beside Jackson, Tennessee: a namesake in the story's state
        rivals = [
            c.place
            for c in found
            if c.kind == "name"
            and _prominent(c.place)
            and c.place.country != current.country
            and c.place.population >= min_ratio * max(current.population, 1)
        ]
        if rivals:
            best = max(rivals, key=lambda p: p.population)
            decided[key] = replace(chosen[key], place=best)
    return decided


def abroad_too(chosen: Mapping[str, Resolved], least_countries: int = 2) -> set[str]:
    """The names whose story's other places lie in at least ``least_countries`` countries
    (towns, divisions and countries alike): a story that goes abroad ("attacks in
    San Bernardino, Calif., and Bamako, Mali") is no local news, and its country's
    votes are no tie of a world capital's name to a small namesake at home."""
    countries = {k: r.place.country for k, r in chosen.items()
                 if r.place is not None and r.place.country}  # fmt: skip
    return {
        k for k in chosen
        if len({c for o, c in countries.items() if o != k}) >= least_countries
    }  # fmt: skip


def countries_named(chosen: Mapping[str, Resolved]) -> int:
    """How many countries the story names by their own readings (a country's name read as
    the country, not its towns): a story naming several is international news, where a
    name that is a world capital's means the capital (local news names one country)."""
    return len({r.place.country for r in chosen.values()
                if r.place is not None and r.place.is_country})  # fmt: skip


def cities_over_divisions(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    min_population: int = WORLD_CITY,
    only: Collection[str] | None = None,
) -> dict[str, Resolved]:
    """Give each name chosen as a first-level division to the city of ``min_population``
    inside it that goes by the same name (as its own name or an alternate one: "New York"
    for New York City), unless the text qualifies the division. Called for international
    news, or for the names in ``only`` (events.cities_where_events_happen) unless another
    name of the story was read as that city (this one then means the state): local news
    names its own state by its name ("New York lawmakers")."""
    named = {r.place.geonames_id for r in chosen.values() if r.place is not None}
    decided = dict(chosen)
    for key, found in candidates.items():
        if only is not None and key not in only:
            continue
        current = chosen[key].place
        if current is None or current.admin_level != 1:
            continue
        own = own_features(found, features[key], current)
        if own is not None and own.get("qualifier", 0.0) > 0.0:
            continue
        cities = [
            c.place
            for c in found
            if c.place.feature_class == "P"
            and (c.place.country, c.place.admin1) == (current.country, current.admin1)
            and c.place.population >= min_population
        ]
        if not cities:
            continue
        best = max(cities, key=lambda p: p.population)
        if only is not None and best.geonames_id in named:
            continue  # "New York City, Long Island, New York": the city has its own name here
        decided[key] = replace(chosen[key], place=best)
    return decided


def capitals_of_named_countries(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    min_ratio: float = MIN_RATIO,
) -> dict[str, Resolved]:
    """Give each name chosen as a small town to the national capital of the same own name
    when the story also names that capital's country by its own name ("Paris" in a story
    that names France), unless the text qualifies the town (", Ky."): the country named
    is the text's own tie of the name to the capital, stronger than the story's setting,
    which made a Kentucky story read "Paris' Champs-Elysees" as Paris, Kentucky. The town
    may lie in a named country too (a story naming the United States and Syria, whose
    "Washington" pulled "Damascus" to the Maryland town near it): the capital of another
    named country still wins, not a capital of the town's own country."""
    named = {r.place.country for r in chosen.values()
             if r.place is not None and r.place.is_country}  # fmt: skip
    if not named:
        return dict(chosen)
    decided = dict(chosen)
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or not _namesake(current):
            continue
        own = own_features(found, features[key], current)
        if own is None or own.get("qualifier", 0.0) > 0.0:
            continue
        capital = next(
            (
                c.place
                for c in found
                if c.kind == "name"
                and c.place.feature_code == "PPLC"
                and c.place.country in named
                and c.place.country != current.country
                and c.place.population >= min_ratio * max(current.population, 1)
            ),
            None,
        )
        if capital is not None:
            decided[key] = replace(chosen[key], place=capital)
    return decided


#: Feature codes of the regions, continents and seas news names by a bare name.
_EXPANSES = frozenset({"RGN", "CONT", "OCN", "SEA", "GULF"})


def expanses_over_hamlets(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    state_support: float = STATE_SUPPORT,
    articled: Collection[str] = (),
) -> dict[str, Resolved]:
    """Give each name chosen as a town (no capital) to a region, continent, ocean or sea
    of the same name ("Middle East", "Pacific", "Americas"), unless the text qualifies the
    town or the story's other places lie in its state or near it. Why: a town, with a
    population, outscores a region, which has none, once the story's country votes for it,
    so a story about the US read "the Middle East" as a hamlet in Pennsylvania; news names
    the expanse, and the town only when the story is at home there. Evidence: the
    gazetteer's feature codes and the story's votes, never a list of names. A name of
    ``articled`` (keys written with "the": ``spelt.written_with_article``) is the expanse
    even where the story is at home near the town: nobody writes "the" before a hamlet's
    name ("over the Middle East" in a story that names Washington); for such a name any
    water, terrain or area reading is the expanse (a strait, a lake, a range)."""
    decided = dict(chosen)
    # first pass: the expanses the story names, read so or given here by the rule below
    kin = {r.place.feature_code: {k} for k, r in chosen.items()
           if r.place is not None and r.place.feature_code in _EXPANSES}  # fmt: skip
    near_home: dict[str, Place] = {}
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or not _namesake(current):
            continue
        own = own_features(found, features[key], current)
        expanse = next((c.place for c in found if c.place.feature_code in _EXPANSES), None)
        if expanse is None and key in articled:  # "through the Golden Gate": the strait
            expanse = next((c.place for c in found if c.place.feature_class in "HTL"), None)
        if own is None or expanse is None or own.get("qualifier", 0.0) > 0.0:
            continue
        if key in articled:
            decided[key] = replace(chosen[key], place=expanse)
            kin.setdefault(expanse.feature_code, set()).add(key)
            continue
        if own.get("nearby", 0.0) > 0.0:
            continue  # the story's places lie near the town: it is at home there
        if own.get("same_admin1", 0.0) >= state_support:
            near_home[key] = expanse
            continue
        decided[key] = replace(chosen[key], place=expanse)
        kin.setdefault(expanse.feature_code, set()).add(key)
    # "the Pacific flyway ... the Atlantic flyway": an ocean beside an ocean the story
    # names is the ocean, though a hamlet of the name lies in the story's state (but not
    # when the story's places lie near the hamlet: "buried in Atlantic, near Anita")
    for key, expanse in near_home.items():
        if kin.get(expanse.feature_code, set()) - {key}:
            decided[key] = replace(chosen[key], place=expanse)
    return decided
