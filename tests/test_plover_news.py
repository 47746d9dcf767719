"""Real-news rows for the PLOVER type model (``lab/plover_news.py``, issue 19): the CASE
sub-events with a clear PLOVER type, tune halves only; and their weight as a setting of
the nested estimate (``lab/plover_nested.py``)."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np

from frontlines.lab.plover_nested import Table, _Fitter, nested_estimate, synthetic_only
from frontlines.lab.plover_news import PLOVER_OF_CASE, case_rows, news_rows, plover_of_case
from frontlines.lab.split import in_split

# "story-a" and "story-c" are on the tune half, "story-b" on the check half.
_TUNE, _CHECK = ("story-a", "story-c"), "story-b"


def test_only_sub_events_with_a_clear_plover_type_are_mapped():
    assert plover_of_case("ARMED_CLASH") == "FIGHT" and plover_of_case("air_strike") == "FIGHT"
    assert plover_of_case("SUIC_BOMB") == "ASSAULT" and plover_of_case("ARREST") == "COERCE"
    assert plover_of_case("PEACE_PROTEST") == "PROTEST"
    for unclear in ("MOB_VIOL", "DISR_WEAP", "DIPLO", "NATURAL_DISASTER", "OTHER", ""):
        assert plover_of_case(unclear) is None
    assert set(PLOVER_OF_CASE.values()) <= {"FIGHT", "ASSAULT", "PROTEST", "COERCE", "AGREE",
                                            "MOBILIZE", "RETREAT"}  # fmt: skip


def test_case_rows_read_the_tune_half_and_leave_unclear_types_out(tmp_path):
    ids = [str(n) for n in range(40)]
    tune = [i for i in ids if in_split(i, "tune")]
    check = [i for i in ids if not in_split(i, "tune")]
    lines = ["id\tEventSnippet\tSubType",
             f"{tune[0]}\tTroops traded fire with insurgents near the dam.\tARMED_CLASH",
             f"{tune[1]}\tA crowd looted shops in the old quarter.\tMOB_VIOL",
             f"{tune[2]}\tPolice detained four organisers of the rally.\tARREST",
             f"{check[0]}\tGunmen stormed a bus station.\tATTACK"]  # fmt: skip
    path = tmp_path / "case.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = case_rows(path)
    assert [(r.text.split()[0], r.label) for r in rows] == [("Troops", "FIGHT"),
                                                           ("Police", "COERCE")]  # fmt: skip


def test_news_rows_are_the_evidence_sentences_of_tune_stories(tmp_path, nlp):
    text = ("Soldiers clashed with militants outside the northern town on Monday. "
            "The mayor praised the new bridge. "
            "Protesters marched to the ministry on Tuesday.")
    stories = tmp_path / "news"
    stories.mkdir()
    lines = [json.dumps({"id": sid, "text": text, "published": "2024-03-05"})
             for sid in (*_TUNE, _CHECK)]  # fmt: skip
    (stories / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    clash, march = text.index("Soldiers"), text.index("Protesters")
    records = []
    for sid in (*_TUNE, _CHECK):
        records.append({"story": sid, "evidence": [{"start": clash, "end": clash + 30}],
                        "acled_event": "Battles", "acled_sub_event": "Armed clash"})
        records.append({"story": sid, "evidence": [{"start": march, "end": march + 20}],
                        "acled_event": "Protests", "acled_sub_event": "Peaceful protest"})
        records.append({"story": sid, "evidence": [{"start": 0, "end": 10}],
                        "acled_event": "Strategic developments", "acled_sub_event": "Other"})
    (gold / "g.events.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n",
                                         encoding="utf-8")  # fmt: skip
    rows = news_rows(nlp, stories, gold)
    assert len(rows) == 4  # two tune stories, two mapped events each; "Other" left out
    assert {(r.text.split()[0], r.label) for r in rows} == {("Soldiers", "FIGHT"),
                                                           ("Protesters", "PROTEST")}  # fmt: skip
    assert not any("bridge" in r.text for r in rows)


_GRID = {"cs": (1.0,), "gates": (1.01,), "mixes": (0.0,), "hiddens": (4,)}


def _table(news: int = 40) -> Table:
    """Stories that teach nothing (one word, noise embeddings), ``news`` rows and records
    whose embeddings say the type (one of two) on their first number, and records whose
    words are their own: only the embedding carries over to a held-out record."""
    rng = np.random.default_rng(3)
    stories, records = 40, 16
    labels = ["AGREE" if n % 2 else "REJECT" for n in range(stories + news + records)]
    examples = [(["bias", "w:say" if n < stories + news else f"w:own{n}"], {})
                for n in range(len(labels))]  # fmt: skip
    embeddings = rng.normal(size=(len(labels), 384)).astype(np.float32) * 0.5
    embeddings[stories:, 0] += [1.0 if label == "AGREE" else -1.0
                                for label in labels[stories:]]  # fmt: skip
    embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True)
    return Table(examples, embeddings, labels, [""] * len(labels), stories,
                 {"s": embeddings * 3}, record_weight=1.0, min_count=1, news=news)  # fmt: skip


def test_news_rows_sit_between_the_stories_and_the_records():
    table = _table(news=10)
    assert table.first_record == 50 and table.records == list(range(50, 66))
    assert table.base(0.0) == list(range(40)) and table.base(5.0) == list(range(50))
    weights = _Fitter(table).row_weights(np.array([0, 45, 60]), 7.0)
    assert weights.tolist() == [1.0, 7.0, 1.0]


def test_news_rows_weigh_nothing_unless_their_weight_is_chosen():
    """With the news weight at 0 only (the default grid) the estimate is that of a table
    without them; tried at 30 too, the inner loop takes it where it helps."""
    with_news = _table()
    keep = [*range(40), *with_news.records]  # the same table, its news rows cut out
    without = replace(
        with_news, examples=[with_news.examples[n] for n in keep],
        embeddings=with_news.embeddings[keep], labels=[with_news.labels[n] for n in keep],
        lexicon=[with_news.lexicon[n] for n in keep], dense={"s": with_news.embeddings[keep] * 3},
        news=0,
    )  # fmt: skip
    plain = nested_estimate(with_news, outer=4, inner=3, grid=_GRID)
    assert all(f["choice"].news_weight == 0.0 for f in plain["folds"])
    assert plain["accuracy"] == nested_estimate(without, outer=4, inner=3, grid=_GRID)["accuracy"]
    chosen = nested_estimate(with_news, outer=4, inner=3,
                             grid=_GRID | {"news_weights": (0.0, 30.0)})  # fmt: skip
    assert all(f["choice"].news_weight == 30.0 for f in chosen["folds"])
    assert chosen["accuracy"] > plain["accuracy"]


def test_the_news_rows_alone_can_teach_what_the_stories_do_not():
    from frontlines.lab.plover_nested import Choice

    table = _table()
    stories_only = synthetic_only(table, Choice(1.0, 1.0, 1.01, 4, 0.0))
    with_news = synthetic_only(table, Choice(1.0, 1.0, 1.01, 4, 0.0, news_weight=10.0))
    assert with_news["accuracy"] > stories_only["accuracy"]


def test_the_fit_reads_news_rows_only_at_a_weight(nlp):
    """``fit_plover_model(news=..., news_weight=...)``: the news rows are training rows of
    their own weight (a type only they hold is learned), and at weight 0 they are not read;
    the head is fitted on them too."""
    from frontlines.lab.train_plover import Story, fit_plover_model
    from tests.test_plover_head import _WordEncoder

    stories = [Story(f"Crowds march in town number {n}.", "PROTEST", "") for n in range(6)]
    stories += [Story(f"The envoys sign accord number {n}.", "AGREE", "") for n in range(6)]
    records = [Story("Workers march on the ministry.", "PROTEST", ""),
               Story("Both sides sign a truce.", "AGREE", "")] * 5  # fmt: skip
    news = [Story(f"Troops clashed with rebels near pass {n}.", "FIGHT", "") for n in range(6)]
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        left_out = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records,
                                    news=news, news_weight=0.0)  # fmt: skip
        weighed = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records,
                                   news=news, news_weight=5.0, encoder=_WordEncoder(),
                                   head=True)  # type: ignore[arg-type]  # fmt: skip
    assert "FIGHT" not in left_out.labels and "news_rows" not in left_out.about
    assert "FIGHT" in weighed.labels and weighed.about["news_weight"] == 5.0
    assert weighed.about["news_rows"] == 6 and weighed.head is not None
    assert "FIGHT" in weighed.head.labels


def test_train_plover_news_needs_stories_and_gold(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    stories = tmp_path / "stories.csv"
    stories.write_text("text,label\nCrowds marched in the capital.,PROTEST\n", "utf-8")
    result = CliRunner().invoke(app, ["train", "plover", "--data", str(stories), "--out",
                                      str(tmp_path / "m.json"), "--no-encoder", "--news",
                                      str(tmp_path), "--news-weight", "3"])  # fmt: skip
    assert result.exit_code == 2 and "expected STORIES=GOLD" in result.output
    assert not (tmp_path / "m.json").exists()
