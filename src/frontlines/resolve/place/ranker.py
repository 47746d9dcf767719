"""What a reader weighs when choosing a place name's reading, as named features, and the
linear ranker that weighs them.

Why features and not one hand-written score: the same evidence (population, feature
type, how the name matched, the article's other places) can then be weighed by hand
(``hand_coefficients``, the resolver's ``ResolverWeights``) or by a ranker fitted on
labelled toponyms (``frontlines train places``, a conditional logit over each name's
readings, stored as ``data/place_ranker.json``). A reading's score is the sum of its
features times their coefficients; the resolver turns scores into beliefs (a softmax)
and lets the article's places vote over a few passes, whichever coefficients it uses.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul

from frontlines.errors import DataFileError
from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.weights import ResolverWeights
from frontlines.resolve.place.weights import StoryContext as _Context
from frontlines.vocab.geometry import haversine_km, remembered_km
from frontlines.vocab.weights import NamedWeights

__all__ = [
    "FEATURE_CODES",
    "PlaceRanker",
    "RANKER_FILE",
    "bundled_ranker",
    "candidate_features",
    "hand_coefficients",
]

#: The bundled fitted ranker, in ``frontlines/data``.
RANKER_FILE = "place_ranker.json"
#: Feature codes that get a feature of their own (seats of divisions, sections of a city,
#: third-order divisions); other codes speak through their class (``class:H`` ...).
FEATURE_CODES = ("PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLX", "PPLL", "ADM3", "ADMD")
#: Beyond this, a reading's distance to the article's nearest other place says nothing more.
_FAR_KM = 10_000.0
_LOG_FAR = math.log10(_FAR_KM + 1.0)


@dataclass(frozen=True)
class PlaceRanker(NamedWeights):
    """Coefficients by feature name (unknown features weigh nothing), and what they were
    fitted on."""

    def score(self, features: Mapping[str, float]) -> float:
        """``weighted_sum``, the same products summed in the same order, by ``map`` (no
        Python step per term): the resolver scores every reading of every name in each
        voting pass, and a comprehension's steps per term cost more than the products."""
        return sum(
            map(mul, map(self.weights.get, features.keys(), repeat(0.0)), features.values())
        )


@cache
def bundled_ranker() -> PlaceRanker | None:
    """The fitted ranker shipped in ``frontlines/data``, or None when there is none (the
    resolver then weighs by hand)."""
    file = resources.files("frontlines.data").joinpath(RANKER_FILE)
    if not file.is_file():
        return None
    try:
        return PlaceRanker.from_json(file.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DataFileError(f"{RANKER_FILE}: {exc}") from exc


def hand_coefficients(w: ResolverWeights) -> dict[str, float]:
    """The hand-tuned weights as coefficients of ``candidate_features``: the resolver with
    these scores exactly as its hand-written rules did."""
    return {
        "log_population": w.population,
        "country": w.country,
        "continent": w.continent,
        "region": w.region,
        "admin1": w.admin1,
        "admin1_holds_city": w.division_holds_city,
        "division_named_as_country": w.division_named_as_country,
        "admin2": w.admin2,
        "capital": w.capital,
        "kind:alt": w.alternate_name,
        "kind:abbr": w.abbreviation,
        "kind:variant": w.spelling_variant,
        "division_alternate": w.division_alternate,
        "qualifier": w.qualifier,
        "same_country": w.same_country,
        "country_share": w.country_share,
        "setting_share": w.setting_share,
        "own_country": w.own_country,
        "same_admin1": w.same_admin1,
        "named_admin1": w.named_admin1,
        "admin1_share": w.admin1_share,
        "nearby": w.nearby,
        "centroid_distance": -w.centroid,
        "dateline": w.dateline,
        "feature_word": w.feature_word,
        "articled_town": w.articled_town,
    }


@dataclass(frozen=True)
class FixedFeatures:
    """What ``candidate_features`` reads of a name's readings that the story's vote does not
    change, worked out once: the resolver asks for the features of every reading of every
    name in each of its voting passes, and only the context terms differ between them.
    Per reading, the terms ``_place_features`` puts before the context's and those
    ``candidate_features`` adds after them, in the order a fresh reading would add them
    (the ranker sums in insertion order, so the scores are the same to the last bit)."""

    head: tuple[dict[str, float], ...]
    tail: tuple[dict[str, float], ...]
    towns_only: bool


def fixed_features(
    candidates: Sequence[Candidate],
    qualifier: Place | None,
    weights: ResolverWeights,
    feature_class: str | None = None,
    articled: bool = False,
) -> FixedFeatures:
    """The context-free terms of each reading of one name (see ``FixedFeatures``)."""
    cities = {
        (c.place.country, c.place.admin1): c.place.population
        for c in candidates
        if c.place.feature_class == "P" and c.kind == "name"
    }
    top_population = max((_log_population(c.place) for c in candidates), default=0.0)
    countries = {c.place.country for c in candidates if c.place.is_country}
    # a name no country or state goes by: a town in a state the story names outright
    # ("London" beside "Ontario") gains; "Italy" beside "Texas" is still the country
    towns_only = all(c.place.admin_level is None and c.place.admin1 for c in candidates)
    heads, tails = [], []
    for c in candidates:
        head = _fixed_place_features(c, qualifier, weights, cities)
        place = c.place
        f: dict[str, float] = {}
        if feature_class and place.feature_class == feature_class:
            f["feature_word"] = 1.0
        if articled and place.feature_class == "P" and not place.name.lower().startswith("the "):
            f["articled_town"] = 1.0
        f["population_gap"] = head["log_population"] - top_population
        _interactions(f, c, head["log_population"])
        if f["population_gap"] == 0.0:
            f["most_populous"] = 1.0
        if place.admin_level == 1 and place.country in countries:
            f["division_named_as_country"] = 1.0
        heads.append(head)
        tails.append(f)
    return FixedFeatures(tuple(heads), tuple(tails), towns_only)


def candidate_features(
    candidates: Sequence[Candidate],
    qualifier: Place | None,
    context: _Context,
    weights: ResolverWeights,
    feature_class: str | None = None,
    articled: bool = False,
    fixed: FixedFeatures | None = None,
) -> list[dict[str, float]]:
    """The features of each reading of one name: the hand rules' terms (see
    ``hand_coefficients``) and what only a fitted ranker weighs (feature class and code,
    population against the name's other readings, distance to the nearest other place,
    the capital of the country the story names most). ``fixed``: the readings'
    ``fixed_features`` for these very arguments, when the caller keeps them between
    voting passes (without: worked out here)."""
    if fixed is None:
        fixed = fixed_features(candidates, qualifier, weights, feature_class, articled)
    story_country = max(context.countries, key=lambda k: context.countries[k], default=None)
    towns_only = fixed.towns_only
    rows = []
    for c, head, tail in zip(candidates, fixed.head, fixed.tail, strict=True):
        f = dict(head)
        _context_features(f, c.place, context, weights)
        f.update(tail)
        place = c.place
        if place.feature_code == "PPLC" and story_country == place.country:
            f["story_capital"] = 1.0
        if place.is_country and story_country == place.country:
            f["story_country"] = 1.0
        if towns_only and (named := context.divisions.get((place.country, place.admin1), 0.0)):
            f["named_admin1"] = min(1.0, named)
        rows.append(f)
    return rows


def _interactions(f: dict[str, float], candidate: Candidate, pop: float) -> None:
    """Population weighed by the kind of reading: a county's or an alias's population
    says less than a town's own name does."""
    place = candidate.place
    if candidate.kind != "name":
        f["alias_population"] = pop
    if place.admin_level in (1, 2):
        f[f"admin{place.admin_level}_population"] = pop
    elif place.feature_class == "P":
        f["town_population"] = pop


def _log_population(place: Place) -> float:
    return math.log10(place.population + 1)


def _fixed_place_features(
    candidate: Candidate,
    qualifier: Place | None,
    w: ResolverWeights,
    cities: dict[tuple[str, str], int],
) -> dict[str, float]:
    """A reading's own terms: what it is, how it was matched, whether the name's
    qualifier holds it."""
    place = candidate.place
    f: dict[str, float] = {"log_population": _log_population(place)}
    if place.population == 0:
        f["no_population"] = 1.0
    if place.is_country:
        f["country"] = 1.0
    elif place.feature_code == "CONT":
        f["continent"] = 1.0
    elif place.feature_code == "RGN":
        f["region"] = 1.0
    elif place.admin_level == 1:
        f["admin1"] = 1.0
        if cities and (
            (place.country, place.admin1) in cities
            or max(cities.values()) >= w.city_share * place.population
        ):
            f["admin1_holds_city"] = 1.0
    elif place.admin_level == 2:
        f["admin2"] = 1.0
    elif place.feature_code == "PPLC":
        f["capital"] = 1.0
    if place.feature_code in FEATURE_CODES:
        f[f"code:{place.feature_code}"] = 1.0
    if place.feature_class not in ("A", "P"):
        f[f"class:{place.feature_class or '-'}"] = 1.0
    if candidate.kind != "name":
        f[f"kind:{candidate.kind}"] = 1.0
    if candidate.kind == "alt" and place.admin_level in (1, 2):
        f["division_alternate"] = 1.0
    if qualifier is not None and place.lies_in(qualifier):
        f["qualifier"] = 1.0
    return f


def _context_features(
    f: dict[str, float], place: Place, context: _Context, w: ResolverWeights
) -> None:
    """The terms the story's other places give a reading (its vote), added to ``f``. Asked
    of every reading of every name in each voting pass: the context's totals are read
    once, and ``min``/``max`` of two written as comparisons (the same values)."""
    total = context.total
    if not place.is_country:
        votes = context.countries.get(place.country, 0.0)
        f["same_country"] = votes if votes < 1.0 else 1.0
        f["country_share"] = votes / total if total else 0.0
        f["setting_share"] = context.local_share(place.country)
    elif place.country:
        f["own_country"] = context.local_share(place.country)
    if place.admin1:
        support = context.admin1s.get((place.country, place.admin1), 0.0)
        f["same_admin1"] = support if support < 1.0 else 1.0
        f["admin1_share"] = support / total if total else 0.0
    at_lat, at_lon = place.lat, place.lon
    if at_lat is not None and at_lon is not None:
        if context.points:
            near = 0.0
            nearest = _FAR_KM
            # every reading of every name against every other name's readings, in each
            # pass: the loop reads no attribute and calls no ``min`` (the same sums, term by
            # term)
            own, nearby_km = place.geonames_id, w.nearby_km
            for lat, lon, gid, belief in context.points:
                if gid == own:
                    continue
                km = remembered_km(at_lat, at_lon, lat, lon)
                if km <= nearby_km:
                    near += belief
                if belief >= 0.5 and km < nearest:
                    nearest = km
            f["nearby"] = near if near < 1.0 else 1.0
            f["nearest_distance"] = math.log10(nearest + 1.0) / _LOG_FAR
        if context.centroid is not None:
            km = haversine_km(at_lat, at_lon, *context.centroid)
            gap = math.log10((km + 1.0) / w.centroid_km)
            f["centroid_distance"] = gap if gap > 0.0 else 0.0
    if place.country and place.country in context.dateline:
        f["dateline"] = 1.0
