"""A name the story also names another way: a town read for it gives way to the country
or first-level division another name of the story was read as ("Egypt" beside
"Egyptians": the country, not the Pennsylvania hamlet).

Why a check after the ranker: a small namesake town in the story's own state can outscore
a country its other names barely vote for, while a demonym, an alias or the name in
another form ("Egyptians", "the Lone Star State") was read, on its own evidence, as that
very country or division. One place named two ways is one place; a reader does not take
the story to mean a hamlet by the one and a country by the other. The town stands when
the text qualifies it ("Egypt, Pa."). No place is named in code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate
from frontlines.resolve.place.namesakes import own_features
from frontlines.resolve.place.reading import Resolved

__all__ = ["LEAST_BELIEF", "named_twice"]

#: How sure the other name's reading must be to speak for the place.
LEAST_BELIEF = 0.7


def named_twice(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    features: Mapping[str, Sequence[Mapping[str, float]]],
) -> dict[str, Resolved]:
    """``chosen`` with each town that is no capital, chosen for a name one of whose
    readings is a country or first-level division another name of the story was read as
    (with ``LEAST_BELIEF``), read as that country or division (see the module); a town in
    a division the story names, or in that country or division itself, stands."""
    wide = {
        r.place.geonames_id: r.place
        for r in chosen.values()
        if r.place is not None and r.confidence >= LEAST_BELIEF
        and r.place.admin_level in (0, 1)
    }  # fmt: skip
    if not wide:
        return dict(chosen)
    divisions = [
        r.place for r in chosen.values()
        if r.place is not None and r.place.feature_class == "A" and not r.place.is_country
    ]  # fmt: skip
    decided = dict(chosen)
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or current.feature_class != "P" or current.feature_code == "PPLC":
            continue
        own = own_features(found, features[key], current)
        if own is not None and own.get("qualifier", 0.0) > 0.0:
            continue
        if any(current.lies_in(d) for d in divisions):
            continue  # the story's own county or state holds the town
        other = next((c.place for c in found if c.place.geonames_id in wide), None)
        if other is not None and not current.lies_in(other):
            decided[key] = replace(chosen[key], place=other)
    return decided
