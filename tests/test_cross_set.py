"""Event confidence held out by news set: fitted on the other sets, scored on one."""

from __future__ import annotations

import numpy as np
import pytest

from frontlines.lab.cross_set import cross_set, cross_set_summary, scored_at
from frontlines.lab.train_events import LabelledEvents


def _set(rng: np.random.Generator, name: str, local_sign: float) -> LabelledEvents:
    """Forty events: ``general`` tells right from wrong in every set; ``local`` does only
    with the sign this set gives it (a corpus's habit, not a kind of event)."""
    rows = []
    for _ in range(40):
        ok = bool(rng.integers(0, 2))
        general = float(ok) if rng.random() < 0.85 else float(not ok)
        local = float(ok) if local_sign > 0 else float(not ok)
        rows.append(({"bias": 1.0, "general": general, "local": local, "off_beat": 0.0}, ok))
    return LabelledEvents(rows, [f"{name}/{i // 4}" for i in range(40)],
                          sum(ok for _, ok in rows) + 5)  # fmt: skip


def test_a_feature_that_holds_in_every_set_carries_one_that_does_not_fails() -> None:
    rng = np.random.default_rng(3)
    sets = {"a": _set(rng, "a", 1), "b": _set(rng, "b", 1), "c": _set(rng, "c", 1),
            "d": _set(rng, "d", -1)}  # fmt: skip
    general = {h.name: h for h in cross_set(sets, ("general",), 1.0, 0.5)}
    local = {h.name: h for h in cross_set(sets, ("local",), 1.0, 0.5)}
    assert all(h.auc > 0.75 for h in general.values())
    assert local["d"].auc < 0.5 < general["d"].auc  # learned on a, b, c: backwards on d
    mean = cross_set_summary(list(local.values()))["mean"]
    assert mean["auc"] < cross_set_summary(list(general.values()))["mean"]["auc"]
    held = general["a"]
    assert held.live == held.matched + 5 and held.r_all < 1.0  # recall over all live gold
    assert held.p > held.p_all  # the threshold drops wrong events the others taught
    summary = cross_set_summary(list(general.values()))
    assert set(summary["sets"]) == {"a", "b", "c", "d"} and 0.75 < summary["mean"]["auc"] <= 1


def test_an_event_off_the_beat_is_capped_as_the_coder_caps_it() -> None:
    # an event off its story's beat is shown no more than the coder shows it: capped
    # unless the model is sure of it (``beat.OFF_BEAT_SURE``)
    assert scored_at([0.9, 0.5, 0.1], [1, 0, 1], [False, True, False], 0.15) == (1, 1)
    assert scored_at([0.9, 0.5, 0.1], [1, 0, 1], [False, True, False], 0.0) == (3, 2)
    assert scored_at([0.9, 0.9, 0.1], [1, 0, 1], [False, True, False], 0.15) == (2, 1)


def test_events_cross_wants_another_set(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events-cross", "--data", str(tmp_path),
                                      "--gold", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 2 and "--also" in result.output


def test_threshold_and_c_are_chosen_on_held_out_sets() -> None:
    from frontlines.lab.cross_set import cross_set_choice

    rng = np.random.default_rng(5)
    sets = {}
    for name in "abcd":  # every right event has the feature, a third of the wrong ones too
        oks = [bool(rng.integers(0, 2)) for _ in range(40)]
        rows = [({"general": float(ok or rng.random() < 0.3)}, ok) for ok in oks]
        sets[name] = LabelledEvents(rows, [name] * 40, sum(oks))
    c, threshold, table = cross_set_choice(sets, ("general",), (0.1, 1.0), 0.95)
    assert c in (0.1, 1.0)
    # the general feature drops wrong events of unseen sets without losing the right ones
    assert threshold > 0 and table[str(threshold)]["p"] > table["0.0"]["p"]
    assert table[str(threshold)]["r"] >= 0.95 * table["0.0"]["r"]
    assert cross_set_choice(sets, ("general",), (0.1, 1.0), 0.95, c=0.3)[0] == 0.3


def test_a_model_as_shipped_is_scored_with_its_own_weights() -> None:
    from frontlines.lab.cross_set import bundled_on
    from frontlines.nlp.logistic import LogisticModel

    rows = [({"bias": 1.0, "general": g, "off_beat": off}, ok)
            for g, off, ok in ((1.0, 0.0, True), (0.0, 0.0, False), (1.0, 1.0, False))]
    # the last is capped by its story's beat: not shown, though the weights like it (not
    # as surely as ``beat.OFF_BEAT_SURE``: P = 0.55)
    model = LogisticModel({"bias": -1.0, "general": 1.2}, {})
    (held,) = bundled_on({"a": LabelledEvents(rows, ["a"] * 3, 2)}, model, 0.5)
    assert (held.kept, held.tp, held.p, held.r, held.auc) == (1, 1, 1.0, 0.5, 0.75)


def test_events_cross_wants_a_known_feature_set(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(app, ["train", "events-cross", "--data", str(tmp_path),
                                      "--gold", str(tmp_path), "--also", "a=b",
                                      "--features", "every"])  # fmt: skip
    assert result.exit_code == 2 and "--features" in result.output


@pytest.mark.model
def test_beat_features_of_each_event(nlp) -> None:  # type: ignore[no-untyped-def]
    quiet = ("Farmers in the valley said grain prices were too low this year. Shipping costs "
             "rose again in the spring. The harvest begins in May and ends in July. Markets "
             "in the region reopen on Monday after the holiday. Exporters want new roads. ")
    war = nlp("Rebel fighters attacked an army base near Kalat on Tuesday, killing six soldiers "
              "in heavy fighting. " + quiet + "On Thursday, government warplanes bombed rebel "
              "positions in the hills near Kalat, officials said.")  # fmt: skip
    first, *_, last = war._.event_features
    assert first["after_first"] == 0.0 < last["after_first"]  # told after the news
    assert first["sentence_conflict"] == 1.0 and first["off_beat"] == 0.0
    trade = nlp(quiet * 2 + "Workers at the port went on strike on Tuesday.")
    assert trade._.event_features, "a strike at a port: coded, weighed by its story"
    (strike,) = trade._.event_features
    assert strike["beat_density"] < first["beat_density"]


def test_an_event_off_the_beat_dated_only_by_the_story_stays_capped() -> None:
    # review 21.2/21.6: the held-out estimate caps as the coder does (``dated_in_text``)
    assert scored_at([0.9, 0.9], [1, 0], [False, True], 0.15, dated=[True, False]) == (1, 1)
    assert scored_at([0.9, 0.9], [1, 0], [False, True], 0.15, dated=[True, True]) == (2, 1)
