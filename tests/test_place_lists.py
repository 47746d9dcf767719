"""Names in one list are places of one kind (issue 21): beside countries a name read as
a division is the country (resolve/place/lists.py)."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.lists import list_groups
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


def _codes(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str]]:
    return [
        (r.place.country, r.place.feature_code) if r.place else ("", "")
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


NIGERIAN = (
    "Police in Kano and Kaduna said traders from Benin, Chad and Niger were held at the "
    "border near Sokoto."
)
NIGERIAN_NAMES = ["Kano", "Kaduna", "Benin", "Chad", "Niger", "Sokoto"]


def test_a_name_listed_with_countries_is_the_country(gazetteer):
    niger = _codes(ToponymResolver(gazetteer), NIGERIAN, NIGERIAN_NAMES)[4]
    assert niger == ("NE", "PCLI")


def test_without_the_list_check_the_story_s_country_pulls_the_name_to_its_state(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(list_kin=False), bundled_ranker())
    assert _codes(off, NIGERIAN, NIGERIAN_NAMES)[4] == ("NG", "ADM1")


def test_a_state_s_name_listed_with_cities_stays_the_state(gazetteer):
    text = "Flights from New York and Toronto landed late on Friday."
    assert _codes(ToponymResolver(gazetteer), text, ["New York", "Toronto"])[0] == ("US", "ADM1")


def test_a_state_that_qualifies_a_town_of_the_list_stays_the_state(gazetteer):
    text = "Jobs moved from Dallas, Texas and Houston to the coast."
    codes = _codes(ToponymResolver(gazetteer), text, ["Dallas", "Texas", "Houston"])
    assert codes[1] == ("US", "ADM1")


def test_lists_need_a_conjunction_or_three_items():
    text = "She lives in Paris, Texas and works in Lyon, France, Italy or Spain."
    names = ["Paris", "Texas", "Lyon", "France", "Italy", "Spain"]
    assert list_groups(toponyms_in(text, names), text) == [[2, 3, 4, 5]]
    text = "A storm hit Paris, Texas on Sunday."
    assert list_groups(toponyms_in(text, ["Paris", "Texas"]), text) == []


RECALL = "The recall covers shops in Michigan, Illinois, Oregon, Washington and Wyoming."
RECALL_NAMES = ["Michigan", "Illinois", "Oregon", "Washington", "Wyoming"]


def test_two_towns_named_like_states_at_the_end_of_a_list_of_states_are_states(gazetteer):
    """Washington and Wyoming, each read as a town (one in Illinois, one in Michigan or
    Illinois), do not keep each other towns, and a state the list names elsewhere is no
    qualifier of a town: only the item right after it is ("Texas, Ohio and Washington, D.C.")."""
    codes = _codes(ToponymResolver(gazetteer), RECALL, RECALL_NAMES)
    assert codes[3:] == [("US", "ADM1")] * 2
    off = ToponymResolver(gazetteer, ResolverWeights(list_kin=False), bundled_ranker())
    assert _codes(off, RECALL, RECALL_NAMES)[3][1] != "ADM1"
    text = "Delegates came from Texas, Ohio and Washington, D.C., on Monday."
    codes = _codes(ToponymResolver(gazetteer), text, ["Texas", "Ohio", "Washington", "D.C."])
    assert codes[2] == ("US", "PPLC")


def test_a_town_named_like_a_state_counts_toward_a_list_s_length(gazetteer):
    """lists.same_kind_as_list: in "Michigan, Washington and Wyoming" Washington and
    Wyoming (towns of the names) do not judge the list's kind but count toward its three
    items, so Michigan alone judges it and both are states."""
    text = "Ranchers from Michigan, Washington and Wyoming met in Denver on Monday."
    names = ["Michigan", "Washington", "Wyoming", "Denver"]
    assert _codes(ToponymResolver(gazetteer), text, names)[:3] == [("US", "ADM1")] * 3


PROVINCES = (
    "The recall reached stores in Arizona, California, Illinois, New Jersey, New York, Ohio, "
    "Oregon, Utah and Wisconsin. In Canada the fruit was sold in Alberta, Quebec, Manitoba, "
    "Ontario and New Brunswick."
)
PROVINCE_NAMES = [
    "Arizona", "California", "Illinois", "New Jersey", "New York", "Ohio", "Oregon", "Utah",
    "Wisconsin", "Canada", "Alberta", "Quebec", "Manitoba", "Ontario", "New Brunswick",
]  # fmt: skip


def test_three_sure_provinces_make_a_list_of_provinces_though_one_is_unsure(gazetteer):
    """Ontario is half read as the Californian city in a story of US states, yet three
    surely read provinces say the list's kind: New Brunswick is the province, not the
    New Jersey town the story's states pull it to."""
    codes = _codes(ToponymResolver(gazetteer), PROVINCES, PROVINCE_NAMES)
    assert codes[-2:] == [("CA", "ADM1"), ("CA", "ADM1")]


def test_with_every_sibling_required_sure_the_town_stands(gazetteer, monkeypatch):
    monkeypatch.setattr("frontlines.resolve.place.lists.SURE_SIBLINGS", 99)
    codes = _codes(ToponymResolver(gazetteer), PROVINCES, PROVINCE_NAMES)
    assert codes[-1] == ("US", "PPL")
