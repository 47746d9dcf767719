"""Judged events on uncoded news as confidence labels: samples A and B train, C is refused."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from frontlines.lab.judged_events import TRAIN_SAMPLES, judged_labels, judged_scores, matched


def _judged(folder: Path) -> None:
    rows = [
        {"corpus": "lgl", "story": "s1", "start": 0, "end": 40, "acled_sub_event": "Attack",
         "verdict": True, "sample": "A"},
        {"corpus": "lgl", "story": "s1", "start": 41, "end": 90, "acled_sub_event": "Armed clash",
         "verdict": False, "sample": "A"},
        {"corpus": "lgl", "story": "s2", "start": 0, "end": 30, "acled_sub_event": "Attack",
         "verdict": True, "sample": "B"},
        {"corpus": "lgl", "story": "s3", "start": 0, "end": 30, "acled_sub_event": "Attack",
         "verdict": True, "sample": "C"},
        {"corpus": "lgl", "story": "s4", "start": 5, "end": 30, "acled_sub_event": "Attack",
         "verdict": False, "sample": "b"},
    ]  # fmt: skip
    (folder / "events-lgl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (folder / "claims-lgl.jsonl").write_text(json.dumps(rows[2] | {"sample": "A"}) + "\n")


def test_samples_a_and_b_are_read_and_c_is_refused(tmp_path: Path) -> None:
    _judged(tmp_path)
    assert TRAIN_SAMPLES == ("A", "B", "D")
    a = judged_labels(tmp_path, "A")
    assert [(r["story"], r["start"]) for r in a] == [("s1", 0), ("s1", 41)]  # no claims file
    assert [r["story"] for r in judged_labels(tmp_path, "B")] == ["s2", "s4"]  # either case
    for held_out in ("C", "c"):
        with pytest.raises(ValueError, match="held out"):
            judged_labels(tmp_path, held_out)


def test_judged_events_match_by_sentence_and_sub_event(tmp_path: Path) -> None:
    _judged(tmp_path)
    events = [SimpleNamespace(start=0, acled_sub_event="Attack", background=False),
              SimpleNamespace(start=41, acled_sub_event="Attack", background=False),  # retyped
              SimpleNamespace(start=95, acled_sub_event="Attack", background=False)]  # new
    features = [{"own_place": 1.0}, {"own_place": 0.0}, {"own_place": 0.5}]
    found = matched(judged_labels(tmp_path, "A"), "s1", events, features)
    assert found == [({"own_place": 1.0}, True)]  # the retyped one has no verdict any more


def test_judged_scores_cap_off_beat_events() -> None:
    scores = judged_scores([0.9, 0.4, 0.2, 0.1], [1, 0, 1, 0], [False, False, True, False])
    assert scores["at"]["0.15"] == {"kept": 2, "true": 1, "p": 0.5}  # 0.2 off the beat: 0.05
    assert scores["at"]["0.5"] == {"kept": 1, "true": 1, "p": 1.0}
    assert scores["events"] == 4 and scores["true"] == 2 and 0 < scores["brier"] < 1


def test_train_events_judged_wants_the_bench(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events", "--data", str(tmp_path), "--gold",
                                      str(tmp_path), "--out", str(tmp_path / "m.json"),
                                      "--judged", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 2 and "--bench" in result.output
    assert not (tmp_path / "m.json").exists()


def test_the_trainer_reads_samples_a_b_and_d_and_refuses_c(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import frontlines.lab.judged_events as judged_events
    import frontlines.lab.train_events as train_events
    from frontlines.lab.story_cv import LabelledEvents

    asked: list[str] = []

    def events(n: int, prefix: str) -> LabelledEvents:
        rows = [({"bias": 1.0, "own_place": float(i % 2), "off_beat": 0.0}, i % 2 == 0)
                for i in range(n)]  # fmt: skip
        return LabelledEvents(rows, [f"{prefix}{i // 2}" for i in range(n)], n // 2)

    def judged(folder: Path, bench: Path, sample: str, embedding: bool = False,
               skip: object = ()) -> LabelledEvents:
        asked.append(sample)
        return events(20, f"judged/lgl/{sample}")

    monkeypatch.setattr(train_events, "labelled_stories", lambda *a, **k: events(20, "s"))
    monkeypatch.setattr(judged_events, "judged_events", judged)
    with pytest.raises(ValueError, match="held out"):  # refused before anything is read
        train_events.train_event_confidence(tmp_path, tmp_path, judged=(tmp_path, tmp_path),
                                            samples=("A", "C"))  # fmt: skip
    assert asked == []
    model = train_events.train_event_confidence(tmp_path, tmp_path, c=1.0,
                                                judged=(tmp_path, tmp_path))  # fmt: skip
    assert asked == ["A", "B", "D"]
    assert set(model.about["by_set"]) == {tmp_path.name, "judgedA", "judgedB", "judgedD"}
    assert model.about["threshold"] in {round(0.05 * k, 2) for k in range(17)}


def test_a_judged_story_a_coded_tune_set_reads_is_left_out(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One story judged and coded would be two fold groups: trained on in one fold,
    scored in another. The judged copy goes; the about says how many verdicts went."""
    import frontlines.lab.judged_events as judged_events
    import frontlines.lab.train_events as train_events
    from frontlines.lab.split import select
    from frontlines.lab.story_cv import LabelledEvents

    coded = select([f"s{n}" for n in range(40)], str, "tune")[0]
    judged, bench, gold = tmp_path / "judged", tmp_path / "bench", tmp_path / "lgl"
    for folder in (judged, bench / "geo", gold):
        folder.mkdir(parents=True)
    (bench / "geo" / "lgl.xml").write_text("<articles/>")
    (gold / "lgl-a.stories.jsonl").write_text(json.dumps({"story": coded}) + "\n")
    (gold / "lgl-a.events.jsonl").write_text(json.dumps(
        {"story": coded, "evidence": [{"start": 0, "end": 9}], "acled_event": "Violence against "
         "civilians", "acled_sub_event": "Attack"}) + "\n")
    verdicts = [{"corpus": corpus, "story": story, "start": n, "end": n + 9,
                 "acled_sub_event": "Attack", "verdict": True, "sample": "A"}
                for n, (corpus, story) in enumerate([("lgl", coded), ("lgl", coded),
                                                     ("lgl", "other"), ("tbaq", coded)])]
    (judged / "events-x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in verdicts))
    assert judged_events.coded_stories(bench, [(bench / "geo" / "lgl.xml", [coded])]) == {
        ("lgl", coded)}
    assert judged_events.coded_stories(bench, [(tmp_path / "news", [coded])]) == frozenset()
    skipped: list[object] = []

    def judged_read(folder: Path, where: Path, sample: str, embedding: bool = False,
                    skip: object = ()) -> LabelledEvents:
        skipped.append(skip)
        return LabelledEvents([], [], 0)

    monkeypatch.setattr(train_events, "labelled_stories",
                        lambda *a, **k: LabelledEvents([], [], 0))
    monkeypatch.setattr(judged_events, "judged_events", judged_read)
    _, _, dropped = train_events.read_sets(tmp_path, tmp_path, [(bench / "geo" / "lgl.xml", gold)],
                                           (judged, bench), ("A",))  # fmt: skip
    assert dropped == {"A": {"verdicts": 2, "stories": 1}}  # the same id of TBAQ stays
    assert skipped == [{("lgl", coded)}]


@pytest.mark.parametrize("weigh", ["--weigh-stories", "--weigh-sets"])
def test_weighing_without_judged_is_refused_not_ignored(tmp_path: Path, weigh: str) -> None:
    """Only the pooled fit (``--judged``) weighs events; without it the option did nothing."""
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events", "--data", str(tmp_path), "--gold",
                                      str(tmp_path), "--out", str(tmp_path / "m.json"), weigh])
    assert result.exit_code == 2 and "--judged" in result.output
    assert not (tmp_path / "m.json").exists()
