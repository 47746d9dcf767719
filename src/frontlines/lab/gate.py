"""The evaluation gate: committed per-check floors that a run may not drop below.

Floors live in ``eval/baseline.toml`` at the repository root. Raising one is
an ordinary commit; lowering one needs ``--allow-lower`` with a note, which
is appended to the file's history table so the drop is never silent.

A check may name a ``split`` (``check``: the half no rule was written from;
default ``all``) and, for tasks scored against gold kept in the repository
(``news``), a ``gold`` folder relative to the baseline file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlines.lab.runner import EvalOptions, run_eval

__all__ = [
    "Check",
    "CheckResult",
    "compare_floors",
    "load_checks",
    "lowered_without_note",
    "metric_value",
    "run_gate",
]


@dataclass(frozen=True)
class Check:
    name: str
    task: str
    data: str  # relative to the bench folder
    metric: str  # dotted path into the metrics object, e.g. "resolution_on_matched.acc_161km"
    floor: float
    limit: int | None = None
    gold_spans: bool = False
    split: str = "all"  # tune | check | all (see frontlines.lab.split)
    gold: str | None = None  # relative to the baseline file's folder


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
        gold = baseline.parent / check.gold if check.gold else None
        options = EvalOptions(check.limit, check.gold_spans, check.split, gold)
        key = (check.task, data, options)
        if key not in runs:
            runs[key] = run_eval(*key)
        results.append(CheckResult(check, metric_value(runs[key]["metrics"], check.metric)))
    return results


def lowered_without_note(baseline: Path) -> list[str]:
    """Floors lower than in the previous committed version of the baseline with no
    ``[[history]]`` entry (check name and new floor) explaining the drop.

    Uses git when the baseline is tracked; outside a repository nothing is compared.
    """
    import subprocess

    folder = baseline.resolve().parent
    try:
        log = subprocess.run(
            ["git", "log", "-n", "2", "--format=%H", "--", baseline.name],
            cwd=folder, capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        changed = subprocess.run(
            ["git", "diff", "--quiet", "HEAD", "--", baseline.name], cwd=folder, check=False
        ).returncode
    except (OSError, subprocess.CalledProcessError):
        return []
    # Compare the working file with the last committed version if it was edited,
    # else the last commit with the one before it.
    previous_commit = log[0] if changed else (log[1] if len(log) > 1 else None)
    if previous_commit is None:
        return []
    relative = subprocess.run(
        ["git", "ls-files", "--full-name", baseline.name],
        cwd=folder, capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    old_text = subprocess.run(
        ["git", "show", f"{previous_commit}:{relative}"],
        cwd=folder, capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    if not old_text:
        return []
    return compare_floors(tomllib.loads(old_text), tomllib.loads(baseline.read_text("utf-8")))


def compare_floors(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    before = {c["name"]: float(c["floor"]) for c in old.get("check", [])}
    notes = {(h.get("check"), float(h.get("floor", -1))) for h in new.get("history", [])
             if h.get("note")}  # fmt: skip
    problems = []
    for check in new.get("check", []):
        name, floor = check["name"], float(check["floor"])
        if name in before and floor < before[name] and (name, floor) not in notes:
            problems.append(
                f"{name}: floor lowered {before[name]} -> {floor} without a [[history]] note"
            )
    return problems
