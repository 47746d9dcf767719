"""Claim confidence (issue 20): every claim has one in [0, 1], it is stored, filtered in the
store, the CLI and the API, and its model reads and explains itself."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.model import Claim, Extractor
from frontlines.nlp.claims.confidence import ClaimConfidence, load_claim_confidence
from frontlines.settings import Settings
from frontlines.store import open_db
from frontlines.web.app import ServeSettings, create_app

STORY = (
    "Rebels overran the border post\n\nTest Wire\n\ndate 2024-05-02\n\n"
    "Rebels killed 14 soldiers at the border post on Tuesday, the army said. "
    "Dozens of rockets were fired at the town. "
    "Near the town, one strike destroyed a truck.\n"
)


def _claim(confidence: float) -> Claim:
    return Claim(measure="killed", subject=None, value=3.0, lower=None, upper=None, unit="count",
                 change="=", as_of=None, as_of_relation="", reported=None, source=None,
                 place=None, concept=None, start=0, end=1, text="3", equivalent_measure=None,
                 equivalent_value=None, equivalent_lower=None, equivalent_upper=None,
                 extractor=Extractor("t", "0"), confidence=confidence)  # fmt: skip


def test_confidence_is_a_probability():
    assert _claim(0.25).to_json()["confidence"] == 0.25
    with pytest.raises(ValueError, match="confidence"):
        _claim(1.5)


def test_every_claim_has_a_confidence_and_weak_readings_score_lower(nlp):
    doc = nlp(STORY.split("\n\n", 3)[3])
    claims = {c.text: c for c in doc._.claims}
    assert all(0.0 < c.confidence < 1.0 for c in claims.values())
    assert len(doc._.claim_features) == len(doc._.claims)
    assert claims["14"].confidence > claims["one"].confidence
    assert claims["14"].confidence > claims["Dozens"].confidence


def test_the_model_reads_explains_and_refuses_garbage():
    model = load_claim_confidence()
    assert model.about.get("trained_on", "").startswith("tune halves")
    assert model.about["threshold"] == Settings().min_claim_confidence
    assert "beat_density" in model.weights
    features = {"bias": 1.0, "vague": 1.0}
    assert model.explain(features)[0][0] in {"bias", "vague"}
    assert ClaimConfidence({"bias": 0.0}).probability({"bias": 1.0}) == 0.5
    with pytest.raises(ValueError, match="not a ClaimConfidence file"):
        ClaimConfidence.from_json('{"weights": [1, 2]}')


def test_stored_and_filtered_in_store_cli_and_api(tmp_path, nlp, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "c.db"
    frontlines.ingest([story], db, nlp=nlp)
    with open_db(db, readonly=True) as store:
        hits = store.claims()
        stored = sorted(h.claim.confidence for h in hits)
        assert len(stored) >= 3 and stored[0] < stored[-1] < 1.0
        cut = (stored[0] + stored[-1]) / 2
        kept = store.claims(min_confidence=cut)
        assert 0 < len(kept) < len(hits)
        assert store.count_claims(min_confidence=cut) == len(kept)
    result = CliRunner().invoke(app, ["claims", "--db", str(db), "--json",
                                      "--min-confidence", str(cut)])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(rows) == len(kept) and all(r["confidence"] >= cut for r in rows)
    bad = CliRunner().invoke(app, ["claims", "--db", str(db), "--min-confidence", "2"])
    assert bad.exit_code == 2
    client = TestClient(create_app(ServeSettings(db, allowed_hosts=frozenset({"testserver"}))))
    answer = client.get("/api/claims", params={"min_confidence": cut}).json()
    assert answer["total"] == len(kept) == len(answer["items"])
    assert client.get("/api/claims", params={"min_confidence": 3}).status_code in {400, 422}
    # the default least confidence: FRONTLINES_MIN_CLAIM_CONFIDENCE unless asked otherwise
    monkeypatch.setenv("FRONTLINES_MIN_CLAIM_CONFIDENCE", str(cut))
    shown = CliRunner().invoke(app, ["claims", "--db", str(db), "--json"])
    assert len([x for x in shown.output.splitlines() if x.strip()]) == len(kept)
    every = CliRunner().invoke(app, ["claims", "--db", str(db), "--json", "--min-confidence", "0"])
    assert len([x for x in every.output.splitlines() if x.strip()]) == len(hits)
    served = TestClient(create_app(ServeSettings(db, allowed_hosts=frozenset({"testserver"}),
                                                 min_claim_confidence=cut)))  # fmt: skip
    assert served.get("/api/claims").json()["total"] == len(kept)
    assert served.get("/api/claims", params={"min_confidence": 0}).json()["total"] == len(hits)
    page, everything = served.get("/claims"), served.get("/claims", params={"min_confidence": "0"})
    assert page.status_code == everything.status_code == 200
    assert page.text.count("<tr") < everything.text.count("<tr")


def _news(tmp_path):
    """A three-story news folder and its claims gold, written for this test: 'story-a' and
    'story-c' are on the tune half, 'story-b' on the check half (``frontlines.lab.split``)."""
    text = ("Rebels killed 14 soldiers at the border post on Tuesday, the army said. "
            "Dozens of rockets were fired at the town. "
            "Near the town, one strike destroyed a truck.")
    stories = tmp_path / "news"
    stories.mkdir()
    lines = [json.dumps({"id": sid, "text": text, "published": "2024-05-02"})
             for sid in ("story-a", "story-b", "story-c")]  # fmt: skip
    (stories / "voa.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    start = text.index("Rebels")
    records = [{"story": sid, "evidence": [{"start": start, "end": start + 40}], "value": 14,
                "lower": None, "upper": None, "unit": "count", "measure": "killed",
                "subject": ["soldiers"], "source": ["the army"], "as_of": None}
               for sid in ("story-a", "story-b", "story-c")]  # fmt: skip
    (gold / "t.claims.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n",
                                         encoding="utf-8")  # fmt: skip
    return stories, gold


def test_train_claims_fits_on_the_tune_half_only(tmp_path):
    from frontlines.lab.train_claims import labelled_claim_features

    stories, gold = _news(tmp_path)
    rows = labelled_claim_features(stories, gold, "tune")
    assert sum(ok for _, ok in rows) == 2 and len(rows) >= 6  # story-a and story-c only
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train", "claims", "--data", str(stories), "--gold",
                                      str(gold), "--out", str(out), "--c", "1.0"])  # fmt: skip
    assert result.exit_code == 0, result.output
    model = load_claim_confidence(out)
    assert model.about["claims"] == len(rows) and "how=verb" in model.weights
    assert model.about["stories"] == 2 and "beat_density" in model.weights
    assert 0.0 <= model.about["threshold"] < 1.0 and "auc" in model.about["out_of_fold"]
    twice = CliRunner().invoke(app, ["train", "claims", "--data", str(stories), "--gold",
                                     str(gold), "--out", str(out), "--c", "1.0",
                                     "--also", f"{stories}={gold}"])  # fmt: skip
    assert twice.exit_code == 0, twice.output
    assert load_claim_confidence(out).about["claims"] == 2 * len(rows)
    bad = CliRunner().invoke(app, ["train", "claims", "--data", str(stories), "--gold",
                                   str(gold), "--out", str(out), "--also", "nofolder"])  # fmt: skip
    assert bad.exit_code == 2
    missing = CliRunner().invoke(app, ["train", "claims", "--data", str(tmp_path / "none"),
                                       "--gold", str(gold), "--out", str(out)])  # fmt: skip
    assert missing.exit_code == 2


def test_eval_news_scores_only_the_claims_shown(tmp_path, nlp):
    from frontlines.lab.news import score_news
    from frontlines.lab.news_gold import load_gold, load_stories
    from frontlines.model import Article
    from frontlines.nlp.pipeline import process_article
    from frontlines.vocab.actors import ActorDictionary

    stories, gold_dir = _news(tmp_path)
    story = load_stories(stories)["story-a"]
    gold = load_gold(gold_dir)
    processed = process_article(nlp, Article(id=story.id, text=story.text,
                                             published=story.published, origin=story.id))
    confidences = sorted(c.confidence for c in processed.claims)
    cut = (confidences[0] + confidences[-1]) / 2
    every = score_news([story], [processed], gold, ActorDictionary.load())
    shown = score_news([story], [processed], gold, ActorDictionary.load(), 0.0, cut)
    assert shown.claims.tp == every.claims.tp == 1  # the likely "14 soldiers" stays
    assert shown.claims.fp < every.claims.fp
    assert len(shown.labelled_claims) == len(every.labelled_claims)  # calibration sees all
