"""Pick the place a toponym refers to, from gazetteer candidates and context.

Baseline rules, each explainable: a candidate in a country the article
mentions beats one outside it; otherwise the more populous place wins
(countries beat towns of the same name). One sense per document: the same
name resolves the same way throughout an article.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from frontlines.resolve.place.gazetteer import Gazetteer, Place
from frontlines.resolve.place.names import name_key

COUNTRY_BONUS = 100.0


class ToponymResolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def context_countries(self, names: Iterable[str]) -> set[str]:
        """Country codes of the names in an article that are countries."""
        codes = set()
        for name in names:
            for place in self.gazetteer.lookup(name):
                if place.feature_class == "A":
                    codes.add(place.country)
                    break
        return codes

    def resolve_document(self, names: list[str]) -> list[Place | None]:
        countries = self.context_countries(names)
        chosen: dict[str, Place | None] = {}
        results = []
        for name in names:
            key = name_key(name)
            if key not in chosen:
                chosen[key] = self.resolve(name, countries)
            results.append(chosen[key])
        return results

    def resolve(
        self, name: str, countries: set[str] | frozenset[str] = frozenset()
    ) -> Place | None:
        candidates = self.gazetteer.lookup(name)
        if not candidates:
            return None
        return max(candidates, key=lambda p: self._score(p, countries))

    @staticmethod
    def _score(place: Place, countries: set[str] | frozenset[str]) -> float:
        score = math.log1p(place.population)
        if place.feature_class == "A":
            score += 5.0
        if place.country in countries:
            score += COUNTRY_BONUS
        return score
