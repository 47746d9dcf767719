"""News-level evaluation: our events and claims on whole stories against hand-coded gold.

Matching follows the "Matching" section of the bench's GUIDE.md:

* **Events.** One of our events pairs with a gold event if the sentence it came
  from touches one of the gold's evidence spans and both carry one ACLED event
  type (ours is the type's ``acled_event``, as the ACLED export writes it); pairs are one-to-one,
  the same sub-event type preferred. On matched pairs: sub-event type; actor1
  and actor2 (some acceptable name and the extracted actor text contain one
  another as whole words, case-insensitive; a gold ``null`` wants no actor);
  location (within 50 km for town precision, same country for region and
  country; ``null`` wants none); date (equal once both are cut to the gold's
  precision; a gold date taken ``from`` the publication also takes the day before
  it; ``null`` with nothing to accept wants none). Where the gold has no date to
  accept (a story with no publication date, an event dated by it) and ours is a
  stand-in (``STAND_INS``: the collection's reference month, the receiving day, a
  title's day whose year the collection gave, the month of the latest date the
  story's text states), neither side knows the day: the date
  is not scored for that pair, neither right nor wrong (its ``n`` counts only the
  pairs whose date was scored).
  Precision counts every one of our events in the annotated stories; pairing with a
  ``background`` gold event scores neither for nor against, and recall is over the
  other gold events. Only the events a user is shown as news are scored: ones
  we flag ``background`` (history) and ones under the least confidence shown
  (``min_confidence``, the settings' default) are not; calibration is measured
  on every non-background event.
* **Claims.** One of our claims pairs with a gold claim if its sentence touches
  an evidence span and one of its numbers (value, lower or upper bound) is one of
  the gold's. On matched pairs:
  measure (ours mapped by ``MEASURES``), subject (the actor's dictionary names
  or the claim's ``subject_text``),
  source (``["unattributed"]`` wants a claim with no source) and as-of (at the
  gold's precision; ``null`` wants the report date, i.e. no date of its own).

A field's accuracy is over the matched pairs; ``n`` says how many.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from frontlines.lab.metrics import PRF, pair_one_to_one, story_interval
from frontlines.lab.news_gold import GoldClaim, GoldEvent, NewsGold, Span, Story
from frontlines.model import Claim, Event, ProcessedArticle
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.folding import fold_name
from frontlines.vocab.geometry import haversine_km

__all__ = [
    "CLAIM_FIELDS", "EVENT_FIELDS", "MEASURES", "STAND_INS", "TOWN_KM", "NewsScore", "calibration",
    "score_news",
]  # fmt: skip

#: Our measure ids (``data/measures.toml``) on the guide's list of measures. Territory shares
#: lost, captured and held are one guide measure; trapped civilians and aid deliveries have
#: no closer entry; aid money, weapons, missions and people in need are its "other_conflict".
MEASURES = {
    "territory_lost_share": "territory_share",
    "territory_captured_share": "territory_share",
    "territory_held_share": "territory_share",
    "territory_area": "territory_area",
    "killed": "killed",
    "killed_share": "killed",
    "casualties": "casualties",
    "missing": "missing",
    "wounded": "wounded",
    "refugees": "refugees",
    "displaced": "displaced",
    "displaced_share": "displaced",
    "hostages": "hostages",
    "detained": "detained",
    "civilians_trapped": "other_conflict",
    "troops": "troops",
    "fighters": "fighters",
    "strikes": "strikes",
    "attacks": "attacks",
    "aid_deliveries": "other_conflict",
    "aid_funding": "other_conflict",
    "materiel": "other_conflict",
    "aid_supplies": "other_conflict",
    "missions": "other_conflict",
    "people_in_need": "other_conflict",
}
TOWN_KM = 50.0  # GUIDE.md: a town-precise location matches within this distance
EVENT_FIELDS = ("sub_event", "actor1", "actor2", "location", "date")
CLAIM_FIELDS = ("measure", "subject", "source", "as_of")


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold_name(text.replace("’", "'"))))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def names_match(gold: Iterable[str], ours: Iterable[str]) -> bool:
    """Some gold name and one of ours contain one another as whole words ("IS" is not
    inside "crisis"; "Islamic State" is inside "the Islamic State group")."""
    ours_words = [_words(o) for o in ours]
    for name in gold:
        g = _words(name)
        if any(_inside(g, o) or _inside(o, g) for o in ours_words):
            return True
    return False


def _overlaps(span: Span, evidence: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in evidence)


def _same_at_precision(ours: str | None, gold: str) -> bool:
    return ours is not None and ours.startswith(gold)


def _accepted_days(published: str | None) -> tuple[str, ...]:
    if published is None:
        return ()
    day = date.fromisoformat(published)
    return (day.isoformat(), (day - timedelta(days=1)).isoformat())


#: Event ``date_source`` values that say the event has no date of its own and stands the
#: story's unknown publication day in by a guess: its collection's reference month, the
#: receiving day, a title's day whose year the collection gave, or the month of the
#: latest date the story's own text states ("latest": read from the body, not of the event).
STAND_INS = frozenset({"collection", "ingested", "title", "latest"})


def date_ok(gold: GoldEvent, ours: str | None, published: str | None,
            stand_in: bool = False) -> bool | None:  # fmt: skip
    """Whether our date is the gold's; None (not scored) when the gold has no date to
    accept and ours is a stand-in (``stand_in``: flagged ``STAND_INS``) for a
    publication day the story does not give: the gold's "no date" and our guess both
    say nobody knows the day, which is neither a hit nor a miss."""
    accepted = [gold.date] if gold.date else []
    if gold.date_from == "published":
        accepted += _accepted_days(published)
    if not accepted:
        if ours is not None and stand_in and gold.date_from == "published":
            return None
        return ours is None
    return any(_same_at_precision(ours, a) for a in accepted)


def location_ok(gold: GoldEvent, event: Event) -> bool:
    place = event.place
    if gold.location is None:
        return place is None or place.name is None
    if place is None or place.name is None:
        return False
    if gold.location_precision == "town":
        if None in (gold.location.lat, gold.location.lon, place.lat, place.lon):
            return False
        assert gold.location.lat is not None and gold.location.lon is not None
        assert place.lat is not None and place.lon is not None
        km = haversine_km(gold.location.lat, gold.location.lon, place.lat, place.lon)
        return km <= TOWN_KM
    return (place.country or "").upper() == gold.location.country.upper()


def _actor_ok(gold: tuple[str, ...] | None, text: str | None) -> bool:
    if gold is None:
        return text is None
    return text is not None and names_match(gold, [text])


def event_fields(gold: GoldEvent, event: Event,
                 published: str | None) -> dict[str, bool | None]:  # fmt: skip
    """Each scored field of a matched pair: right, wrong, or None (not scored)."""
    return {
        "sub_event": event.acled_sub_event == gold.acled_sub_event,
        "actor1": _actor_ok(gold.actor1, event.actor1.text if event.actor1 else None),
        "actor2": _actor_ok(gold.actor2, event.actor2.text if event.actor2 else None),
        "location": location_ok(gold, event),
        "date": date_ok(gold, event.date, published,
                        stand_in=event.date_source in STAND_INS),  # fmt: skip
    }


def _event_values(gold: GoldEvent, event: Event) -> dict[str, tuple[Any, Any]]:
    """(ours, gold) of each scored event field, as the errors file shows them."""
    place = event.place
    return {
        "sub_event": (event.acled_sub_event, gold.acled_sub_event),
        "actor1": (event.actor1.text if event.actor1 else None, gold.actor1),
        "actor2": (event.actor2.text if event.actor2 else None, gold.actor2),
        "location": (f"{place.name} ({place.country})" if place else None,
                     f"{gold.location.name} ({gold.location.country})" if gold.location
                     else None),
        "date": (event.date, gold.date),
    }  # fmt: skip


def _claim_values(gold: GoldClaim, claim: Claim) -> dict[str, tuple[Any, Any]]:
    """(ours, gold) of each scored claim field, as the errors file shows them."""
    return {
        "measure": (claim.measure, gold.measure),
        "subject": (claim.subject_text or claim.subject, gold.subject),
        "source": (claim.source.text if claim.source else None, gold.source),
        "as_of": (claim.holds_at, gold.as_of),
    }


def _actor_names(actors: ActorDictionary, actor_id: str | None) -> list[str]:
    actor = actors.get(actor_id) if actor_id else None
    return [actor.name, *actor.aliases] if actor else ([actor_id] if actor_id else [])


def claim_fields(gold: GoldClaim, claim: Claim, actors: ActorDictionary) -> dict[str, bool]:
    subject = _actor_names(actors, claim.subject) + ([claim.subject_text] if claim.subject_text
                                                      else [])  # fmt: skip
    subject_ok = not subject if gold.subject is None else names_match(gold.subject, subject)
    source = claim.source
    wanted = gold.source or ("unattributed",)
    if source is None:
        source_ok = "unattributed" in wanted
    else:
        source_ok = names_match(wanted, [source.text, *_actor_names(actors, source.actor)])
    holds_at = claim.holds_at  # a "since" count is a total as of its report
    if gold.as_of is None:
        as_of_ok = holds_at is None or holds_at == claim.reported
    else:
        as_of_ok = _same_at_precision(holds_at, gold.as_of)
    return {
        "measure": MEASURES.get(claim.measure, claim.measure) == gold.measure,
        "subject": subject_ok,
        "source": source_ok,
        "as_of": as_of_ok,
    }


def _numbers_meet(gold: GoldClaim, claim: Claim) -> bool:
    ours = [x for x in (claim.value, claim.lower, claim.upper) if x is not None]
    return any(math.isclose(g, o, rel_tol=1e-6) for g in gold.numbers for o in ours)


@dataclass
class _Tally:
    """True positives, false positives, misses and per-field hits of one kind of item."""

    fields: tuple[str, ...]
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0  # extracted events matching background gold
    hits: dict[str, int] = field(default_factory=dict)
    #: Pairs on which a field was not scored (``date_ok``: None): out of its ``n``.
    unscored: dict[str, int] = field(default_factory=dict)
    #: Each story's own tp/fp/fn: what the story-bootstrap interval resamples.
    stories: dict[str, PRF] = field(default_factory=dict)

    def counts(self) -> PRF:
        return PRF(self.tp, self.fp, self.fn)

    def note_story(self, story: str, before: PRF) -> None:
        """Record what scoring one story added to the totals."""
        now = self.counts()
        added = PRF(now.tp - before.tp, now.fp - before.fp, now.fn - before.fn)
        self.stories[story] = self.stories.get(story, PRF(0, 0, 0)) + added

    def add_pair(self, checks: Mapping[str, bool | None]) -> None:
        self.tp += 1
        for name, ok in checks.items():
            if ok is None:
                self.unscored[name] = self.unscored.get(name, 0) + 1
            else:
                self.hits[name] = self.hits.get(name, 0) + ok

    def as_dict(self) -> dict[str, Any]:
        scored = {name: self.tp - self.unscored.get(name, 0) for name in self.fields}
        fields = {
            name: {"accuracy": round(self.hits.get(name, 0) / n, 4) if n else 0.0, "n": n}
            for name, n in scored.items()
        }  # fmt: skip
        return self.counts().as_dict() | {
            "fields": fields, "interval_95": story_interval(self.stories.values())
        }


@dataclass
class NewsScore:
    """Counts over the scored stories, and the error records developers read."""

    actors: ActorDictionary
    #: Events under this confidence are not shown, so not scored (calibration sees them).
    min_confidence: float = 0.0
    #: Claims under this confidence are not shown, so not scored (calibration sees them).
    min_claim_confidence: float = 0.0
    events: _Tally = field(default_factory=lambda: _Tally(EVENT_FIELDS))
    claims: _Tally = field(default_factory=lambda: _Tally(CLAIM_FIELDS))
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: Every scored event (background matches aside) and whether it matched a gold event:
    #: what calibration is measured on and the confidence model is fitted on (tune only).
    labelled: list[tuple[Event, bool]] = field(default_factory=list)
    #: Every scored claim and whether it matched a gold claim (claim confidence).
    labelled_claims: list[tuple[Claim, bool]] = field(default_factory=list)

    def add(self, story: Story, processed: ProcessedArticle | None, gold: NewsGold) -> None:
        events = processed.events if processed else ()
        claims = processed.claims if processed else ()
        sentences = processed.sentences if processed else ()
        before = self.events.counts()
        self._events(story, list(events), [g for g in gold.events if g.story == story.id])
        self.events.note_story(story.id, before)
        claim_spans = {id(c): (sentences[c.sentence_index].start,
                               sentences[c.sentence_index].end) for c in claims}  # fmt: skip
        before = self.claims.counts()
        self._claims(story, list(claims), [g for g in gold.claims if g.story == story.id],
                     claim_spans)  # fmt: skip
        self.claims.note_story(story.id, before)

    def _events(self, story: Story, ours: list[Event], gold: list[GoldEvent]) -> None:
        def matches(g: GoldEvent, e: Event) -> bool:
            told = [(e.start, e.end), *((s.start, s.end) for s in e.evidence)]
            return e.acled_event == g.acled_event and any(
                _overlaps(span, g.evidence) for span in told
            )

        def prefer(g: GoldEvent, e: Event) -> bool:
            return e.acled_sub_event == g.acled_sub_event

        live = [g for g in gold if not g.background]
        history = [g for g in gold if g.background]
        news = [e for e in ours if not e.background]  # history we flag is not news
        for e, ok in self._labelled(news, live, history, matches, prefer):
            self.labelled.append((e, ok))
        ours = [e for e in news if e.confidence >= self.min_confidence]
        pairs = pair_one_to_one(live, ours, matches, prefer)
        matched = {id(e) for _, e in pairs}
        rest = [e for e in ours if id(e) not in matched]
        background = pair_one_to_one(history, rest, matches, prefer)
        neutral = {id(e) for _, e in background}
        for g, e in pairs:
            checks = event_fields(g, e, story.published)
            self.events.add_pair(checks)
            self._field_errors("event", story, (e.start, e.end), g.evidence, checks,
                               {"ours": e.acled_sub_event, "gold": g.acled_sub_event},
                               _event_values(g, e))  # fmt: skip
        self.events.neutral += len(neutral)
        for e in ours:
            if id(e) not in matched and id(e) not in neutral:
                self.events.fp += 1
                self._error(
                    "false_positive", "event", story, start=e.start, end=e.end,
                    acled_event=e.acled_event, acled_sub_event=e.acled_sub_event,
                )  # fmt: skip
        found = {id(g) for g, _ in pairs}
        for g in live:
            if id(g) not in found:
                self.events.fn += 1
                self._error(
                    "miss", "event", story, evidence=g.evidence,
                    acled_event=g.acled_event, acled_sub_event=g.acled_sub_event,
                )  # fmt: skip

    @staticmethod
    def _labelled(news: list[Event], live: list[GoldEvent], history: list[GoldEvent],
                  matches: Any, prefer: Any) -> list[tuple[Event, bool]]:
        """Every news event, shown or not, and whether it matched live gold (ones matching
        background gold are left out): what calibration and training read."""
        pairs = pair_one_to_one(live, news, matches, prefer)
        matched = {id(e) for _, e in pairs}
        rest = [e for e in news if id(e) not in matched]
        neutral = {id(e) for _, e in pair_one_to_one(history, rest, matches, prefer)}
        return [(e, id(e) in matched) for e in news if id(e) not in neutral]

    def _claims(self, story: Story, ours: list[Claim], gold: list[GoldClaim],
                spans: dict[int, Span]) -> None:  # fmt: skip
        def matches(g: GoldClaim, c: Claim) -> bool:
            return _overlaps(spans[id(c)], g.evidence) and _numbers_meet(g, c)

        def prefer(g: GoldClaim, c: Claim) -> bool:
            return MEASURES.get(c.measure, c.measure) == g.measure

        every = pair_one_to_one(gold, ours, matches, prefer)
        matched_any = {id(c) for _, c in every}
        self.labelled_claims.extend((c, id(c) in matched_any) for c in ours)
        ours = [c for c in ours if c.confidence >= self.min_claim_confidence]
        pairs = pair_one_to_one(gold, ours, matches, prefer) if self.min_claim_confidence else every
        for g, c in pairs:
            checks = claim_fields(g, c, self.actors)
            self.claims.add_pair(checks)
            self._field_errors("claim", story, (c.start, c.end), g.evidence, checks,
                               {"ours": c.measure, "gold": g.measure},
                               _claim_values(g, c))  # fmt: skip
        matched = {id(c) for _, c in pairs}
        for c in ours:
            if id(c) not in matched:
                self.claims.fp += 1
                self._error(
                    "false_positive", "claim", story, start=c.start, end=c.end,
                    measure=c.measure, value=c.value, lower=c.lower, upper=c.upper,
                )  # fmt: skip
        found = {id(g) for g, _ in pairs}
        for g in gold:
            if id(g) not in found:
                self.claims.fn += 1
                self._error("miss", "claim", story, evidence=g.evidence, measure=g.measure,
                            value=g.value, lower=g.lower, upper=g.upper)  # fmt: skip

    def _field_errors(self, kind: str, story: Story, span: Span, evidence: tuple[Span, ...],
                      checks: Mapping[str, bool | None], types: dict[str, str],
                      values: dict[str, tuple[Any, Any]]) -> None:  # fmt: skip
        """A record of the pair's wrong fields with what we said and what the gold
        accepts for each (a developer reads why, not only that)."""
        wrong = [name for name, ok in checks.items() if ok is False]
        if wrong:
            said = {name: {"ours": values[name][0], "gold": values[name][1]}
                    for name in wrong if name in values}  # fmt: skip
            self._error("field", kind, story, start=span[0], end=span[1], evidence=evidence,
                        wrong=wrong, type=types, values=said)  # fmt: skip

    def _error(self, error: str, kind: str, story: Story, **details: Any) -> None:
        self.errors.append({"error": error, "kind": kind, "story": story.id} | details)

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events.as_dict() | {"background_matches": self.events.neutral,
                                               "calibration": calibration(self.labelled)},
            "claims": self.claims.as_dict() | {"calibration": calibration(self.labelled_claims)},
        }  # fmt: skip


def calibration(labelled: Sequence[tuple[Event | Claim, bool]], bins: int = 5) -> dict[str, Any]:
    """How well event or claim confidences hold as probabilities: Brier score, expected
    calibration error over equal-width bins, and precision at each confidence threshold."""
    if not labelled:
        return {"n": 0}
    pairs = [(e.confidence, 1.0 if ok else 0.0) for e, ok in labelled]
    brier = sum((p - y) ** 2 for p, y in pairs) / len(pairs)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if inside:
            gap = abs(sum(p for p, _ in inside) - sum(y for _, y in inside)) / len(inside)
            ece += gap * len(inside) / len(pairs)
    at = {}
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        kept = [y for p, y in pairs if p >= threshold]
        at[str(threshold)] = {"kept": len(kept),
                              "p": round(sum(kept) / len(kept), 4) if kept else None}  # fmt: skip
    return {"n": len(pairs), "brier": round(brier, 4), "ece": round(ece, 4),
            "precision_at": at}  # fmt: skip


def score_news(
    stories: list[Story],
    processed: list[ProcessedArticle | None],
    gold: NewsGold,
    actors: ActorDictionary,
    min_confidence: float = 0.0,
    min_claim_confidence: float = 0.0,
) -> NewsScore:
    """Score each story's extractions (None: the pipeline failed on it) against the gold;
    events under ``min_confidence`` and claims under ``min_claim_confidence`` are not
    shown, so not scored."""
    score = NewsScore(actors, min_confidence, min_claim_confidence)
    for story, result in zip(stories, processed, strict=True):
        score.add(story, result, gold)
    return score
