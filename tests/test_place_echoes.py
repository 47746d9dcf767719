"""A name and the same name with a division's word are one division (issue 21,
resolve/place/echoes.py)."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.echoes import divisions_echoed
from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in

JORDAN = (
    "Jordan said gunmen fired on a patrol in Karak on Sunday; troops then sealed roads "
    "across the Karak district, north of Aqaba and south of Irbid."
)
JORDAN_NAMES = ["Jordan", "Karak", "Karak district", "Aqaba", "Irbid"]


def _read(resolver: ToponymResolver) -> list[tuple[str, str]]:
    found = resolver.resolve_document_scored(toponyms_in(JORDAN, JORDAN_NAMES), JORDAN)
    return [(r.place.country, r.place.feature_code) if r.place else ("", "") for r in found]


def test_the_worded_name_is_the_division_the_bare_name_was_read_as(gazetteer):
    codes = _read(ToponymResolver(gazetteer))
    assert codes[1] == codes[2] == ("JO", "ADM1")


def test_without_the_check_the_worded_name_is_a_namesake_district_abroad(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(division_echoes=False), bundled_ranker())
    assert _read(off)[2][0] != "JO"


KENYA = (
    "Kenya's health ministry said cholera spread in Nyanza Province and the Rift Valley "
    "Province last year. Clinics in Nyanza and the Rift Valley ran short of drugs."
)
KENYA_NAMES = ["Kenya", "Nyanza Province", "Rift Valley Province", "Nyanza", "Rift Valley"]


def test_the_bare_name_is_the_province_the_worded_name_was_read_as(gazetteer):
    """The bare "Nyanza" is a Rwandan town by the gazetteer and "Rift Valley" nothing;
    beside the provinces the story names in full they are those provinces."""
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(KENYA, KENYA_NAMES), KENYA
    )
    assert [r.place.name if r.place else None for r in found[3:]] == [
        "Nyanza Province",
        "Rift Valley Province",
    ]


def test_without_the_check_the_bare_names_go_astray(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(division_echoes=False), bundled_ranker())
    found = off.resolve_document_scored(toponyms_in(KENYA, KENYA_NAMES), KENYA)
    assert found[4].place is None
    assert found[3].place is not None and found[3].place.country != "KE"


def _place(gid: int, country: str, code: str) -> Place:
    return Place(
        gid, "X", 0.0, 0.0, country, "01", "", 0, "A" if code.startswith("A") else "P", code
    )


def test_a_town_or_a_county_word_moves_nothing():
    """A bare name read as a town among places of its country stands beside its worded
    echo read abroad, and "county" is no division word here ("Douglas" and "Douglas
    County" are often two places)."""
    names = [
        Toponym("Douglas"),
        Toponym("Douglas County"),
        Toponym("Mosul"),
        Toponym("Mosul district"),
        Toponym("Baghdad"),
    ]
    keys = ["douglas", "douglas county", "mosul", "mosul district", "baghdad"]
    chosen = {
        "douglas": Resolved(_place(1, "US", "ADM2"), 0.9),
        "douglas county": Resolved(_place(2, "GB", "ADM2"), 0.9),
        "mosul": Resolved(_place(3, "IQ", "PPL"), 0.9),
        "mosul district": Resolved(_place(4, "PK", "ADM2"), 0.9),
        "baghdad": Resolved(_place(5, "IQ", "PPLC"), 0.9),
    }
    assert divisions_echoed(names, keys, chosen, {}) == chosen
