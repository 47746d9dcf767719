"""The vocabulary ground layer: name lookup and data files."""

from __future__ import annotations

import pytest

from frontlines.vocab import names
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.files import DataFileError, parse_toml, read_data_text, read_data_toml


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load(use_env=False)


@pytest.mark.parametrize(
    "typed", ["Islamic State", "ISIS", "Daesh", "islamic_state", "  islamic   STATE ", "ISIL"]
)
def test_actor_names_resolve_to_the_id(actors: ActorDictionary, typed: str) -> None:
    assert names.actor_id(typed, actors) == "islamic_state"


def test_actor_lookup_ignores_diacritics_and_dashes(actors: ActorDictionary) -> None:
    wanted = names.actor_id("Hayat Tahrir al-Sham", actors)
    assert wanted is not None
    assert names.actor_id("Hayât Tahrir al Sham", actors) == wanted
    assert names.actor_id("DÂESH", actors) == "islamic_state"


def test_unknown_names_give_none(actors: ActorDictionary) -> None:
    assert names.actor_id("Nobody We Know", actors) is None
    assert names.actor_id("", actors) is None
    assert names.measure_id("square furlongs") is None
    assert names.measure_id("  ") is None


@pytest.mark.parametrize(
    "typed", ["territory-held-share", "territory_held_share", "territory held share",
              "Territory Held Share"],
)  # fmt: skip
def test_measure_spellings_resolve_to_the_id(typed: str) -> None:
    assert names.measure_id(typed) == "territory_held_share"


def test_dictionary_find_uses_the_same_folding(actors: ActorDictionary) -> None:
    found = actors.find("daesh")
    assert found is not None and found.id == "islamic_state"


def test_malformed_data_file_names_the_file() -> None:
    with pytest.raises(DataFileError, match="holidays.toml: not valid TOML"):
        parse_toml("[holiday\nname = 1", "frontlines/data/holidays.toml")


def test_bundled_files_read_through_vocab() -> None:
    assert "holiday" in read_data_toml("holidays.toml")
    assert read_data_text("attribution_cues.json").lstrip().startswith("{")
    with pytest.raises(DataFileError, match="no_such_file.toml"):
        read_data_text("no_such_file.toml")


def test_word_lists_come_from_data_files() -> None:
    from frontlines.nlp.times import LEADING
    from frontlines.vocab.words import word_groups, word_list, words

    assert words("time", "leading") == LEADING and "roughly" in LEADING
    assert word_list("time", "hedges")[0] == "only"  # order kept: first match wins
    assert word_groups("quantity", "change_phrases")["more than"] == ">"
    with pytest.raises(DataFileError, match="time_words.toml: no entry 'nothing'"):
        words("time", "nothing")
