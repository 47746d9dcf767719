"""Recognise publication dates as wire copy and web pages write them.

Only complete calendar dates (day, month and year) count as a publication
date; "Feb. 2" without a year is a date inside the story, not the story's own.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "date_in_url",
    "date_on_first_line",
    "DATE_PATTERNS",
    "DATE_PREFIX",
    "DAY_PARTS",
    "MONTHS",
    "WEEKDAYS",
    "leading_date",
    "weekday_year",
    "nearest_day",
    "parse_date",
    "title_day",
    "valid_day",
]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: Parts of a day and their TIMEX3 codes ("on Monday morning" -> ...TMO).
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

DATE_PATTERNS = (
    re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.+Z-]*)?"),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
)

# Words that may introduce a date line in copy: "date 2019-02-08", "Published: ...".
DATE_PREFIX = re.compile(
    r"^\s*(?:date|dated|published(?:\s+on)?|updated(?:\s+on)?|posted(?:\s+on)?|first published)"
    r"\s*[:\-]?\s*",
    re.I,
)


def _to_iso(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """Return the ISO date if ``text`` is (only) a full date, else None."""
    candidate = DATE_PREFIX.sub("", text).strip().rstrip(".")
    for pattern in DATE_PATTERNS:
        m = pattern.fullmatch(candidate)
        if m:
            return _to_iso(m)
    return None


def leading_date(text: str) -> tuple[str, str] | None:
    """Split a line that begins with a date: ``(iso_date, rest_of_line)``.

    Wire copy sometimes glues the date to a photo caption
    ("date 2021-06-14 A patrol boat ..."); the date is metadata, the rest
    is a caption.
    """
    stripped = text.strip()
    prefix = DATE_PREFIX.match(stripped)
    body = stripped[prefix.end() :] if prefix else stripped
    for pattern in DATE_PATTERNS:
        m = pattern.match(body)
        if m:
            iso = _to_iso(m)
            if iso:
                return iso, body[m.end() :].strip()
    return None


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_url(url: str | None) -> str | None:
    """The publication day a news URL often carries ("/2019/03/14/", "-2019-03-14-");
    None for a day the calendar lacks ("/2019/02/31/" is a typo or an id, no date)."""
    if not url:
        return None
    found = _URL_DATE.search(url)
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:
        return None


def date_on_first_line(text: str) -> str | None:
    """A publication day the body opens with ("March 14, 2019 - ...", "2019-03-14 ...").

    Only the first line is read, and only a date it begins with: a date further into
    the story is the date of something the story tells, not of the story."""
    first = text.lstrip().split("\n", 1)[0][:80]
    found = leading_date(first)
    return found[0] if found else None


def valid_day(text: str | None) -> str | None:
    """``text``'s first ten characters when they are a real ISO day ("2019-02-31" is
    not: an address or a record can carry one), else None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def weekday_year(year: int, month: int, day: int, weekday: str | None,
                 latest: date | None = None) -> int:  # fmt: skip
    """The year a day named with its weekday and no year is in: ``year`` (the one the
    reference or the collection's date made nearest), or the year next to it whose
    ``month``/``day`` falls on that weekday when ``year``'s does not ("Monday 19
    December", read for a story of the spring after: the December that had a Monday
    19th), never one that puts the day after ``latest`` (the day the document came in).
    Unchanged when no weekday is named, the year is unknown (0) or neither year next to
    it fits."""
    index = WEEKDAYS.index(weekday) if weekday in WEEKDAYS else None
    if index is None or year <= 1:
        return year
    for candidate in (year, year + 1, year - 1):
        try:
            named = date(candidate, month, day)
        except ValueError:
            continue  # a 29th of February in a year without one
        if named.weekday() == index and (latest is None or named <= latest):
            return candidate
    return year


def nearest_day(month: int, day: int, reference: str, latest: str | None = None) -> str | None:
    """The ISO day ``month``/``day`` names in the year, of the reference's and the two
    around it, that puts it nearest ``reference``, and not after ``latest`` (the day the
    document was received: what a document tells happened by then). None for a day no
    such year has, or a reference or bound that is no real day."""
    ref_day, bound = valid_day(reference), valid_day(latest)
    if ref_day is None or (latest is not None and bound is None):
        return None
    ref = date.fromisoformat(ref_day)
    found: list[date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # the 29th of February in a year without one, a 31st of June
        if bound is None or candidate.isoformat() <= bound:
            found.append(candidate)
    if not found:
        return None
    return min(found, key=lambda d: abs((d - ref).days)).isoformat()


#: A title that opens with a month and day and no year, then a colon or dash ("March 3:
#: Strikes hit ..."): the way a daily series of releases names its day.
_TITLE_DAY = re.compile(
    r"^\s*(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[:\u2013\u2014-]\s", re.I)  # fmt: skip


def title_day(title: str | None, reference: str | None,
              received: str | None = None) -> str | None:  # fmt: skip
    """The day a title opens with ("March 3: ..."), its year the one nearest the
    collection's ``reference`` and not after ``received``; None without either."""
    found = _TITLE_DAY.match(title or "")
    if found is None or not reference:
        return None
    return nearest_day(MONTHS[found.group("month").lower()], int(found.group("day")), reference,
                       received)  # fmt: skip
