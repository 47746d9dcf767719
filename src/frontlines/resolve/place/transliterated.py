"""Names no spelling of the gazetteer reaches, read by their consonants after the story.

Why apart from ``resolver`` and after its ranking: a consonant skeleton
(``names.fold_key``) is shared by many places of a region, most of them far from the
story; read among the other names' readings, they would vote for their countries (a
Kenyan story's "Pokot" would pull towards Baghdad). Read last, a skeleton only picks a
place near what the story already settled.
"""

from __future__ import annotations

from frontlines.resolve.place.gazetteer import FOLD_LONG_KEY, Candidate, Gazetteer
from frontlines.resolve.place.names import fold_key, lookup_variants
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.story import within
from frontlines.resolve.place.weights import ResolverWeights

__all__ = ["transliterated"]


def transliterated(
    gazetteer: Gazetteer,
    weights: ResolverWeights,
    texts: dict[str, str],
    chosen: dict[str, Resolved],
    candidates: dict[str, list[Candidate]],
) -> dict[str, Resolved]:
    """Each name (``texts``: by key) with no reading at all, read by its consonants
    (``Gazetteer.transliterations``): the most populous of its readings within ``fold_km``
    of a town or division the story surely names (``fold_short_km`` for a skeleton of fewer
    than ``FOLD_LONG_KEY`` consonants, which dozens of a region's names share), at
    ``variant_confidence`` shared among the readings that near. "Qamishly" beside Hasakah is
    Al Qamishli, not Khemis Sahel in Morocco; alone, or in a story set elsewhere, nothing."""
    w = weights
    settled = [
        r.place
        for k, r in chosen.items()
        if r.place is not None
        and not r.place.is_country
        and r.place.feature_class in {"A", "P"}
        and candidates[k]
        and candidates[k][0].kind != "variant"
        and r.confidence >= w.variant_settled
    ]
    if not settled:
        return chosen
    checked = dict(chosen)
    for k, text in texts.items():
        if candidates[k] or chosen[k].place is not None:
            continue
        km = w.fold_short_km if len(fold_key(text)) < FOLD_LONG_KEY else w.fold_km
        readings = next(filter(None, map(gazetteer.transliterations, lookup_variants(text))), [])
        near = [c.place for c in readings if any(within(c.place, s, km) for s in settled)]
        if near:
            checked[k] = Resolved(near[0], round(w.variant_confidence / len(near), 4))
    return checked
