"""The place ranker's fit: a conditional logit that learns what picks the right reading,
on made-up choices and on a tiny hand-made gold file."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlines.cli.main import app
from frontlines.lab.train_places import Choice, fit_ranker, train_places
from frontlines.resolve.place import Gazetteer, ToponymResolver
from frontlines.resolve.place.ranker import PlaceRanker

# Articles 2, 3 and 8 fall in the tune half, 1 and 4 in the check half (split.half_of).
ARTICLE = """  <article docid="{id}">
    <text><![CDATA[{text}]]></text>
    <toponyms>{toponyms}</toponyms>
  </article>"""
TOPONYM = """<toponym><start>{start}</start><end>{end}</end><phrase>{phrase}</phrase>
      <gaztag geonameid="{gid}"><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"""
PLACES = {  # what the gazetteer holds for these names (checked in a test below)
    "Paris": (2988507, 48.85341, 2.3488),
    "France": (3017382, 46.0, 2.0),
    "Lebanon": (272103, 33.83333333, 35.83333333),
    "Syria": (163843, 35.0, 38.0),
}


def _gold_file(tmp_path: Path) -> Path:
    texts = {
        1: "Talks in Paris, France ended.",
        2: "Refugees from Syria reached Lebanon.",
        3: "The minister flew from Paris to Lebanon.",
        4: "Lebanon and Syria closed the border.",
        8: "Strikes in France spread to Paris.",
    }
    articles = []
    for doc_id, text in texts.items():
        toponyms = []
        for phrase, (gid, lat, lon) in PLACES.items():
            start = text.find(phrase)
            if start >= 0:
                toponyms.append(TOPONYM.format(start=start, end=start + len(phrase),
                                               phrase=phrase, gid=gid, lat=lat, lon=lon))
        articles.append(ARTICLE.format(id=doc_id, text=text, toponyms="".join(toponyms)))
    path = tmp_path / "tiny.xml"
    path.write_text("<articles>\n" + "\n".join(articles) + "\n</articles>\n", "utf-8")
    return path


def test_the_fit_learns_the_feature_that_marks_the_right_reading() -> None:
    rows = [
        Choice(str(i), ({"good": 1.0, "big": 0.0}, {"good": 0.0, "big": 1.0}), (True, False))
        for i in range(20)
    ] + [Choice("x", ({"good": 1.0}, {"big": 1.0}), (False, True))]
    free = fit_ranker(rows, 0.001, ["big", "good"], {})
    assert free["good"] > free["big"]
    held = fit_ranker(rows, 1000.0, ["big", "good"], {"good": -1.0, "big": 2.0})
    assert held["good"] == pytest.approx(-1.0, abs=0.01)  # a strong pull keeps the prior


def test_gold_ids_are_what_the_gazetteer_holds(gazetteer: Gazetteer) -> None:
    for name, (gid, _, _) in PLACES.items():
        assert gid in {c.place.geonames_id for c in gazetteer.candidates(name)}


def test_train_places_fits_on_tune_and_reports_both_halves(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    ranker, report = train_places([_gold_file(tmp_path)], l2=0.01, rounds=1)
    assert report["choices"] >= 3  # Paris and Lebanon, each with namesakes, in 2, 3, 8
    assert set(report) >= {"tiny.xml tune", "tiny.xml check", "l2"}
    assert report["tiny.xml tune"]["fitted"]["exact_match"] == 1.0
    resolver = ToponymResolver(gazetteer, ranker=ranker)
    assert resolver.resolve_document(["Lebanon", "Syria"])[0].geonames_id == 272103
    again = PlaceRanker.from_json(ranker.to_json())
    assert again.weights == ranker.weights


def test_cli_writes_the_ranker_and_says_bad_input_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "ranker.json"
    runner = CliRunner()
    done = runner.invoke(app, ["train", "places", "--data", str(_gold_file(tmp_path)),
                               "--out", str(out), "--l2", "0.01", "--rounds", "1"])
    assert done.exit_code == 0, done.output
    assert json.loads(out.read_text("utf-8"))["weights"]
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", "utf-8")
    failed = runner.invoke(app, ["train", "places", "--data", str(bad), "--out", str(out)])
    assert failed.exit_code == 2
    assert "cannot read as geo XML" in failed.output
    with pytest.raises(ValueError, match="no gold toponym"):
        train_places([_empty(tmp_path)], l2=0.01)


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xml"
    path.write_text("<articles></articles>", "utf-8")
    return path
