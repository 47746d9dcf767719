"""`frontlines eval judged`: judged precision of the current code on a judged sample.

One story of our own words (a clash, a protest, an arrest, a death toll) in a tiny
LGL-style bench is read by the real pipeline; a tiny judged folder gives verdicts to some
of what it emits, so the counts, the matching and the unjudged file are checked by hand.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from typer.testing import CliRunner

from frontlines.cli.main import app
from frontlines.lab.judged_eval import run_judged

STORY = (
    "Rebel fighters attacked an army post near the town of Marwa on Tuesday, killing 14 "
    "soldiers, a military spokesman said. Hundreds of students marched through the capital "
    "on Wednesday to protest against the rising cost of bread. Police arrested the opposition "
    "leader Dana Korvel at her home on Wednesday night, her party said."
)

LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7001">
    <title>Rebels storm army post</title>
    <url>http://example.org/2021/03/10/rebels</url>
    <dltime>2021-03-10 09:00:00.0-05</dltime>
    <text><![CDATA[{STORY}]]></text>
  </article>
</articles>
"""


def _lines(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _sentence(part: str) -> tuple[int, int]:
    start = STORY.index(part)
    return start, STORY.index(".", start) + 1


def test_judged_precision_counts_matches_and_unjudged(tmp_path: Path) -> None:
    bench, judged = tmp_path / "bench", tmp_path / "judged"
    (bench / "geo").mkdir(parents=True)
    (bench / "geo" / "lgl.xml").write_text(LGL, encoding="utf-8")
    judged.mkdir()
    _lines(judged / "pool-T.jsonl", [{"corpus": "lgl", "story": "7001"}])
    clash, protest = _sentence("Rebel fighters"), _sentence("Hundreds of students")
    verdict = {"corpus": "lgl", "story": "7001", "sample": "T"}
    _lines(judged / "events-lgl.jsonl", [
        verdict | {"start": clash[0], "end": clash[1], "acled_sub_event": "Armed clash",
                   "verdict": True},
        verdict | {"start": protest[0], "end": protest[1], "acled_sub_event": "Peaceful protest",
                   "verdict": False, "class": "politics sense"},
        # the same sentence under another sub-event judges nothing we emit
        verdict | {"start": clash[0], "end": clash[1], "acled_sub_event": "Attack",
                   "verdict": True},
    ])  # fmt: skip
    toll = STORY.index("14")
    _lines(judged / "claims-lgl.jsonl", [
        verdict | {"sample": "t", "start": toll, "end": toll + 2, "verdict": "claim"}])  # fmt: skip
    unjudged = tmp_path / "unjudged.jsonl"

    result = run_judged(judged, bench, "T", unjudged)

    shown = result["events"]["at"]["0.15"]
    assert (shown["kept"], shown["true"], shown["unjudged"]) == (3, 1, 1)  # the arrest: no verdict
    # higher bars keep a subset: counts never grow with the confidence asked for (which
    # events pass 0.7 is the bundled confidence model's call, so no exact count here)
    bars = [result["events"]["at"][t] for t in ("0.15", "0.3", "0.5", "0.7")]
    for low, high in pairwise(bars):
        assert high["kept"] <= low["kept"] and high["true"] <= low["true"]
        assert high["unjudged"] <= low["unjudged"]
        assert high["true"] + high["unjudged"] <= high["kept"]
    assert result["claims"] == {"shown": 1, "right": 1, "p": 1.0, "unjudged": 0}
    rows = [json.loads(line) for line in unjudged.read_text(encoding="utf-8").splitlines()]
    assert [(r["kind"], r["start"], r["acled_sub_event"]) for r in rows] == [
        ("event", STORY.index("Police arrested"), "Arrests")]  # fmt: skip
    assert "Korvel" not in unjudged.read_text(encoding="utf-8")  # offsets, never story text


def test_cli_names_a_missing_judged_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = CliRunner().invoke(app, ["eval", "judged", "--judged", str(missing),
                                      "--bench", str(tmp_path), "--sample", "C"])  # fmt: skip
    assert result.exit_code == 2
    assert "not a judged folder" in result.output and "Traceback" not in result.output
