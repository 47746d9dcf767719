"""What our components read besides the Doc, described in spaCy config.

Actor files and the gazetteer are factory settings, not attributes set after
``add_pipe``, so a pipeline assembled by hand (``nlp.add_pipe("frontlines_events",
config={"actor_files": ["mine.toml"]})``) reads exactly what ``build_pipeline``
reads, and ``nlp.config`` records it. An already-built object can still be handed
over through the component's ``initialize(...)`` (tests, a dictionary built in
memory, one gazetteer shared by two components).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontlines.resolve.place import Gazetteer
from frontlines.vocab.actors import ActorDictionary

__all__ = [
    "ACTOR_CONFIG", "GAZETTEER_CONFIG", "UsesGazetteer", "actors_from_config",
    "gazetteer_from_config",
]  # fmt: skip

#: Default factory settings for components that read the actor dictionary: our
#: bundled file, then ``$FRONTLINES_ACTORS`` files, then ``actor_files``.
ACTOR_CONFIG: dict[str, Any] = {"actor_files": [], "use_env": True, "include_default": True}
#: Default factory settings for components that read the gazetteer: "" is the
#: cached default build (made on first use, since building takes seconds).
GAZETTEER_CONFIG: dict[str, Any] = {"gazetteer_path": ""}


def actors_from_config(
    actor_files: list[str], use_env: bool, include_default: bool
) -> ActorDictionary:
    """The actor dictionary an ``ACTOR_CONFIG``-style setting names."""
    return ActorDictionary.load(actor_files, use_env=use_env, include_default=include_default)


def gazetteer_from_config(gazetteer_path: str) -> Gazetteer:
    """The gazetteer a ``gazetteer_path`` setting names ("" = the default build)."""
    return Gazetteer(Path(gazetteer_path) if gazetteer_path else None)


class UsesGazetteer:
    """A component that reads the gazetteer: named in its config (``gazetteer_path``),
    or handed over ready-made (the constructor, ``initialize(gazetteer=...)``); built on
    first use, since the first build takes seconds."""

    def __init__(self, gazetteer: Gazetteer | None = None, gazetteer_path: str = "") -> None:
        self._gazetteer = gazetteer
        self._gazetteer_path = gazetteer_path

    def initialize(
        self, get_examples: Any = None, *, nlp: Any = None, gazetteer: Gazetteer | None = None
    ) -> None:
        """spaCy's set-up hook; ``gazetteer`` replaces the one the config named."""
        if gazetteer is not None:
            self.gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = gazetteer_from_config(self._gazetteer_path)
        return self._gazetteer

    @gazetteer.setter
    def gazetteer(self, value: Gazetteer) -> None:
        self._gazetteer = value
