"""A town chosen for a name the story also names another way, as a country or a state,
is that country or state (issue 21, ``resolve/place/twice.named_twice``). Our own
sentences."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in, toponyms_in

#: a story of two New York towns: "Mexico" alone is the New York town beside them, but
#: "Mexicans" reads the country, and so does "Mexico" with it
STUDY = "Students in Syracuse and Utica studied how Mexicans in Mexico vote."
STUDY_NAMES = ["Syracuse", "Utica", "Mexicans", "Mexico"]


def _where(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str] | None]:
    return [
        (r.place.country, r.place.admin1) if r.place is not None else None
        for r in resolved_in(resolver, text, names)
    ]


def test_a_name_read_as_a_country_another_way_is_that_country(gazetteer):
    assert _where(ToponymResolver(gazetteer), STUDY, STUDY_NAMES)[2:] == [("MX", ""), ("MX", "")]


def test_without_the_check_the_town_wins(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(named_twice=False), bundled_ranker())
    assert _where(off, STUDY, STUDY_NAMES)[3] == ("US", "NY")


def test_the_town_alone_or_qualified_stands(gazetteer):
    resolver = ToponymResolver(gazetteer)
    text = "Students in Syracuse and Utica watched the parade in Mexico."
    assert _where(resolver, text, ["Syracuse", "Utica", "Mexico"])[2] == ("US", "NY")
    text = "Neighbours in Bethel Park said the fire in Egypt, Pa., spread; Egyptians watched it."
    found = _where(resolver, text, ["Bethel Park", "Egypt", "Pa.", "Egyptians"])
    assert found[1] == ("US", "PA")
    assert found[3] == ("EG", "")


def test_a_state_is_no_town_and_keeps_its_reading(gazetteer):
    text = "Farmers from Macon and Athens said Georgians in Georgia grow peaches."
    found = _where(ToponymResolver(gazetteer), text, ["Macon", "Athens", "Georgians", "Georgia"])
    assert found[3] == ("US", "GA")


def _in_order(resolver: ToponymResolver, text: str, names: list[str]) -> list[Place | None]:
    """The readings of ``names``, each found after the one before it ("Peru" after
    "Peruvian")."""
    return [r.place for r in resolver.resolve_document_scored(toponyms_in(text, names), text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a demonym used as an adjective reads the country, but the story's county holds
        # the town (the third name): the local reading stands
        ("Deputies in Ralls County said a Mexican bakery in Mexico burned down; crews came "
         "from Hannibal.", ["Ralls County", "Mexican", "Mexico", "Hannibal"]),
        ("A Lebanese bakery in Lebanon closed on Friday, Wilson County officials said.",
         ["Lebanese", "Lebanon", "Wilson County"]),
        ("Peruvian dancers performed in Peru on Saturday, Miami County officials said.",
         ["Peruvian", "Peru", "Miami County"]),
        ("A Cuban band played in Cuba on Friday, Allegany County officials said.",
         ["Cuban", "Cuba", "Allegany County"]),
    ],
)  # fmt: skip
def test_a_town_in_a_division_the_story_names_stands(gazetteer, text, names):
    found = _in_order(ToponymResolver(gazetteer), text, names)
    county = next(p for p in found if p is not None and p.feature_code == "ADM2")
    demonym, town = (found[1], found[2]) if names[0].endswith("County") else found[:2]
    assert demonym is not None and demonym.is_country  # the demonym still reads the country
    assert town is not None and town.feature_class == "P"
    assert (town.country, town.admin1) == (county.country, county.admin1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Floods cut roads across Bauchi State; in the city of Bauchi, markets stayed shut.",
         ["Bauchi State", "Bauchi"]),
        ("Herders clashed with farmers in Kaduna State. Hospitals in Kaduna treated 30 people.",
         ["Kaduna State", "Kaduna"]),
    ],
)  # fmt: skip
def test_a_city_in_its_namesake_state_is_no_state(gazetteer, text, names):
    """A town inside the division of its name is another place, not the same one named
    twice."""
    state, city = _in_order(ToponymResolver(gazetteer), text, names)
    assert state is not None and state.feature_code == "ADM1"
    assert city is not None and city.feature_class == "P"
    assert city.lies_in(state)
