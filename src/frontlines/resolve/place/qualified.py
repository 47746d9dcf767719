"""A town the text puts in a state or country ("Charlevoix, Quebec") lies there, or
nowhere we know.

Why a check after the ranker: the ranker weighs "lies in the qualifier" as one feature
among others, so when the gazetteer holds no town of the name inside the qualifier, it
still picks a namesake elsewhere (a Charlevoix in Michigan for one in Quebec), and the
qualifier itself may go to a town that lists the name among its alternate ones. A reader
knows better: the text says where the town is, so a namesake elsewhere is wrong (the map
shows none rather than a wrong one), and the qualifier is the state or country it names.
The evidence is the text's "<town>, <division or country>" and the gazetteer's
containment, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.vocab.words import words

__all__ = [
    "LIST_JOINS",
    "POSSESSIVE",
    "located_pairs",
    "nested_links",
    "possessed_towns",
    "qualified_pairs",
    "qualified_towns",
]

#: What joins an owner and the place it holds: "Giza's Haram district", "Kenya’s Dadaab".
POSSESSIVE = frozenset({"'s ", "’s "})

#: Nouns after "<owner>'s <name>" that make the name a small place the owner holds.
HELD_PLACE_NOUNS = words("place", "held_place_nouns")
#: The first word after a name.
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
#: Feature codes of divisions below the first level: held, like towns.
_LOWER_DIVISIONS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5"})

#: What joins the items of a list of places: ", ", " and ", ", or ".
LIST_JOINS = re.compile(r"^\s*(,|,?\s*(and|or))\s*$")


def qualified_pairs(
    toponyms: Sequence[Toponym], text: str, nests: Callable[[int], bool] | None = None
) -> list[int]:
    """Indices ``i`` of the toponyms followed by a comma and a next one that closes the
    pair ("Paris, Texas"), not a list going on ("Washington, New York and Boston"). A name
    without offsets qualifies nothing. ``nests(j)`` says whether toponym ``j`` lies in
    toponym ``j + 1`` (``nested_links``); without it no link nests. The ranker's qualifier
    feature and the check after it read the same pairs."""
    pairs = []
    for i in range(len(toponyms) - 1):
        here, there = toponyms[i], toponyms[i + 1]
        if here.end < 0 or there.start < here.end or text[here.end : there.start].strip() != ",":
            continue
        if _list_goes_on(toponyms, i + 1, text, nests) or _list_ends(toponyms, i, text, nests):
            continue
        pairs.append(i)
    return pairs


def _list_goes_on(
    toponyms: Sequence[Toponym], i: int, text: str, nests: Callable[[int], bool] | None
) -> bool:
    """Whether a list of places runs on after toponym ``i``: a join follows it and either
    the run closes with "and" / "or" ("Washington, New York and Boston") or a link of it
    does not lie in the next ("Aleppo, Idlib, Hama and the countryside": a list whose
    close is no place). A run of bare commas whose every link lies in the next is a chain
    of containers ("Stroud, Ontario, Canada"), whose pairs each qualify."""
    for j, (here, there) in enumerate(zip(toponyms[i:], toponyms[i + 1 :], strict=False), i):
        if there.start < here.end or not (m := LIST_JOINS.match(text[here.end : there.start])):
            break
        if m.group(2) or nests is None or not nests(j):
            return True
    return False


def _list_ends(
    toponyms: Sequence[Toponym], i: int, text: str, nests: Callable[[int], bool] | None
) -> bool:
    """Whether toponym ``i`` closes a run of bare commas in which it, or a link before it
    other than the run's first, does not lie in the next ("Mosul, Kirkuk, Erbil,
    Baghdad": Erbil is no town of Baghdad). Read only with ``nests``: without it a run's
    last pair closes it."""
    if nests is None:
        return False
    for k in range(i, 0, -1):
        before, here = toponyms[k - 1], toponyms[k]
        if before.end < 0 or here.start < before.end:
            return False
        if text[before.end : here.start].strip() != ",":
            return False
        if not nests(k):
            return True
    return False


def nested_links(
    keys: Sequence[str], candidates: Mapping[str, Sequence[Candidate]]
) -> Callable[[int], bool]:
    """``nests(j)``: whether a country or first-level division reading of name ``j`` lies
    in one of name ``j + 1`` ("Ontario" in "Canada"), the test of a chain of bare commas."""

    def nests(j: int) -> bool:
        inner, outer = _containers(candidates[keys[j]]), _containers(candidates[keys[j + 1]])
        return any(a.lies_in(b) for a in inner for b in outer)

    return nests


def _containers(found: Sequence[Candidate]) -> list[Place]:
    """The readings that can hold a town: a country or a first-level division, by a name
    or an abbreviation (not a demonym)."""
    return [c.place for c in found if c.kind != "demonym" and c.place.admin_level in (0, 1)]


def located_pairs(toponyms: Sequence[Toponym], text: str) -> list[int]:
    """Indices ``i`` of the toponyms followed by "in" and a next one ("Sumatra in
    Indonesia", "Moscow in Idaho"): the writer places the name in the next one. Read
    only as the ranker's qualifier, which favours the readings that lie inside and
    changes nothing when none does ("the role of France in Mali"), never as
    ``qualified_towns``' verdict, which would empty such a name."""
    return [
        i
        for i in range(len(toponyms) - 1)
        if 0 <= toponyms[i].end <= toponyms[i + 1].start
        and text[toponyms[i].end : toponyms[i + 1].start] == " in "
    ]


def qualified_towns(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    text: str,
) -> dict[str, Resolved]:
    """For each "<town>, <qualifier>" whose qualifier is, by any of its names or
    abbreviations ("Man." for Manitoba), a country or a first-level division: the
    qualifier reads as the one holding the chosen town; when no reading of the town lies
    in any of them, the town gets no place and the qualifier the most populous of them.
    Only a name read as a town is judged: "Syria, Iraq" is a list."""
    decided = dict(chosen)
    for i in qualified_pairs(toponyms, text, nested_links(keys, candidates)):
        key, qualifier = keys[i], keys[i + 1]
        town = chosen[key].place
        containers = _containers(candidates[qualifier])
        if town is None or town.feature_class != "P" or not containers or key == qualifier:
            continue
        holding = next((c for c in containers if town.lies_in(c)), None)
        if holding is not None:
            decided[qualifier] = Resolved(holding, chosen[qualifier].confidence)
            continue
        if any(c.place.lies_in(k) for c in candidates[key] for k in containers):
            continue  # the ranker weighed a reading inside and chose another: it stands
        decided[key] = Resolved(None, 0.0)
        best = max(containers, key=lambda p: p.population)
        decided[qualifier] = Resolved(best, chosen[qualifier].confidence)
    return decided


def possessed_towns(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    text: str,
) -> dict[str, Resolved]:
    """ "<owner>'s <name> <small place noun>" ("Giza's Haram district", "Kenya's Dadaab
    camps") puts the name in the owner's country: when the gazetteer holds no reading of
    the name there, the namesake chosen abroad (a Norwegian Haram for Giza's) is wrong, and
    the name gets no place. The owner's chosen reading says which country; a reading of the
    name there that the ranker weighed and passed over stands, as for "<town>, <state>".
    Only a town or a smaller place (``_small``) followed by such a noun: conflict copy
    names one state's deeds in another place this way ("Russia's Ukraine war", "Israel's
    West Bank settlements", "Turkey's Afrin offensive", "Tehran's Damascus ally"), and
    those places stand."""
    decided = dict(chosen)
    for i in range(len(toponyms) - 1):
        owner, held = toponyms[i], toponyms[i + 1]
        if owner.end < 0 or held.start < owner.end:
            continue
        if text[owner.end : held.start] not in POSSESSIVE:
            continue
        key, owner_key = keys[i + 1], keys[i]
        place, owner_place = chosen[key].place, chosen[owner_key].place
        if place is None or owner_place is None or key == owner_key or not owner_place.country:
            continue
        if not _small(place) or not _before_place_noun(text, held.end):
            continue
        if any(c.place.country == owner_place.country for c in candidates[key]):
            continue
        decided[key] = Resolved(None, 0.0)
    return decided


def _small(place: Place) -> bool:
    """A town, a site, or a division below the first level: a place an owner holds, never
    a country, a dependency, a first-level division or a region ("Denmark's Greenland",
    "Israel's West Bank" are claims or occupations, not containment)."""
    return not place.is_country and (
        place.feature_class in {"P", "S"} or place.feature_code in _LOWER_DIVISIONS
    )


def _before_place_noun(text: str, end: int) -> bool:
    """The word after the name at ``end`` is a small place's noun ("Haram district")."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1).lower() in HELD_PLACE_NOUNS
