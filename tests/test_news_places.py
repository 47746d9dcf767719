"""The map's places against hand-coded place gold, on records built here.

Each rule of ``frontlines.lab.news_places`` is pinned on a hand-built story: a town read
within or beyond 50 km, a region or country judged by its country, a sea or a region
spanning countries by its own tolerance, a string that is no place, a mention missed, and
what the gold loader refuses.
"""

import json
from pathlib import Path

import pytest

from frontlines.lab.news_places import (
    GoldMention,
    PlaceGold,
    load_place_gold,
    place_right,
    score_places,
    shown,
)
from frontlines.model import Article, Extractor, PlaceMention, ProcessedArticle

X = Extractor("test", "0")
TEXT = "Strikes hit Mosul and Nineveh in Iraq; the EU and the Middle East watched."
#          0         1         2         3         4         5         6         7
MOSUL, NINEVEH, IRAQ, EU, MIDEAST = (12, 17), (22, 29), (33, 37), (43, 45), (54, 65)


def _ours(span, name, lat, lon, country, code="PPL", role="location"):
    return PlaceMention(start=span[0], end=span[1], text=TEXT[span[0]:span[1]], role=role,
                        geonames_id=None, name=name, lat=lat, lon=lon, country=country,
                        admin1=None, feature_code=code, acled_precision=1, ucdp_precision=1,
                        extractor=X)  # fmt: skip


def _gold(span, kind, country, lat, lon, km=50.0):
    return GoldMention("s1", span[0], span[1], TEXT[span[0]:span[1]], kind, country, lat, lon,
                       None, km)  # fmt: skip


GOLD = PlaceGold(
    (
        _gold(MOSUL, "town", "IQ", 36.34, 43.13),
        _gold(NINEVEH, "region", "IQ", 36.0, 42.5),
        _gold(IRAQ, "country", "IQ", 33.0, 44.0),
        _gold(MIDEAST, "region", None, 29.0, 41.0, km=1500.0),
    ),
    frozenset({"s1", "s2"}),
)


def _processed(*places):
    return ProcessedArticle(article=Article(id="s1", text=TEXT), sentences=(), mentions=(),
                            places=places)  # fmt: skip


def test_a_town_is_right_within_50_km_and_wrong_beyond():
    mosul = GOLD.mentions[0]
    assert place_right(mosul, _ours(MOSUL, "Mosul", 36.40, 43.20, "IQ"))
    assert not place_right(mosul, _ours(MOSUL, "Mosul", 36.34, 44.20, "IQ"))  # ~95 km east


def test_regions_and_countries_are_judged_by_their_country():
    nineveh, iraq = GOLD.mentions[1], GOLD.mentions[2]
    assert place_right(nineveh, _ours(NINEVEH, "Ninawa", 35.0, 40.0, "IQ", "ADM1"))
    assert not place_right(nineveh, _ours(NINEVEH, "Nineveh", 40.0, -80.0, "US"))
    assert place_right(iraq, _ours(IRAQ, "Iraq", 33.0, 44.0, "IQ", "PCLI"))


def test_a_region_across_countries_is_judged_by_its_tolerance():
    mideast = GOLD.mentions[3]
    assert place_right(mideast, _ours(MIDEAST, "Middle East", 30.0, 40.0, None, "RGN"))
    assert not place_right(mideast, _ours(MIDEAST, "Middle East", 40.0, -75.0, "US"))


def test_score_counts_right_wrong_not_a_place_and_missed():
    processed = _processed(
        _ours(MOSUL, "Mosul", 36.34, 43.13, "IQ"),  # right, sub-national
        _ours(NINEVEH, "Nineveh", 40.0, -80.0, "US"),  # wrong reading, sub-national
        _ours(IRAQ, "Iraq", 33.0, 44.0, "IQ", "PCLI"),  # right, national
        _ours(EU, "Eu", 50.05, 1.42, "FR"),  # not a place, sub-national
        _ours(MIDEAST, "Middle East", None, None, None, role="location"),  # no point: not shown
    )
    score = score_places(["s1"], [processed], GOLD)
    got = score.as_dict()
    assert got["shown"] == 4
    assert got["precision"] == 0.5
    assert got["sub_national"] == {"shown": 3, "precision": round(1 / 3, 4), "recall": 0.5}
    assert got["recall"] == 0.5  # Mosul and Iraq of four
    assert got["errors"] == {"wrong_reading": 1, "not_place": 1, "missed": 2}
    kinds = sorted(e["error"] for e in score.errors)
    assert kinds == ["missed", "missed", "not_place", "wrong_reading"]
    wrong = next(e for e in score.errors if e["error"] == "wrong_reading")
    assert wrong["gold"]["name"] == "Nineveh" and wrong["km"] > 5000


def test_only_location_places_with_coordinates_are_shown():
    processed = _processed(_ours(MOSUL, "Mosul", 36.34, 43.13, "IQ"),
                           _ours(IRAQ, "Iraq", 33.0, 44.0, "IQ", "PCLI", role="demonym"),
                           _ours(EU, "Eu", None, None, "FR"))  # fmt: skip
    assert [p.text for p in shown(processed)] == ["Mosul"]
    assert shown(None) == []


def test_a_story_without_gold_mentions_still_counts_what_we_pin_but_others_are_skipped():
    eu = _ours(EU, "Eu", 50.05, 1.42, "FR")
    score = score_places(["s2", "s3"], [_processed(eu), _processed(eu)], GOLD)
    assert score.as_dict()["shown"] == 1  # s2 is read for places, s3 is not
    assert score.errors[0]["error"] == "not_place" and score.errors[0]["story"] == "s2"


def _write(folder: Path, name: str, records: list[dict]) -> None:
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")


RECORD = {"corpus": "voa", "story": "s1", "start": 12, "end": 17, "name": "Mosul",
          "kind": "town", "country": "IQ", "lat": 36.34, "lon": 43.13, "geonames": 99072,
          "note": ""}  # fmt: skip


def test_loader_reads_gold_and_the_stories_read_of_its_corpus(tmp_path):
    assert load_place_gold(tmp_path) is None
    _write(tmp_path, "voa.places.jsonl", [RECORD, RECORD | {"kind": "other", "km": 300}])
    _write(tmp_path, "voa.stories.jsonl", [{"corpus": "voa", "story": "s9"}])
    _write(tmp_path, "re3d.stories.jsonl", [{"corpus": "re3d", "story": "r1"}])
    gold = load_place_gold(tmp_path)
    assert gold is not None
    assert gold.stories == frozenset({"s1", "s9"})
    assert gold.mentions[0].geonames == 99072 and gold.mentions[1].km == 300.0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "city"}, "kind"),
        ({"country": "Iraq"}, "ISO 3166"),
        ({"lat": 123.0}, "off the globe"),
        ({"start": 20}, "empty"),
        ({"lat": None}, "bad place gold record"),
    ],
)
def test_loader_refuses_bad_records_with_their_line(tmp_path, change, message):
    _write(tmp_path, "voa.places.jsonl", [RECORD, RECORD | change])
    with pytest.raises(ValueError, match=message) as caught:
        load_place_gold(tmp_path)
    assert "voa.places.jsonl:2" in str(caught.value)


def test_loader_refuses_a_record_without_its_story(tmp_path):
    record = dict(RECORD)
    del record["story"]
    _write(tmp_path, "voa.places.jsonl", [record])
    with pytest.raises(ValueError, match="story"):
        load_place_gold(tmp_path)
