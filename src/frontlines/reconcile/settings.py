"""The thresholds reconciliation decides by, in one place, each with its reason.

They are settings, not constants buried in code: an analyst who disagrees
with "25 km" can pass another value (``ReconcileSettings.from_toml``,
``frontlines reconcile --settings FILE``) and rebuild.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

__all__ = ["ReconcileSettings"]


@dataclass(frozen=True)
class ReconcileSettings:
    #: The same source giving the same figure within this many days is one claim
    #: reported again (wire copy republished, a figure repeated), not a new point.
    repeat_window_days: int = 14
    #: "about 15,000" is read as 15,000 +/- this share when testing agreement.
    approx_tolerance: float = 0.10
    #: Two claims of one series whose as-of dates are this close (or overlap) must
    #: agree; if their intervals cannot both hold, they are a disagreement.
    conflict_window_days: int = 7
    #: Events of one type merge only if their dates are at most this many days apart.
    event_window_days: int = 1
    #: ... and their places at most this far apart (both town-precise).
    event_max_km: float = 25.0
    #: ACLED geo precision at which a place counts as a region: a region merges
    #: with a town inside it (same country, and same province for a province),
    #: never by distance alone.
    coarse_precision: int = 3

    @classmethod
    def from_toml(cls, path: str | Path) -> ReconcileSettings:
        """Read ``[reconcile]`` settings; unknown keys are an error, not ignored."""
        data = tomllib.loads(Path(path).read_text("utf-8")).get("reconcile", {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"{path}: unknown reconcile settings {', '.join(unknown)}")
        return replace(cls(), **data)
