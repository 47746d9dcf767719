"""Cross-article reconciliation: series, repeated reports, disagreements, merged events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import frontlines
from frontlines import reconcile
from frontlines.cli.main import app
from frontlines.model import (
    Article,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    Extractor,
    PlaceMention,
    ProcessedArticle,
    Sentence,
    TimeExpression,
)
from frontlines.reconcile.points import restate_claim, source_key
from frontlines.reconcile.series import load_series
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store.db import open_db
from frontlines.store.timeline import TimelineFilter
from frontlines.vocab.measures import default_taxonomy
from frontlines.vocab.timespan import DaySpan, day_span, precision_of
from frontlines.vocab.units import default_units

REPUBLISHED = Path(__file__).parent / "fixtures" / "republished"
EX = Extractor("test", "0")


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2017-03-08", date(2017, 3, 8), date(2017, 3, 8), "day"),
        ("2018-12", date(2018, 12, 1), date(2018, 12, 31), "month"),
        ("2014-SU", date(2014, 6, 1), date(2014, 8, 31), "season"),
        ("2015-WI", date(2014, 12, 1), date(2015, 2, 28), "season"),
        ("2017-Q2", date(2017, 4, 1), date(2017, 6, 30), "quarter"),
        ("2014-W26", date(2014, 6, 23), date(2014, 6, 29), "week"),
        ("2017", date(2017, 1, 1), date(2017, 12, 31), "year"),
    ],
)
def test_timex_values_become_day_spans(value, first, last, precision):
    assert day_span(value) == DaySpan(first, last)
    assert precision_of(value) == precision


def test_values_that_are_not_dates_have_no_span():
    for value in ("P2Y", "PRESENT_REF", "", None, "2017-02-30", "XXXX-03"):
        assert day_span(value) is None


def _claim(measure, value, change="=", *, lower=None, upper=None, unit="percent", as_of=None,
           relation="", place=None, equivalent=None, source=None, end=10):  # fmt: skip
    eq = default_taxonomy().get(measure)
    eq_measure, (ev, el, eu) = None, (None, None, None)
    if equivalent and eq is not None and eq.equivalent:
        eq_measure, (ev, el, eu) = eq.equivalent, eq.restate(value, lower, upper)
    return Claim(
        measure=measure, subject="islamic_state", value=value, lower=lower, upper=upper,
        unit=unit, change=change, as_of=as_of, as_of_relation=relation, reported="2017-03-09",
        source=source, place=place, concept=None, start=0, end=end, text="x",
        equivalent_measure=eq_measure, equivalent_value=ev, equivalent_lower=el,
        equivalent_upper=eu, extractor=EX, sentence_index=0,
    )  # fmt: skip


def _restate(claim, places=(), times=(), sentence="x" * 200):
    return restate_claim(
        claim, published="2017-03-09", places=list(places), times=list(times), sentence_start=0,
        sentence_text=sentence, taxonomy=default_taxonomy(), units=default_units(),
    )  # fmt: skip


def test_lost_share_becomes_held_share_measured_from_the_peak():
    sentence = "The group lost 65 percent of its land since its height in the summer of 2014."
    summer = TimeExpression(
        start=58, end=76, text="the summer of 2014", type="DATE", value="2014-SU",
        precision="season", extractor=EX, sentence_index=0,
    )  # fmt: skip
    claim = _claim("territory_lost_share", 65.0, as_of="2017-03-08", equivalent=True, end=25)
    point = _restate(claim, times=[summer], sentence=sentence)
    assert point is not None
    assert point.series.measure == "territory_held_share"
    assert (point.value, point.lower, point.upper, point.approx) == (35.0, None, None, False)
    assert point.interval(0.1, 0.0, 100.0) == (35.0, 35.0)
    assert point.since == "2014-SU" and point.as_of == "2017-03-08"


def test_bounds_stay_bounds_and_about_stays_approximate():
    below = _restate(_claim("territory_held_share", 1.0, "<", upper=1.0, as_of="2019-02-07"))
    assert below is not None and (below.value, below.lower, below.upper) == (None, None, 1.0)
    captured = _restate(
        _claim("territory_captured_share", 99.5, "~", as_of="2019-02-07", equivalent=True)
    )
    assert captured is not None and captured.value == pytest.approx(0.5) and captured.approx
    assert captured.interval(0.1, 0.0, 100.0) == pytest.approx((0.45, 0.55))


def test_units_convert_and_changes_by_an_amount_are_not_points():
    area = _restate(_claim("territory_area", 100.0, unit="mi2", as_of="2017-03-08"))
    assert area is not None and area.unit == "km2" and area.value == pytest.approx(258.9988)
    assert _restate(_claim("fighters", 300.0, "up", unit="count", as_of="2017-03-08")) is None


def test_countries_do_not_narrow_a_share_series_but_towns_do():
    def place(text, name, code, start, admin1="01"):
        return PlaceMention(start=start, end=start + len(text), text=text, role="location",
                            geonames_id=1, name=name, lat=0.0, lon=0.0, country="SY",
                            admin1=admin1, feature_code=code, acled_precision=1,
                            ucdp_precision=1, extractor=EX, sentence_index=0)  # fmt: skip

    syria, iraq = place("Syria", "Syria", "PCLI", 20), place("Iraq", "Iraq", "PCLI", 30)
    share = _claim("territory_held_share", 20.0, as_of="2017-03-08", place="Syria, Iraq")
    assert _restate(share, [syria, iraq]).series.scope == ""
    fighters = _claim("fighters", 15000.0, "~", unit="count", as_of="2017-03-08",
                      place="Syria, Iraq")  # fmt: skip
    assert _restate(fighters, [syria, iraq]).series.scope == "Iraq + Syria"
    mosul = place("Mosul", "Mosul", "PPLA", 20)
    nineveh = place("Nineveh", "Nineveh Governorate", "ADM1", 27)
    in_mosul = _claim("fighters", 2000.0, unit="count", as_of="2017-03-08", place="Mosul, Nineveh")
    assert _restate(in_mosul, [mosul, nineveh]).series.scope == "Mosul"


def test_source_keys_ignore_articles_and_prefer_actor_ids():
    assert source_key("The coalition", None) == source_key("the  coalition", None) == "coalition"
    assert source_key("U.S. officials", None) == "us officials"
    assert source_key("the Pentagon", "us_dod") == "actor:us_dod"
    assert source_key(None, None) == ""


@pytest.fixture(scope="module")
def republished_db(tmp_path_factory, nlp) -> Path:
    path = tmp_path_factory.mktemp("republished") / "wire.db"
    report = frontlines.ingest([REPUBLISHED], path, nlp=nlp)
    assert len(report.ingested) == 5
    return path


def test_one_wire_story_in_three_outlets_is_one_claim_and_one_event(republished_db):
    with open_db(republished_db) as db:
        (hajin,) = load_series(db, "islamic_state", "fighters", "Hajīn")
        (point,) = hajin.points
        assert point.value == 2000.0 and point.approx and point.source == "the coalition"
        assert len(point.reports) == 3
        assert {r.outlet for r in point.reports} == {"Levant Desk", "Gulf Wire", "Euphrates News"}
        assert point.first_report.published == "2018-11-20"
        for r in point.reports:  # every report still points at its own words
            text = db.document(r.doc_id).text
            assert text[r.start : r.end] == r.text and r.sentence in text
        strikes = [e for e in db.timeline(TimelineFilter())
                   if e.kind == "event" and e.what == "air_strike"]  # fmt: skip
        assert len(strikes) == 1 and strikes[0].reports == 3
        assert strikes[0].date == "2018-11-19" and strikes[0].place.startswith("Haj")
        assert db.count("events") > len(db.timeline(TimelineFilter(actor="xx")))


def test_two_sources_fifteen_and_thirty_thousand_fighters_disagree(republished_db):
    with open_db(republished_db) as db:
        (series,) = load_series(db, "islamic_state", "fighters", "Iraq + Syria")
    (flag,) = series.disagreements
    assert flag.kind == "conflict"
    assert {flag.first.value, flag.second.value} == {15000.0, 30000.0}
    assert {flag.first.source, flag.second.source} == {
        "a US defence official", "an Iraqi intelligence official"
    }  # fmt: skip
    result = CliRunner().invoke(app, ["conflicts", "--db", str(republished_db), "--json"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    assert json.loads(line)["kind"] == "conflict"


def test_incremental_update_reads_only_what_is_new(republished_db, tmp_path, nlp):
    story = tmp_path / "new.txt"
    story.write_text(
        "Coalition says Hajin pocket shrinking\n\nLevant Desk\n\ndate 2018-12-01\n\n"
        "BEIRUT - About 2,000 Islamic State fighters remain in the Hajin pocket near the"
        " Iraqi border, the coalition said on Friday.\n",
        encoding="utf-8",
    )
    copy = tmp_path / "copy.db"
    copy.write_bytes(republished_db.read_bytes())
    with open_db(copy) as db:
        assert reconcile.update(db).claims == 0  # nothing pending
    frontlines.ingest([story], copy, nlp=nlp)
    with open_db(copy) as db:
        (hajin,) = load_series(db, "islamic_state", "fighters", "Hajīn")
        assert [len(p.reports) for p in hajin.points] == [4]  # 11 days later: a repeat
        rebuilt = reconcile.rebuild(db)
        assert rebuilt.claims == db.count("claims")
        (again,) = load_series(db, "islamic_state", "fighters", "Hajīn")
        assert [len(p.reports) for p in again.points] == [4]  # same answer from scratch


# -- event merging thresholds, at their edges, on hand-built stored events ---------------
# (on every store backend: the merging reads and writes only through the handle)


def _event_article(doc_id, lat, lon, day, *, type_="air_strike", actor="cjtf_oir"):
    text = f"Warplanes struck the town on {day}."
    site = PlaceMention(
        start=0, end=4, text="Town", role="location", geonames_id=1, name="Town", lat=lat,
        lon=lon, country="SY", admin1="01", feature_code="PPL", acled_precision=1,
        ucdp_precision=1, extractor=EX, sentence_index=0,
    )  # fmt: skip
    event = Event(
        type=type_, acled_event="Explosions/Remote violence", acled_sub_event="Air/drone strike",
        case_label="AIR_STRIKE", plover="FIGHT", plover_mode="aerial",
        actor1=EventActor(text="the coalition", actor=actor, start=0, end=3), actor2=None,
        place=site, date=day, date_precision=1, date_source="text", fatalities=None,
        cues=("strike",), start=0, end=len(text), text=text, extractor=EX, sentence_index=0,
    )  # fmt: skip
    article = Article(id=doc_id, text=text, published=day)
    return ProcessedArticle(article=article, sentences=(Sentence(0, 0, len(text), text),),
                            mentions=(), sentence_extractor=EX, events=(event,))  # fmt: skip


def _merged(store_url, *articles, settings=None):
    with open_db(store_url) as db:
        for article in articles:
            db.write(article)
        reconcile.rebuild(db, settings)
        return [r[0] for r in db.conn.execute("SELECT reports FROM event_groups ORDER BY id")]


KM = 1 / 111.2  # one kilometre of latitude, in degrees


def test_events_5_km_apart_merge_and_200_km_apart_do_not(store_url):
    here = _event_article("a" * 16, 35.0, 38.0, "2018-11-19")
    near = _event_article("b" * 16, 35.0 + 5 * KM, 38.0, "2018-11-19")
    far = _event_article("c" * 16, 35.0 + 200 * KM, 38.0, "2018-11-19")
    assert sorted(_merged(store_url, here, near, far)) == [1, 2]


def test_events_the_same_day_merge_and_a_month_apart_do_not(store_url):
    today = _event_article("a" * 16, 35.0, 38.0, "2018-11-19")
    same = _event_article("b" * 16, 35.0, 38.0, "2018-11-19")
    later = _event_article("c" * 16, 35.0, 38.0, "2018-12-19")
    assert sorted(_merged(store_url, today, same, later)) == [1, 2]


def test_event_thresholds_are_settings_and_other_types_or_actors_never_merge(store_url):
    a = _event_article("a" * 16, 35.0, 38.0, "2018-11-19")
    b = _event_article("b" * 16, 35.0 + 30 * KM, 38.0, "2018-11-21")
    other_type = _event_article("c" * 16, 35.0, 38.0, "2018-11-19", type_="shelling")
    other_actor = _event_article("d" * 16, 35.0, 38.0, "2018-11-19", actor="russia")
    assert sorted(_merged(store_url, a, b, other_type, other_actor)) == [1, 1, 1, 1]
    wide = ReconcileSettings(event_window_days=2, event_max_km=31.0)
    assert sorted(_merged(store_url, settings=wide)) == [1, 1, 2]


def test_settings_file_is_read_and_unknown_keys_are_refused(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text("[reconcile]\nevent_max_km = 10.0\n", encoding="utf-8")
    assert ReconcileSettings.from_toml(good).event_max_km == 10.0
    bad = tmp_path / "bad.toml"
    bad.write_text("[reconcile]\nevent_max_kms = 10.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="event_max_kms"):
        ReconcileSettings.from_toml(bad)


def test_claim_source_is_kept_on_the_point():
    claim = _claim("fighters", 15000.0, "~", unit="count", as_of="2017-03-08",
                   source=ClaimSource(text="a US official", kind="anonymous_official",
                                      actor=None))  # fmt: skip
    point = _restate(claim)
    assert point is not None and point.source_key == "us official"


def test_seed_series_falls_from_the_peak_to_under_one_percent(seeds, tmp_path, nlp):
    from tests.conftest import EXAMPLES

    db_path = tmp_path / "seeds.db"
    frontlines.ingest([seeds, EXAMPLES], db_path, nlp=nlp)
    cli = CliRunner()
    args = ["series", "--db", str(db_path), "--subject", "Islamic State",
            "--measure", "territory-held-share"]  # fmt: skip
    result = cli.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    (series,) = [json.loads(line) for line in result.output.splitlines()]
    points = series["points"]
    baseline = points[0]
    assert baseline["derived"] == "baseline" and baseline["value"] == 100.0
    assert baseline["as_of"] == "2014-SU"
    official = next(p for p in points if p["as_of"] == "2017-03-08")
    assert official["value"] == 35.0 and official["since"] == "2014-SU"
    assert "65 percent" in official["first_report"]["sentence"]
    last = [p for p in points if p["as_of"].startswith("2019-02")]
    assert {p["display"] for p in last} == {"< 1", "≈ 0.5"}
    assert all("coalition" in p["source"] for p in last)
    assert points[-1]["as_of"] > official["as_of"] > baseline["as_of"]
    csv_out = cli.invoke(app, [*args, "--csv"])
    assert csv_out.output.splitlines()[0].startswith("series_id,subject,measure")
    assert len(csv_out.output.splitlines()) == len(points) + 1
    for name in ("chart.png", "chart.svg"):
        drawn = cli.invoke(app, [*args, "--plot", str(tmp_path / name)])
        assert drawn.exit_code == 0, drawn.output
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "chart.svg").read_text()
    bad = cli.invoke(app, [*args, "--plot", str(tmp_path / "chart.gif")])
    assert bad.exit_code == 2 and ".png or .svg" in bad.output
    unknown = cli.invoke(app, ["series", "--db", str(db_path), "--measure", "bananas"])
    assert unknown.exit_code == 2 and "unknown measure" in unknown.output
    timeline = cli.invoke(app, ["timeline", "--db", str(db_path), "--place", "Mosul", "--json"])
    entries = [json.loads(line) for line in timeline.output.splitlines()]
    days = [e["first_day"] for e in entries]
    assert days and days == sorted(days)
    assert any(e["kind"] == "event" for e in entries)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("3 police officers", "Three police officers"),
        ("at least 12 civilians", "the civilians"),
        ("twenty-three soldiers", "23 soldiers"),
    ],
)
def test_an_unnamed_side_is_the_same_however_a_report_counts_it(one: str, other: str) -> None:
    from frontlines.reconcile.events import actor_key

    assert actor_key(None, one) == actor_key(None, other) != ""


def test_a_named_side_or_a_different_noun_stays_apart() -> None:
    from frontlines.reconcile.events import actor_key

    assert actor_key(None, "3 police officers") != actor_key(None, "3 soldiers")
    assert actor_key("islamic_state", "3 fighters") == "islamic_state"
    assert actor_key(None, "Five") == "five"  # a bare number is all there is to compare
