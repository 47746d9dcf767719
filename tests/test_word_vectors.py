"""Static word vectors for lemmas and the PLOVER model's syntactic frame: the bundled
vectors load and place related verbs together, a file round-trips, bad files fail
clearly, and the frame reads the root predicate's complement, object and prepositions."""

from __future__ import annotations

import numpy as np
import pytest

from frontlines.errors import DataFileError
from frontlines.lab.word_vectors import build_word_vectors
from frontlines.nlp.events.plover import frame_features, frame_values, linear_probabilities
from frontlines.vocab.word_vectors import WordVectors, default_word_vectors


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_bundled_vectors_place_related_verbs_together():
    vectors = default_word_vectors()
    assert len(vectors.rows) > 30_000 and vectors.dims >= 32
    bomb, shell, negotiate, talk = (vectors.vector(w) for w in ("bomb", "shell", "negotiate",
                                                                 "talk"))  # fmt: skip
    assert bomb is not None and shell is not None and negotiate is not None and talk is not None
    assert _cosine(bomb, shell) > _cosine(bomb, negotiate)
    assert _cosine(negotiate, talk) > _cosine(negotiate, bomb)
    assert vectors.vector("qwzxv") is None and vectors.mean(["qwzxv"]) is None


def test_vectors_round_trip_and_bad_bytes_fail_clearly(tmp_path):
    rng = np.random.default_rng(0)
    table = rng.normal(size=(12, 8)).astype(np.float32)
    rows = {f"w{'abcdefghijkl'[i]}": i for i in range(12)}
    built = build_word_vectors(rows, table, [*rows, "missing"], dims=4, about="test")
    assert built.dims == 4 and len(built.rows) == 12 and "missing" not in built.rows
    path = tmp_path / "v.npz"
    path.write_bytes(built.to_bytes())
    again = WordVectors.load(path)
    assert again.rows == built.rows and again.about == "test"
    assert np.array_equal(again.matrix, built.matrix)
    with pytest.raises(ValueError, match="too few"):
        build_word_vectors(rows, table, list(rows)[:3], dims=4)
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DataFileError, match="bad.npz"):
        WordVectors.load(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        WordVectors.load(tmp_path / "absent.npz")


def test_frame_reads_the_root_predicate_and_its_arguments(nlp):
    doc = nlp("The rebels agreed to withdraw from the town.")
    features = frame_features(doc)
    assert {"fr:agree", "fx:agree>withdraw"} <= features
    doc = nlp("Protesters burned tyres outside the ministry.")
    assert {"fr:burn", "fo:burn>tyre", "fp:burn>outside"} <= frame_features(doc)
    values = frame_values(doc, default_word_vectors())
    dims = default_word_vectors().dims
    assert {k.split(":")[1] for k in values} == {"root", "obj", "subj", "prep"}
    assert all(int(k.rsplit(":", 1)[1]) < dims for k in values)
    # A span of a longer doc reads only its own sentences.
    two = nlp("Talks failed. Troops shelled the city.")
    assert frame_features(two[4:]) == {"fr:shell", "fo:shell>city"}


def test_real_valued_features_add_weight_times_value():
    weights = {"bias": {"A": 0.0, "B": 0.0}, "d:root:0": {"A": 2.0, "B": -2.0}}
    up = linear_probabilities(weights, ("A", "B"), ["bias"], {"d:root:0": 1.0})
    down = linear_probabilities(weights, ("A", "B"), ["bias"], {"d:root:0": -1.0})
    assert up["A"] > 0.9 and down["A"] < 0.1
    assert linear_probabilities(weights, ("A", "B"), ["bias"])["A"] == pytest.approx(0.5)


def test_train_vectors_command_reports_a_folder_without_vectors(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(
        app, ["train", "vectors", "--from", str(tmp_path), "--out", str(tmp_path / "v.npz")]
    )
    assert result.exit_code == 2
    assert "no vectors" in result.output or "vectors" in result.output
    assert not (tmp_path / "v.npz").exists()


def test_bundled_model_reads_vectors_the_same_fast_or_slow(nlp):
    from frontlines.nlp.events.plover import default_plover_model, plover_features

    model = default_plover_model()
    assert model.vectors and any(f.startswith("d:root:") for f in model.weights)
    doc = nlp("Government troops pummelled rebel positions near the airport.")
    fast = model.text_probabilities(doc)
    slow = model.probabilities(plover_features(doc), model.values(doc))
    assert fast.keys() == slow.keys()
    assert all(abs(fast[k] - slow[k]) < 1e-4 for k in fast)
    assert ("d:", next(w for f, w in model.explain(doc) if f == "d:")) in model.explain(doc)
