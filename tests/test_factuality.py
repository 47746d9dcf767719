"""Learned realis: the MEANTIME reader, the parse features, the bundled model, the coder."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.lab.meantime import MeantimeError, load_factuality, read_factuality
from frontlines.nlp.events.component import EventCoder
from frontlines.nlp.events.factuality import (
    LEARNED,
    LEARNED_REASONS,
    RealisModel,
    factuality_features,
    judged,
    load_realis_model,
    realis_probability,
)
from frontlines.nlp.events.realis import trigger_token

#: A CAT file of our own: two sentences, a realis, a future and an unannotated mention.
CAT = """<?xml version="1.0" ?>
<Document doc_id="1" doc_name="1_Rebels_shell_town" lang="en">
<token number="0" sentence="0" t_id="1">Rebels</token>
<token number="1" sentence="0" t_id="2">shelled</token>
<token number="2" sentence="0" t_id="3">the</token>
<token number="3" sentence="0" t_id="4">town</token>
<token number="4" sentence="0" t_id="5">'s</token>
<token number="5" sentence="0" t_id="6">market</token>
<token number="6" sentence="0" t_id="7">,</token>
<token number="7" sentence="0" t_id="8">officials</token>
<token number="8" sentence="0" t_id="9">said</token>
<token number="9" sentence="0" t_id="10">.</token>
<token number="10" sentence="1" t_id="11">They</token>
<token number="11" sentence="1" t_id="12">will</token>
<token number="12" sentence="1" t_id="13">not</token>
<token number="13" sentence="1" t_id="14">stop</token>
<token number="14" sentence="1" t_id="15">(</token>
<token number="15" sentence="1" t_id="16">yet</token>
<token number="16" sentence="1" t_id="17">)</token>
<Markables>
<EVENT_MENTION certainty="CERTAIN" m_id="1" polarity="POS" special_cases="NONE"
 time="NON_FUTURE"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="2" polarity="POS" special_cases="NONE"
 time="NON_FUTURE"><token_anchor t_id="9"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="3" polarity="NEG" special_cases="NONE"
 time="FUTURE"><token_anchor t_id="14"/></EVENT_MENTION>
<EVENT_MENTION certainty="" m_id="4" polarity="" special_cases=""
 time=""><token_anchor t_id="16"/></EVENT_MENTION>
</Markables>
</Document>
"""


def test_meantime_reader_rebuilds_sentences_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "corpus_x" / "1_Rebels_shell_town.xml"
    path.parent.mkdir()
    path.write_text(CAT, encoding="utf-8")
    (tmp_path / "other.xml").write_text("<TimeML>x</TimeML>", encoding="utf-8")
    first, second = load_factuality(tmp_path)
    assert first.doc_id == "1_Rebels_shell_town"
    assert first.text == "Rebels shelled the town's market, officials said."
    assert [(first.text[m.start:m.end], m.realis) for m in first.mentions] == [
        ("shelled", True), ("said", True)]  # fmt: skip
    assert second.text == "They will not stop (yet)"
    (stop,) = second.mentions  # the mention with no factuality is skipped
    assert (second.text[stop.start:stop.end], stop.realis) == ("stop", False)


def test_meantime_reader_rejects_what_is_not_meantime(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text("<TimeML>x</TimeML>", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<Document", encoding="utf-8")
    with pytest.raises(MeantimeError, match="not a MEANTIME"):
        read_factuality(tmp_path / "a.xml")
    with pytest.raises(MeantimeError, match="not readable XML"):
        read_factuality(tmp_path / "b.xml")
    with pytest.raises(MeantimeError, match="no MEANTIME event mentions"):
        load_factuality(tmp_path)
    with pytest.raises(MeantimeError, match="not a folder"):
        load_factuality(tmp_path / "missing")


def _trigger(nlp, text: str, word: str):
    doc = nlp(text)
    start = text.index(word)
    token = trigger_token(doc[:], start, start + len(word))
    assert token is not None
    return token


@pytest.mark.parametrize(
    ("text", "word", "present", "absent"),
    [
        ("Rebels did not attack the town on Monday.", "attack", {"neg", "under_negation"},
         {"under_modal", "under_if"}),
        ("Rebels will attack the town next week.", "attack", {"modal", "modal=will",
                                                               "under_modal"}, {"neg"}),
        ("If the talks fail, rebels will attack the town.", "fail", {"mark=if", "under_if"},
         {"neg"}),
        ("The governor said that rebels attacked the town on Monday.", "attacked",
         {"tag=VBD", "link=ccomp", "gov=say"}, {"under_modal", "neg", "under_if"}),
        ("Rebels threatened to attack the town.", "attack",
         {"to", "under_infinitive", "link=xcomp", "gov=threaten"}, {"neg"}),
    ],
)  # fmt: skip
def test_features_read_the_parse(nlp, text, word, present, absent) -> None:
    features = factuality_features(_trigger(nlp, text, word))
    assert present <= features.keys(), sorted(features)
    assert not absent & features.keys(), sorted(features)


def test_bundled_model_orders_the_obvious_cases(nlp) -> None:
    model = load_realis_model()
    assert model.about["check"]["auc"] > 0.75  # measured on MEANTIME's check half
    happened = realis_probability(_trigger(nlp, "Rebels attacked the town on Monday.",
                                           "attacked"))  # fmt: skip
    reported = realis_probability(_trigger(
        nlp, "The governor said that rebels attacked the town on Monday.", "attacked"))
    future = realis_probability(_trigger(nlp, "Rebels will attack the town next week.",
                                         "attack"))  # fmt: skip
    negated = realis_probability(_trigger(nlp, "Rebels did not attack the town on Monday.",
                                          "attack"))  # fmt: skip
    planned = realis_probability(_trigger(nlp, "Rebels plan to attack the town.", "attack"))
    assert happened > 0.6 and reported > 0.6
    assert max(future, negated, planned) < min(happened, reported) - 0.2


def _coded(nlp, coder: EventCoder, text: str) -> list[str]:
    return [e.acled_sub_event for e in coder(nlp(text))._.events]


def test_the_learned_model_alone_drops_future_and_negated_attacks(nlp) -> None:
    bundled = load_realis_model()
    alone = RealisModel(bundled.weights, {"threshold": 0.5, "replaces": sorted(LEARNED_REASONS)})
    coder = EventCoder(realis=alone)
    assert _coded(nlp, coder, "Gunmen attacked a village in the north on Monday, killing six "
                  "civilians.")  # fmt: skip
    assert _coded(nlp, coder, "Gunmen will attack the village in the north next week.") == []
    assert _coded(nlp, coder, "Gunmen did not attack the village in the north on Monday.") == []
    future = _trigger(nlp, "Gunmen will attack the village in the north next week.", "attack")
    assert judged(future, alone)[0] == LEARNED  # the rules' own reason was set aside
    assert judged(future, bundled)[0] == "modal or future"  # bundled: rules first


def test_event_confidence_sees_realis_p(nlp) -> None:
    doc = nlp("Gunmen attacked a village in the north on Monday, killing six civilians.")
    (features,) = doc._.event_features
    assert 0.5 < features["realis_p"] <= 1.0


def test_train_realis_reports_bad_input(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    out = tmp_path / "realis.json"
    missing = CliRunner().invoke(
        app, ["train", "realis", "--meantime", str(tmp_path / "nowhere"), "--out", str(out)])
    assert missing.exit_code == 2 and "nowhere" in missing.output
    alone = CliRunner().invoke(app, ["train", "realis", "--meantime", str(tmp_path),
                                     "--out", str(out), "--news", str(tmp_path)])  # fmt: skip
    assert alone.exit_code == 2 and "--gold" in alone.output
    assert not out.exists()
