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

from frontlines.resolve.place.gazetteer import Candidate, Place
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


def _division(place: Place | None) -> bool:
    """A division of a country (any level, a former one of our alias file too)."""
    return place is not None and place.feature_class == "A" and not place.is_country


def divisions_echoed(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
) -> dict[str, Resolved]:
    """For each name of the story that is another name plus words of ``DIVISION_WORDS``
    (the bare name found by one look-up of its leading words): when one of the two was
    read as a division and the other in another country or not at all, the other is that
    division too when the story's other places lie in the division's country and none in
    the other's ("Karak district" beside Karak read as Jordan's; "Rift Valley" beside
    the Rift Valley Province), or, for the bare name, its reading inside that division
    when it has one (the town that gave the division its name). The worded name is
    judged first. "Mosul" read in Iraq among Iraqi places stands beside a "Mosul
    district" read in Pakistan."""
    decided = dict(chosen)
    words_of = {k: _words(t.text) for k, t in zip(keys, toponyms, strict=True)}
    key_of = {tuple(w): k for k, w in words_of.items() if w}
    for worded, words in words_of.items():
        # the stem is the words before the division words at the end: one dictionary
        # look-up a name, not a comparison with every other name
        cut = len(words)
        while cut > 1 and words[cut - 1] in DIVISION_WORDS:
            cut -= 1
        for end in range(cut, len(words)):
            bare = key_of.get(tuple(words[:end]))
            if bare is None or bare == worded:
                continue
            for judged, by in ((worded, bare), (bare, worded)):
                division, current = decided[by].place, decided[judged].place
                if division is None or not _division(division):
                    continue
                others = {
                    p.country
                    for k, r in decided.items()
                    if k not in (worded, bare) and (p := r.place) is not None
                }
                if division.country not in others or (
                    current is not None and current.country in others
                ):
                    continue  # the story's other places are the division's, not the other's
                inside = [
                    c.place
                    for c in candidates.get(judged, ())
                    if judged == bare and division.admin1 and c.place.lies_in(division)
                ]
                place = max(inside, key=lambda p: p.population) if inside else division
                decided[judged] = Resolved(place, decided[by].confidence)
    return decided
