"""Names in one list are places of one kind.

Why a check after the ranker: the ranker weighs each name against the story's places, so
a story set in Nigeria reads "Niger" in "Burkina Faso, Mali and Niger" as the Nigerian
state. A reader takes the kind from the list: beside countries the name is the country.
The evidence is the text's own list (names joined by commas, "and", "or") and the
gazetteer's kinds, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym

__all__ = ["KIN_SETTLED", "SURE_SIBLINGS", "list_groups", "same_kind_as_list"]

#: How sure the other names' readings must be to say what kind of place the list holds.
KIN_SETTLED = 0.6
#: How many of the other names must be read surely when not all are: the rest judge by
#: the kind they were read as ("Alberta, Manitoba, Ontario and New Brunswick" with
#: Ontario half read as the Californian city is still a list of provinces).
SURE_SIBLINGS = 3
#: What joins the items of a list of places: ", ", " and ", ", or ", "or".
_JOIN = re.compile(r"^\s*(,|,?\s*(and|or))\s*$")
_CONJUNCTION = re.compile(r"\b(and|or)\b")


def list_groups(toponyms: Sequence[Toponym], text: str) -> list[list[int]]:
    """Indices of the toponyms that form a list: consecutive names joined only by commas
    and a conjunction, three or more, or two joined by "and" / "or" ("Paris, Texas" is no
    list: a comma alone joins a place and its container)."""
    groups: list[list[int]] = []
    run: list[int] = []
    conjoined = False

    def close() -> None:
        if len(run) >= 3 or (len(run) == 2 and conjoined):
            groups.append(list(run))

    for i, here in enumerate(toponyms):
        if run:
            last = toponyms[run[-1]]
            between = text[last.end : here.start] if 0 <= last.end <= here.start else "?"
            if _JOIN.match(between):
                run.append(i)
                conjoined = conjoined or bool(_CONJUNCTION.search(between))
                continue
            close()
        run, conjoined = ([i] if here.end >= 0 else []), False
    close()
    return groups


def _kin_reading(
    current: Place,
    siblings: list[Place],
    found: Sequence[Candidate],
    after: Place | None = None,
    listed: int | None = None,
) -> Place | None:
    """The country of the name among countries, when the name was read as a division
    ("Niger" the Nigerian state), and the state of the name among states, when it was read
    as a town. Among countries only a division gives way: a town named like a country
    is what local news means by it (Lebanon, Ohio beside Mexico, Missouri), and among towns
    a state's name stays the state (tried: "New York" beside cities as the city; LGL check
    lost seven toponyms, states listed with towns). ``listed``: how many other items the
    list has, ``siblings`` being those that judge its kind (all of them by default)."""
    if current.admin_level in (1, 2) and all(p.is_country for p in siblings):
        return next((c.place for c in found if c.kind == "name" and c.place.is_country), None)
    if (
        current.feature_class == "P"
        and (len(siblings) if listed is None else listed) >= 2
        and all(p.admin_level == 1 for p in siblings)
        and not (after is not None and after.admin_level in (0, 1) and current.lies_in(after))
    ):
        # "Utah, Washington and Wyoming": beside states the state, not the capital or a
        # town, in a list of three or more, unless the item right after it holds the town
        # ("Texas and Washington, D.C.": D.C. qualifies the city; Wyoming, Michigan's town,
        # at the end of a list that also names Michigan is still the state); only a state
        # of the siblings' country
        countries = {p.country for p in siblings}
        return next((c.place for c in found if c.kind == "name" and c.place.admin_level == 1
                     and c.place.country in countries), None)  # fmt: skip
    return None


def _state_too(resolved: Resolved, found: Sequence[Candidate]) -> bool:
    """A name read as a town that is also a first-level division's own name."""
    place = resolved.place
    return (
        place is not None
        and place.feature_class == "P"
        and any(c.kind == "name" and c.place.admin_level == 1 for c in found)
    )


def _kind(place: Place) -> str:
    if place.is_country:
        return "country"
    return "town" if place.feature_class == "P" else place.feature_code


def _kind_settled(
    resolved: Resolved, found: Sequence[Candidate], scores: Sequence[float], settled: float
) -> bool:
    """The reading's kind is sure: the reading is (``settled``), or the runner-up is of
    the same kind ("Boston": the city in Massachusetts or the town in England, a town
    either way)."""
    if resolved.place is None:
        return False
    if resolved.confidence >= settled or len(scores) < 2:
        return True
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
    return _kind(found[ranked[0]].place) == _kind(found[ranked[1]].place)


def same_kind_as_list(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    text: str,
    settled: float = KIN_SETTLED,
) -> dict[str, Resolved]:
    """Give a name read as a division, in a list whose other items were all read surely
    (``_kind_settled``) as countries, its reading as a country. The confidence stays the
    ranker's."""
    decided = dict(chosen)
    for group in list_groups(toponyms, text):
        # towns that are also a state's own name ("Washington", "Wyoming" at the end of a
        # list of states) would each keep the other a town: neither judges the list's
        # kind, though each counts toward its length ("Michigan, Washington and Wyoming"
        # is a list of three, Michigan its one judge)
        undecided = {keys[j] for j in group if _state_too(chosen[keys[j]], candidates[keys[j]])}
        for n, i in enumerate(group):
            key = keys[i]
            current = chosen[key].place
            listed = {keys[j] for j in group if keys[j] != key}
            others = listed - undecided
            if current is None or not others:
                continue
            sure = sum(_kind_settled(chosen[k], candidates[k], scores[k], settled) for k in others)
            if sure < min(len(others), SURE_SIBLINGS):
                continue
            siblings = [p for k in others if (p := chosen[k].place) is not None]
            after = chosen[keys[group[n + 1]]].place if n + 1 < len(group) else None
            kin = _kin_reading(current, siblings, candidates[key], after, len(listed))
            if kin is not None:
                decided[key] = replace(chosen[key], place=kin)
    return decided
