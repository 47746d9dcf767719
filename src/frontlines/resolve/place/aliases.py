"""A town's alternate name, read in a country none of the story's other places lie in, is
no reading.

Why a check after the ranker: an alternate name is often an old, foreign or local name
a town went by ("Abbasiya" for an Israeli town, "South Island" for a Californian one),
and with nothing else in the story it wins by its population alone. On the tune halves
of LGL, TR-News and GeoVirus, nine town readings by an alternate name in a country no
other name of the story was read in were right once (and that one a reading of a story
with a single other place). A reader keeps the story's countries: the name's own-name
reading in one of them, or no place. But "alternate name" also holds the plain
spellings of a town's own name ("Beit Hanoun" for Bayt Hanun, "Kupiansk" for Kupyansk),
and conflict news is often told from another country's capitals, so a name that is a
spelling of the town's own name (its folded key like the own name's by at least
``SPELLING_SIMILARITY``: "Abbasiya" and Yehud are .17 alike, those two .78 and .88)
stands.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.names import name_key
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.story import within

__all__ = [
    "ALIAS_TOWN_MAX",
    "MIN_OTHERS",
    "SPELLING_SIMILARITY",
    "AFAR_KM",
    "AFAR_TOWN_MAX",
    "aliases_abroad",
    "aliases_afar",
    "spelling_of",
]

#: A town this populous, or a capital or seat, stands by its alternate name: the name is
#: likely the one the world knows it by ("Mecca" for Makkah, from Jakarta or Karachi).
ALIAS_TOWN_MAX = 50_000
_SEATS = frozenset({"PPLC", "PPLA", "PPLG"})

#: How many of the story's other names must have a place for its countries to say where
#: the story is.
MIN_OTHERS = 2

#: A town chosen by another name of it must lie this near a town or division of the story
#: (``aliases_afar``), as far as ``strays.FAR_KM``: the right ones on the tune halves lay
#: within 40 km of one, the wrong ones 200 km or more (two of five over 500 km) from every
#: one; but a conflict story's towns lie far apart ("Kobane" beside Sinjar, 300 km off).
AFAR_KM = 500.0
#: ... unless it is a city this populous (by "Saigon" news means the city wherever it is).
AFAR_TOWN_MAX = 1_000_000

#: How alike (``difflib`` ratio of the folded keys) an alternate name and a town's own
#: name must be for the one to be a spelling of the other, not another name.
SPELLING_SIMILARITY = 0.5


def spelling_of(key: str, name: str) -> bool:
    """Whether the name key ``key`` is a spelling of ``name`` ("beithanun" of "Bayt
    Hanun"), not an old or foreign name of the place ("abasiya" of "Yehud")."""
    return SequenceMatcher(None, key, name_key(name)).ratio() >= SPELLING_SIMILARITY


def aliases_abroad(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    min_others: int = MIN_OTHERS,
) -> dict[str, Resolved]:
    """Give each name chosen as a town of fewer than ``ALIAS_TOWN_MAX`` people (no capital
    or seat) by an alternate name that is no spelling of its own name (``spelling_of``),
    in a country none of the story's other names (``min_others`` or more with a place)
    was read in, its best-scored own-name reading in one of those countries, or no place.
    The confidence stays the ranker's."""
    decided = dict(chosen)
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or current.feature_class != "P" or current.feature_code in _SEATS:
            continue
        if current.population >= ALIAS_TOWN_MAX:
            continue
        reading = next((c for c in found if c.place.geonames_id == current.geonames_id), None)
        if reading is None or reading.kind != "alt" or spelling_of(key, current.name):
            continue
        others = [r.place.country for k, r in chosen.items() if k != key and r.place is not None]
        if len(others) < min_others or current.country in others:
            continue
        home = set(others)
        own = [(s, c.place) for c, s in zip(found, scores[key], strict=True)
               if c.kind == "name" and c.place.country in home]  # fmt: skip
        place = max(own, key=lambda o: o[0])[1] if own else None
        confidence = chosen[key].confidence if place is not None else 0.0
        decided[key] = replace(chosen[key], place=place, confidence=confidence)
    return decided


def aliases_afar(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
) -> dict[str, Resolved]:
    """Give each name chosen as a town (no capital, under ``AFAR_TOWN_MAX`` people) by an
    alternate name that is no spelling of its own name (an old or local name: "South
    Island" for a Californian city, "Twickenham" for an Alabama one) lying over
    ``AFAR_KM`` from every town and division the story's other names were read as, in
    none of those divisions and in none of the story's countries (those it names, by name
    or demonym, and those of its towns and divisions), its best-scored reading by its own
    name: a place that is called so. With none, the old name stands ("Kobani" for Ayn
    al-Arab, in a story told from Ankara and Baghdad: no place is called Kobani, and a
    one-letter variant far off would be worse).

    The towns and divisions that vouch are read by their own names (two old names do
    not vouch for each other). Why: such a reading wins on its town's population with
    nothing of the story near it, while an old name the story means lies by the story's
    places ("Penacook" beside Concord, "Jbeil" in a Lebanese story, "Kobane" in one of
    Iraqi towns 300 km off). A country is a better unit than a distance for "near": a
    national story is often told from its capital ("Dimitrov", Myrnohrad's Soviet name,
    beside Kyiv is Myrnohrad, not the Armenian village called so), and the same town
    named elsewhere by its own name vouches for its old one ("Bakhmut, once called
    Artemovsk"). A story with no other town or division says nothing either way, and
    keeps its reading. The confidence stays the ranker's."""
    near = [
        r.place
        for k, r in chosen.items()
        if r.place is not None and r.place.lat is not None and r.place.lon is not None
        and not r.place.is_country and r.place.feature_class in {"A", "P"}
        and not _old_name(k, r.place, candidates[k])
    ]  # fmt: skip
    # the story's countries: those it names (by name or demonym) and those its own towns
    # and divisions lie in ("Dimitrov" read as Myrnohrad beside Kyiv, over 500 km off: Ukraine)
    countries = {r.place.country for r in chosen.values() if r.place is not None
                 and r.place.is_country} | {p.country for p in near}  # fmt: skip
    decided = dict(chosen)
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or current.country in countries or not _afar(key, current, found, near):
            continue
        if not near:
            continue  # no other town or division: no evidence
        own = [(s, c.place) for c, s in zip(found, scores[key], strict=True)
               if c.kind == "name"]  # fmt: skip
        if own:
            decided[key] = replace(chosen[key], place=max(own, key=lambda o: o[0])[1])
    return decided


def _afar(key: str, place: Place, found: Sequence[Candidate], near: Sequence[Place]) -> bool:
    """Whether ``place`` is a town read by an old or local name (no spelling of its own)
    far from every town and division of the story read by its own name (``aliases_afar``).
    ``near`` never holds this name's own reading (an old name does not vouch), so the same
    town named elsewhere by its own name is near ("Bakhmut, which Moscow calls Artemovsk")."""
    if place.feature_class != "P" or place.feature_code in _SEATS:
        return False
    if place.population >= AFAR_TOWN_MAX or not _old_name(key, place, found):
        return False
    return not any(
        within(place, p, AFAR_KM) or (p.feature_class == "A" and place.lies_in(p)) for p in near
    )


def _old_name(key: str, place: Place, found: Sequence[Candidate]) -> bool:
    """Whether ``place`` is read for the name ``key`` by an alternate name that is no
    spelling of its own: such readings vouch for no other ("Twickenham" and "Boston" read
    as two Alabama places by their old names keep neither there)."""
    reading = next((c for c in found if c.place.geonames_id == place.geonames_id), None)
    return reading is not None and reading.kind == "alt" and not spelling_of(key, place.name)
