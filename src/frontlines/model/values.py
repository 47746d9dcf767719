"""Closed sets: the fields whose values are a fixed vocabulary, as Literal types.

A misspelt value is a mypy error where it is written; a value read as plain text (a
database row, a data file, a spaCy label) goes through the matching ``as_*`` helper,
which raises a ValueError naming it, so it fails where it enters instead of silently
matching nothing downstream. The records re-check these fields in ``__post_init__``.
"""

from __future__ import annotations

from typing import Literal, TypeVar, get_args

__all__ = [
    "AcledPrecision",
    "AsOfRelation",
    "Change",
    "DateSource",
    "NO_DATE_OF_ITS_OWN",
    "PlaceRole",
    "SourceKind",
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
#: Where an event's date came from: a date in its sentence ("text"), the publication date
#: ("published"), the lead's news day ("story"), or (a story with no publication date to
#: be found) a stand-in flagged as a guess: the collection's month, a title's day, the day
#: we received it, or "latest": the month of the latest date the story's text states (or
#: names), a guess at when it was written, no date of the event's own (unlike "text").
DateSource = Literal["text", "published", "ingested", "story", "collection", "title", "latest"]
#: The sources that give an event no date of its own, only (a guess at) when the story
#: was written: what history, eras and the news day read as an undated event.
NO_DATE_OF_ITS_OWN: frozenset[DateSource] = frozenset({"published", "latest"})
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
