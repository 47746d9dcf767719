"""A town read by an old or local name far from every other town and division of the
story is not that town (issue 21, ``resolve/place/aliases.aliases_afar``). Our own
sentences."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in

#: "Twickenham" is an old name of an Alabama city, "Boston" an alternate one of an
#: Alabama hamlet; in a story of Leeds neither is meant.
CAMPAIGN = "The candidate for Twickenham spoke in Leeds before she flew to Boston."
CAMPAIGN_NAMES = ["Twickenham", "Leeds", "Boston"]


def _read(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str] | None]:
    return [
        (r.place.country, r.place.admin1) if r.place is not None else None
        for r in resolved_in(resolver, text, names)
    ]


def test_an_old_name_far_from_the_story_gives_way_to_the_own_name(gazetteer):
    found = _read(ToponymResolver(gazetteer), CAMPAIGN, CAMPAIGN_NAMES)
    assert found[0] == ("GB", "ENG")
    assert found[2] == ("US", "MA")


def test_without_the_check_the_old_names_win(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(aliases_afar=False), bundled_ranker())
    found = _read(off, CAMPAIGN, CAMPAIGN_NAMES)
    assert found[0] == ("US", "AL")


def test_an_old_name_no_place_is_called_by_stands(gazetteer):
    """Only a place called so takes the name over: "Kobani" is Ayn al-Arab's Kurdish
    name, and a story told from Ankara and Baghdad (over 500 km off) keeps it."""
    text = "Kurdish fighters held Kobani as jets flew from Ankara and Baghdad."
    found = _read(ToponymResolver(gazetteer), text, ["Kobani", "Ankara", "Baghdad"])[0]
    assert found is not None
    assert found[0] == "SY"


@pytest.mark.parametrize(
    ("text", "names", "where"),
    [
        # an old name by the story's own places
        ("Firefighters from Concord and Boscawen put out a barn fire in Penacook.",
         ["Concord", "Boscawen", "Penacook"], ("US", "NH")),
        # ... or in a division the story names
        ("Landslides buried homes in Maoxian county in Sichuan province.",
         ["Maoxian", "Sichuan"], ("CN", "32")),
        # the name the world knows a big city by
        ("Veterans who fought near Saigon met in Hanoi and Hue this week.",
         ["Saigon", "Hanoi", "Hue"], ("VN", "79")),
    ],
)  # fmt: skip
def test_old_names_that_stand(gazetteer, text, names, where):
    assert _read(ToponymResolver(gazetteer), text, names)[0] == where


def test_a_story_with_no_other_town_keeps_its_reading(gazetteer):
    """No other place: no evidence either way, the ranker's reading stands."""
    text, names = "She grew up in Twickenham.", ["Twickenham"]
    off = ToponymResolver(gazetteer, ResolverWeights(aliases_afar=False), bundled_ranker())
    assert _read(ToponymResolver(gazetteer), text, names) == _read(off, text, names) != [None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Soviet name of a Donbas town in a story told from Kyiv or Lviv (over 500 km
        # off), or beside a demonym naming the country: the story's country holds it, and
        # no namesake in Armenia or Siberia takes it
        ("Drones hit Dimitrov before dawn, regional officials in Kyiv said.", ["Dimitrov", "Kyiv"]),
        ("Shells fell on Artemovsk overnight, the mayor of Lviv said.", ["Artemovsk", "Lviv"]),
        ("Ukrainian medics treated the wounded from Dimitrov, officials said in Brussels.",
         ["Dimitrov", "Ukrainian", "Brussels"]),
    ],
)  # fmt: skip
def test_an_old_name_in_the_story_country_stands(gazetteer, text, names):
    assert _read(ToponymResolver(gazetteer), text, names)[0] == ("UA", "05")


def test_the_town_named_by_its_own_name_vouches_for_its_old_one(gazetteer):
    """The same town told by its own name elsewhere in the story is the nearest evidence
    there is."""
    text = "Soldiers left Bakhmut, once called Artemovsk, commanders in Odesa said."
    found = _read(ToponymResolver(gazetteer), text, ["Bakhmut", "Artemovsk", "Odesa"])
    assert found[0] == found[1] == ("UA", "05")
