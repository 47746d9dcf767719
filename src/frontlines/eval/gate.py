"""The evaluation gate: committed per-check floors that a run may not drop below.

Floors live in ``eval/baseline.toml`` at the repository root. Raising one is
an ordinary commit; lowering one needs ``--allow-lower`` with a note, which
is appended to the file's history table so the drop is never silent.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlines.eval.runner import EvalOptions, run_eval


@dataclass(frozen=True)
class Check:
    name: str
    task: str
    data: str  # relative to the bench folder
    metric: str  # dotted path into the metrics object, e.g. "resolution_on_matched.acc_161km"
    floor: float
    limit: int | None = None
    gold_spans: bool = False


@dataclass(frozen=True)
class CheckResult:
    check: Check
    value: float | None
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value + 1e-9 >= self.check.floor


def load_checks(baseline: Path) -> list[Check]:
    data = tomllib.loads(baseline.read_text("utf-8"))
    return [Check(**entry) for entry in data.get("check", [])]


def metric_value(metrics: dict[str, Any], dotted: str) -> float:
    value: Any = metrics
    for part in dotted.split("."):
        value = value[part]
    return float(value)


def run_gate(baseline: Path, bench: Path) -> list[CheckResult]:
    results = []
    runs: dict[tuple[str, Path, EvalOptions], dict[str, Any]] = {}  # several checks, one run
    for check in load_checks(baseline):
        data = bench / check.data
        if not data.exists():
            results.append(CheckResult(check, None, f"missing data {data}"))
            continue
        key = (check.task, data, EvalOptions(check.limit, check.gold_spans))
        if key not in runs:
            runs[key] = run_eval(*key)
        results.append(CheckResult(check, metric_value(runs[key]["metrics"], check.metric)))
    return results
