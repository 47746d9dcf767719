"""Typed records passed between stages: ingest -> nlp -> store.

Every stage boundary uses these frozen dataclasses, never loose dicts, so a
stage can be tested on hand-built values and the store knows exactly what it
receives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeVar, get_args

__all__ = [
    "AcledPrecision",
    "Article",
    "AsOfRelation",
    "Attribution",
    "Change",
    "Claim",
    "ClaimSource",
    "DateSource",
    "Event",
    "EventActor",
    "Extractor",
    "IngestReport",
    "InputProblem",
    "Mention",
    "PlaceMention",
    "PlaceRole",
    "ProcessedArticle",
    "Quantity",
    "Sentence",
    "SourceKind",
    "TextSpan",
    "TimeExpression",
    "TimePrecision",
    "TimexType",
    "UcdpPrecision",
    "as_acled_precision",
    "as_change",
    "as_date_source",
    "as_place_role",
    "as_relation",
    "as_source_kind",
    "as_time_precision",
    "as_timex_type",
    "as_ucdp_precision",
]

# -- closed sets -------------------------------------------------------------
# Fields whose values are a fixed vocabulary are typed as Literals so mypy catches a
# misspelt value where it is written, and the records check them again at run time
# (``__post_init__``): a value read from a database row or a data file that is not in
# the set fails loudly where it enters, not as a silently empty query later.

#: A quantity's or claim's relation to its number: ``=`` exact, ``~`` approximate,
#: ``<`` upper bound ("less than", "as many as"), ``>`` lower bound ("more than",
#: "at least"), ``up`` / ``down`` an increase or decrease by that amount (claims keep
#: only the first four: the measure carries the direction).
Change = Literal["=", "~", "<", ">", "up", "down"]
#: TIMEX3 ``type`` of a time expression.
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: How fine a normalised time is; "" when it is not a calendar point (durations,
#: sets, PRESENT_REF).
TimePrecision = Literal[
    "day", "week", "month", "season", "quarter", "year", "decade", "century", "time", ""
]
#: How the text uses a place name (see ``PlaceMention``).
PlaceRole = Literal["location", "demonym", "embedded", "comparison", "street"]
#: Where an event's date came from: a date in its sentence, or the publication date.
DateSource = Literal["text", "published"]
#: What kind of speaker an attribution or claim source is.
SourceKind = Literal[
    "named_official", "anonymous_official", "military", "government", "monitor", "media",
    "group_statement", "unknown",
]  # fmt: skip
#: The word tying a claim to its date ("since June", "by March", "until May"), or "".
AsOfRelation = Literal["since", "by", "until", ""]
#: ACLED precision codes (geo_precision, time_precision): 1 exact .. 3 region / month+.
AcledPrecision = Literal[1, 2, 3]
#: UCDP ``where_prec``: 1 exact place .. 6 country.
UcdpPrecision = Literal[1, 2, 3, 4, 5, 6]

_V = TypeVar("_V", bound=str | int)

_CHANGES: tuple[Change, ...] = get_args(Change)
_TIMEX_TYPES: tuple[TimexType, ...] = get_args(TimexType)
_TIME_PRECISIONS: tuple[TimePrecision, ...] = get_args(TimePrecision)
_PLACE_ROLES: tuple[PlaceRole, ...] = get_args(PlaceRole)
_DATE_SOURCES: tuple[DateSource, ...] = get_args(DateSource)
_SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
_RELATIONS: tuple[AsOfRelation, ...] = get_args(AsOfRelation)
_ACLED_PRECISIONS: tuple[AcledPrecision, ...] = get_args(AcledPrecision)
_UCDP_PRECISIONS: tuple[UcdpPrecision, ...] = get_args(UcdpPrecision)


def _one_of(allowed: tuple[_V, ...], value: object, what: str) -> _V:
    """``value`` as the member of ``allowed`` it equals, else a ValueError naming it.

    Returning the member (not ``value``) is what lets mypy see the Literal type
    without a cast."""
    for member in allowed:
        if type(member) is type(value) and member == value:
            return member
    raise ValueError(f"{what} must be one of {', '.join(map(repr, allowed))}, not {value!r}")


def as_change(text: str) -> Change:
    """A quantity or claim ``change`` read from text (a row, a data file)."""
    return _one_of(_CHANGES, text, "change")


def as_timex_type(text: str) -> TimexType:
    """A TIMEX3 type read from text."""
    return _one_of(_TIMEX_TYPES, text, "TIMEX3 type")


def as_time_precision(text: str) -> TimePrecision:
    """A time precision read from text ("" when not a calendar point)."""
    return _one_of(_TIME_PRECISIONS, text, "time precision")


def as_place_role(text: str) -> PlaceRole:
    """A place mention's role read from text."""
    return _one_of(_PLACE_ROLES, text, "place role")


def as_date_source(text: str) -> DateSource:
    """An event's ``date_source`` read from text."""
    return _one_of(_DATE_SOURCES, text, "date source")


def as_source_kind(text: str) -> SourceKind:
    """An attribution's or claim source's ``kind`` read from text."""
    return _one_of(_SOURCE_KINDS, text, "source kind")


def as_relation(text: str) -> AsOfRelation:
    """A claim's ``as_of_relation`` read from text."""
    return _one_of(_RELATIONS, text, "as_of relation")


def as_acled_precision(code: int | None) -> AcledPrecision | None:
    """An ACLED precision code read from a number (None stays None: unknown)."""
    return None if code is None else _one_of(_ACLED_PRECISIONS, code, "ACLED precision")


def as_ucdp_precision(code: int | None) -> UcdpPrecision | None:
    """A UCDP ``where_prec`` read from a number (None stays None: unknown)."""
    return None if code is None else _one_of(_UCDP_PRECISIONS, code, "UCDP precision")


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article after acquisition and metadata recovery, before NLP.

    ``text`` is the body exactly as stored: every character offset anywhere in
    Frontlines points into this string.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    source: str | None = None  # agency, outlet or byline credit
    dateline: str | None = None
    url: str | None = None
    summary: str | None = None  # standfirst / dek, kept out of the body
    origin: str = ""  # where it came from: path, path:line, or "<stdin>"
    format: str = "text"  # text | html | jsonl


@dataclass(frozen=True)
class Extractor:
    """Name and version of whatever produced an extracted item."""

    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A named-entity or actor mention with full provenance."""

    start: int
    end: int
    text: str
    label: str
    sentence_index: int
    extractor: Extractor
    actor: str | None = None  # canonical actor id from the actor dictionary


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document text: offsets into ``Article.text``."""

    start: int
    end: int
    text: str


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


@dataclass(frozen=True, kw_only=True)
class Claim:
    """A number about the conflict with what it measures, whose, where, when and who says so.

    ``measure`` comes from ``data/measures.toml``; ``equivalent_measure`` and
    ``equivalent_value`` restate it on a related measure ("lost 65 %" ->
    territory held 35 %) so claims phrased differently land on one series.
    ``as_of`` is a TIMEX3 value (the date inside the claim, else the date it
    was reported); ``as_of_relation`` is "since" / "by" / "until" / "" as the text
    says; ``reported`` is when the source said it. ``start``/``end`` are the
    quantity's offsets.
    """

    measure: str
    subject: str | None
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

    def __post_init__(self) -> None:
        as_change(self.change)
        as_relation(self.as_of_relation)


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
    country).
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

    def __post_init__(self) -> None:
        as_place_role(self.role)
        as_acled_precision(self.acled_precision)
        as_ucdp_precision(self.ucdp_precision)


@dataclass(frozen=True, kw_only=True)
class EventActor:
    """A participant of an event as written, with the dictionary actor when known."""

    text: str
    actor: str | None
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened, coded to ACLED and PLOVER, from one sentence.

    ``type`` is our id from ``data/events.toml`` (e.g. ``air_strike``);
    ``cues`` the lexicon words that decided it. ``place`` is the event's own
    location (a ``location``-role place of the sentence, else of the article),
    with ``geo_precision`` as ACLED codes it; ``date`` a TIMEX3 value from the
    sentence, else the publication date (``date_source`` says which), with
    ``date_precision`` as ACLED ``time_precision`` (1 day, 2 week, 3 month+).
    ``start``/``end`` are the sentence's offsets.
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

    def __post_init__(self) -> None:
        as_acled_precision(self.date_precision)
        as_date_source(self.date_source)


@dataclass(frozen=True, kw_only=True)
class ProcessedArticle:
    """An article with everything the NLP stage extracted from it."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    sentence_extractor: Extractor = Extractor("unknown", "0")
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class InputProblem:
    """A piece of input that could not be ingested, and why."""

    origin: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did, for the CLI summary and for callers."""

    ingested: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    failed: tuple[InputProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed
