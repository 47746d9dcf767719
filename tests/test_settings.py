"""The FRONTLINES_* environment read once, into one frozen Settings object."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from frontlines.settings import ENV, Settings, default_cache_dir


def test_defaults_when_nothing_is_set() -> None:
    settings = Settings.from_env({})
    assert settings == Settings()
    assert settings.db == Path("frontlines.db")
    assert settings.cache_dir == default_cache_dir() == Path.home() / ".cache" / "frontlines"
    assert settings.gazetteer is None and settings.reconcile_settings_file is None
    assert settings.actors_files == () and settings.ingest_token is None


def test_every_variable() -> None:
    env = {
        "FRONTLINES_DB": "/data/f.db",
        "FRONTLINES_CACHE": "/tmp/cache",
        "FRONTLINES_GAZETTEER": "/tmp/g.sqlite",
        "FRONTLINES_ACTORS": os.pathsep.join(["./a.toml", "", "b.toml"]),
        "FRONTLINES_INGEST_TOKEN": "s3cret",
        "FRONTLINES_RECONCILE_SETTINGS": "reconcile.toml",
        "FRONTLINES_MIN_EVENT_CONFIDENCE": "0.4",
        "FRONTLINES_MIN_CLAIM_CONFIDENCE": "0.2",
        "FRONTLINES_PLOVER_MODEL": "encoder",
        "FRONTLINES_MINILM": "/opt/minilm.zip",
        "UNRELATED": "x",
    }
    assert set(env) - {"UNRELATED"} == set(ENV.values())
    assert Settings.from_env(env) == Settings(
        db=Path("/data/f.db"),
        cache_dir=Path("/tmp/cache"),
        gazetteer=Path("/tmp/g.sqlite"),
        actors_files=("./a.toml", "b.toml"),  # as written: messages quote them unchanged
        ingest_token="s3cret",
        reconcile_settings_file=Path("reconcile.toml"),
        min_event_confidence=0.4,
        min_claim_confidence=0.2,
        plover_model="encoder",
        minilm=Path("/opt/minilm.zip"),
    )


def test_a_confidence_outside_zero_to_one_is_a_clear_error() -> None:
    import pytest

    from frontlines.errors import UsageError

    for bad in ("1.5", "-0.1", "high"):
        with pytest.raises(UsageError, match="FRONTLINES_MIN_EVENT_CONFIDENCE"):
            Settings.from_env({"FRONTLINES_MIN_EVENT_CONFIDENCE": bad})
        with pytest.raises(UsageError, match="FRONTLINES_MIN_CLAIM_CONFIDENCE"):
            Settings.from_env({"FRONTLINES_MIN_CLAIM_CONFIDENCE": bad})


def test_empty_values_count_as_unset() -> None:
    assert Settings.from_env(dict.fromkeys(ENV.values(), "")) == Settings()


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().db = Path("other.db")  # type: ignore[misc]


def test_reads_the_process_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINES_CACHE", "/tmp/elsewhere")
    monkeypatch.delenv("FRONTLINES_GAZETTEER", raising=False)
    assert Settings.from_env().cache_dir == Path("/tmp/elsewhere")

    from frontlines.resolve.place.gazetteer import cache_dir, default_path

    assert cache_dir() == Path("/tmp/elsewhere")
    assert default_path().parent == Path("/tmp/elsewhere")
    monkeypatch.setenv("FRONTLINES_GAZETTEER", "/tmp/mine.sqlite")
    assert default_path() == Path("/tmp/mine.sqlite")


def test_actor_files_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontlines.vocab.actors import ActorDictionary

    extra = tmp_path / "extra.toml"
    extra.write_text('[[actor]]\nid = "test_band"\nname = "Test Band"\n', "utf-8")
    monkeypatch.setenv("FRONTLINES_ACTORS", str(extra))
    assert ActorDictionary.load().get("test_band") is not None
    assert str(extra) in ActorDictionary.load().sources
    assert ActorDictionary.load(use_env=False).get("test_band") is None
