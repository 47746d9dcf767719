"""The conflict actor dictionary: canonical actors and the names they go by.

Kept as a readable TOML file (``frontlines/data/actors.toml``) that analysts
edit; users layer their own files on top, an entry with an existing id
replacing ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from frontlines.errors import DataFileError as ActorFileError
from frontlines.settings import Settings
from frontlines.vocab.files import parse_toml, read_data_text
from frontlines.vocab.folding import fold_name

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "ActorDictionary",
    "ActorFileError",
    "ENV_VAR",
]

ENV_VAR = "FRONTLINES_ACTORS"
ACTOR_TYPES = frozenset({
    "state", "state_force", "rebel_group", "political_militia", "identity_militia", "coalition",
    "international_org", "ngo", "monitor", "media", "person", "civilians",
})  # fmt: skip


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    label: str
    aliases: tuple[str, ...]
    wikidata: str = ""
    acled_inter: int = 0
    member_of: str | None = None


@dataclass(frozen=True)
class ActorDictionary:
    actors: tuple[Actor, ...]
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {a.id: a for a in self.actors})

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.actors)

    def find(self, name: str) -> Actor | None:
        """An actor by id, name or alias as a user types it (case, diacritics, ``_`` and
        dashes ignored); the first in dictionary order when two share an alias."""
        wanted = fold_name(name)
        if not wanted:
            return None
        for actor in self.actors:
            if any(fold_name(n) == wanted for n in (actor.id, actor.name, *actor.aliases)):
                return actor
        return None

    @classmethod
    def load(
        cls,
        extra_files: Iterable[str | Path] = (),
        *,
        use_env: bool = True,
        include_default: bool = True,
    ) -> ActorDictionary:
        """Bundled dictionary, then ``$FRONTLINES_ACTORS`` files, then ``extra_files``."""
        files: list[str | Path] = []
        if use_env:
            files.extend(Settings.from_env().actors_files)
        files.extend(extra_files)
        merged: dict[str, Actor] = {}
        sources: list[str] = []
        if include_default:
            bundled = read_data_text("actors.toml")
            merged.update((a.id, a) for a in _parse(bundled, "actors.toml"))
            sources.append("frontlines:data/actors.toml")
        for path in files:
            try:
                text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ActorFileError(f"{path}: cannot read actor file: {exc}") from exc
            merged.update((a.id, a) for a in _parse(text, str(path)))
            sources.append(str(path))
        return cls(tuple(merged.values()), tuple(sources))


def _parse(text: str, where: str) -> Sequence[Actor]:
    data = parse_toml(text, where)  # a DataFileError (ActorFileError) names the file
    actors = []
    for n, entry in enumerate(data.get("actor", []), start=1):
        try:
            actor = Actor(
                id=str(entry["id"]),
                name=str(entry["name"]),
                type=str(entry.get("type", "rebel_group")),
                label=str(entry.get("label", "ORG")),
                aliases=tuple(dict.fromkeys([entry["name"], *entry.get("aliases", [])])),
                wikidata=str(entry.get("wikidata", "")),
                acled_inter=int(entry.get("acled_inter", 0)),
                member_of=entry.get("member_of"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ActorFileError(f"{where}: actor #{n}: missing or bad field {exc}") from exc
        if actor.type not in ACTOR_TYPES:
            raise ActorFileError(f"{where}: actor {actor.id!r}: unknown type {actor.type!r}")
        actors.append(actor)
    return actors
