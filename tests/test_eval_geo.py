"""Geo loaders and scorers on tiny hand-made gold files whose answers we worked out."""

import math

import pytest

from frontlines.lab.geo import evaluate_gold_spans, load_geo
from frontlines.lab.metrics import PRF, auc_of_log_error
from frontlines.resolve.place import ToponymResolver
from frontlines.vocab.geometry import haversine_km

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Troops entered Mosul in Iraq. A man named Smith arrived.]]></text>
    <toponyms count="3">
      <toponym><start>15</start><end>20</end><phrase>Mosul</phrase>
        <gaztag geonameid="99072"><name>Mosul</name><lat>36.335</lat><lon>43.11889</lon></gaztag>
      </toponym>
      <toponym><start>24</start><end>28</end><phrase>Iraq</phrase>
        <gaztag geonameid="99237"><name>Iraq</name><lat>33.0</lat><lon>44.0</lon></gaztag>
      </toponym>
      <toponym><start>30</start><end>35</end><phrase>Nowhere</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GWN_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article>
    <text>Syrian troops reached Raqqa.</text>
    <toponyms>
      <toponym><extractedName>Syrian</extractedName><normalisedName>Syria</normalisedName>
        <type>Demonym</type><start>0</start><end>6</end><geonamesID>163843</geonamesID>
        <latitude>35</latitude><longitude>38</longitude></toponym>
      <toponym><extractedName>Raqqa</extractedName><normalisedName>Ar Raqqah</normalisedName>
        <type>Literal</type><start>22</start><end>27</end><geonamesID>172955</geonamesID>
        <latitude>35.95283</latitude><longitude>39.00788</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_prf():
    prf = PRF(tp=3, fp=1, fn=2)
    assert (prf.precision, prf.recall) == (0.75, 0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(0, 0, 0).f1 == 0.0


def test_haversine_mosul_to_baghdad():
    # Mosul (36.335, 43.119) to Baghdad (33.341, 44.401): about 353 km
    assert haversine_km(36.335, 43.11889, 33.34058, 44.40088) == pytest.approx(353, abs=3)


def test_auc_extremes():
    assert auc_of_log_error([0.0, 0.0]) == 0.0
    assert auc_of_log_error([20039.0, 20039.0]) == pytest.approx(1.0)
    # one perfect and one worst answer: a straight line from 0 to 1 -> area 0.5
    assert auc_of_log_error([0.0, 20039.0]) == pytest.approx(0.5)
    assert auc_of_log_error([math.e - 1]) == pytest.approx(1 / math.log1p(20039))


def test_load_lgl_style(tmp_path):
    (tmp_path / "lgl.xml").write_text(LGL_STYLE)
    [doc] = load_geo(tmp_path / "lgl.xml")
    assert [t.phrase for t in doc.toponyms] == ["Mosul", "Iraq", "Nowhere"]
    assert doc.text[15:20] == "Mosul"
    assert [t.resolvable for t in doc.toponyms] == [True, True, False]


def test_load_geowebnews_style_keeps_only_location_readings(tmp_path):
    (tmp_path / "gwn.xml").write_text(GWN_STYLE)
    [doc] = load_geo(tmp_path / "gwn.xml")
    assert [(t.phrase, t.type, t.resolvable) for t in doc.toponyms] == [
        ("Syrian", "Demonym", False),
        ("Raqqa", "Literal", True),
    ]


def test_gold_span_scoring(tmp_path, gazetteer):
    (tmp_path / "lgl.xml").write_text(LGL_STYLE)
    docs = list(load_geo(tmp_path / "lgl.xml"))
    metrics = evaluate_gold_spans(docs, ToponymResolver(gazetteer))
    # Mosul resolves to 99072 (exact). Iraq resolves to the country 99237 (exact).
    # "Nowhere" has no coordinates and is not scored.
    assert metrics["n_resolved"] == 2
    assert metrics["exact_match"] == 1.0
    assert metrics["acc_161km"] == 1.0


def test_gate_fails_below_floor_and_passes_at_it(tmp_path):
    from frontlines.lab.gate import run_gate

    bench = tmp_path / "bench"
    bench.mkdir()
    (bench / "tiny.xml").write_text(LGL_STYLE)
    check = (
        '[[check]]\nname = "tiny"\ntask = "geo"\ndata = "tiny.xml"\ngold_spans = true\n'
        'metric = "exact_match"\nfloor = {floor}\n'
    )
    (tmp_path / "ok.toml").write_text(check.format(floor=1.0))
    (tmp_path / "high.toml").write_text(check.format(floor=1.01))
    (tmp_path / "missing.toml").write_text(check.format(floor=0.1).replace("tiny.xml", "gone.xml"))
    assert [r.passed for r in run_gate(tmp_path / "ok.toml", bench)] == [True]
    assert [r.passed for r in run_gate(tmp_path / "high.toml", bench)] == [False]
    [missing] = run_gate(tmp_path / "missing.toml", bench)
    assert not missing.passed and "missing data" in missing.reason


def test_eval_cli_json_and_errors(tmp_path):
    import json

    from typer.testing import CliRunner

    from frontlines.cli.main import app

    (tmp_path / "g.xml").write_text(GWN_STYLE)
    runner = CliRunner()
    result = runner.invoke(
        app, ["eval", "geo", "--data", str(tmp_path / "g.xml"), "--gold-spans", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["n"] == 1 and len(payload["sha256"]) == 64
    assert payload["metrics"]["exact_match"] == 1.0  # Raqqa -> 172955
    bad = runner.invoke(app, ["eval", "nonsense", "--data", str(tmp_path / "g.xml")])
    assert bad.exit_code == 2


def test_lowering_a_floor_needs_a_history_note():
    from frontlines.lab.gate import compare_floors

    old = {"check": [{"name": "a", "floor": 0.5}, {"name": "b", "floor": 0.4}]}
    raised = {"check": [{"name": "a", "floor": 0.6}, {"name": "b", "floor": 0.4}]}
    lowered = {"check": [{"name": "a", "floor": 0.45}, {"name": "b", "floor": 0.4}]}
    noted = lowered | {"history": [{"check": "a", "floor": 0.45, "note": "new gold release"}]}
    assert compare_floors(old, raised) == []
    assert compare_floors(old, lowered) == [
        "a: floor lowered 0.5 -> 0.45 without a [[history]] note"
    ]
    assert compare_floors(old, noted) == []


def test_re3d_folder_reads_named_locations_only(tmp_path):
    source = tmp_path / "Some Source"
    source.mkdir()
    text = "Fighting in Aleppo spread to the town and to it."
    (source / "documents.json").write_text(f'{{"_id": "D1", "text": "{text}"}}\n')
    entities = [
        '{"begin": 12, "end": 18, "type": "Location", "value": "Aleppo", "documentId": "D1"}',
        '{"documentId": "D1", "begin": 29, "end": 37, "type": "Location", "value": "the town"}',
        '{"begin": 0, "end": 8, "type": "Organisation", "value": "Fighting", "documentId": "D1"}',
    ]
    (source / "entities.json").write_text("\n".join(entities) + "\n")
    (doc,) = load_geo(tmp_path)
    assert doc.doc_id == "D1"
    assert [(t.start, t.end, t.phrase, t.resolvable) for t in doc.toponyms] == [
        (12, 18, "Aleppo", False)
    ]


def test_proper_place_names_against_descriptions():
    from frontlines.lab.geo import is_proper_place_name

    for name in ("Aleppo", "Idlib province", "Gulf of Aden", "the United Kingdom", "Mount Qaf"):
        assert is_proper_place_name(name), name
    for name in ("The camp", "the city", "Foreign-held depots", "Lunar city", "Battle lines", ""):
        assert not is_proper_place_name(name), name


def test_geovirus_locations_carry_coordinates_and_count_from_one(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(
        "<articles><article><source>x</source><text>Storms hit Capas.</text><locations>"
        "<location><name>Capas</name><start>12</start><end>17</end><lat>15.33</lat>"
        "<lon>120.59</lon><page>https://example.org/places/capas</page></location>"
        "</locations></article></articles>"
    )
    (doc,) = load_geo(path)
    (gold,) = doc.toponyms
    assert (gold.start, gold.end, gold.geonames_id, gold.lat) == (11, 16, None, 15.33)
    assert gold.resolvable


def test_a_gold_place_inside_another_counts_as_overlapped_once_found(nlp):
    from frontlines.lab.geo import GeoDocument, GoldToponym, evaluate_end_to_end

    text = "Thousands of families fled to Mount Sinjar in August."
    start = text.index("Mount Sinjar")
    gold = (
        GoldToponym(start, start + 12, "Mount Sinjar", None, None, None),
        GoldToponym(start + 6, start + 12, "Sinjar", None, None, None),
    )
    metrics = evaluate_end_to_end([GeoDocument("d1", text, gold)], nlp)
    # one found span matches one gold span one-to-one; it overlaps both
    assert metrics["span_overlap"]["r"] == 0.5
    assert metrics["gold_overlapped"] == 1.0


def test_nested_gold_spans_are_one_mention(nlp):
    """re3d's gold is its annotators' marks together: "Hamburg, Germany" once whole and once
    as its two names is one mention, found by the places in it; a mention apart is another."""
    from frontlines.lab.geo import GeoDocument, GoldToponym, evaluate_end_to_end, gold_mentions

    text = "The envoy flew to Hamburg, Germany on Monday and then to the Baltic."
    whole = text.index("Hamburg")
    sea = text.index("the Baltic")

    def gold(start: int, phrase: str) -> GoldToponym:
        return GoldToponym(start, start + len(phrase), phrase, None, None, None)

    golds = (
        gold(whole, "Hamburg, Germany"),
        gold(whole, "Hamburg"),
        gold(text.index("Germany"), "Germany"),
        gold(sea, "the Baltic"),
        gold(sea + 4, "Baltic"),
    )
    assert gold_mentions(golds) == [(whole, whole + 16), (sea, sea + 10)]
    metrics = evaluate_end_to_end([GeoDocument("d1", text, golds)], nlp)
    assert metrics["n_mentions"] == 2
    assert metrics["mention_recall"] == 1.0


WRONG_READING = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <text><![CDATA[Flooding closed roads near Mosul on Sunday.]]></text>
    <toponyms count="1">
      <toponym><start>27</start><end>32</end><phrase>Mosul</phrase>
        <gaztag geonameid="1"><name>Mosul</name><lat>10.0</lat><lon>10.0</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
</articles>
"""


def test_gold_span_errors_name_the_wrong_reading(tmp_path, gazetteer):
    """A gold point the resolver misses by far is one ``resolution`` record: the gold id,
    ours, the distance and the words around it; a right one writes nothing."""
    (tmp_path / "w.xml").write_text(WRONG_READING)
    errors: list[dict] = []
    metrics = evaluate_gold_spans(list(load_geo(tmp_path / "w.xml")), ToponymResolver(gazetteer),
                                  errors)  # fmt: skip
    assert metrics["exact_match"] == 0.0
    [record] = errors
    assert record["kind"] == "resolution" and record["doc"] == "7" and record["gold_id"] == 1
    assert record["predicted"]["geonames_id"] == 99072 and record["error_km"] > 1000
    assert record["within"] is False and "[Mosul]" in record["context"]
    (tmp_path / "lgl.xml").write_text(LGL_STYLE)
    right: list[dict] = []
    evaluate_gold_spans(list(load_geo(tmp_path / "lgl.xml")), ToponymResolver(gazetteer), right)
    assert right == []


def test_eval_geo_cli_writes_errors(tmp_path):
    import json

    from typer.testing import CliRunner

    from frontlines.cli.main import app

    (tmp_path / "w.xml").write_text(WRONG_READING)
    out = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", "geo", "--data", str(tmp_path / "w.xml"),
                                      "--gold-spans", "--json", "--errors", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    [line] = out.read_text("utf-8").splitlines()
    assert json.loads(line)["phrase"] == "Mosul"


def test_end_to_end_errors_list_missed_mentions(nlp):
    from frontlines.lab.geo import GeoDocument, GoldToponym, evaluate_end_to_end

    text = "Aid reached Mosul, and a convoy left for Qwertzuiop later."
    start = text.index("Qwertzuiop")
    gold = (
        GoldToponym(text.index("Mosul"), text.index("Mosul") + 5, "Mosul", None, None, None),
        GoldToponym(start, start + 10, "Qwertzuiop", None, None, None),
    )
    errors: list[dict] = []
    evaluate_end_to_end([GeoDocument("d2", text, gold)], nlp, errors)
    assert [(e["kind"], e["phrase"]) for e in errors] == [("missed", "Qwertzuiop")]
