"""Leave one corpus out (lab/corpus_cv): the yardstick for text of a corpus never seen."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from frontlines.lab.confidence_oof import Candidate, candidate_oof, pooled, scores_at, set_weights
from frontlines.lab.corpus_cv import (
    corpus_choice,
    corpus_folds,
    corpus_of,
    corpus_oof,
    corpus_report,
    live_by_corpus,
)
from frontlines.lab.story_cv import LabelledEvents


def _set(name: str, stories: int, rate: float, rng: np.random.Generator,
         judged_corpus: str | None = None) -> LabelledEvents:  # fmt: skip
    """``stories`` stories of three events each. ``cue`` says the label in every corpus
    (right 80 % of the time); ``house=<name>`` marks the corpus, whose events are right
    at its own ``rate``: a feature that only tells which corpus an event came from."""
    rows, groups = [], []
    for s in range(stories):
        for _ in range(3):
            ok = bool(rng.random() < rate)
            cue = float(ok) if rng.random() < 0.8 else float(not ok)
            rows.append(({"bias": 1.0, "cue": cue, f"house={judged_corpus or name}": 1.0,
                          "off_beat": 0.0}, ok))
            groups.append(f"judged/{judged_corpus}/{s}" if judged_corpus else f"{name}/{s}")
    return LabelledEvents(rows, groups, sum(ok for _, ok in rows) + 2)


def _sets() -> dict[str, LabelledEvents]:
    rng = np.random.default_rng(11)
    return {"war": _set("war", 30, 0.85, rng), "politics": _set("politics", 30, 0.2, rng),
            "local": _set("local", 30, 0.5, rng),
            "judgedA": _set("judgedA", 20, 0.2, rng, judged_corpus="politics"),
            "judgedB": _set("judgedB", 10, 0.3, rng, judged_corpus="health")}  # fmt: skip


def test_a_judged_event_belongs_to_the_corpus_its_story_was_read_from() -> None:
    assert corpus_of("judgedA/judged/lgl/4711") == "lgl"
    assert corpus_of("lgl/lgl/4711") == "lgl"
    assert corpus_of("news/news/voa-12") == "news"
    assert corpus_of("judgedB/0") == "judgedB"  # no corpus named: the sample is its own


def test_each_fold_holds_out_one_whole_corpus_coded_and_judged_together() -> None:
    pool = pooled(_sets())
    folds = corpus_folds(pool.groups)
    held = [{corpus_of(pool.groups[i]) for i in test} for _, test in folds]
    assert held == [{"health"}, {"local"}, {"politics"}, {"war"}]
    for train, test in folds:
        assert not {corpus_of(pool.groups[i]) for i in train} & {
            corpus_of(pool.groups[i]) for i in test}
    politics = next(test for _, test in folds if corpus_of(pool.groups[test[0]]) == "politics")
    assert {pool.sets[i] for i in politics} == {"politics", "judgedA"}


def test_a_corpus_marker_helps_story_folds_but_not_a_corpus_never_seen() -> None:
    """The marker tells a seen corpus's base rate: story folds reward it, held-out
    corpora cannot (their marker was never fitted)."""
    sets = _sets()
    pool = pooled(sets)
    trains = frozenset(sets)
    both = Candidate("both", ("cue", "house="), trains, c=1.0)
    marker = Candidate("marker", ("house=",), trains, c=1.0)
    assert scores_at(pool, candidate_oof(pool, marker, 2))["coded"]["auc"] > 0.7
    assert scores_at(pool, corpus_oof(pool, marker))["coded"]["auc"] < 0.6
    held = corpus_report(pool, corpus_oof(pool, both), 0.5, live_by_corpus(sets))
    assert held["mean_auc"] > 0.7  # the cue carries to every corpus


def test_the_report_counts_each_corpus_and_the_pool_at_the_threshold() -> None:
    sets = _sets()
    pool = pooled(sets)
    probability = np.array([1.0 if ok else 0.0 for _, ok in pool.rows])  # a perfect ranker
    wrong = next(i for i, (_, ok) in enumerate(pool.rows) if not ok and pool.sets[i] == "war")
    probability[wrong] = 0.9  # ... bar one false war event, shown
    report = corpus_report(pool, probability, 0.5, live_by_corpus(sets))
    war = report["corpora"]["war"]["coded"]
    true_war = sum(ok for _, ok in sets["war"].rows)
    assert (war["kept"], war["tp"]) == (true_war + 1, true_war)
    assert war["right_minus_false"] == true_war - 1
    assert war["r"] == round(true_war / sets["war"].live, 4)  # recall over the live gold
    assert set(report["corpora"]["politics"]) == {"coded", "judged"}
    assert set(report["corpora"]["health"]) == {"judged"}
    shown = int((probability >= 0.5).sum())
    right = sum(ok for p, (_, ok) in zip(probability, pool.rows, strict=True) if p >= 0.5)
    assert report["right_minus_false"] == 2 * right - shown


def test_corpus_choice_picks_c_and_a_threshold_on_held_out_corpora() -> None:
    sets = _sets()
    pool = pooled(sets)
    choice = corpus_choice(pool, ("cue",), frozenset(sets), "none", (0.1, 1.0))
    assert choice.c in (0.1, 1.0) and set(choice.brier_by_c) == {"0.1", "1.0"}
    assert 0.0 < choice.threshold < 1.0  # the cue splits right from false: a bar between
    assert len(choice.probability) == len(pool.rows)


def test_per_corpus_weights_give_each_corpus_one_share() -> None:
    sets = _sets()
    pool = pooled(sets)
    weights = set_weights(pool.sets, "per-corpus", pool.groups)
    total: dict[str, float] = {}
    for w, g in zip(weights, pool.groups, strict=True):
        total[corpus_of(g)] = total.get(corpus_of(g), 0.0) + w
    assert len(set(round(v, 6) for v in total.values())) == 1
    assert sum(weights) == pytest.approx(len(weights))
    with pytest.raises(ValueError):
        set_weights(pool.sets, "per-corpus")


def test_the_pooled_fit_keeps_the_held_out_corpora_beside_the_story_folds() -> None:
    from frontlines.lab.corpus_cv import report_lines
    from frontlines.lab.train_events import fit_pooled

    sets = _sets()
    model = fit_pooled(sets, ("cue", "house="), 1.0, cv="corpus")
    held = model.about["leave_one_corpus_out"]
    assert set(held["corpora"]) == {"health", "local", "politics", "war"}
    assert held["threshold"] == model.about["threshold"] and held["c"] == 1.0
    assert held["threshold_held_out"] in [round(0.05 * k, 2) for k in range(17)]
    lines = report_lines(held, model.about["out_of_fold"])
    assert lines[0].startswith("held out by corpus") and lines[-1].lstrip().startswith("story")
    assert any(line.lstrip().startswith("politics") and "judged" in line for line in lines)
    assert "leave_one_corpus_out" not in fit_pooled(sets, ("cue",), 1.0).about


@pytest.mark.parametrize(("args", "said"), [(["--cv", "corpus"], "--judged"),
                                            (["--cv", "folds"], "--cv"),
                                            (["--weigh-corpora"], "--judged"),
                                            (["--weigh-corpora", "--weigh-sets"], "one of")])
def test_corpus_options_without_judged_or_unknown_or_doubled_are_refused(
    tmp_path: Path, args: list[str], said: str) -> None:
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events", "--data", str(tmp_path), "--gold",
                                      str(tmp_path), "--out", str(tmp_path / "m.json"), *args])
    assert result.exit_code == 2 and said in result.output
    assert not (tmp_path / "m.json").exists()


def test_the_command_prints_the_held_out_corpora(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """``--cv corpus`` reaches the fit, and its held-out table is printed after the model
    is written (the fit itself replaced: reading stories needs the bench)."""
    from typer.testing import CliRunner

    from frontlines.cli.main import app
    from frontlines.lab import train_events

    sets = _sets()
    asked: dict[str, object] = {}

    def fit(*args: object, **kwargs: object) -> object:
        asked.update(kwargs)
        return train_events.fit_pooled(sets, ("cue",), 1.0, weighting="per-corpus", cv="corpus")

    monkeypatch.setattr(train_events, "train_event_confidence", fit)
    (tmp_path / "judged").mkdir()
    result = CliRunner().invoke(app, [
        "train", "events", "--data", str(tmp_path), "--gold", str(tmp_path), "--out",
        str(tmp_path / "m.json"), "--judged", str(tmp_path / "judged"), "--bench",
        str(tmp_path), "--weigh-corpora", "--cv", "corpus"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert asked["cv"] == "corpus" and asked["weighting"] == "per-corpus"
    assert "held out by corpus" in result.output and "story folds" in result.output
    assert (tmp_path / "m.json").exists()
