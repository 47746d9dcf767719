"""The bundled data files (``frontlines/data/``), read in one place.

Every stage reads its vocabulary through here, so a data file that is missing or
malformed fails with one clear error naming the file, whoever asked for it, and
nothing outside this module needs to know the files are package resources.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from frontlines.errors import DataFileError

__all__ = [
    "DataFileError", "parse_toml", "read_data_bytes", "read_data_text", "read_data_toml",
    "read_model_file",
]  # fmt: skip

T = TypeVar("T")

PACKAGE = "frontlines.data"


def read_data_text(name: str) -> str:
    """The text of bundled data file ``name`` (e.g. ``"holidays.toml"``)."""
    try:
        return resources.files(PACKAGE).joinpath(name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"frontlines/data/{name}: cannot read: {exc}") from exc


def read_data_bytes(name: str) -> bytes:
    """The bytes of bundled binary data file ``name`` (e.g. ``"word_vectors.npz"``)."""
    try:
        return resources.files(PACKAGE).joinpath(name).read_bytes()
    except OSError as exc:
        raise DataFileError(f"frontlines/data/{name}: cannot read: {exc}") from exc


def read_model_file(
    from_json: Callable[[str], T], path: Path | None, bundled: str, what: str
) -> T:
    """A learned model's weights: the bundled file, or one a ``frontlines train`` command
    wrote to ``path``; anything unreadable or malformed is one error naming the file."""
    where = f"frontlines/data/{bundled}" if path is None else str(path)
    try:
        return from_json(read_data_text(bundled) if path is None else path.read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError(f"{where}: not {what} ({exc})") from exc


def parse_toml(text: str, where: str) -> dict[str, Any]:
    """``text`` as TOML; ``where`` names the file in the error when it is not TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{where}: not valid TOML: {exc}") from exc


@cache
def _cached_toml(name: str) -> dict[str, Any]:
    return parse_toml(read_data_text(name), f"frontlines/data/{name}")


def read_data_toml(name: str) -> dict[str, Any]:
    """Bundled TOML file ``name`` parsed (read once per process; do not mutate it)."""
    return _cached_toml(name)
