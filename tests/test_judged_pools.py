"""The committed judged pools and the coded gold keep their halves apart.

Samples A, B and D are tune material: rules are written reading them. C is held out. If a
story of D were also coded gold, reading D would read a check-half story's gold answers; if a
story of A or B were coded as check-half gold, the check half would already have been read.
These tests read the repository's own files, so a careless new pool or gold file fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.lab.split import half_of

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "eval" / "judged"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _pool(sample: str) -> set[str]:
    return {str(row["story"]) for row in _lines(JUDGED / f"pool-{sample}.jsonl")}


def _coded() -> set[str]:
    return {str(row["story"]) for path in ROOT.glob("eval/*/*.stories.jsonl")
            for row in _lines(path)}


def test_the_pools_are_committed() -> None:
    for sample in "ABCD":
        assert _pool(sample), f"pool-{sample}.jsonl is empty or missing"


@pytest.mark.parametrize("sample,half", [("A", "tune"), ("B", "tune"), ("C", "check"),
                                         ("D", "check")])
def test_each_pool_lies_in_one_half(sample: str, half: str) -> None:
    wrong = sorted(story for story in _pool(sample) if half_of(story) != half)
    assert not wrong, f"pool {sample} holds {len(wrong)} {half}-less stories, e.g. {wrong[:3]}"


def test_no_story_of_sample_d_is_coded_gold() -> None:
    both = sorted(_pool("D") & _coded())
    assert not both, f"sample D (tune material) holds coded check-half stories: {both[:3]}"


def test_samples_c_and_d_do_not_overlap() -> None:
    assert not _pool("C") & _pool("D")
