"""A town in a first-level division the story names outright gains over a famous namesake
that the other names' famous readings vote for (issue 21, ranker feature named_admin1)."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in

TEXT = (
    "Ontario school officials said the buses from Woodstock and Stratford would reach London "
    "by nine, an hour later than last year."
)
NAMES = ["Ontario", "Woodstock", "Stratford", "London"]


def _london(resolver: ToponymResolver) -> tuple[str, str]:
    place = resolver.resolve_document(toponyms_in(TEXT, NAMES), TEXT)[3]
    assert place is not None
    return place.country, place.admin1


def test_a_town_in_the_named_province_wins(gazetteer):
    assert _london(ToponymResolver(gazetteer)) == ("CA", "08")


def test_without_the_feature_the_famous_namesakes_vote_each_other_in(gazetteer):
    assert _london(ToponymResolver(gazetteer, ResolverWeights(named_admin1=0.0))) == ("GB", "ENG")


def test_no_town_gains_where_a_country_goes_by_the_name(gazetteer):
    """ "Italy" beside "Texas": a country goes by the name, so its Texan namesake gets no
    share of the named state's weight (the feature is for names only towns bear)."""
    text = "Texas growers sold more wine to Italy this year."
    resolver = ToponymResolver(gazetteer)
    keys, _, features = resolver.ranked_readings(toponyms_in(text, ["Texas", "Italy"]), text)
    assert not any("named_admin1" in f for f in features[keys[1]])
    _, _, towns = resolver.ranked_readings(toponyms_in(TEXT, NAMES), TEXT)
    assert any("named_admin1" in f for f in towns["london"])
