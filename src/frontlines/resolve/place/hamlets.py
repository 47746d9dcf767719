"""A US post office reading stands only in a story set in the US.

Why: the post office names (``postal``) give thousands of common words and foreign-looking
names a US hamlet ("Petty", "Campus", "Talcum"). A name the text shows to be a place but
that GeoNames lacks used to stay unresolved; read as such a hamlet in a story about
Nigeria or Ukraine, it would put the story's event in Texas or Kentucky. So a post office
reading is kept only when most of the story's other resolved places (the GeoNames ones)
lie in the US, or the story names the hamlet's own state or county, or it names no other
place at all (nothing says it is set abroad); otherwise the name
keeps its best GeoNames reading, or none.
"""

from __future__ import annotations

from collections.abc import Callable

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved

__all__ = ["US", "hamlets_in_us_stories"]

#: The country code of the post office places.
US = "US"


def hamlets_in_us_stories(
    chosen: dict[str, Resolved],
    candidates: dict[str, list[Candidate]],
    choose: Callable[[str, list[int]], Resolved],
) -> dict[str, Resolved]:
    """``chosen`` with each post office reading checked against the story's setting:
    kept when, of the other names resolved to GeoNames places, more than half lie in the
    US, or one is the hamlet's own state or county, or there are none; else replaced by
    ``choose(key, indices)``, the best of the name's non-postal readings (``indices``
    into ``candidates[key]``; none left: unresolved)."""
    settled = {
        k: r.place for k, r in chosen.items() if r.place is not None and not r.place.is_postal
    }
    checked = dict(chosen)
    for key, r in chosen.items():
        hamlet = r.place
        if hamlet is None or not hamlet.is_postal:
            continue
        others = [p for k, p in settled.items() if k != key]
        if not others:
            continue  # "Police in Squirrel Hill arrested a man": nothing says it is abroad
        if 2 * sum(p.country == US for p in others) > len(others):
            continue
        if any(_holds(p, hamlet) for p in others):
            continue  # "Thackerville, Okla.": its own state or county is named
        keep = [i for i, c in enumerate(candidates[key]) if not c.place.is_postal]
        checked[key] = choose(key, keep)
    return checked


def _holds(division: Place, hamlet: Place) -> bool:
    """``division`` is the US state or county the post office ``hamlet`` lies in."""
    return (
        division.country == US
        and division.admin1 == hamlet.admin1
        and (
            division.admin_level == 1
            or (division.admin_level == 2 and division.admin2 == hamlet.admin2 != "")
        )
    )
