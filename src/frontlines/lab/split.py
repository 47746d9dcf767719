"""Tune and check halves of every dev set, decided by a hash of the item's id.

Rules and weights are written reading the errors of the *tune* half only; the
*check* half is what we report and what the gate runs on, so a number there
was not fitted by reading its items. The half of an item depends on nothing
but its id (sha256 of the UTF-8 id, first byte even -> tune, odd -> check):
it never changes when a set grows, is reordered or is read by another loader,
and anyone can recompute it without our code.

The item is the natural unit of each set, the thing annotated as a whole:
a NewsQuant sentence (its text), a TimeML / MEANTIME document (its file
name), a PolNeAR article (its id, so every annotator's file of one article
lands in the same half), an LGL / TR-News / GeoWebNews article (its id or
index), a CASE snippet and a PLOVER record (their ids), a news story (its id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

__all__ = ["Half", "SPLITS", "half_of", "in_split", "select"]

Half = Literal["tune", "check"]

#: What ``--split`` accepts: one half, or the whole set (the default, today's numbers).
SPLITS = ("all", "tune", "check")

T = TypeVar("T")


def half_of(item_id: str) -> Half:
    """The half ``item_id`` belongs to, forever: sha256's first byte even is tune."""
    return "tune" if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def in_split(item_id: str, split: str) -> bool:
    """Whether the item is scored under ``split`` (``all`` takes every item)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return split == "all" or half_of(item_id) == split


def select(items: Iterable[T], item_id: Callable[[T], str], split: str) -> list[T]:
    """The items of ``split``, in their order."""
    return [item for item in items if in_split(item_id(item), split)]
