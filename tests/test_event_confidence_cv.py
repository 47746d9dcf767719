"""Event confidence chosen on whole held-out stories: folds, the story's beat, the threshold."""

from __future__ import annotations

import numpy as np
import pytest

from frontlines.lab.story_cv import OutOfFold, keep_features, out_of_fold, story_folds
from frontlines.lab.train_events import FEATURES, chosen_threshold
from frontlines.nlp.events.beat import BEAT_FEATURES


def test_folds_hold_out_whole_stories() -> None:
    groups = [f"s{i % 7}" for i in range(40)]
    for seed in range(3):
        folds = story_folds(groups, 5, seed)
        tested = np.concatenate([test for _, test in folds])
        assert sorted(tested.tolist()) == list(range(40))  # each event tested once
        for train, test in folds:
            assert not {groups[i] for i in train} & {groups[i] for i in test}


def test_keep_features_by_name_and_prefix() -> None:
    features = {"bias": 1.0, "own_place": 1.0, "type=Battles": 1.0, "tense=past": 1.0}
    assert keep_features(features, ("own_place", "type=")) == {"own_place": 1.0,
                                                               "type=Battles": 1.0}


def test_out_of_fold_ranks_an_informative_feature() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 120)
    x = np.column_stack([y + rng.normal(0, 0.5, 120), rng.normal(0, 1, 120)])
    groups = [f"s{i // 4}" for i in range(120)]
    good = out_of_fold(x, y.tolist(), groups, 1.0, int(y.sum()), repeats=2)
    noise = out_of_fold(x[:, 1:], y.tolist(), groups, 1.0, int(y.sum()), repeats=2)
    assert good.auc > 0.85 > noise.auc
    assert good.brier < noise.brier
    assert good.at["0.0"]["r"] == 1.0  # recall is over every live gold event


def _scored(at: dict[str, tuple[float, float]]) -> OutOfFold:
    rows = {t: {"kept": 10, "p": p, "r": r,
                "f05": 1.25 * p * r / (0.25 * p + r) if p + r else 0.0} for t, (p, r) in at.items()}
    return OutOfFold(1.0, None, 0.7, 0.2, rows)


def test_threshold_keeps_recall_then_weighs_precision() -> None:
    # 0.2 keeps 95 % of the recall of showing everything and is more precise than 0.0
    assert chosen_threshold(_scored({"0.0": (0.4, 0.8), "0.2": (0.6, 0.78),
                                     "0.4": (0.9, 0.4)})) == 0.2  # fmt: skip
    # precision bought with recall is not taken: nothing but 0 keeps it
    assert chosen_threshold(_scored({"0.0": (0.4, 0.5), "0.3": (0.75, 0.3),
                                     "0.5": (0.9, 0.2)})) == 0.0  # fmt: skip


def test_out_of_fold_by_set_ranks_within_each_set() -> None:
    from frontlines.lab.train_events import by_set

    # set "a" ranks its events perfectly, set "b" backwards: pooled numbers would hide it
    probability = np.array([0.9, 0.8, 0.2, 0.1, 0.2, 0.1, 0.9, 0.8])
    y = [1, 1, 0, 0, 1, 1, 0, 0]
    groups = ["a/1", "a/1", "a/2", "a/2", "b/1", "b/1", "b/2", "b/2"]
    scored = OutOfFold(1.0, probability, 0.5, 0.3, {})
    sets = by_set(scored, groups, y)
    assert sets["a"]["auc"] == 1.0 and sets["b"]["auc"] == 0.0
    assert sets["a"]["events"] == 4 and sets["b"]["matched"] == 2


def test_days_before_publication() -> None:
    from frontlines.nlp.events.beat import _days_before

    assert _days_before("2020-03-10", "2020-03-14") == 4
    assert _days_before("2020-03", "2020-03-14T10:00:00") == 13  # the month's first day
    assert _days_before("2019", "2020-01-01") == 365
    assert _days_before(None, "2020-01-01") is None
    assert _days_before("2020-13-40", "2020-01-01") is None  # unreadable: no answer


def test_bundled_model_is_chosen_out_of_fold_on_every_tune_label() -> None:
    """The bundled model weighs every feature the coder computes, fitted on the coded tune
    halves and judged samples A and B (never C), its threshold the default shown: a refit
    that moves the threshold must move the setting too (README, "Confidence")."""
    from frontlines.nlp.events.confidence import load_confidence_model
    from frontlines.settings import DEFAULT_MIN_EVENT_CONFIDENCE

    model = load_confidence_model()
    about = model.about
    assert about["features"] == "every" and {*FEATURES, "beat_politics", "in_quote"} <= set(
        model.weights)
    assert "off_beat" not in model.weights  # a cap applied after the model, not a weight
    assert about["threshold"] == DEFAULT_MIN_EVENT_CONFIDENCE
    assert set(about["by_set"]) >= {"judgedA", "judgedB"} and not any(
        "C" in name[len("judged"):] for name in about["by_set"] if name.startswith("judged"))


@pytest.mark.model
def test_story_beat_tells_a_war_report_from_a_trade_story(nlp) -> None:  # type: ignore[no-untyped-def]
    war = ("Islamic State militants attacked an army checkpoint near Mosul on Tuesday, "
           "killing four soldiers. Iraqi warplanes then bombed the militants' positions. "
           "The fighting continued into the night, officials said.")  # fmt: skip
    trade = ("Workers at the steel plant went on strike on Tuesday. Exports of steel fell "
             "by four percent last year. Talks on the trade deal resume next month. "
             "Farmers said prices were too low. Shipping costs rose again.")  # fmt: skip
    war_doc, trade_doc = nlp(war), nlp(trade)
    assert trade_doc._.events  # a strike at a plant: coded, but weighed by its story
    war_beat = {k: war_doc._.event_features[0][k] for k in BEAT_FEATURES}
    assert war_doc._.events and war_beat["beat_violent"] > 0.5
    assert war_beat["beat_armed"] > 0
    for features in trade_doc._.event_features:
        assert features["beat_violent"] < war_beat["beat_violent"]
        assert features["beat_cue_share"] < war_beat["beat_cue_share"]
    assert all(e.confidence < war_doc._.events[0].confidence for e in trade_doc._.events)


@pytest.mark.model
def test_told_early_and_again(nlp) -> None:  # type: ignore[no-untyped-def]
    told = ("Militants attacked an army checkpoint near Kalat on Tuesday, killing four "
            "soldiers. Officials said the attack on the checkpoint was the deadliest this year.")
    quiet = "Farmers said prices were too low. Shipping costs rose. Exports fell again. "
    lead, late = nlp(told + " " + quiet), nlp(quiet + told.split(". ")[0] + ".")
    first = lead._.event_features[0]
    assert first["mentions"] > 0 and first["position"] == 0.0  # told first, told again
    assert first["trigger=verb"] == 1.0 and first["tense=past"] == 1.0
    once = late._.event_features[0]  # told once, after three sentences of other news
    assert once["mentions"] == 0.0 and once["position"] > 0.4


@pytest.mark.model
def test_strategic_developments_only_on_the_conflict_beat(nlp) -> None:  # type: ignore[no-untyped-def]
    base = "Last week the rebels opened a new outpost on a ridge near Kalat."
    quiet = nlp("Farmers in the region said prices were too low this year. " + base
                + " Shipping costs rose again. The harvest begins in May. Rain is expected. "
                "Markets reopen on Monday.")  # fmt: skip
    assert "Strategic developments" in {e.acled_event for e in nlp(base)._.events}  # a brief
    war = nlp("Rebels attacked an army checkpoint near Kalat on Tuesday, killing four soldiers. "
              "Warplanes bombed rebel positions on Wednesday. " + base)  # fmt: skip
    assert "Strategic developments" in {e.acled_event for e in war._.events}
    assert "Strategic developments" not in {e.acled_event for e in quiet._.events}


@pytest.mark.model
def test_a_place_in_a_clause_about_the_speaker_is_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("An airstrike killed an al-Shabaab commander in Kismayo on Thursday. U.S. "
              "Africa Command, which directs U.S. military missions in East Africa, said the "
              "commander died in a targeted airstrike that day.")  # fmt: skip
    assert [e.place.name for e in doc._.events if e.place] == ["Kismayo"] * len(doc._.events)
    convoy = nlp("Militants attacked a convoy that was travelling near Kalat on Monday.")
    assert [e.place.name for e in convoy._.events if e.place] == ["Kalat"]


@pytest.mark.model
def test_training_chooses_on_whole_held_out_stories() -> None:
    from pathlib import Path

    from frontlines.lab.story_cv import THRESHOLDS
    from frontlines.lab.train_events import train_event_confidence

    news = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "news"
    if not news.is_dir():
        pytest.skip("../shared/bench/news not present")
    gold = Path(__file__).resolve().parents[1] / "eval" / "news"
    model = train_event_confidence(news, gold)
    assert set(model.weights) == {*FEATURES, "bias"}
    about = model.about
    assert about["threshold"] in THRESHOLDS
    chosen = about["out_of_fold"]
    assert isinstance(chosen, dict) and isinstance(about["every_feature"], dict)
    # the chosen few (chosen on all four sets' tune halves pooled) rank held-out stories'
    # events about as well as weighing everything, with a quarter of the weights (session 21:
    # .891 against the best every-feature fit's .943; session 20: .900 against .936)
    assert chosen["auc"] >= max(v["auc"] for v in about["every_feature"].values()) - 0.06
    assert set(about["out_of_fold_by_set"]) == {"news"}


def test_train_events_wants_stories_and_gold_in_each_also(tmp_path) -> None:
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events", "--data", str(tmp_path), "--gold",
                                      str(tmp_path), "--out", str(tmp_path / "m.json"),
                                      "--also", "only-stories"])  # fmt: skip
    assert result.exit_code == 2 and "STORIES=GOLD" in result.output
    assert not (tmp_path / "m.json").exists()
