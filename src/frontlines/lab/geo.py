"""Geoparsing evaluation on LGL / TR-News XML and GeoWebNews XML.

Two modes, as in Gritta et al.'s "pragmatic guide" and the Mordecai 3 reports:

* gold spans: resolve the annotated toponyms; exact GeoNames id match,
  accuracy within 161 km (100 miles), mean error in km, AUC of log error;
* end to end: our own recognition + resolution; P/R/F1 of predicted spans
  against gold spans (exact and overlapping), then resolution accuracy on
  the matched ones.

A folder of re3d sources (``*/documents.json`` + ``*/entities.json``) reads as
geo gold too: its *named* ``Location`` entities are spans without coordinates, so
span recall and the share of found places that got coordinates are what means
anything there (re3d also tags places we never look for, hence precision is not
comparable). re3d's gold is the union of its annotators' marks, so one mention often
carries several nested spans ("the Gulf" and "Gulf", "Berlin, Germany" and both its names,
"Mount Sinjar" with and without "Sinjar"), and not consistently ("Gulf of Oman" holds an
"Oman", "Gulf of Aden" no "Aden"): ``mention_recall`` counts each cluster of overlapping
gold spans as one mention, found when a found place (each crediting one mention) overlaps
it, as the published CoNLL conversion of re3d keeps one span of overlapping entities.
``span_overlap.r`` still counts every span. Named is a proper name ("Aleppo", "Idlib
province", "Gulf of Aden"), not a generic description that opens with a capital ("The
camp", "ISIL-held buildings", "Jordanian city"): its first and last words are capitalised, or the
last is a container noun ("province").
"""

from __future__ import annotations

import json
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.lab.metrics import MAX_ERROR_KM, PRF, auc_of_log_error
from frontlines.lab.news_gold import load_stories
from frontlines.model import PlaceMention
from frontlines.nlp.extensions import items
from frontlines.nlp.geo import HOME_KEY, PlaceResolverComponent
from frontlines.nlp.place_home import home_applies
from frontlines.resolve.place import Place, Toponym, ToponymResolver
from frontlines.resolve.place.publishers import home_areas, home_divisions
from frontlines.resolve.place.resolver import Resolved
from frontlines.vocab.geometry import haversine_km
from frontlines.vocab.words import words

__all__ = [
    "ACCURACY_KM",
    "GWN_LOCATION_TYPES",
    "GeoDocument",
    "GoldToponym",
    "evaluate_end_to_end",
    "evaluate_gold_spans",
    "load_geo",
    "is_proper_place_name",
    "gold_mentions",
    "load_re3d_locations",
]

#: GeoWebNews readings that denote a location on the map (the rest are demonyms,
#: languages, homonyms, associative modifiers ...).
GWN_LOCATION_TYPES = frozenset(
    {"Literal", "Mixed", "Literal_Modifier", "Metonymic", "Embedded_Literal"}
)
ACCURACY_KM = 161.0
_CONTAINER_NOUNS = words("place", "place_suffix_nouns")
_ARTICLES = frozenset({"the", "a", "an"})


def is_proper_place_name(value: str) -> bool:
    """ "Aleppo", "Idlib province", "Gulf of Aden": a name; "The camp", "ISIL-held buildings",
    "Jordanian city": a description, which no gazetteer can hold (the issue's "generic ones
    aside")."""
    tokens = value.split()
    while tokens and tokens[0].lower() in _ARTICLES:
        tokens = tokens[1:]
    if not tokens or not tokens[0][:1].isupper():
        return False
    last = tokens[-1]
    return last[:1].isupper() or (len(tokens) > 1 and last.lower() in _CONTAINER_NOUNS)


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    type: str = "Literal"

    @property
    def resolvable(self) -> bool:
        return self.lat is not None and self.lon is not None and self.type in GWN_LOCATION_TYPES


@dataclass(frozen=True)
class GeoDocument:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    #: Who published it (LGL / TR-News ``domain``): its other stories tell its home area.
    publisher: str = ""


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().lstrip("-").isdigit() else None


def load_geo(path: Path) -> Iterator[GeoDocument]:
    """Read LGL/TR-News (``gaztag``), GeoWebNews (``extractedName``) or GeoVirus
    (``location``, coordinates only: score it within 161 km) XML, or a re3d folder."""
    if path.is_dir():
        yield from load_re3d_locations(path)
        return
    root = ET.parse(path).getroot()
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for loc in article.iter("location"):  # GeoVirus: Wikipedia pages, no GeoNames ids
            start, end = _int(loc.findtext("start")), _int(loc.findtext("end"))
            if start is not None and end is not None:
                name = loc.findtext("name") or ""
                if text[start:end] != name and text[start - 1 : end - 1] == name:
                    start, end = start - 1, end - 1  # the published file counts from 1
                toponyms.append(GoldToponym(
                    start, end, name or text[start:end], None,
                    _float(loc.find("lat")), _float(loc.find("lon")),
                ))  # fmt: skip
        for t in article.iter("toponym"):
            start, end = _int(t.findtext("start")), _int(t.findtext("end"))
            if start is None or end is None:
                continue
            gaztag = t.find("gaztag")
            if gaztag is not None or t.find("phrase") is not None:  # LGL / TR-News
                toponyms.append(GoldToponym(
                    start, end, t.findtext("phrase") or text[start:end],
                    _int(gaztag.get("geonameid")) if gaztag is not None else None,
                    _float(gaztag.find("lat")) if gaztag is not None else None,
                    _float(gaztag.find("lon")) if gaztag is not None else None,
                ))  # fmt: skip
            else:  # GeoWebNews
                toponyms.append(GoldToponym(
                    start, end, t.findtext("extractedName") or text[start:end],
                    _int(t.findtext("geonamesID")), _float(t.find("latitude")),
                    _float(t.find("longitude")), (t.findtext("type") or "").strip(),
                ))  # fmt: skip
        publisher = (article.findtext("domain") or "").strip().lower()
        yield GeoDocument(article.get("docid") or str(n), text, tuple(toponyms), publisher)


def load_re3d_locations(folder: Path) -> Iterator[GeoDocument]:
    """Each re3d document with its named Location entities as unresolvable gold spans."""
    spans: dict[str, list[GoldToponym]] = {}
    for file in sorted(folder.glob("*/entities.json")):
        for line in file.read_text("utf-8").splitlines():
            entity = json.loads(line) if line.strip() else {}
            value = str(entity.get("value") or "")
            if entity.get("type") == "Location" and is_proper_place_name(value):
                spans.setdefault(str(entity["documentId"]), []).append(GoldToponym(
                    int(entity["begin"]), int(entity["end"]), value, None, None, None
                ))  # fmt: skip
    for story in load_stories(folder).values():
        found = sorted(spans.get(story.id, []), key=lambda t: (t.start, t.end))
        yield GeoDocument(story.id, story.text, tuple(found))


@dataclass
class _Resolution:
    exact: int = 0
    within: int = 0
    n: int = 0
    errors: list[float] | None = None

    def add(self, gold: GoldToponym, predicted: Place | None) -> None:
        self.errors = self.errors if self.errors is not None else []
        self.n += 1
        if predicted is not None and predicted.geonames_id == gold.geonames_id:
            error = 0.0
        elif predicted is None or predicted.lat is None or predicted.lon is None:
            error = MAX_ERROR_KM
        else:
            assert gold.lat is not None and gold.lon is not None
            error = haversine_km(gold.lat, gold.lon, predicted.lat, predicted.lon)
        self.exact += int(predicted is not None and predicted.geonames_id == gold.geonames_id)
        self.within += int(error <= ACCURACY_KM)
        self.errors.append(error)

    def as_dict(self) -> dict[str, Any]:
        errors = self.errors or []
        return {
            "exact_match": round(self.exact / self.n, 4) if self.n else 0.0,
            "acc_161km": round(self.within / self.n, 4) if self.n else 0.0,
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else 0.0,
            "auc": round(auc_of_log_error(errors), 4),
            "n_resolved": self.n,
        }


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    """The sentence-ish window around a span, the span in brackets, for reading errors."""
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def _place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "geonames_id": place.geonames_id, "name": place.name, "lat": place.lat,
        "lon": place.lon, "country": place.country, "admin1": place.admin1,
        "feature_code": place.feature_code, "population": place.population,
    }  # fmt: skip


def _resolution_error(
    doc: GeoDocument, gold: GoldToponym, place: Place | None
) -> dict[str, Any] | None:
    """One wrong resolution as a record (None when the id matches): what the gold says,
    what we chose, how far apart, and the words around it."""
    if place is not None and place.geonames_id == gold.geonames_id:
        return None
    km = None
    if place is not None and place.lat is not None and place.lon is not None:
        assert gold.lat is not None and gold.lon is not None
        km = round(haversine_km(gold.lat, gold.lon, place.lat, place.lon), 1)
    return {
        "kind": "resolution", "doc": doc.doc_id, "start": gold.start, "end": gold.end,
        "phrase": gold.phrase, "gold_id": gold.geonames_id, "gold_lat": gold.lat,
        "gold_lon": gold.lon, "predicted": _place_record(place), "error_km": km,
        "within": km is not None and km <= ACCURACY_KM,
        "context": _context(doc.text, gold.start, gold.end),
    }  # fmt: skip


def evaluate_gold_spans(
    docs: list[GeoDocument],
    resolver: ToponymResolver,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Resolve the gold spans; ``errors`` (when given) receives each wrong resolution.
    Each story is read alone first; then a publisher's home area, learned from the places
    chosen for its stories (no gold), is read into each of its stories again."""
    scores = _Resolution()
    names_of = {d.doc_id: [Toponym(t.phrase, t.start, t.end) for t in d.toponyms] for d in docs}
    alone = {d.doc_id: resolver.resolve_document(names_of[d.doc_id], d.text) for d in docs}
    homes = home_divisions(
        home_areas((d.publisher, alone[d.doc_id]) for d in docs), resolver.gazetteer
    )
    for doc in docs:
        home = homes.get(doc.publisher)
        predicted = alone[doc.doc_id]
        if home is not None:  # kept only for a story that looks local (no dateline here:
            # the XML gives none, so the lab is a little more lenient than ingest)
            names = names_of[doc.doc_id]
            at_home = resolver.resolve_document_scored(names, doc.text, home)
            if home_applies(home, [t.text for t in names], at_home,
                            [Resolved(p, 1.0) for p in predicted]):  # fmt: skip
                predicted = [r.place for r in at_home]
        for gold, place in zip(doc.toponyms, predicted, strict=True):
            if gold.resolvable:
                scores.add(gold, place)
                record = _resolution_error(doc, gold, place) if errors is not None else None
                if record is not None and errors is not None:
                    errors.append(record)
    return {"mode": "gold-spans", **scores.as_dict()}


def _as_place(mention: PlaceMention) -> Place | None:
    """The scorer compares ids and coordinates; a mention carries both."""
    if mention.name is None:
        return None
    return Place(
        mention.geonames_id or -1, mention.name, mention.lat, mention.lon,
        mention.country or "", mention.admin1 or "", "", 0, "", mention.feature_code or "",
    )  # fmt: skip


def gold_mentions(toponyms: tuple[GoldToponym, ...]) -> list[tuple[int, int]]:
    """Gold spans merged where they overlap: the (start, end) of each mention. Two
    annotators marking "Berlin, Germany" and "Berlin" + "Germany" marked one mention."""
    merged: list[tuple[int, int]] = []
    for t in sorted(toponyms, key=lambda t: (t.start, t.end)):
        if merged and t.start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], t.end))
        else:
            merged.append((t.start, t.end))
    return merged


def _found_one_to_one(mentions: list[tuple[int, int]], found: list[tuple[int, int]]) -> int:
    """How many mentions a found span overlaps, each found span crediting one mention."""
    used: set[tuple[int, int]] = set()
    for start, end in found:
        hit = next((m for m in mentions if m not in used and m[0] < end and start < m[1]), None)
        if hit is not None:
            used.add(hit)
    return len(used)


def _with_publisher_homes(docs: list[GeoDocument], parsed: list[Doc], nlp: Language) -> list[Doc]:
    """The parsed stories, each of a publisher with a home area (learned from the places
    found in its stories, no gold) read again by the place resolver with that home."""
    geo = nlp.get_pipe(PlaceResolverComponent.name)
    assert isinstance(geo, PlaceResolverComponent)
    homes = home_divisions(
        home_areas(
            (d.publisher, [_as_place(m) for m in items(p, "places") if m.role == "location"])
            for d, p in zip(docs, parsed, strict=True)
        ),
        geo.resolver.gazetteer,
    )
    for doc, story in zip(docs, parsed, strict=True):
        if (home := homes.get(doc.publisher)) is not None:
            story.user_data[HOME_KEY] = f"{home.country}.{home.admin1}"  # bytes-safe
            geo(story)
    return parsed


def evaluate_end_to_end(
    docs: list[GeoDocument], nlp: Language, errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Our toponyms (``Doc._.places``, every role) against the gold spans, then resolution.
    ``errors`` (when given) receives each gold mention no found place overlaps (``missed``),
    each found place that overlaps no gold span (``false``),
    each found place that overlaps a gold span but got no map point (``unlocated``) and
    each wrong resolution of a resolvable one."""
    exact = PRF(0, 0, 0)
    overlap = PRF(0, 0, 0)
    scores = _Resolution()
    located = n_found = 0
    n_gold = gold_overlapped = 0
    n_mentions = mentions_found = 0
    parsed_docs = list(nlp.pipe((d.text for d in docs), batch_size=16))
    parsed_docs = _with_publisher_homes(docs, parsed_docs, nlp)
    for doc, parsed in zip(docs, parsed_docs, strict=True):
        found = items(parsed, "places")
        spans = [(m.start, m.end, m.text) for m in found]
        gold_spans = {(t.start, t.end): t for t in doc.toponyms}
        predicted_places = [_as_place(m) for m in found]
        n_exact = sum(1 for s in spans if (s[0], s[1]) in gold_spans)
        exact = PRF(
            exact.tp + n_exact,
            exact.fp + len(spans) - n_exact,
            exact.fn + len(gold_spans) - n_exact,
        )
        n_gold += len(doc.toponyms)
        gold_overlapped += sum(
            1 for g in doc.toponyms if any(s < g.end and g.start < e for s, e, _ in spans)
        )
        mentions = gold_mentions(doc.toponyms)
        n_mentions += len(mentions)
        mentions_found += _found_one_to_one(mentions, [(s, e) for s, e, _ in spans])
        if errors is not None:
            errors.extend(
                {"kind": "missed", "doc": doc.doc_id, "start": s, "end": e,
                 "phrase": doc.text[s:e], "context": _context(doc.text, s, e)}  # fmt: skip
                for s, e in mentions
                if not any(fs < e and s < fe for fs, fe, _ in spans)
            )
            errors.extend(
                {"kind": "false", "doc": doc.doc_id, "start": s, "end": e,
                 "phrase": doc.text[s:e], "context": _context(doc.text, s, e)}  # fmt: skip
                for s, e, _ in spans
                if not any(g.start < e and s < g.end for g in doc.toponyms)
            )
        matched_gold: set[tuple[int, int]] = set()
        n_pred_overlap = 0
        for (start, end, _), place in zip(spans, predicted_places, strict=True):
            hit = next(
                (
                    g
                    for k, g in gold_spans.items()
                    if k not in matched_gold and g.start < end and start < g.end
                ),
                None,
            )
            if hit is None:
                continue
            n_pred_overlap += 1
            n_found += 1
            located += int(place is not None and place.lat is not None)
            matched_gold.add((hit.start, hit.end))
            if errors is not None and (place is None or place.lat is None):
                errors.append(
                    {"kind": "unlocated", "doc": doc.doc_id, "start": start, "end": end,
                     "phrase": doc.text[start:end], "gold": hit.phrase,
                     "context": _context(doc.text, start, end)}  # fmt: skip
                )
            if hit.resolvable:
                scores.add(hit, place)
                record = _resolution_error(doc, hit, place) if errors is not None else None
                if record is not None and errors is not None:
                    errors.append(record)
        overlap = PRF(
            overlap.tp + n_pred_overlap,
            overlap.fp + len(spans) - n_pred_overlap,
            overlap.fn + len(gold_spans) - len(matched_gold),
        )
    return {
        "mode": "end-to-end",
        "span_exact": exact.as_dict(),
        "span_overlap": overlap.as_dict(),
        "resolution_on_matched": scores.as_dict(),
        # the share of gold spans some found place overlaps, each counted: re3d annotates
        # a place inside another ("Mount Sinjar" and "Sinjar", "Berlin, Germany" and both
        # names), which one-to-one matching (span_overlap.r) counts as a miss
        "gold_overlapped": round(gold_overlapped / n_gold, 4) if n_gold else 0.0,
        # one-to-one over mentions: nested or overlapping gold spans are one mention
        "mention_recall": round(mentions_found / n_mentions, 4) if n_mentions else 0.0,
        "n_mentions": n_mentions,
        # of the found places that match a gold span, the share that got a map point
        "found_with_coordinates": round(located / n_found, 4) if n_found else 0.0,
    }
