"""Are the places on the map the places the text means? Place gold for whole news stories.

The gold (``*.places.jsonl`` in the news gold folder) is every mention of a named place in a
story's text, coded by reading it: ``{"corpus", "story", "start", "end", "name", "kind":
town|region|country|other, "country": ISO2 or null, "lat", "lon", "geonames": id or null,
"km": tolerance (optional), "note"}``. What is scored is what the map would show: each
``location`` place we emit with coordinates. It is **right** when it overlaps a gold mention
and reads it as the text means: in the same country for a ``region`` or ``country`` with a
country; otherwise (towns, other places, regions spanning countries such as "the Middle
East") within the gold's ``km`` of its point, 50 km by default. A shown place overlapping no
gold mention is **not a place** ("EU" read as Eu, France); one overlapping a mention but
read otherwise is a **wrong reading** ("Georgia" the country for the US state); a gold
mention no right place covers is **missed**. Precision is over the places shown, overall
and for the sub-national ones (our reading neither a country nor a continent, where a wrong
pin is a wrong town); recall is over the gold mentions.

Which stories are scored: those listed in ``*.stories.jsonl`` (or with place gold) of a
corpus that has place gold, so a story with no named place still counts what we pin there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.model import PlaceMention, ProcessedArticle
from frontlines.vocab.geometry import haversine_km

__all__ = [
    "KINDS",
    "TOWN_KM",
    "GoldMention",
    "PlaceGold",
    "PlacesScore",
    "load_place_gold",
    "place_right",
    "score_places",
    "shown",
]

KINDS = ("town", "region", "country", "other")
TOWN_KM = 50.0  # as the events' location: a town-precise place within this distance
#: Our readings that are not sub-national: countries (and their kin) and continents.
_NATIONAL_CODES = ("PCL", "CONT", "TERR")


@dataclass(frozen=True)
class GoldMention:
    """One mention of a named place in a story's text and the place the text means."""

    story: str
    start: int
    end: int
    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    geonames: int | None = None
    km: float = TOWN_KM

    @property
    def by_country(self) -> bool:
        """A region or country inside one country is right anywhere in that country."""
        return self.kind in ("region", "country") and self.country is not None

    @property
    def sub_national(self) -> bool:
        return self.kind in ("town", "other") or (self.kind == "region" and
                                                  self.country is not None)  # fmt: skip


@dataclass(frozen=True)
class PlaceGold:
    mentions: tuple[GoldMention, ...]
    stories: frozenset[str]  # every story of a corpus with place gold: scored even when empty


def _mention(r: dict[str, Any], where: str) -> GoldMention:
    try:
        kind = str(r["kind"])
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        start, end = int(r["start"]), int(r["end"])
        if not 0 <= start < end:
            raise ValueError(f"span {start}-{end} is empty or negative")
        country = r.get("country") or None
        if country is not None and (len(country) != 2 or not country.isupper()):
            raise ValueError(f"country {country!r} is not an ISO 3166 alpha-2 code")
        lat, lon = float(r["lat"]), float(r["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinates {lat}, {lon} are off the globe")
        geonames = r.get("geonames")
        return GoldMention(str(r["story"]), start, end, str(r.get("name") or ""), kind,
                           country, lat, lon, None if geonames is None else int(geonames),
                           float(r.get("km") or TOWN_KM))  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: bad place gold record: {exc}") from exc


def _lines(path: Path) -> Iterable[tuple[str, dict[str, Any]]]:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield f"{path}:{n}", json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc


def load_place_gold(folder: Path) -> PlaceGold | None:
    """The ``*.places.jsonl`` gold in ``folder``, or None when it has none."""
    files = sorted(folder.glob("*.places.jsonl"))
    if not files:
        return None
    mentions: list[GoldMention] = []
    corpora: set[str] = set()
    for file in files:
        for where, record in _lines(file):
            mentions.append(_mention(record, where))
            corpora.add(str(record.get("corpus") or ""))
    listed = {str(r["story"]) for f in sorted(folder.glob("*.stories.jsonl"))
              for _, r in _lines(f) if str(r.get("corpus") or "") in corpora}  # fmt: skip
    return PlaceGold(tuple(mentions), frozenset(listed | {m.story for m in mentions}))


def shown(processed: ProcessedArticle | None) -> list[PlaceMention]:
    """The places the map shows: ``location`` places with coordinates."""
    if processed is None:
        return []
    return [p for p in processed.places
            if p.role == "location" and p.lat is not None and p.lon is not None]  # fmt: skip


def _sub_national(place: PlaceMention) -> bool:
    code = place.feature_code or ""
    return bool(place.country) and not code.startswith(_NATIONAL_CODES)


def place_right(gold: GoldMention, place: PlaceMention) -> bool:
    """Whether ``place`` reads the gold mention as the text means it."""
    if gold.by_country:
        return (place.country or "").upper() == gold.country
    if place.lat is None or place.lon is None:
        return False
    return haversine_km(gold.lat, gold.lon, place.lat, place.lon) <= gold.km


@dataclass
class PlacesScore:
    """Counts over the scored stories and the error records developers read."""

    right: int = 0
    wrong: int = 0  # overlapping a gold mention, read as another place
    not_place: int = 0  # overlapping no gold mention
    sub_right: int = 0
    sub_shown: int = 0
    gold: int = 0
    found: int = 0
    sub_gold: int = 0
    sub_found: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, story: str, ours: list[PlaceMention], gold: list[GoldMention]) -> None:
        covered: set[int] = set()
        for place in ours:
            over = [g for g in gold if g.start < place.end and place.start < g.end]
            good = [g for g in over if place_right(g, place)]
            sub = _sub_national(place)
            self.sub_shown += sub
            covered.update(id(g) for g in good)
            if good:
                self.right += 1
                self.sub_right += sub
                continue
            said = {"start": place.start, "end": place.end, "text": place.text,
                    "ours": {"name": place.name, "country": place.country,
                             "feature_code": place.feature_code, "lat": place.lat,
                             "lon": place.lon, "geonames": place.geonames_id}}  # fmt: skip
            if over:
                self.wrong += 1
                g = over[0]
                km = (haversine_km(g.lat, g.lon, place.lat, place.lon)
                      if place.lat is not None and place.lon is not None else None)  # fmt: skip
                self._error("wrong_reading", story, said | {"gold": _gold_json(g),
                                                            "km": None if km is None
                                                            else round(km)})  # fmt: skip
            else:
                self.not_place += 1
                self._error("not_place", story, said)
        for g in gold:
            self.gold += 1
            self.sub_gold += g.sub_national
            if id(g) in covered:
                self.found += 1
                self.sub_found += g.sub_national
            else:
                self._error("missed", story, {"start": g.start, "end": g.end,
                                              "gold": _gold_json(g)})  # fmt: skip

    def _error(self, error: str, story: str, details: dict[str, Any]) -> None:
        self.errors.append({"error": error, "kind": "place", "story": story} | details)

    def as_dict(self) -> dict[str, Any]:
        n = self.right + self.wrong + self.not_place
        return {
            "shown": n,
            "precision": round(self.right / n, 4) if n else 0.0,
            "sub_national": {"shown": self.sub_shown, "precision": round(
                self.sub_right / self.sub_shown, 4) if self.sub_shown else 0.0,
                "recall": round(self.sub_found / self.sub_gold, 4) if self.sub_gold else 0.0},
            "recall": round(self.found / self.gold, 4) if self.gold else 0.0,
            "gold": self.gold,
            "errors": {"wrong_reading": self.wrong, "not_place": self.not_place,
                       "missed": self.gold - self.found},
        }  # fmt: skip


def _gold_json(g: GoldMention) -> dict[str, Any]:
    return {"name": g.name, "kind": g.kind, "country": g.country, "lat": g.lat, "lon": g.lon,
            "geonames": g.geonames}  # fmt: skip


def score_places(
    stories: Iterable[str], processed: Iterable[ProcessedArticle | None], gold: PlaceGold
) -> PlacesScore:
    """Score the places shown in each story (None: the pipeline failed on it) that the place
    gold covers; other stories are skipped."""
    score = PlacesScore()
    by_story: dict[str, list[GoldMention]] = {}
    for m in gold.mentions:
        by_story.setdefault(m.story, []).append(m)
    for story, result in zip(stories, processed, strict=True):
        if story in gold.stories:
            score.add(story, shown(result), by_story.get(story, []))
    return score
