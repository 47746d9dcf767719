"""A name and the same name with a division's word are one division.

Why a check after the ranker: "Karak" and "Karak district" in one story are the same
place written twice (``resolver._echoes`` keeps them from voting for each other), but
the ranker reads each alone. The gazetteer may hold the worded name only as a namesake
abroad (a Karak District in Pakistan), and the ranker takes it, since nothing else goes
by that name, while the bare name was read, by the story's other places, as the division
at home (Jordan's Al Karak). A reader takes the worded name as the division the bare
name was read as. The evidence is the text's two names and the bare name's reading,
never a list of names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from frontlines.resolve.place.reading import Resolved, Toponym

__all__ = ["DIVISION_WORDS", "divisions_echoed"]

#: The words that, added to a name, name the division of the name ("Karak district",
#: "Mosul province"). Not "county": "Douglas" and "Douglas County" are often a town and
#: a county elsewhere in one area.
DIVISION_WORDS = frozenset(
    {"district", "province", "governorate", "oblast", "raion", "rayon", "region"}
)


def _words(text: str) -> list[str]:
    return [w.strip(".,").lower() for w in text.split()]


def divisions_echoed(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
) -> dict[str, Resolved]:
    """Give each name that is another name of the story plus words of ``DIVISION_WORDS``
    the bare name's reading, when the bare name was read as a first- or second-level
    division and the worded one in another country or not at all. A worded name read in
    the bare name's country stands (the ranker or a later check placed it there)."""
    decided = dict(chosen)
    bare_of = {k: _words(t.text) for k, t in zip(keys, toponyms, strict=True)}
    for worded, words in bare_of.items():
        for bare, stem in bare_of.items():
            if not (stem and len(stem) < len(words) and words[: len(stem)] == stem):
                continue
            if not all(w in DIVISION_WORDS for w in words[len(stem) :]):
                continue
            division = chosen[bare].place
            if division is None or division.admin_level not in (1, 2):
                continue
            current = chosen[worded].place
            if current is None or current.country != division.country:
                decided[worded] = Resolved(division, chosen[bare].confidence)
    return decided
