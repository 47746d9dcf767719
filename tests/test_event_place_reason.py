"""An event's place keeps its ``reason`` (review 19, finding 2): when a publisher's home
moved the place of the sentence an event was read from, the stored event, its JSON and
both exports say so, on either store backend."""

from __future__ import annotations

import csv
import io
import json

import frontlines
from frontlines.model import Article
from frontlines.store.export_events import write_acled_csv, write_geojson

SITE = "https://www.countycourier.example/"
LOCAL = [
    "Crews repaved Main Street in Zanesville this week, the city engineer said on Tuesday.",
    "The school board in Chillicothe voted to hire twelve new teachers for the autumn.",
    "A new bakery opened in Wapakoneta on Saturday and sold out of bread by noon.",
]
ATTACK = "Gunmen attacked a police station in Dublin on Monday, killing two officers."


def _articles(texts: list[str], first: int = 0) -> list[Article]:
    return [Article(id=f"abc{first + i:04d}", text=t, url=f"{SITE}story/{first + i}",
                    published=f"2026-03-0{first + i + 1}")
            for i, t in enumerate(texts)]  # fmt: skip


def test_an_event_placed_by_the_home_says_so_everywhere(nlp, store_url: str) -> None:
    frontlines.ingest_articles(_articles(LOCAL), store_url, nlp=nlp)
    frontlines.ingest_articles(_articles([ATTACK], 3), store_url, nlp=nlp)
    with frontlines.open_db(store_url) as store:
        events = store.document("abc0003").events
        assert events, "the attack is an event"
        placed = [e for e in events if e.place is not None]
        assert placed and all((e.place.country, e.place.admin1, e.place.reason)
                              == ("US", "OH", "publisher home: Ohio") for e in placed)  # fmt: skip
        assert placed[0].to_json()["place"]["reason"] == "publisher home: Ohio"
        geo = io.StringIO()
        write_geojson(store, geo)
        acled = io.StringIO()
        write_acled_csv(store, acled)
    features = [f["properties"] for f in json.loads(geo.getvalue())["features"]
                if f["properties"]["kind"] == "event"]  # fmt: skip
    assert features and all(f["place_reason"] == "publisher home: Ohio" for f in features)
    rows = list(csv.DictReader(io.StringIO(acled.getvalue())))
    assert rows and all(r["tags"].endswith("; place publisher home: Ohio") for r in rows)


def test_an_event_the_story_placed_by_itself_has_no_reason(nlp, store_url: str) -> None:
    frontlines.ingest_articles(_articles([ATTACK]), store_url, nlp=nlp)
    with frontlines.open_db(store_url) as store:
        (event, *_) = [e for e in store.document("abc0000").events if e.place is not None]
        assert event.place.reason is None and event.place.country == "IE"
        geo = io.StringIO()
        write_geojson(store, geo)
    features = [f["properties"] for f in json.loads(geo.getvalue())["features"]
                if f["properties"]["kind"] == "event"]  # fmt: skip
    assert features and all(f["place_reason"] is None for f in features)
