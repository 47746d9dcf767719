"""A town chosen for a name the story also names another way, as a country or a state,
is that country or state (issue 21, ``resolve/place/twice.named_twice``). Our own
sentences."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in

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
