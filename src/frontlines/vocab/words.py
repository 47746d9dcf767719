"""Word lists the rules read, kept in ``data/<topic>_words.toml`` instead of in code.

A linguist adding "roughly" to the hedges, or a street word, edits a data file and
touches no rule; the code keeps its constant names
(``LEADING = words("time", "leading")``) so the rules read the same. Each accessor
checks the shape of its entry, so a typo in a data file fails at import with the
file and key named rather than deep inside a rule.
"""

from __future__ import annotations

from typing import Any

from frontlines.vocab.files import DataFileError, read_data_toml

__all__ = ["word_groups", "word_list", "word_map", "word_numbers", "words"]


def _entry(topic: str, key: str) -> Any:
    name = f"{topic}_words.toml"
    try:
        return read_data_toml(name)[key]
    except KeyError:
        raise DataFileError(f"frontlines/data/{name}: no entry {key!r}") from None


def _strings(topic: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise DataFileError(f"frontlines/data/{topic}_words.toml: {key!r} is not a list of words")
    return value


def _table(topic: str, key: str) -> dict[str, Any]:
    value = _entry(topic, key)
    if not isinstance(value, dict):
        raise DataFileError(f"frontlines/data/{topic}_words.toml: {key!r} is not a table")
    return value


def words(topic: str, key: str) -> frozenset[str]:
    """A set of words: membership is all the rules ask of it."""
    return frozenset(_strings(topic, key, _entry(topic, key)))


def word_list(topic: str, key: str) -> tuple[str, ...]:
    """Words in file order, for rules where order matters (first match wins)."""
    return tuple(_strings(topic, key, _entry(topic, key)))


def word_map(topic: str, key: str) -> dict[str, str]:
    """Word -> the code it stands for ("daily" -> "P1D"), in file order."""
    table = _table(topic, key)
    if not all(isinstance(v, str) for v in table.values()):
        raise DataFileError(f"frontlines/data/{topic}_words.toml: [{key}] values must be text")
    return dict(table)


def word_numbers(topic: str, key: str) -> dict[str, int]:
    """Word -> the whole number it names ("third" -> 3), in file order."""
    table = _table(topic, key)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in table.values()):
        raise DataFileError(f"frontlines/data/{topic}_words.toml: [{key}] values must be numbers")
    return dict(table)


def word_groups(topic: str, key: str) -> dict[str, str]:
    """A table of code -> words read as word -> code, words in file order
    (``"~" = ["about", "around"]`` gives {"about": "~", "around": "~"})."""
    return {w: code for code, group in _table(topic, key).items()
            for w in _strings(topic, f"{key}.{code}", group)}  # fmt: skip
