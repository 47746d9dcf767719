"""The honest estimates of the PLOVER model (``lab/plover_nested.py``): a record is scored
with the decision the eval makes, each outer fold's settings are chosen without that
fold's labels, and the synthetic-only score trains on no record."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from frontlines.lab.plover_nested import (
    Choice,
    Extras,
    Table,
    _Fitter,
    deal,
    decide,
    nested_estimate,
    synthetic_only,
)

_GRID = {"cs": (1.0,), "gates": (0.5, 1.01), "mixes": (0.0, 0.5), "hiddens": (4,)}


def _table(stories: int = 40, records: int = 20, informative: bool = True) -> Table:
    """Two types told apart by one word (the stories' word says the type only when
    ``informative``); embeddings that say it too, weakly."""
    rng = np.random.default_rng(7)
    labels = ["AGREE" if n % 2 else "REJECT" for n in range(stories + records)]
    examples = []
    for n, label in enumerate(labels):
        honest = informative or n >= stories
        word = ("w:accept" if label == "AGREE" else "w:refuse") if honest else "w:say"
        examples.append((["bias", word, f"w:filler{n % 3}"], {}))
    embeddings = rng.normal(size=(len(labels), 384)).astype(np.float32)
    embeddings[:, 0] += [1.0 if label == "AGREE" else -1.0 for label in labels]
    embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True)
    return Table(examples, embeddings, labels, [""] * len(labels), stories,
                 {"s": embeddings * 3}, record_weight=5.0, min_count=1)  # fmt: skip


def test_a_record_is_scored_with_the_evals_decision():
    labels = ["AGREE", "FIGHT", "REJECT"]
    assert decide(np.array([0.7, 0.2, 0.1]), labels, 0.5, "") == "AGREE"
    assert decide(np.array([0.4, 0.3, 0.3]), labels, 0.5, "") == "OTHER"  # abstains
    assert decide(np.array([0.4, 0.3, 0.3]), labels, 0.5, "REJECT") == "REJECT"
    assert decide(np.array([0.25, 0.2, 0.55]), labels, 0.0, "FIGHT") == "REJECT"  # sure
    unsure = np.full(12, 1 / 12)
    assert decide(unsure, [*labels, *"abcdefghi"], 0.0, "FIGHT") == "FIGHT"  # cue stands


def test_records_are_dealt_in_turn():
    assert deal([5, 6, 7, 8, 9], 2) == [[5, 7, 9], [6, 8]]


def test_the_nested_estimate_learns_and_reports_each_folds_choice():
    result = nested_estimate(_table(), outer=4, inner=3, grid=_GRID)
    assert result["records"] == 20 and result["accuracy"] == 1.0
    assert len(result["folds"]) == 4
    for fold in result["folds"]:
        assert fold["choice"].gate in _GRID["gates"] and fold["choice"].mix in _GRID["mixes"]


def test_an_outer_folds_choice_never_reads_its_labels():
    table = _table()
    held = deal(table.records, 4)[0]
    flipped = [("REJECT" if label == "AGREE" else "AGREE") if n in held else label
               for n, label in enumerate(table.labels)]  # fmt: skip
    one = nested_estimate(table, outer=4, inner=3, grid=_GRID)["folds"][0]
    two = nested_estimate(replace(table, labels=flipped), outer=4, inner=3, grid=_GRID)
    assert two["folds"][0]["choice"] == one["choice"]
    assert two["folds"][0]["inner"] == one["inner"] and two["folds"][0]["outer"] == 0.0


def test_synthetic_only_trains_on_no_record():
    choice = Choice(1.0, 1.0, 0.5, 4, 0.0)
    assert synthetic_only(_table(), choice)["accuracy"] == 1.0
    blind = synthetic_only(_table(informative=False), choice)  # the stories teach nothing
    assert blind["records"] == 20 and blind["accuracy"] < 1.0


def test_an_extra_is_tried_at_its_shares_and_zero():
    seen: list[float] = []

    def flat(p: np.ndarray, train: object, test: object, share: float) -> np.ndarray:
        seen.append(share)
        return (1 - share) * p + share / p.shape[1]

    result = nested_estimate(_table(), outer=2, inner=2, grid=_GRID,
                             extras=Extras((flat,), ((0.9,),)))  # fmt: skip
    assert 0.9 in seen and all(f["choice"].extras in ((0.0,), (0.9,)) for f in result["folds"])


def test_no_record_leaks_into_a_fit_that_holds_it_out():
    """Records that only a fit which saw them could get right (each has a word of its own,
    random labels of three; the stories say nothing): the nested estimate stays near
    chance (a fit started from one that had seen the held-out records scored far above)."""
    rng = np.random.default_rng(11)
    table = _table(stories=40, records=40, informative=False)
    labels = list(table.labels)
    examples = list(table.examples)
    for n in range(len(labels)):
        labels[n] = ("AGREE", "REJECT", "FIGHT")[int(rng.integers(3))]
        if n >= table.synthetic:
            examples[n] = (["bias", f"w:own{n}"], {})
    noise = rng.normal(size=table.embeddings.shape).astype(np.float32)
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    blind = replace(table, labels=labels, examples=examples, embeddings=noise,
                    dense={"s": noise * 3}, record_weight=100.0)  # fmt: skip
    assert nested_estimate(blind, outer=4, inner=3, grid=_GRID)["accuracy"] < 0.6


def test_every_fit_starts_from_weights_that_saw_no_record():
    """The fits start warm (from the stories-only fit): a start that had seen the records
    would carry a held-out record's label into the fit that is scored on it."""
    table = _table()
    labels = list(table.labels)
    labels[:3] = ["FIGHT"] * 3  # three types, so the stories' fit is multinomial
    table = replace(table, labels=labels)
    relabelled = replace(table, labels=[*labels[: table.synthetic],
                                        *reversed(labels[table.synthetic :])])  # fmt: skip
    one = _Fitter(table)._start("fast", 1.0)
    two = _Fitter(relabelled)._start("fast", 1.0)
    assert one is not None and two is not None and np.array_equal(one, two)
    assert one.shape[0] == 3  # one row a type


def test_the_shipped_setting_is_chosen_as_the_inner_loop_chooses():
    from frontlines.lab.plover_nested import choose_settings

    choice, thresholds, score = choose_settings(_table(), folds=3, grid=_GRID)
    assert choice.gate in _GRID["gates"] and set(thresholds) == {"fast", "encoder"}
    assert score == 1.0


def test_train_plover_estimate_needs_the_records(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    stories = tmp_path / "stories.csv"
    stories.write_text("text,label\nCrowds marched in the capital.,PROTEST\n", "utf-8")
    result = CliRunner().invoke(app, ["train", "plover", "--data", str(stories), "--out",
                                      str(tmp_path / "m.json"), "--no-encoder", "--estimate"])
    assert result.exit_code == 2 and "--estimate needs --records" in result.output
    assert not (tmp_path / "m.json").exists()


def test_train_plover_estimate_prints_both_estimates(monkeypatch, capsys):
    import frontlines.lab.plover_nested as plover_nested
    from frontlines.cli import train_plover as train

    monkeypatch.setattr(plover_nested, "build_table", lambda *a, **k: _table())
    train._print_estimates(None, [], [], None, 5.0, vectors=False)
    printed = capsys.readouterr().out
    assert "nested: accuracy 1.0" in printed and "synthetic only: accuracy 1.0" in printed
