"""One claim restated as a point on its series' scale: the pure part of reconciliation.

A claim says "lost 65 % of its land since its high point in the summer of 2014";
its point says: series (Islamic State, territory held share of peak, whole),
value 35, as of 2017-03-08 (a day), measured since 2014-SU, source "a US
official". Bounds stay bounds ("less than 1 %" is [0, 1), no value) and
"about" stays approximate: nothing here invents precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.model import Claim, PlaceMention, TimeExpression
from frontlines.store.series import ClaimPoint, SeriesKey, allowed
from frontlines.vocab.measures import Measure, Taxonomy
from frontlines.vocab.timespan import day_span
from frontlines.vocab.units import UnitTable

__all__ = ["ClaimPoint", "SeriesKey", "allowed", "restate_claim", "source_key"]

#: Changes that report a difference ("rose by 300"), not a level: not series points.
DELTA_CHANGES = frozenset({"up", "down"})
#: Feature codes of places that say where a whole is rather than narrowing it.
WIDE_FEATURES = ("PCL", "CONT", "RGN", "AREA")
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]{0,40}$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(the|a|an)\s+")


def source_key(text: str | None, actor: str | None) -> str:
    """Who said it, normalised: the actor id when known, else the words without an
    article ("The coalition" = "the coalition"), "" when nobody is named."""
    if actor:
        return f"actor:{actor}"
    if not text:
        return ""
    words = " ".join(text.casefold().replace("u.s.", "us").split())
    return _DETERMINER.sub("", words)


def restate_claim(
    claim: Claim,
    *,
    published: str | None,
    places: Sequence[PlaceMention],
    times: Sequence[TimeExpression],
    sentence_start: int,
    sentence_text: str,
    taxonomy: Taxonomy,
    units: UnitTable,
) -> ClaimPoint | None:
    """The claim as a series point, or None when it cannot be one (a change "by"
    some amount, a measure we do not know, no date at all)."""
    measure = taxonomy.series_measure(claim.measure)
    if measure is None or claim.change in DELTA_CHANGES:
        return None
    if measure.id == claim.measure:
        value, lower, upper = claim.value, claim.lower, claim.upper
    elif claim.equivalent_measure == measure.id:
        value, lower, upper = claim.equivalent_value, claim.equivalent_lower, claim.equivalent_upper
    else:
        return None
    if claim.change in {"<", ">"}:
        value = None  # "less than 1": the bound is the figure; no point estimate
    factor_value, unit = units.to_base(1.0, claim.unit)
    factor = factor_value if factor_value is not None else 1.0
    scaled = tuple(None if x is None else round(x * factor, 6) for x in (value, lower, upper))
    since = claim.as_of if claim.as_of_relation == "since" else None
    as_of = claim.holds_at or claim.reported or published
    span = day_span(as_of)
    if as_of is None or span is None:
        return None
    if since is None and measure.baseline_value is not None:
        since = _measured_since(claim, times, sentence_start, sentence_text)
    source = claim.source
    return ClaimPoint(
        SeriesKey(claim.subject or "", measure.id, _scope(claim, measure, places)),
        scaled[0], scaled[1], scaled[2], claim.change == "~", unit, as_of, span, since,
        source_key(source.text if source else None, source.actor if source else None),
        source.text if source else None, source.kind if source else None,
    )  # fmt: skip


def _measured_since(
    claim: Claim, times: Sequence[TimeExpression], sentence_start: int, sentence_text: str
) -> str | None:
    """The date a share is measured from: "since its high point in the summer of 2014"."""
    for t in times:
        if t.start < claim.end or day_span(t.value) is None:
            continue
        before = sentence_text[max(0, t.start - sentence_start - 60) : t.start - sentence_start]
        if _SINCE_BEFORE.search(before):
            return t.value
    return None


def _scope(claim: Claim, measure: Measure, places: Sequence[PlaceMention]) -> str:
    """The places that narrow the series, resolved; a province that contains a town
    named with it adds nothing ("Mosul, Nineveh" is Mosul)."""
    if not claim.place:
        return ""
    named = [n.strip() for n in claim.place.split(",") if n.strip()]
    after = [p for p in places if p.start >= claim.end]
    resolved: list[PlaceMention | str] = []
    for name in named:
        place = next((p for p in after if p.text == name and p.name), None)
        resolved.append(place if place is not None else name)
    kept = []
    for item in resolved:
        if isinstance(item, str):
            kept.append(item)
            continue
        code = item.feature_code or ""
        if measure.scope == "subnational" and code.startswith(WIDE_FEATURES):
            continue
        if code.startswith("ADM") and any(
            isinstance(o, PlaceMention) and o is not item and o.country == item.country
            and o.admin1 == item.admin1 and not (o.feature_code or "").startswith("ADM")
            for o in resolved
        ):  # fmt: skip
            continue
        kept.append(item.name or item.text)
    return " + ".join(sorted(dict.fromkeys(str(k) for k in kept)))
