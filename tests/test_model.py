"""The records: closed-set fields refuse values outside their set, records with many fields
are keyword-only, and ``to_json()`` carries every field the export schema documents (the
README's "Export schema") so a record can be rebuilt from its JSON."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from frontlines.model import (
    Article,
    Attribution,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    Extractor,
    Mention,
    PlaceMention,
    ProcessedArticle,
    Quantity,
    Sentence,
    TextSpan,
    TimeExpression,
    as_acled_precision,
    as_change,
    as_date_source,
    as_place_role,
    as_relation,
    as_source_kind,
    as_time_precision,
    as_timex_type,
    as_ucdp_precision,
)

EX = Extractor("test", "1.0")
SPAN = TextSpan(10, 20, "the figure")


def _quantity(**changed: Any) -> Quantity:
    fields = dict(start=3, end=12, text="about 300", value=300.0, lower=None, upper=None,
                  unit="count", unit_name="fighters", change="~", concept=SPAN, extractor=EX,
                  sentence_index=1)  # fmt: skip
    return Quantity(**fields | changed)


def _time(**changed: Any) -> TimeExpression:
    fields = dict(start=0, end=8, text="in March", type="DATE", value="2017-03",
                  precision="month", extractor=EX, sentence_index=0)  # fmt: skip
    return TimeExpression(**fields | changed)


def _attribution(**changed: Any) -> Attribution:
    fields = dict(source=TextSpan(0, 2, "he"), cue=TextSpan(3, 7, "said"), content=SPAN,
                  kind="anonymous_official", actor="cjtf_oir",
                  antecedent=TextSpan(40, 60, "a US defense official"), extractor=EX,
                  sentence_index=2)  # fmt: skip
    return Attribution(**fields | changed)


def _source(**changed: Any) -> ClaimSource:
    fields = dict(text="a US official", kind="anonymous_official", actor=None, start=4, end=17)
    return ClaimSource(**fields | changed)


def _claim(**changed: Any) -> Claim:
    fields = dict(measure="territory_lost_share", subject="islamic_state",
                  subject_text="The militant group", value=65.0,
                  lower=None, upper=None, unit="percent", change="=", as_of="2014-SU",
                  as_of_relation="since", reported="2017-03-08", source=_source(),
                  place="Iraq, Syria", concept="territory", start=20, end=30, text="65 percent",
                  equivalent_measure="territory_held_share", equivalent_value=35.0,
                  equivalent_lower=None, equivalent_upper=None, extractor=EX,
                  sentence_index=3, confidence=0.8)  # fmt: skip
    return Claim(**fields | changed)


def _place(**changed: Any) -> PlaceMention:
    fields = dict(start=30, end=35, text="Mosul", role="location", geonames_id=99072,
                  name="Mosul", lat=36.34, lon=43.13, country="IQ", admin1="18",
                  feature_code="PPLA", acled_precision=1, ucdp_precision=1, extractor=EX,
                  sentence_index=0, confidence=0.93)  # fmt: skip
    return PlaceMention(**fields | changed)


def _event(**changed: Any) -> Event:
    fields = dict(type="air_strike", acled_event="Explosions/Remote violence",
                  acled_sub_event="Air/drone strike", case_label="AIR_STRIKE", plover="FIGHT",
                  plover_mode="aerial",
                  actor1=EventActor(text="the coalition", actor="cjtf_oir", start=0, end=13),
                  actor2=None, place=_place(), date="2017-03-08", date_precision=1,
                  date_source="text", fatalities=4, cues=("strike", "air"), start=0, end=60,
                  text="The coalition struck Mosul.", extractor=EX, sentence_index=0)  # fmt: skip
    return Event(**fields | changed)


# -- closed sets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "bad"),
    [
        (_quantity, "change", "about"),
        (_time, "type", "DAY"),
        (_time, "precision", "hour"),
        (_attribution, "kind", "official"),
        (_source, "kind", "spokesman"),
        (_claim, "change", "up by"),
        (_claim, "as_of_relation", "after"),
        (_place, "role", "city"),
        (_place, "acled_precision", 4),
        (_place, "ucdp_precision", 7),
        (_event, "date_source", "guessed"),
        (_event, "date_precision", 0),
    ],
)
def test_a_value_outside_its_closed_set_fails_naming_the_value(build, field, bad):
    build()  # the good record builds
    with pytest.raises(ValueError, match=repr(bad).replace("'", ".")):
        build(**{field: bad})


@pytest.mark.parametrize(
    ("convert", "good", "bad"),
    [
        (as_change, "down", "≈"),
        (as_timex_type, "SET", "date"),
        (as_time_precision, "", "hours"),
        (as_place_role, "street", "road"),
        (as_date_source, "published", "wire"),
        (as_source_kind, "unknown", ""),
        (as_relation, "until", "before"),
        (as_acled_precision, 3, 5),
        (as_ucdp_precision, 6, 0),
    ],
)
def test_checked_conversions_pass_members_and_refuse_the_rest(convert, good, bad):
    assert convert(good) == good
    with pytest.raises(ValueError, match="must be one of"):
        convert(bad)


def test_a_precision_code_read_as_text_is_not_a_member():
    with pytest.raises(ValueError):
        as_acled_precision("1")  # type: ignore[arg-type]
    assert as_acled_precision(None) is None and as_ucdp_precision(None) is None


# -- keyword-only construction ---------------------------------------------------------------

KEYWORD_ONLY = [Article, Mention, Quantity, TimeExpression, Attribution, ClaimSource, Claim,
                PlaceMention, EventActor, Event, ProcessedArticle]  # fmt: skip


@pytest.mark.parametrize("record", KEYWORD_ONLY, ids=lambda r: r.__name__)
def test_records_with_many_fields_refuse_positional_arguments(record):
    assert all(f.kw_only for f in dataclasses.fields(record))
    positional = [None] * len(dataclasses.fields(record))
    with pytest.raises(TypeError, match="positional"):
        record(*positional)


def test_small_records_stay_positional():
    assert TextSpan(1, 2, "x").text == "x" and Sentence(0, 0, 1, "x").end == 1
    assert str(Extractor("a", "1")) == "a@1"


def test_article_by_keyword():
    article = Article(id="ab", text="Raqqa fell.", published="2017-10-17")
    record = ProcessedArticle(article=article, sentences=(), mentions=())
    assert record.article.text == "Raqqa fell." and record.sentence_extractor.name == "unknown"


# -- JSON shapes: every documented field, and back -------------------------------------------


def _extractor(text: str) -> Extractor:
    name, _, version = text.partition("@")
    return Extractor(name, version)


def _span(j: dict[str, Any] | None) -> TextSpan | None:
    return None if j is None else TextSpan(j["start"], j["end"], j["text"])


def _quantity_back(j: dict[str, Any]) -> Quantity:
    plain = {k: j[k] for k in ("start", "end", "text", "value", "lower", "upper", "unit",
                               "unit_name", "change")}  # fmt: skip
    return Quantity(**plain, concept=_span(j["concept"]), extractor=_extractor(j["extractor"]),
                    sentence_index=j["sentence"])  # fmt: skip


def _time_back(j: dict[str, Any]) -> TimeExpression:
    plain = {k: j[k] for k in ("start", "end", "text", "type", "value", "precision")}
    return TimeExpression(**plain, extractor=_extractor(j["extractor"]),
                          sentence_index=j["sentence"])  # fmt: skip


def _attribution_back(j: dict[str, Any]) -> Attribution:
    source = j["source"]
    return Attribution(
        source=_span(source), cue=_span(j["cue"]), content=_span(j["content"]),
        kind=source["kind"], actor=source["actor"], antecedent=_span(source["antecedent"]),
        extractor=_extractor(j["extractor"]), sentence_index=j["sentence"],
    )  # fmt: skip


def _claim_back(j: dict[str, Any]) -> Claim:
    plain = {k: j[k] for k in ("measure", "subject", "subject_text", "value", "lower",
                               "upper", "unit", "change", "as_of", "as_of_relation",
                               "reported", "place", "concept", "start", "end", "text",
                               "confidence")}  # fmt: skip
    eq = j["equivalent"] or {"measure": None, "value": None, "lower": None, "upper": None}
    return Claim(
        **plain, source=ClaimSource(**j["source"]) if j["source"] else None,
        equivalent_measure=eq["measure"], equivalent_value=eq["value"],
        equivalent_lower=eq["lower"], equivalent_upper=eq["upper"],
        extractor=_extractor(j["extractor"]), sentence_index=j["sentence"],
    )  # fmt: skip


def _place_back(j: dict[str, Any]) -> PlaceMention:
    plain = {k: j[k] for k in ("start", "end", "text", "role", "geonames_id", "name", "lat",
                               "lon", "country", "admin1", "feature_code",
                               "ucdp_precision", "confidence", "reason")}  # fmt: skip
    return PlaceMention(**plain, acled_precision=j["precision"],
                        extractor=_extractor(j["extractor"]),
                        sentence_index=j["sentence"])  # fmt: skip


def _event_back(j: dict[str, Any]) -> Event:
    plain = {k: j[k] for k in ("type", "acled_event", "acled_sub_event", "case_label",
                               "plover", "plover_mode", "date", "date_source", "fatalities",
                               "start", "end", "text", "confidence", "background")}  # fmt: skip
    return Event(
        **plain, actor1=EventActor(**j["actor1"]) if j["actor1"] else None,
        actor2=EventActor(**j["actor2"]) if j["actor2"] else None,
        place=_place_back(j["place"]) if j["place"] else None,
        date_precision=j["time_precision"], cues=tuple(j["cues"]),
        evidence=tuple(TextSpan(**e) for e in j["evidence"]),
        extractor=_extractor(j["extractor"]), sentence_index=j["sentence"],
    )  # fmt: skip


#: The keys the README's export schema lists for each kind of item.
DOCUMENTED = {
    "quantity": {"start", "end", "text", "value", "lower", "upper", "unit", "unit_name",
                 "change", "concept", "sentence", "extractor"},
    "time": {"start", "end", "text", "type", "value", "precision", "sentence", "extractor"},
    "attribution": {"source", "cue", "content", "sentence", "extractor"},
    "claim": {"measure", "subject", "subject_text", "value", "lower", "upper", "unit", "change",
              "as_of", "as_of_relation", "reported", "source", "place", "concept", "start", "end",
              "text", "equivalent", "sentence", "extractor", "confidence"},
    "place": {"start", "end", "text", "role", "geonames_id", "name", "lat", "lon", "country",
              "admin1", "feature_code", "precision", "ucdp_precision", "sentence",
              "confidence", "reason", "extractor"},
    "event": {"type", "acled_event", "acled_sub_event", "case_label", "plover", "plover_mode",
              "actor1", "actor2", "place", "date", "time_precision", "date_source",
              "fatalities", "cues", "start", "end", "text", "sentence", "extractor",
              "confidence", "background", "evidence"},
}  # fmt: skip

CASES = [
    ("quantity", _quantity(), _quantity_back),
    ("quantity", _quantity(concept=None, change="up", value=None, lower=2.0, upper=3.0),
     _quantity_back),
    ("time", _time(), _time_back),
    ("attribution", _attribution(), _attribution_back),
    ("claim", _claim(), _claim_back),
    ("claim", _claim(source=None, equivalent_measure=None, equivalent_value=None,
                     as_of_relation=""), _claim_back),
    ("place", _place(), _place_back),
    ("place", _place(reason="publisher home: Nineveh"), _place_back),
    ("place", _place(role="street", geonames_id=None, name=None, lat=None, lon=None,
                     country=None, admin1=None, feature_code=None, acled_precision=None,
                     ucdp_precision=None, confidence=None), _place_back),
    ("event", _event(), _event_back),
    ("event", _event(actor1=None, place=None, date_precision=None, date_source="published"),
     _event_back),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "record", "back"), CASES, ids=lambda c: c if isinstance(c, str) else ""
)
def test_to_json_carries_the_documented_fields_and_round_trips(kind, record, back):
    shown = json.loads(json.dumps(record.to_json()))  # plain JSON, nothing Python-only
    assert set(shown) == DOCUMENTED[kind]
    assert back(shown) == record


def test_attribution_without_a_source_has_null_source():
    shown = _attribution(source=None, antecedent=None, kind="unknown").to_json()
    assert shown["source"] is None and shown["cue"] == {"start": 3, "end": 7, "text": "said"}
