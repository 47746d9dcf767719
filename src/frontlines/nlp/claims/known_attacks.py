"""As of a well-known attack the toll names by its listed name, also when the toll gives
only the attack's year ("the 2004 Madrid train bombings killed 191": the day, not 2004).

``named_dates`` reads a toll tied to the attack's listed name (``data/named_history.toml``).
Two wider routes were built and taken back after review (session 29): an attack noun with
the attack's town ("the bombing in Beirut killed 60") and a definite noun taking up a name
told before ("... the Paris attacks. The attack killed 12"). Conflict news reports new
attacks in the towns of old ones, in those very words, so both dated new deaths to old
attacks ("The latest attack in Mumbai killed 9 people" to 2008), and on the tune halves
they moved nothing once narrowed enough to be safe.
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.nlp.claims.named_dates import named_event_date

__all__ = ["attack_day", "finer_day"]


def attack_day(span: Span, measure: str, value: float | None,
               now: str | None) -> tuple[str, str] | None:  # fmt: skip
    """The day of the well-known attack the toll is of, by its listed name."""
    del measure, value  # the listed-name route reads the clause alone
    return named_event_date(span, now)


def finer_day(as_of: str | None, relation: str, span: Span, measure: str,
              value: float | None, now: str | None) -> str | None:  # fmt: skip
    """A year of the toll's own made the day of the well-known attack its clause names,
    when that day lies in it; not a year that bounds a count ("since 2012")."""
    if as_of is None or len(as_of) != 4 or relation:
        return as_of
    day = attack_day(span, measure, value, now)
    return day[0] if day is not None and day[0].startswith(as_of) else as_of
