"""Tune and check halves: disjoint, together the whole set, and fixed for a given id."""

import json

import pytest
from typer.testing import CliRunner

from frontlines.cli.main import app
from frontlines.lab.attribution import AttributionDocument
from frontlines.lab.split import half_of, in_split, select

IDS = [f"item-{n}" for n in range(200)] + ["wsj_0001.tml", "8011115", "Mosul fell."]


def test_halves_are_disjoint_and_cover_the_set():
    tune = select(IDS, str, "tune")
    check = select(IDS, str, "check")
    assert not set(tune) & set(check)
    assert sorted(tune + check) == sorted(IDS)
    assert select(IDS, str, "all") == IDS
    assert 60 < len(tune) < 140  # a hash, so roughly half each


def test_a_fixed_id_has_a_fixed_half():
    # sha256's first byte: even -> tune, odd -> check. These must never change, or
    # numbers reported on the check half would silently mix with tuned items.
    assert half_of("8011115") == "tune"
    assert half_of("wsj_0001.tml") == "tune"
    assert half_of("0") == "check"
    assert half_of("2") == "tune"
    assert [half_of("item-7")] * 3 == [half_of("item-7") for _ in range(3)]


def test_unknown_split_is_refused():
    with pytest.raises(ValueError, match="unknown split"):
        in_split("x", "dev")


def test_every_annotation_file_of_an_article_shares_its_half():
    first = AttributionDocument("story_ab12", "text", (), "story")
    second = AttributionDocument("story_cd34", "text", (), "story")
    assert half_of(first.article_id) == half_of(second.article_id)
    assert AttributionDocument("plain", "text", ()).article_id == "plain"


def _articles(n: int) -> str:
    body = "".join(
        f'<article docid="{i}"><text>Troops reached Raqqa.</text><toponyms>'
        "<toponym><start>15</start><end>20</end><phrase>Raqqa</phrase>"
        '<gaztag geonameid="172955"><lat>35.95283</lat><lon>39.00788</lon></gaztag>'
        "</toponym></toponyms></article>"
        for i in range(n)
    )
    return f"<articles>{body}</articles>"


def test_eval_split_scores_the_halves_and_records_which(tmp_path):
    gold = tmp_path / "g.xml"
    gold.write_text(_articles(6))
    runner = CliRunner()
    counts = {}
    for split in ("all", "tune", "check"):
        result = runner.invoke(
            app, ["eval", "geo", "--data", str(gold), "--gold-spans", "--json", "--split", split]
        )
        assert result.exit_code == 0, result.output
        payload = json.loads(result.output)
        assert payload["split"] == split
        counts[split] = payload["n"]
    expected_tune = sum(half_of(str(i)) == "tune" for i in range(6))
    assert counts == {"all": 6, "tune": expected_tune, "check": 6 - expected_tune}
    bad = runner.invoke(app, ["eval", "geo", "--data", str(gold), "--split", "dev"])
    assert bad.exit_code == 2


def test_gate_passes_the_split_and_the_gold_folder_through(tmp_path, monkeypatch):
    from frontlines.lab import gate

    seen = []

    def fake_run_eval(task, data, options):
        seen.append((task, data, options))
        return {"metrics": {"events": {"p": 0.5}}}

    monkeypatch.setattr(gate, "run_eval", fake_run_eval)
    (tmp_path / "bench" / "news").mkdir(parents=True)
    baseline = tmp_path / "eval" / "baseline.toml"
    baseline.parent.mkdir()
    baseline.write_text(
        '[[check]]\nname = "n"\ntask = "news"\ndata = "news"\ngold = "news"\n'
        'split = "check"\nmetric = "events.p"\nfloor = 0.4\n'
    )
    [result] = gate.run_gate(baseline, tmp_path / "bench")
    assert result.passed and result.value == 0.5
    [(task, data, options)] = seen
    assert (task, data) == ("news", tmp_path / "bench" / "news")
    assert options.split == "check" and options.gold == tmp_path / "eval" / "news"
