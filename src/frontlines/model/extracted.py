"""What the NLP stage extracts from an article, each record with its JSON shape.

``to_json()`` is the one JSON form of a record: exports, the store's records and the
API all use it, so the shape is written next to the fields it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.model.text import Extractor, TextSpan
from frontlines.model.values import (
    AcledPrecision,
    AsOfRelation,
    Change,
    DateSource,
    PlaceRole,
    SourceKind,
    TimePrecision,
    TimexType,
    UcdpPrecision,
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

__all__ = [
    "Attribution",
    "Claim",
    "ClaimSource",
    "Event",
    "EventActor",
    "PlaceMention",
    "Quantity",
    "TimeExpression",
]


@dataclass(frozen=True, kw_only=True)
class Quantity:
    """A number with its unit, bounds and what it counts.

    ``change`` is a ``Change``: ``=`` (exact), ``~`` (approximate), ``<`` (upper
    bound: "less than", "as many as"), ``>`` (lower bound: "more than", "at
    least"), ``up``/``down`` (an increase or decrease by that amount). A range
    has ``value`` None and both bounds. ``unit`` is a code from
    ``data/units.toml``, ``count`` for counted things, or "" when unitless.
    """

    start: int
    end: int
    text: str
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    unit_name: str
    change: Change
    concept: TextSpan | None
    extractor: Extractor
    sentence_index: int = -1

    def __post_init__(self) -> None:
        as_change(self.change)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value,
            "lower": self.lower, "upper": self.upper, "unit": self.unit,
            "unit_name": self.unit_name, "change": self.change,
            "concept": None if self.concept is None else self.concept.to_json(),
            "sentence": self.sentence_index, "extractor": str(self.extractor),
        }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class TimeExpression:
    """A temporal expression normalised to TIMEX3 against the reference date.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` a TIMEX3 value
    ("2017-03-08", "2014-SU", "P2Y", "PRESENT_REF", "" when it could not be
    normalised); ``precision`` day/week/month/season/quarter/year/decade/
    century/time or "" (see ``frontlines.resolve.time.acled_time_precision``).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    precision: TimePrecision
    extractor: Extractor
    sentence_index: int = -1

    def __post_init__(self) -> None:
        as_timex_type(self.type)
        as_time_precision(self.precision)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "precision": self.precision, "sentence": self.sentence_index,
            "extractor": str(self.extractor),
        }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Attribution:
    """Reported speech: ``source`` says ``content`` (the ``cue`` links them).

    ``source`` is the span as written ("he", "the official"); ``antecedent``
    is who that refers to when it points back to an earlier source ("a US
    defense official"). ``kind`` classifies the speaker (named_official,
    anonymous_official, military, government, monitor, media,
    group_statement, unknown) and ``actor`` is its actor id when known.
    """

    source: TextSpan | None
    cue: TextSpan
    content: TextSpan
    kind: SourceKind
    actor: str | None
    antecedent: TextSpan | None
    extractor: Extractor
    sentence_index: int = -1

    def __post_init__(self) -> None:
        as_source_kind(self.kind)

    @property
    def start(self) -> int:
        return min(s.start for s in (self.source, self.cue, self.content) if s is not None)

    @property
    def end(self) -> int:
        return max(s.end for s in (self.source, self.cue, self.content) if s is not None)

    def to_json(self) -> dict[str, Any]:
        """The speaker's kind, actor and antecedent sit inside ``source`` (absent with it)."""
        source = None
        if self.source is not None:
            antecedent = None if self.antecedent is None else self.antecedent.to_json()
            source = self.source.to_json() | {
                "kind": self.kind, "actor": self.actor, "antecedent": antecedent,
            }  # fmt: skip
        return {
            "source": source, "cue": self.cue.to_json(), "content": self.content.to_json(),
            "sentence": self.sentence_index, "extractor": str(self.extractor),
        }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class ClaimSource:
    """Who a claim is attributed to: the speaker as written, with its kind and actor id."""

    text: str
    kind: SourceKind
    actor: str | None
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        as_source_kind(self.kind)

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "actor": self.actor,
                "start": self.start, "end": self.end}  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Claim:
    """A number about the conflict with what it measures, whose, where, when and who says so.

    ``measure`` comes from ``data/measures.toml``; ``equivalent_measure`` and
    ``equivalent_value`` restate it on a related measure ("lost 65 %" ->
    territory held 35 %) so claims phrased differently land on one series.
    ``subject`` is a dictionary actor id (what series key on); ``subject_text`` is
    whose number it is as the text says it ("civilians", "the SDF", "Coalition
    military forces"), kept where no actor id applies too. ``as_of`` is a TIMEX3
    value (the date inside the claim, else the date it was reported);
    ``as_of_relation`` is "since" / "by" / "until" / "" as the text says;
    ``reported`` is when the source said it. ``start``/``end`` are the
    quantity's offsets. ``confidence`` is the probability that a careful coder would code
    this claim (``frontlines.nlp.claims.confidence``).
    """

    measure: str
    subject: str | None
    subject_text: str | None = None
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    change: Change
    as_of: str | None
    as_of_relation: AsOfRelation
    reported: str | None
    source: ClaimSource | None
    place: str | None
    concept: str | None
    start: int
    end: int
    text: str
    equivalent_measure: str | None
    equivalent_value: float | None
    equivalent_lower: float | None
    equivalent_upper: float | None
    extractor: Extractor
    sentence_index: int = -1
    confidence: float = 1.0

    def __post_init__(self) -> None:
        as_change(self.change)
        as_relation(self.as_of_relation)
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"claim confidence {self.confidence!r} is not in [0, 1]")

    @property
    def holds_at(self) -> str | None:
        """The date the number holds at: a count running "since" a date ("Since 1993,
        seven people have been killed") is a total as of when it was reported, the date
        in the text is where it counts from."""
        return self.reported if self.as_of_relation == "since" else self.as_of

    def to_json(self) -> dict[str, Any]:
        """The restatement is one ``equivalent`` object, null when there is none."""
        equivalent = None
        if self.equivalent_measure:
            equivalent = {
                "measure": self.equivalent_measure, "value": self.equivalent_value,
                "lower": self.equivalent_lower, "upper": self.equivalent_upper,
            }  # fmt: skip
        return {
            "measure": self.measure, "subject": self.subject,
            "subject_text": self.subject_text, "value": self.value,
            "lower": self.lower, "upper": self.upper, "unit": self.unit, "change": self.change,
            "as_of": self.as_of, "as_of_relation": self.as_of_relation,
            "reported": self.reported,
            "source": None if self.source is None else self.source.to_json(),
            "place": self.place, "concept": self.concept, "start": self.start, "end": self.end,
            "text": self.text, "equivalent": equivalent, "sentence": self.sentence_index,
            "confidence": round(self.confidence, 4), "extractor": str(self.extractor),
        }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class PlaceMention:
    """A toponym in the text and the gazetteer place it was resolved to.

    ``role`` says how the text uses the place: ``location`` (where something
    is or happens), ``demonym`` ("Syrian forces": tied to the country, not a
    location), ``embedded`` (inside an organisation's name: "Kentucky State
    Police"), ``comparison`` ("roughly the size of Britain"), ``street`` ("Memphis
    Street", "Highway 19": finer than the gazetteer, so left unresolved). Only
    ``location`` places are event locations. ``geonames_id`` is None for a
    name the gazetteer does not know, or a place we added without a GeoNames
    id. Precision codes: ACLED ``geo_precision`` (1 town, 2 part of a region /
    near a town, 3 region or larger) and UCDP ``where_prec`` (1 exact .. 6
    country). ``confidence``: how sure the resolver is of this reading against the
    runner-up (0.5 a coin toss, 1.0 the only reading); None where it was not recorded
    (an event's place read back from the store). ``reason``: what besides the text
    decided the reading, when something did ("publisher home: Ohio": the story alone
    read it elsewhere, the home of its publisher moved it).
    """

    start: int
    end: int
    text: str
    role: PlaceRole
    geonames_id: int | None
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    acled_precision: AcledPrecision | None
    ucdp_precision: UcdpPrecision | None
    extractor: Extractor
    sentence_index: int = -1
    confidence: float | None = None
    reason: str | None = None

    def __post_init__(self) -> None:
        as_place_role(self.role)
        as_acled_precision(self.acled_precision)
        as_ucdp_precision(self.ucdp_precision)

    def to_json(self) -> dict[str, Any]:
        """ACLED's code is plain ``precision``; UCDP's keeps its name."""
        return {
            "start": self.start, "end": self.end, "text": self.text, "role": self.role,
            "geonames_id": self.geonames_id, "name": self.name, "lat": self.lat,
            "lon": self.lon, "country": self.country, "admin1": self.admin1,
            "feature_code": self.feature_code, "precision": self.acled_precision,
            "ucdp_precision": self.ucdp_precision, "sentence": self.sentence_index,
            "confidence": self.confidence, "reason": self.reason,
            "extractor": str(self.extractor),
        }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class EventActor:
    """A participant of an event as written, with the dictionary actor when known."""

    text: str
    actor: str | None
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "actor": self.actor, "start": self.start, "end": self.end}


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened, coded to ACLED and PLOVER, from one sentence.

    ``type`` is our id from ``data/events.toml`` (e.g. ``air_strike``);
    ``cues`` the lexicon words that decided it. ``place`` is the event's own
    location (a ``location``-role place of the sentence, else of the article),
    with ``geo_precision`` as ACLED codes it; ``date`` a TIMEX3 value from the
    sentence, else the publication date (``date_source`` says which), with
    ``date_precision`` as ACLED ``time_precision`` (1 day, 2 week, 3 month+).
    ``start``/``end`` are the sentence's offsets; ``evidence`` the other sentences of
    the story that tell the same event. ``confidence`` is the probability that this is
    a real event as a coder would code it (``frontlines.nlp.events.confidence``);
    ``background`` marks history: dated more than a year before publication.
    """

    type: str
    acled_event: str
    acled_sub_event: str
    case_label: str
    plover: str
    plover_mode: str
    actor1: EventActor | None
    actor2: EventActor | None
    place: PlaceMention | None
    date: str | None
    date_precision: AcledPrecision | None
    date_source: DateSource
    fatalities: int | None
    cues: tuple[str, ...]
    start: int
    end: int
    text: str
    extractor: Extractor
    sentence_index: int = -1
    confidence: float = 1.0
    background: bool = False
    evidence: tuple[TextSpan, ...] = ()

    def __post_init__(self) -> None:
        as_acled_precision(self.date_precision)
        as_date_source(self.date_source)
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"event confidence {self.confidence!r} is not in [0, 1]")

    def to_json(self) -> dict[str, Any]:
        """``date_precision`` is shown under ACLED's name, ``time_precision``."""
        return {
            "type": self.type, "acled_event": self.acled_event,
            "acled_sub_event": self.acled_sub_event, "case_label": self.case_label,
            "plover": self.plover, "plover_mode": self.plover_mode,
            "actor1": None if self.actor1 is None else self.actor1.to_json(),
            "actor2": None if self.actor2 is None else self.actor2.to_json(),
            "place": None if self.place is None else self.place.to_json(),
            "date": self.date, "time_precision": self.date_precision,
            "date_source": self.date_source, "fatalities": self.fatalities,
            "cues": list(self.cues), "start": self.start, "end": self.end, "text": self.text,
            "sentence": self.sentence_index, "extractor": str(self.extractor),
            "confidence": round(self.confidence, 4), "background": self.background,
            "evidence": [e.to_json() for e in self.evidence],
        }  # fmt: skip
