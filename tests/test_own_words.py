"""The repository's sentences are our own: no run of words from the news we evaluate on.

Facts carry over from the bench's stories, text does not. Test sentences, docstring
examples, data-file comments, example articles and the README are checked against the
stories of ../shared (VOA and re3d, TR-News, TimeBank/AQUAINT, PolNeAR, the seeds): any run
of ``RUN`` or more words that a story holds fails, except the official names and
fixed phrases listed in ``ALLOWED`` (a group's full name is a fact, not a sentence).
Skipped where ../shared is absent (a user's clone).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from frontlines.lab.news_gold import load_stories

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: Words in a row that make a copied fragment (six is common phrasing: "in the north of the").
RUN = 7
#: Names and fixed phrases that stories and our code both must spell as they are.
ALLOWED = (
    "islamic state of iraq and the levant",
    "syrian observatory for human rights",
    "combined joint task force operation inherent resolve",
)
_STORY_SOURCES = (
    "bench/news",
    "bench/geo/TR-News.xml",
    "bench/time/TBAQ-cleaned",
    "bench/attribution/PolNeAR/train",
    "bench/attribution/PolNeAR/dev",
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.fixture(scope="module")
def story_runs() -> set[str]:
    if not (SHARED / "bench").is_dir():
        pytest.skip("../shared/bench is not beside the repository")
    runs: set[str] = set()
    for source in _STORY_SOURCES:
        path = SHARED / source
        if path.exists():
            for story in load_stories(path).values():
                runs |= _runs(_words(story.text))
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for file in seeds.rglob("*"):
            if file.is_file():
                runs |= _runs(_words(file.read_text(errors="ignore")))
    return runs


def _our_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "src", "tests", "examples", "README.md"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    return [ROOT / name for name in listed
            if not name.endswith((".npz", ".json", ".gz", ".png", ".sqlite"))]  # fmt: skip


def copied_runs(text: str, runs: set[str]) -> list[str]:
    """The longest runs of ``text`` that a story holds, allowed names taken out."""
    words = _words(text)
    found, i = [], 0
    while i <= len(words) - RUN:
        if " ".join(words[i : i + RUN]) in runs:
            j = i + RUN
            while j < len(words) and " ".join(words[j - RUN + 1 : j + 1]) in runs:
                j += 1
            run = " ".join(words[i:j])
            if not any(name in run for name in ALLOWED):
                found.append(run)
            i = j
        else:
            i += 1
    return found


def test_the_finder_sees_a_copied_run() -> None:
    told = "Gunmen stormed the northern checkpoint before dawn on Sunday, police said."
    runs = _runs(_words(told))
    assert copied_runs("Witnesses say gunmen stormed the northern checkpoint before dawn.", runs)
    assert not copied_runs("Gunmen attacked a checkpoint in the north at night.", runs)


def test_no_story_text_in_the_repository(story_runs: set[str]) -> None:
    copied = {}
    for file in _our_files():
        if file.name == Path(__file__).name or not file.is_file():
            continue
        runs = copied_runs(file.read_text(errors="ignore"), story_runs)
        if runs:
            copied[str(file.relative_to(ROOT))] = runs
    assert not copied, f"story text in the repository (rewrite in our own words): {copied}"
