"""The learned cue model: what it reads, how it is trained, the span conventions it carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.lab.attribution import load_polnear
from frontlines.nlp.attribution.cuemodel import CueModel, default_cue_model, load_cue_model
from frontlines.nlp.attribution.features import cue_features, quoted_words, quoting


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_model_weighs_the_neighbourhood_not_just_the_word(nlp):
    model = default_cue_model()
    doc = nlp('The minister said the town had fallen. "I think we lost," a soldier told us.')
    said, think = _word(doc, "said"), _word(doc, "think")
    think_quoted = quoted_words(think.sent)[think.i - think.sent.start]
    assert think_quoted and not quoted_words(said.sent)[said.i - said.sent.start]
    said_quotes = quoting(said.sent)[said.i - said.sent.start]
    think_quotes = quoting(think.sent)[think.i - think.sent.start]
    assert think_quotes.inside and not said_quotes.inside
    assert model.probability(said, said_quotes) > model.threshold
    assert model.threshold > model.probability(think, think_quotes)
    weights = dict(model.explain(said, said_quotes))
    assert weights["lemma=say"] > 0 and "lemma+child=say|ccomp" in weights


def _brat_split(root: Path) -> Path:
    split = root / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    stories = [
        "Officials said the bridge was closed. The army called for calm on Friday.",
        "The mayor said the water was back. Residents think the price will rise.",
        "A spokesman said the talks had failed. Aid groups called for a truce.",
    ]
    for n, text in enumerate(stories):
        (split / "text" / f"s{n}.txt").write_text(text, encoding="utf-8")
        lines, k = [], 1
        for cue in ("said", "called for"):
            start = text.find(cue)
            if start < 0:
                continue
            lines.append(f"T{k}\tCue {start} {start + len(cue)}\t{cue}")
            lines.append(f"E{k}\tAttribution:T{k} Cue:T{k}")
            k += 1
        (split / "attributions" / f"s{n}.ann").write_text("\n".join(lines) + "\n", "utf-8")
    return split


def test_training_writes_a_readable_model_that_loads_back(nlp, tmp_path):
    pytest.importorskip("sklearn")
    from frontlines.lab.train_attribution import train_cue_model

    documents = list(load_polnear(_brat_split(tmp_path)))
    model = train_cue_model(nlp, documents, frozenset({"say", "think"}), c=1.0, min_count=1)
    assert model.weights["lemma=say"] > 0 > model.weights.get("lemma=think", -1.0)
    assert "say" in model.lemmas and "call" in model.lemmas
    assert model.joins_next("call", "prep", "for") is True  # both "called for" were joined
    path = tmp_path / "cues.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_cue_model(path)
    assert again == model
    with pytest.raises(ValueError, match="both cue and non-cue"):
        train_cue_model(nlp, documents[:1], frozenset(), min_count=1)
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="not a cue model"):
        load_cue_model(tmp_path / "bad.json")


def test_a_pipeline_takes_its_own_cue_model(nlp):
    from frontlines.nlp.attribution import AttributionRecognizer

    never = CueModel(weights={"bias": -50.0}, lemmas=frozenset({"say"}))
    recognizer = AttributionRecognizer(cues=never)
    doc = recognizer(nlp("Officials said the bridge was closed."))
    assert doc._.attributions == []


def test_speaker_labels_and_signed_quotes(nlp):
    text = (
        'Partial transcript:\n\n"HOST: Will the convoy reach the town tonight?\n\n'
        '"GOVERNOR SMITH: We expect it by dawn."\n\n'
        "“The shelling has to stop. We cannot sleep.” ― Amal Haddad\n"
        "“Nobody told us anything.”\u00a0― Omar K.\n"
        "”Cold. The tents leak and the river rises.” ― Lina Petrova\n"
        "“I would rather sleep in what they call “the mud” than go back.” ― Tomas Berg\n"
    )
    found = [(a.source.text if a.source else None, a.cue.text, a.content.text)
             for a in nlp(text)._.attributions]  # fmt: skip
    assert ("HOST", ":", "Will the convoy reach the town tonight?") in found
    assert ("GOVERNOR SMITH", ":", "We expect it by dawn.") in found
    assert ("Amal Haddad", "―", "“The shelling has to stop. We cannot sleep.”") in found
    assert ("Omar K.", "―", "“Nobody told us anything.”") in found
    # a right mark typed for the opening one; a phrase quoted inside the quotation
    assert ("Lina Petrova", "―", "”Cold. The tents leak and the river rises.”") in found
    assert ("Tomas Berg", "―",
            "“I would rather sleep in what they call “the mud” than go back.”") in found
    assert all(source != "Partial transcript" for source, _, _ in found)


def test_a_headline_names_who_said_it_with_a_colon(nlp):
    """'Okafor: ...' opening a line is Okafor's statement when the story names a person so
    (even where the tagger misreads a lone surname at the start of a line) or the label is
    a reporting noun, and what follows states something; section labels, credits and a
    list of goals are no one's words."""
    text = (
        "Okafor: Harbour Tax 'Will Not Pass' This Year.\n\n"
        "Survey: Most commuters would pay more for night buses.\n\n"
        "The Latest: Council delays the vote on the harbour tax.\n\n"
        "Senator Ngozi Okafor said on Tuesday that the harbour tax had no support.\n\n"
        "What each side wants next week:\n\nOkafor: A quiet recess.\n\n"
        "Contributing: Maria Lund.\n"
    )
    found = [(a.source.text if a.source else None, a.cue.text, a.content.text)
             for a in nlp(text)._.attributions]  # fmt: skip
    assert ("Okafor", ":", "Harbour Tax 'Will Not Pass' This Year.") in found
    assert ("Survey", ":", "Most commuters would pay more for night buses.") in found
    sources = [source for source, _, _ in found]
    assert "The Latest" not in sources and "Contributing" not in sources
    assert not any(content.startswith("A quiet recess") for _, _, content in found)


def test_a_said_repeated_by_a_closing_tag_is_still_a_cue(nlp):
    """The parser hangs the first 'said' under the '..., they said' that closes the
    sentence; it is the sentence's own report, not a 'said' reported inside another."""
    doc = nlp(
        "Other council members said they support bus lanes and fare credits for riders, but "
        "they wouldn’t push for them at the county level, because such matters belong to the "
        "towns, they said."
    )
    found = [(a.source.text if a.source else None, a.cue.text) for a in doc._.attributions]
    assert ("Other council members", "said") in found


def test_train_command_reports_a_missing_split(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(
        app, ["train", "attribution", "--data", str(tmp_path / "nowhere"), "--out",
              str(tmp_path / "cues.json")]
    )  # fmt: skip
    assert result.exit_code == 2
    assert "nowhere" in result.output and not (tmp_path / "cues.json").exists()


def test_what_the_neighbourhood_features_name(nlp):
    from frontlines.nlp.attribution.features import quote_side, speaker_class

    doc = nlp('"We will rebuild the bridge," the mayor said. In his statement, the mayor wept.')
    said, statement = _word(doc, "said"), _word(doc, "statement")
    assert quote_side(said) == "l" and quote_side(statement) == "none"
    assert speaker_class(said) == "noun"  # "the mayor"
    assert speaker_class(statement) == "pronoun"  # "his statement"
    other = nlp("A report by Amnesty International found the camp was full.")
    assert speaker_class(_word(other, "report")) in {"group", "noun"}
    names = cue_features(
        said, quoting(said.sent)[said.i - said.sent.start], frozenset({"say"}), True
    )
    assert "quote_near=l" in names and "lexicon+pos=VERB" in names


def test_a_vector_model_reads_unseen_verbs_near_the_cues_it_knows(nlp):
    from frontlines.nlp.attribution.cuemodel import dense_features, nearest_similarity

    doc = nlp("The senator declared that the bill was dead. The senator ate the soup.")
    declared, ate = _word(doc, "declared"), _word(doc, "ate")
    known = frozenset({"say", "state", "announce", "insist"})
    assert nearest_similarity(known, "declare") > nearest_similarity(known, "eat")
    assert dense_features(declared) and not dense_features(_word(doc, "the"))
    cut = (nearest_similarity(known, "declare") + nearest_similarity(known, "eat")) / 2
    plain = CueModel(weights={"bias": 1.0}, lemmas=known)
    widened = CueModel(weights={"bias": 1.0}, lemmas=known, near=cut)
    assert not plain.wants(declared) and widened.wants(declared) and not widened.wants(ate)
    # The vector's weights move the probability; 'explain' shows their sum as one entry.
    leaning = {f: 5.0 * v for f, v in dense_features(declared).items()}
    reading = CueModel(weights={"bias": 0.0, **leaning}, lemmas=known, vectors=True)
    quotes = quoting(declared.sent)[declared.i - declared.sent.start]
    assert reading.probability(declared, quotes) > 0.9 > plain.probability(declared, quotes)
    assert dict(reading.explain(declared, quotes))["vectors"] > 4
    assert CueModel.from_json(widened.to_json()) == widened


def test_regularisation_is_chosen_on_articles_the_fit_did_not_see():
    pytest.importorskip("sklearn")
    from frontlines.lab.train_attribution import cross_validated_c

    rows = [{"lemma=say": 1.0}, {"lemma=eat": 1.0}] * 12 + [{"lemma=eat": 1.0}]
    labels = [True, False] * 12 + [True]
    article = [n // 2 for n in range(len(rows))]
    best, scores = cross_validated_c(rows, labels, article, [0.01, 10.0])
    assert set(scores) == {0.01, 10.0} and best == max(scores, key=lambda c: (scores[c], -c))
    assert scores[10.0] > 0.9


def _cues_of(nlp, text, joins):
    """Cue and content texts under the bundled model with only its span table replaced."""
    from dataclasses import replace

    from frontlines.nlp.attribution import AttributionRecognizer

    model = replace(default_cue_model(), joins=joins)
    doc = AttributionRecognizer(cues=model)(nlp(text))
    return [(a.cue.text, a.content.text) for a in doc._.attributions]


def test_a_prepositional_phrase_joins_the_cue_where_annotators_draw_it(nlp):
    text = "The port authority said in a statement that its ferries were idle."
    learned = {"say|pobj|in statement": 0.8}
    assert ("said in a statement", "that its ferries were idle") in _cues_of(nlp, text, learned)
    unlearned = _cues_of(nlp, text, {"say|pobj|in statement": 0.2})
    assert all(cue == "said" for cue, _ in unlearned)


def test_a_preposition_opening_the_content_goes_to_the_cue_when_learned(nlp):
    text = "The senator spoke about the war in Yemen."
    joined = _cues_of(nlp, text, {"speak|prep|about": 1.0})
    assert joined == [("spoke about", "the war in Yemen")]
    apart = _cues_of(nlp, text, {"speak|prep|about": 0.0})
    assert [cue for cue, _ in apart] == ["spoke"]


def test_span_conventions_count_whole_prepositional_phrases(nlp, tmp_path):
    from frontlines.lab.train_attribution import span_conventions

    split = tmp_path / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "The port authority said in a statement that its ferries were idle."
    (split / "text" / "a.txt").write_text(text)
    cue = text.index("said in a statement")
    (split / "attributions" / "a.ann").write_text(
        f"T1\tCue {cue} {cue + len('said in a statement')}\tsaid in a statement\n"
        "E1\tAttribution:T1 Cue:T1\n"
    )
    documents = list(load_polnear(split))
    joins = span_conventions([nlp(d.text) for d in documents], documents, min_seen=1)
    assert joins["say|pobj|in statement"] == 1.0 and joins["*|pobj|in statement"] == 1.0


def test_the_sparse_design_names_its_columns_and_keeps_32_bit_indices():
    """The cue and PLOVER fits share one design matrix builder: a column per feature
    name (sorted), the values where a row has them, 32-bit indices for liblinear."""
    import numpy as np

    from frontlines.lab.logistic_fit import sparse_design

    matrix, names = sparse_design([{"lemma=say": 1.0, "d:near": 0.5}, {"lemma=warn": 1.0}])
    assert names == ["d:near", "lemma=say", "lemma=warn"]
    assert matrix.toarray().tolist() == [[0.5, 1.0, 0.0], [0.0, 0.0, 1.0]]
    assert matrix.indices.dtype == np.int32 and matrix.indptr.dtype == np.int32


def test_what_the_argument_features_name(nlp):
    from frontlines.nlp.attribution.features import argument_class

    doc = nlp("The governor said she thinks the mayor cannot know the answer.")
    thinks, know = _word(doc, "thinks"), _word(doc, "know")
    lexicon = frozenset({"say", "think"})
    quotes = quoting(thinks.sent)[thinks.i - thinks.sent.start]
    plain = cue_features(thinks, quotes, lexicon, True)
    names = cue_features(thinks, quotes, lexicon, True, arguments=True)
    assert names[: len(plain)] == plain  # the neighbourhood features stay, the new ones follow
    # "thinks" hangs from "said", a reporting word: a belief reported inside a report.
    assert "lemma+head=think|say" in names and "lemma+head_lexicon=think|y" in names
    assert "lemma+subjcls=think|pronoun" in names
    known = cue_features(know, quotes, lexicon, True, arguments=True)
    assert "lemma+modal=know|can" in known and "lemma+neg=know" in known
    assert "lemma+obj=know|noun" in known and "lemma+objlemma=know|answer" in known
    other = nlp("A spokesman for Maria Lopez denied the report.")
    assert argument_class(_word(other, "spokesman")) == "has_person"
    assert argument_class(None) == "none"


def test_a_model_fitted_with_argument_features_reads_them_back(nlp):
    doc = nlp("Analysts do not know whether the deal will hold.")
    know = _word(doc, "know")
    quotes = quoting(know.sent)[know.i - know.sent.start]
    weights = {"bias": 0.0, "lemma+neg=know": -4.0}
    without = CueModel(weights=weights, lemmas=frozenset({"know"}), neighbourhood=True)
    reading = CueModel(
        weights=weights, lemmas=frozenset({"know"}), neighbourhood=True, arguments=True
    )
    assert reading.probability(know, quotes) < 0.05 < without.probability(know, quotes)
    assert CueModel.from_json(reading.to_json()) == reading
    assert dict(reading.explain(know, quotes))["lemma+neg=know"] == -4.0


def test_a_context_model_reads_the_parsers_tensor_row(nlp):
    import numpy as np
    from spacy.tokens import Doc

    from frontlines.nlp.attribution.cuemodel import context_keys

    doc = nlp("The mayor said the road was open again.")
    said = _word(doc, "said")
    assert doc.tensor.shape == (len(doc), 96)  # the shared tok2vec layer's rows
    quotes = quoting(said.sent)[said.i - said.sent.start]
    row = doc.tensor[said.i].astype(float)
    toward = tuple(float(x) for x in 6.0 * row / float(row @ row))  # scores this row 6
    weights = {"bias": 0.0, "context:word": -1.0}  # the block's centring
    plain = CueModel(weights=weights, lemmas=frozenset({"say"}))
    reading = CueModel(weights=weights, lemmas=frozenset({"say"}), context={"word": toward})
    assert reading.context_score(said) == pytest.approx(5.0, abs=1e-3)
    assert reading.probability(said, quotes) > 0.99 and plain.probability(said, quotes) == 0.5
    assert dict(reading.explain(said, quotes))["context"] == pytest.approx(5.0, abs=1e-3)
    assert CueModel.from_json(reading.to_json()) == reading
    # A block by part of speech applies to its kind of word only; 'head' reads the head's row.
    keys = ["word|NOUN", "word|VERB", "head"]
    assert context_keys(said, keys) == [("word|VERB", said.i), ("head", said.head.i)]
    assert context_keys(_word(doc, "road"), keys)[0] == ("word|NOUN", _word(doc, "road").i)
    # Without the parser's rows (a pipeline with no shared tok2vec) the block reads nothing.
    bare = Doc(nlp.vocab).from_bytes(doc.to_bytes(exclude=["tensor", "user_data"]))
    assert not np.asarray(bare.tensor).size and reading.context_score(bare[said.i]) == 0.0


def test_training_with_context_blocks_folds_the_scaling_into_the_weights(nlp, tmp_path):
    pytest.importorskip("sklearn")
    from frontlines.lab.train_attribution import train_cue_model

    documents = list(load_polnear(_brat_split(tmp_path)))
    model = train_cue_model(
        nlp, documents, frozenset({"say", "think"}), c=1.0, min_count=1, context=("word", "head")
    )
    assert set(model.context) == {"word", "head"} and len(model.context["word"]) == 96
    assert "context:word" in model.weights and "context:head" in model.weights
    path = tmp_path / "cues.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_cue_model(path)
    assert again == model
    doc = nlp("A spokesman said the plan was off. Voters think the plan was off.")
    said, think = _word(doc, "said"), _word(doc, "think")
    scores = [again.probability(w, quoting(w.sent)[w.i - w.sent.start]) for w in (said, think)]
    assert scores[0] > again.threshold > scores[1]
    # The same fit twice gives the same file (liblinear with a fixed seed).
    twice = train_cue_model(
        nlp, documents, frozenset({"say", "think"}), c=1.0, min_count=1, context=("word", "head")
    )
    assert twice.to_json() == model.to_json()
    with pytest.raises(ValueError, match="unknown context block"):
        train_cue_model(nlp, documents, frozenset(), min_count=1, context=("word|ADJ",))
