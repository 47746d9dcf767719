"""When a claim's source said it, and as of when the claim holds: the order in which the
readers of ``dates``, ``named_dates`` and ``event_dates`` are asked.

* reported: a day-precise date next to the attribution's cue, outside its content
  ("said on Wednesday"), else the date its antecedent said it on, else the latest dated
  attribution before it; never a day after the story (the caller falls back to the
  publication date);
* as of: a date inside the claim's clause (a year made the day of a well-known attack the
  clause points at, when it holds it), else one the source said it on, one of the
  sentence before, or the well-known attack's day; else, unless the count runs over a
  stretch of time, the date of the narrative, of the event the toll is of, or of the same
  toll told before.
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.model import Attribution, Claim, Quantity, TimeExpression
from frontlines.nlp.claims.dates import date_before, date_inside, narrative_date, said_date
from frontlines.nlp.claims.event_dates import event_date, toll_told_before
from frontlines.nlp.claims.named_dates import finer_day, named_event_date

__all__ = ["as_of_date", "reported_date"]


def _own_date(attribution: Attribution, times: list[TimeExpression],
              published: str | None = None) -> str | None:  # fmt: skip
    """A day-precise date next to the cue, outside the content ('said on Wednesday'); the
    nearest one, so the day of the sentence before ("... on Saturday. On Sunday, the army
    said ...") does not win by coming first. Not one after ``published``: nobody said it
    later than the story ("they may strike tomorrow," she said)."""
    lo = min(attribution.cue.start, attribution.source.start if attribution.source else 10**9)
    hi = max(attribution.cue.end, attribution.source.end if attribution.source else 0)
    near: list[tuple[int, str]] = []
    for t in times:
        outside = t.end <= attribution.content.start or t.start >= attribution.content.end
        if (outside and lo - 40 <= t.start <= hi + 40 and t.precision == "day"
                and (published is None or t.value[: len(published)] <= published)):  # fmt: skip
            near.append((max(lo - t.end, t.start - hi, 0), t.value))
    return min(near, key=lambda pair: pair[0])[1] if near else None


def reported_date(
    attribution: Attribution | None, attributions: list[Attribution],
    times: list[TimeExpression], published: str | None = None,
) -> str | None:
    """When the source said it: its own date, else the date its antecedent said
    it on ('the envoy said' -> 'a UN envoy told reporters on Friday'), else the
    latest dated attribution before it."""
    if attribution is None:
        return None
    own = _own_date(attribution, times, published)
    if own:
        return own
    earlier = [a for a in attributions if a.cue.start < attribution.cue.start]
    if attribution.antecedent is not None:
        for a in reversed(earlier):
            if a.source is not None and a.source.start == attribution.antecedent.start:
                found = _own_date(a, times, published)
                if found:
                    return found
    for a in reversed(earlier):
        found = _own_date(a, times, published)
        if found:
            return found
    return None


def as_of_date(q: Quantity, span: Span, measure: str, times: list[TimeExpression],
               attribution: Attribution | None, published: str | None, next_number: int,
               earlier: list[Claim], equivalent: bool = False) -> tuple[str | None, str]:
    """As of when the claim holds, and its relation ("since", "by"): module docstring.
    None for a change since a date of a measure with an ``equivalent``: that date is the
    baseline ("lost 65 % since summer 2014"), not when the claim holds."""
    as_of, relation = date_inside(q, span, attribution, times, next_number)
    as_of = finer_day(as_of, relation, span, published)  # "the 2015 Paris attacks"
    if relation == "since" and equivalent:
        return None, ""
    if as_of is not None:
        return as_of, relation
    found = (said_date(span, attribution, times) or date_before(span, times)
             or named_event_date(span, published))  # "on 9/11"
    if found is None and not _over_a_period(span, times):
        found = (narrative_date(span, times) or event_date(span, times)
                 or toll_told_before(q, measure, earlier))  # "the nine victims"
    as_of, relation = found or (None, "")
    return (None, "") if relation == "since" and equivalent else (as_of, relation)


def _over_a_period(span: Span, times: list[TimeExpression]) -> bool:
    """'The feud claimed over 600 lives across three decades': a count over a span of time
    is a running total as of the report, not of the date the sentence before names."""
    sent = span.sent
    return any(t.type == "DURATION" and sent.start_char <= t.start and t.end <= sent.end_char
               for t in times)  # fmt: skip
