"""The learned ACLED sub-event classifier: its features, the bundled weights on sentences of
our own, how the event component uses it, and the numpy training on tiny synthetic data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from frontlines.lab.softmax_fit import fit_softmax
from frontlines.lab.train_acled import Example, fit_acled_model
from frontlines.nlp.events import EventCoder
from frontlines.nlp.events.acled_type import AcledTypeModel, acled_features, default_acled_model
from frontlines.vocab.files import DataFileError

# Hand-written sentences of our own, one per type the model should get without doubt.
SENTENCES = [
    ("Government warplanes bombed the village on Tuesday, killing six civilians.", "AIR_STRIKE"),
    ("Thousands of people marched peacefully through the capital to demand the president's "
     "resignation.", "PEACE_PROTEST"),
    ("Police arrested three opposition leaders at their homes on Monday.", "ARREST"),
    ("A suicide bomber blew himself up at a crowded checkpoint, killing nine people.",
     "SUIC_BOMB"),
    ("Gunmen kidnapped two aid workers on the road to the camp.", "ABDUCT_DISSAP"),
    ("Rebels and army troops clashed for hours near the border town.", "ARMED_CLASH"),
]  # fmt: skip


def test_bundled_model_loads_small_with_case_labels():
    model = default_acled_model()
    assert {"AIR_STRIKE", "ARMED_CLASH", "PEACE_PROTEST", "ARREST"} <= set(model.labels)
    assert len(model.labels) >= 25 and 0 < len(model.weights) <= 10_000
    assert 0.0 <= model.threshold < 1.0
    assert "tune" in str(model.about["split"])


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_bundled_model_types_our_own_sentences(nlp, text, expected):
    coder = EventCoder()
    match, _, _ = coder.classify_doc(nlp(text))
    assert match is not None and match.type.case == expected


def test_features_read_the_trigger_and_its_arguments(nlp):
    doc = nlp("Police arrested the protesters in Ruritania.")
    trigger = next(t for t in doc if t.lemma_ == "arrest")
    features = acled_features(doc[:], trigger, (), "state")
    assert {"t:arrest", "tdep:ROOT", "subj:police", "obj:protester", "side:state"} <= set(
        features
    )
    assert "w:arrest" in features and "b:arrest the" in features
    assert not any("ruritania" in f for f in features)  # a name is a placeholder


def test_features_carry_the_lexicon_matches(nlp):
    doc = nlp("An airstrike hit the market.")
    coder = EventCoder()
    matches = coder.lexicon.matches(doc.text.lower(), doc.text)
    features = acled_features(doc[:], None, matches)
    assert f"lex1:{matches[0].type.case}" in features
    assert any(f.startswith("cue:") for f in features)
    assert not any(f.startswith("t:") for f in features)  # no trigger, no trigger features


def _forcing(label: str, threshold: float = 0.0) -> AcledTypeModel:
    """A hand-built model whose bias alone picks ``label``."""
    return AcledTypeModel(("AIR_STRIKE", "ARREST", "OTHER"), {"bias": {label: 5.0}}, threshold)


def test_component_takes_the_classifier_type(nlp):
    text = "Warplanes bombed the market in Aleppo on Tuesday."
    doc = EventCoder(acled=_forcing("ARREST"))(nlp(text))
    assert [e.acled_sub_event for e in doc._.events] == ["Arrests"]
    assert doc._.event_features[0]["type_p"] > 0.9


def test_component_keeps_the_lexicon_type_where_the_classifier_is_unsure(nlp):
    text = "Warplanes bombed the market in Aleppo on Tuesday."
    unsure = EventCoder(acled=_forcing("ARREST", threshold=1.01))(nlp(text))
    assert [e.acled_sub_event for e in unsure._.events] == ["Air/drone strike"]
    other = EventCoder(acled=_forcing("OTHER"))(nlp(text))  # no ACLED type: not its call
    assert [e.acled_sub_event for e in other._.events] == ["Air/drone strike"]


def test_classify_doc_reads_other_as_no_type(nlp):
    match, _, _ = EventCoder(acled=_forcing("OTHER")).classify_doc(nlp("Warplanes bombed it."))
    assert match is None


def test_a_broken_model_file_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "model.json"
    path.write_text('{"labels": ["A"], "weights": {"bias": {"B": 1.0}}}', "utf-8")
    with pytest.raises(DataFileError, match="not an ACLED type model"):
        AcledTypeModel.load(path)
    path.write_text("not json", "utf-8")
    with pytest.raises(DataFileError):
        AcledTypeModel.load(path)


def test_softmax_fit_learns_a_tiny_separable_set():
    rows = [("w:bomb", "w:jet"), ("w:jet",), ("w:march",), ("w:march", "w:sign")] * 3
    labels = ["AIR", "AIR", "DEMO", "DEMO"] * 3
    fit = fit_softmax(rows, labels, l2=0.01)
    p = fit.predict([("w:jet",), ("w:march",), ()])
    assert list(np.asarray(fit.labels)[p.argmax(axis=1)][:2]) == ["AIR", "DEMO"]
    assert abs(p[2, 0] - 0.5) < 0.05  # nothing known: the balanced bias
    assert fit_softmax(rows, labels, l2=1.0).weights[1:].std() < fit.weights[1:].std()


def test_tied_prefix_learns_to_trust_a_prior_and_folds_into_the_table():
    rows = [("lex1:AIR",), ("lex1:DEMO",), ("lex1:AIR", "w:sign"), ("lex1:DEMO",)] * 4
    labels = ["AIR", "DEMO", "AIR", "DEMO"] * 4
    fit = fit_softmax(rows, labels, l2=0.1, tied=("lex1:",))
    assert fit.tied["lex1:"] > 1.0
    table = fit.table()
    assert table["lex1:AIR"]["AIR"] > 1.0 and table["lex1:DEMO"]["DEMO"] > 1.0
    model = AcledTypeModel(fit.labels, table)
    assert model.classify(["bias", "lex1:DEMO"])[0] == "DEMO"


def test_fit_acled_model_chooses_regularisation_out_of_fold():
    words = {"AIR_STRIKE": "w:warplane", "ARREST": "w:detain", "PEACE_PROTEST": "w:rally"}
    examples = [
        Example(f"case:{label}{n}", (word, f"b:x{n % 3}"), label, "OTHER")
        for n in range(12) for label, word in words.items()
    ]  # fmt: skip
    model = fit_acled_model(examples, grid=(0.001, 0.1), folds=3, min_count=2)
    assert model.about["l2"] in (0.001, 0.1) and model.about["rows"] == 36
    assert float(model.about["out_of_fold_accuracy"]) > 0.9  # type: ignore[arg-type]
    for label, word in words.items():
        assert model.classify(["bias", word])[0] == label
    again = fit_acled_model(examples, grid=(0.001, 0.1), folds=3, min_count=2)
    assert again.to_json() == model.to_json()  # reproducible
    with pytest.raises(ValueError, match="two sub-event types"):
        fit_acled_model(examples[:1])


def test_train_acled_command_says_what_is_wrong(tmp_path: Path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    out = tmp_path / "model.json"
    runner = CliRunner()
    missing = runner.invoke(app, ["train", "acled", "--data", str(tmp_path / "no.tsv"),
                                  "--out", str(out)])  # fmt: skip
    assert missing.exit_code == 2 and "no such file" in missing.output
    half = runner.invoke(app, ["train", "acled", "--data", str(tmp_path), "--news",
                               str(tmp_path), "--out", str(out)])  # fmt: skip
    assert half.exit_code == 2 and "--gold" in half.output
    assert not out.exists()


def test_train_acled_reads_the_tune_half_of_every_also_set(tmp_path: Path, monkeypatch):
    # --also STORIES=GOLD: each set's evidence sentences join the rows (the bundled model is
    # fitted on the four news sets' tune halves)
    import frontlines.lab.train_acled as train
    import frontlines.nlp.pipeline as pipeline
    from frontlines.lab.train_acled import train_acled_model

    case = tmp_path / "case.tsv"
    case.write_text("id\tEventSnippet\tSubType\n", "utf-8")
    sets = [(tmp_path / f"s{n}", tmp_path / f"g{n}") for n in range(3)]
    for stories, gold in sets:
        stories.mkdir()
        gold.mkdir()
    read: list[Path] = []

    def news_rows(nlp, data, gold, split="tune"):
        read.append(data)
        return [Example(f"news:{data.name}", ("w:x",), "ARREST", "ARREST")]

    class _NoPipes:
        def select_pipes(self, disable):
            from contextlib import nullcontext

            return nullcontext()

    monkeypatch.setattr(pipeline, "build_pipeline", lambda: _NoPipes())
    monkeypatch.setattr(train, "case_examples", lambda nlp, path: [])
    monkeypatch.setattr(train, "news_examples", news_rows)
    monkeypatch.setattr(train, "fit_acled_model", lambda rows, grid, about: (rows, about))
    rows, about = train_acled_model(case, *sets[0], more=sets[1:])  # type: ignore[misc]
    assert read == [s for s, _ in sets] and len(rows) == 3
    assert about["trained_on"] == ["case.tsv", "s0", "s1", "s2"]


def test_news_rows_leave_out_gold_coded_other(nlp, tmp_path: Path):
    # "Other" is several CASE labels (troop movements, sanctions, raids): no row teaches it
    import json

    from frontlines.lab.split import select
    from frontlines.lab.train_acled import news_examples

    story = next(f"story{n}" for n in range(200) if select([f"story{n}"], str, "tune"))
    text = ("Police raided two houses in Kisumu on Monday. Rebels seized the town of Beni "
            "on Sunday.")  # fmt: skip
    (tmp_path / "stories").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "stories" / "s.jsonl").write_text(
        json.dumps({"id": story, "text": text, "published": "2024-05-20"}) + "\n", "utf-8")
    raid, seize = text.index("Police"), text.index("Rebels")
    events = [
        {"story": story, "evidence": [{"start": raid, "end": raid + 30}],
         "acled_event": "Strategic developments", "acled_sub_event": "Other"},
        {"story": story, "evidence": [{"start": seize, "end": seize + 30}],
         "acled_event": "Battles", "acled_sub_event": "Non-state actor overtakes territory"},
    ]  # fmt: skip
    (tmp_path / "gold" / "g.events.jsonl").write_text(
        "".join(json.dumps(e) + "\n" for e in events), "utf-8")
    rows = news_examples(nlp, tmp_path / "stories", tmp_path / "gold")
    assert [r.label for r in rows] == ["NON_STATE_ACTOR_OVERTAKES_TER"]
